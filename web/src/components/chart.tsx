import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table';

export interface ChartSeries {
  /** The key of the value in each datum. */
  key: string;
  /** The series' name in the legend, tooltip and table. */
  name: string;
  /** Bars (default) or a line. */
  kind?: 'bar' | 'line';
  /** Bars of series with the same stack id are stacked. */
  stack?: string;
}

export type ChartDatum = { label: string } & Record<string, string | number | null>;

export interface ChartProps {
  title: string;
  /** One sentence saying what the chart shows (read by screen readers before the data). */
  description?: string;
  data: readonly ChartDatum[];
  series: readonly ChartSeries[];
  /** How values are written (axis, tooltip, table). */
  formatValue: (value: number) => string;
  /** Shorter labels for the value axis (e.g. compact euros). */
  formatAxis?: (value: number) => string;
  /** `horizontal` bars suit long category names (programs, accompaniment types). */
  layout?: 'vertical' | 'horizontal';
  height?: number;
  /** A note under the chart (e.g. values hidden for privacy). */
  note?: string;
}

/** Recharts is only downloaded with the pages that draw charts. */
const ChartCanvas = lazy(() => import('./chart-canvas'));

/**
 * A chart with its caption and, for screen readers, keyboard users and print, the same figures as
 * a table. The drawing itself (Recharts) is loaded on demand.
 */
export function Chart(props: ChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const { title, description, data, series, formatValue, height = 280, note } = props;
  const empty = data.length === 0;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart__caption">
        <span id={`${id}-title`} className="chart__title">
          {title}
        </span>
        {description && <span className="chart__description muted">{description}</span>}
      </figcaption>
      {empty ? (
        <p className="muted">{t('charts.noData')}</p>
      ) : (
        <>
          <div className="chart__canvas" style={{ minHeight: height }} aria-hidden="true">
            <Suspense fallback={<span className="muted">{t('common.loading')}</span>}>
              <ChartCanvas {...props} height={height} />
            </Suspense>
          </div>
          <details className="disclosure chart__data">
            <summary>{t('charts.showData', { title })}</summary>
            <DataTable
              caption={title}
              className="data-table--keep"
              columns={[
                { label: t('charts.category') },
                ...series.map((item) => ({ label: item.name, numeric: true })),
              ]}
            >
              <tbody>
                {data.map((datum) => (
                  <tr key={datum.label}>
                    <th scope="row">{datum.label}</th>
                    {series.map((item) => {
                      const value = datum[item.key];
                      return (
                        <td key={item.key} className="numeric" data-label={item.name}>
                          {typeof value === 'number' ? formatValue(value) : (value ?? '—')}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </details>
        </>
      )}
      {note && <p className="chart__note muted">{note}</p>}
    </figure>
  );
}
