import type { ReactNode } from 'react';

export interface DataColumn {
  label: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean | undefined;
  /** A column without a visible heading (actions): the label is only read by screen readers. */
  labelHidden?: boolean;
}

interface DataTableProps {
  /** Names the table for screen readers; shown above it only with `captionVisible`. */
  caption: ReactNode;
  captionVisible?: boolean;
  /** Column headings, in order; `false` leaves a column out (a column shown only in some cases). */
  columns: readonly (DataColumn | false)[];
  /** Extra classes of the table (`data-table--keep`, …). */
  className?: string;
  /** The table's body (and foot). */
  children: ReactNode;
}

/**
 * The app's data table: scrolls sideways on its own on small screens (`table-wrap`), always has a
 * caption and column headings with `scope="col"`. Rows are the caller's (they differ per table).
 */
export function DataTable({ caption, captionVisible = false, columns, className, children }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={captionVisible ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) =>
              column === false ? null : (
                // Columns are fixed per table, so their position is a stable key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <th key={index} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.labelHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
