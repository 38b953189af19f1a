import { useMemo, useState } from 'react';
import { computeImpact } from '../../shared/impact/compute-impact';
import type { ImpactFilter, ImpactStats } from '../../shared/impact/impact-types';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
import { composeHref, libraryHref } from '../services/use-hash-route';
import { usePlatformLabel } from '../sidepanel/platform-labels';
import { BarChart } from './BarChart';
import { ColumnChart } from './ColumnChart';
import { ImpactExports } from './ImpactExports';
import { ImpactFilters } from './ImpactFilters';
import { useImpactData } from './use-impact-data';
import './impact.css';

/**
 * A profile that is no longer on this device is named by its id: "older-residents" reads as
 * "Older residents" rather than as a slug (issue 20).
 */
function nameOrReadableId(name: string, id: string): string {
  if (name !== id) return name;
  const words = id.replaceAll('-', ' ');
  return `${words.charAt(0).toLocaleUpperCase()}${words.slice(1)}`;
}

/**
 * Which myths circulate, how fast the team answers, and what to repeat next — from the sightings
 * and the replies people confirmed they posted. Charts with tables beside them, filters, exports.
 */
export function ImpactView() {
  const data = useImpactData();
  const { t } = useTranslation(['impact', 'common']);
  const [filter, setFilter] = useState<ImpactFilter>(() => ({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    period: 'week',
  }));
  const stats = useMemo(() => (data ? computeImpact(data, filter, new Date()) : undefined), [data, filter]);
  const members = useMemo(
    () =>
      [
        ...new Set(
          [...(data?.sightings ?? []).map((sighting) => sighting.by ?? ''), ...(data?.replies ?? []).map((reply) => reply.by)].filter(
            Boolean,
          ),
        ),
      ].sort(),
    [data],
  );
  if (!data || !stats) return <p role="status">{t('counting')}</p>;
  // Eight empty charts say nothing eight times: one note says what fills them (issue 20).
  const nothingYet = data.sightings.length === 0 && data.replies.length === 0;
  const nothingInPeriod = stats.totals.sightings === 0 && stats.totals.replies === 0;
  return (
    <div className="impact">
      <h1>{t('heading')}</h1>
      {nothingYet ? (
        <EmptyImpact />
      ) : (
        <>
          <ImpactFilters filter={filter} members={members} onChange={setFilter} />
          <Headlines stats={stats} />
          {nothingInPeriod ? (
            <p className="impact-empty" role="status">
              {t('empty.withFilter')}
            </p>
          ) : (
            <ImpactFigures stats={stats} period={filter.period} />
          )}
          <ImpactExports data={data} filter={filter} stats={stats} />
        </>
      )}
    </div>
  );
}

function EmptyImpact() {
  const { t } = useTranslation(['impact', 'common']);
  return (
    <section className="impact-empty" aria-labelledby="impact-empty-heading">
      <h2 id="impact-empty-heading">{t('empty.heading')}</h2>
      <p>{t('empty.text')}</p>
      <p>
        <a href={composeHref()} className="button-link">
          {t('empty.draftReply')}
        </a>{' '}
        <a href={libraryHref}>{t('empty.openLibrary')}</a>
      </p>
    </section>
  );
}

