import { useTranslation } from '../i18n/use-translation';

/**
 * The numbers behind a chart, as a table: the accessible alternative to the SVG, folded away
 * for sighted readers who want the exact figures.
 */
export function ChartTable({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}) {
  const { t } = useTranslation('impact');
  return (
    <details>
      <summary>{t('charts.asTable', { title })}</summary>
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [first, ...rest] }) => (
            <tr key={key}>
              <th scope="row">{first}</th>
              {rest.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are columns, fixed by position
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
