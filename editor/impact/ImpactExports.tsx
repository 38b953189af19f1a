import { useState } from 'react';
import { repliesCsv, sightingsCsv } from '../../shared/impact/impact-csv';
import { impactReportHtml } from '../../shared/impact/impact-report';
import type { ImpactData, ImpactFilter, ImpactStats } from '../../shared/impact/impact-types';
import { useTranslation } from '../i18n/use-translation';
import { downloadFile } from '../team/download-file';

/** CSV for the team's own analysis (post authors left out unless asked), and a printable report. */
export function ImpactExports({ data, filter, stats }: { data: ImpactData; filter: ImpactFilter; stats: ImpactStats }) {
  const { t } = useTranslation('impact');
  const [includeAuthors, setIncludeAuthors] = useState(false);
  const [organisation, setOrganisation] = useState(() => t('export.defaultOrganisation'));
  const range = `${filter.from ?? 'start'}_${filter.to ?? 'today'}`;
  // A byte-order mark, so that Excel reads accented names (Zoë, Müller) as UTF-8 rather than guessing.
  const downloadCsv = (name: string, text: string) => downloadFile(name, `\uFEFF${text}`, 'text/csv;charset=utf-8');
  return (
    <section aria-labelledby="impact-export-heading">
      <h2 id="impact-export-heading">{t('export.heading')}</h2>
      <p>
        <label>
          <input type="checkbox" checked={includeAuthors} onChange={(event) => setIncludeAuthors(event.target.checked)} />{' '}
          {t('export.includeAuthors')}
        </label>
      </p>
      <p>
        <button type="button" onClick={() => downloadCsv(`sightings_${range}.csv`, sightingsCsv(data, filter, { includeAuthors }))}>
          {t('export.sightingsCsv')}
        </button>
        <button type="button" onClick={() => downloadCsv(`replies_${range}.csv`, repliesCsv(data, filter))}>
          {t('export.repliesCsv')}
        </button>
      </p>
      <p>
        <label>
          {t('export.organisation')} <input value={organisation} onChange={(event) => setOrganisation(event.target.value)} />
        </label>{' '}
        <button
          type="button"
          onClick={() =>
            downloadFile(
              `impact-report_${range}.html`,
              impactReportHtml(stats, {
                organisation,
                ...(filter.from ? { from: filter.from } : {}),
                ...(filter.to ? { to: filter.to } : {}),
              }),
              'text/html',
            )
          }
        >
          {t('export.report')}
        </button>
      </p>
    </section>
  );
}
