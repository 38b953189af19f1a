import { useId } from 'react';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import { ChartTable } from './ChartTable';

export type Bar = { label: string; value: number /** A second value drawn beside the first (fact vs myth). */; paired?: number };

type Props = { title: string; bars: Bar[]; unit: string; pairedUnit?: string; max?: number };

const rowHeight = 22;
const labelWidth = 210;
const chartWidth = 520;

/**
 * A horizontal bar chart drawn as SVG: small, no library, readable in print. Screen readers get
 * the figure's title and a table with the same numbers (the chart itself is an image to them).
 */
export function BarChart({ title, bars, unit, pairedUnit, max }: Props) {
  const id = useId();
  const { t } = useTranslation('impact');
  const formats = useInterfaceFormats();
  const top = Math.max(1, max ?? Math.max(...bars.map((bar) => Math.max(bar.value, bar.paired ?? 0)), 0));
  const barArea = chartWidth - labelWidth - 40;
  const height = Math.max(1, bars.length) * rowHeight * (pairedUnit ? 1.6 : 1) + 8;
  const scale = (value: number) => (value / top) * barArea;
  return (
    <figure className="impact-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="hint">{t('charts.nothingInChart')}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by its visible caption (aria-labelledby), with a table alternative */}
          <svg viewBox={`0 0 ${chartWidth} ${height}`} role="img" aria-labelledby={`${id}-caption`} width="100%">
            {bars.map((bar, index) => {
              const y = index * rowHeight * (pairedUnit ? 1.6 : 1) + 4;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: two bars may share a label; the chart is redrawn whole, never reordered in place
                <g key={`${bar.label}-${index}`}>
                  <text x={labelWidth - 6} y={y + 13} textAnchor="end" className="chart-label">
                    {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
                  </text>
                  <rect x={labelWidth} y={y} width={scale(bar.value)} height={pairedUnit ? 11 : 16} className="chart-bar" />
                  <text x={labelWidth + scale(bar.value) + 4} y={y + (pairedUnit ? 10 : 13)} className="chart-value">
                    {formats.number(bar.value)}
                  </text>
                  {pairedUnit && (
                    <>
                      <rect x={labelWidth} y={y + 13} width={scale(bar.paired ?? 0)} height={11} className="chart-bar chart-bar-paired" />
                      <text x={labelWidth + scale(bar.paired ?? 0) + 4} y={y + 23} className="chart-value">
                        {formats.number(bar.paired ?? 0)}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
          </svg>
          {pairedUnit && (
            <p className="chart-legend">
              <span className="legend-swatch" /> {unit} <span className="legend-swatch legend-paired" /> {pairedUnit}
            </p>
          )}
          <ChartTable
            title={title}
            columns={[t('charts.item'), unit, ...(pairedUnit ? [pairedUnit] : [])]}
            rows={bars.map((bar, index) => ({
              key: `${bar.label}-${index}`,
              cells: [bar.label, bar.value, ...(pairedUnit ? [bar.paired ?? 0] : [])],
            }))}
          />
        </>
      )}
    </figure>
  );
}