function ImpactFigures({ stats, period }: { stats: ImpactStats; period: ImpactFilter['period'] }) {
  const { t } = useTranslation(['impact', 'common']);
  const formats = useInterfaceFormats();
  const platformLabel = usePlatformLabel();
  const reasonText = useReasonText();
  return (
    <>
      {stats.milestones.length > 0 && (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">{t('milestones')}</h2>
          <ul aria-label={t('milestones')}>
            {stats.milestones.map((milestone) => (
              <li key={milestone.message}>{reasonText(milestone)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="impact-charts">
        <ColumnChart
          title={period === 'week' ? t('charts.sightingsPerWeek') : t('charts.sightingsPerMonth')}
          periods={stats.sightingsOverTime}
        />
        <BarChart
          title={t('charts.mythsSeenMost')}
          unit={t('charts.sightings')}
          bars={stats.sightingsByEntry.slice(0, 10).map((row) => ({ label: row.title, value: row.count }))}
        />
        <BarChart
          title={t('charts.byTopic')}
          unit={t('charts.sightings')}
          bars={stats.sightingsByTopic.map((row) => ({ label: t(`common:topics.${row.topic}`), value: row.count }))}
        />
        <BarChart
          title={t('charts.byPlatform')}
          unit={t('charts.sightings')}
          bars={stats.sightingsByPlatform.map((row) => ({ label: platformLabel(row.platform), value: row.count }))}
        />
        <BarChart
          title={t('charts.decisions')}
          unit={t('charts.sightings')}
          bars={stats.decisions.map((row) => ({
            label: t(`decision.${row.decision}`, { share: formats.percent(row.share) }),
            value: row.count,
          }))}
        />
        <BarChart
          title={t('charts.factVersusMyth')}
          unit={t('charts.factRepeated')}
          pairedUnit={t('charts.mythSeen')}
          bars={stats.factVersusMyth.slice(0, 10).map((row) => ({ label: row.title, value: row.factRepeated, paired: row.mythSeen }))}
        />
        <BarChart
          title={t('charts.perAudience')}
          unit={t('charts.replies')}
          bars={stats.repliesByAudience.map((row) => ({ label: nameOrReadableId(row.name, row.audienceId), value: row.count }))}
        />
        <BarChart
          title={t('charts.perSpokesperson')}
          unit={t('charts.replies')}
          bars={stats.repliesBySpokesperson.map((row) => ({ label: nameOrReadableId(row.name, row.spokespersonId), value: row.count }))}
        />
      </div>
      <Reminders stats={stats} />
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('gaps.heading', { count: stats.gaps.length })}</h2>
        <p className="hint">{t('gaps.hint')}</p>
        <ul aria-label={t('gaps.label')}>
          {stats.gaps.slice(0, 20).map((gap) => (
            <li key={`${gap.capturedAt}-${gap.text.slice(0, 20)}`}>
              <q>{gap.text.length > 160 ? `${gap.text.slice(0, 159)}…` : gap.text}</q> — {platformLabel(gap.platform)},{' '}
              <time dateTime={gap.capturedAt}>{formats.date(gap.capturedAt)}</time>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="unused-heading">
        <h2 id="unused-heading">{t('unused.heading', { count: stats.unusedEntries.length })}</h2>
        <ul aria-label={t('unused.label')}>
          {stats.unusedEntries.map((entry) => (
            <li key={entry.entryId}>
              <a href={`#/entries/${entry.entryId}`}>{entry.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Headlines({ stats }: { stats: ImpactStats }) {
  const { t } = useTranslation(['impact', 'common']);
  const formats = useInterfaceFormats();
  const minutes = (value: number | undefined) => (value === undefined ? '—' : formats.duration(value));
  return (
    <dl className="impact-headlines" aria-label={t('headlines.label')}>
      <div>
        <dt>{t('headlines.sightings')}</dt>
        <dd data-testid="headline-sightings">{formats.number(stats.totals.sightings)}</dd>
      </div>
      <div>
        <dt>{t('headlines.replies')}</dt>
        <dd data-testid="headline-replies">{formats.number(stats.totals.replies)}</dd>
      </div>
      <div>
        <dt>{t('headlines.decided')}</dt>
        <dd>{formats.number(stats.totals.decided)}</dd>
      </div>
      <div>
        <dt>{t('headlines.median')}</dt>
        <dd data-testid="headline-median">{minutes(stats.timeToReply.medianMinutes)}</dd>
      </div>
      <div>
        <dt>{t('headlines.p90')}</dt>
        <dd data-testid="headline-p90">{minutes(stats.timeToReply.p90Minutes)}</dd>
      </div>
      <div>
        <dt>{t('headlines.entriesUsed')}</dt>
        <dd>{formats.number(stats.totals.entriesUsed)}</dd>
      </div>
    </dl>
  );
}

function Reminders({ stats }: { stats: ImpactStats }) {
  const { t } = useTranslation(['impact', 'common']);
  const formats = useInterfaceFormats();
  return (
    <section aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">{t('cadence.heading')}</h2>
      <p className="hint">{t('cadence.hint')}</p>
      {stats.cadence.length === 0 ? (
        <p>{t('cadence.none')}</p>
      ) : (
        <ul aria-label={t('cadence.label')}>
          {stats.cadence.map((reminder) => (
            <li key={reminder.entryId}>
              <a href={`#/entries/${reminder.entryId}`}>{reminder.title}</a>: {t('cadence.every', { count: reminder.everyDays })} —{' '}
              <span className={reminder.overdue ? 'overdue' : ''}>
                {reminder.overdue
                  ? t('cadence.overdue', { date: formats.date(reminder.nextDueAt) })
                  : t('cadence.due', { date: formats.date(reminder.nextDueAt) })}
              </span>{' '}
              {reminder.lastPostedAt ? t('cadence.lastPosted', { date: formats.date(reminder.lastPostedAt) }) : t('cadence.notPosted')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
