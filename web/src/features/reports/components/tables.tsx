import type { Count } from '@percee/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../lib/i18n/format';

/** A count as the API gives it: a number, or "<5" (hidden for privacy) shown as is. */
export function useCountText() {
  const format = useFormat();
  return (value: Count) => (typeof value === 'number' ? format.number(value) : value);
}

/** An amount in cents, or "<5" when fewer than five households make it up. */
export function useAmountText() {
  const format = useFormat();
  return (value: number | '<5') => (typeof value === 'number' ? format.euros(value) : value);
}

export interface FigureRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Figures of a section: one row per figure, the label in the first column (the caption repeats the section's heading, for screen readers). */
export function FigureTable({ caption, rows }: { caption: string; rows: readonly FigureRow[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      className="data-table--keep"
      columns={[{ label: t('reports.figure') }, { label: t('reports.value'), numeric: true }]}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="numeric" data-label={t('reports.value')}>
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export interface BreakdownColumn<T> {
  key: string;
  label: string;
  value: (item: T) => ReactNode;
}

/** A breakdown (by reason, by type…): one row per key, one or more value columns. */
export function BreakdownTable<T extends { key: string }>({
  caption,
  keyLabel,
  items,
  labelOf,
  columns,
}: {
  caption: string;
  keyLabel: string;
  items: readonly T[];
  labelOf: (key: T['key']) => string;
  columns: readonly BreakdownColumn<T>[];
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      {/* Up to two figures per row fit a phone as a table; wider breakdowns become cards there. */}
      <table className={columns.length <= 2 ? 'data-table data-table--keep' : 'data-table'}>
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="numeric">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1} className="muted">
                {t('reports.none')}
              </td>
            </tr>
          ) : (
            items.map((item) => (
              <tr key={item.key}>
                <th scope="row">{labelOf(item.key)}</th>
                {columns.map((column) => (
                  <td key={column.key} className="numeric" data-label={column.label}>
                    {column.value(item)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
