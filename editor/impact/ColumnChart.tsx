import { useId } from 'react';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import { ChartTable } from './ChartTable';
import type { PeriodCount } from '../../shared/impact/impact-types';

const width = 560;
const height = 160;

/** Sightings per week or month as columns, oldest first, with the same numbers as a table. */
export function ColumnChart({ title, periods }: { title: string; periods: PeriodCount[] }) {
  const id = useId();
  const { t } = useTranslation('impact');
  const formats = useInterfaceFormats();
  const top = Math.max(1, ...periods.map((period) => period.count));
  const slot = periods.length > 0 ? (width - 30) / periods.length : 0;
  const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
  return (
    <figure className="impact-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {periods.length === 0 ? (
        <p className="hint">{t('charts.nothingInChart')}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by its visible caption (aria-labelledby), with a table alternative */}
          <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-labelledby={`${id}-caption`} width="100%">
            <text x={0} y={12} className="chart-value">
              {top}
            </text>
            <line x1={24} x2={width} y1={height} y2={height} className="chart-axis" />
            {periods.map((period, index) => {
              const columnHeight = (period.count / top) * (height - 20);
              const x = 30 + index * slot;
              return (
                <g key={period.period}>
                  <rect x={x} y={height - columnHeight} width={Math.max(1, slot - 3)} height={columnHeight} className="chart-bar">
                    <title>{`${formats.period(period.period)}: ${formats.number(period.count)}`}</title>
                  </rect>
                  {index % labelEvery === 0 && (
                    <text x={x} y={height + 16} className="chart-label-small">
                      {formats.period(period.period)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <ChartTable
            title={title}
            columns={[t('charts.period'), t('charts.starts'), t('charts.sightings')]}
            rows={periods.map((period) => ({
              key: period.period,
              cells: [formats.period(period.period), formats.date(period.start), period.count],
            }))}
          />
        </>
      )}
    </figure>
  );
}
