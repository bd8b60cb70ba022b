import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeChanges } from '../lib/audit-changes';
import { useFormat } from '../lib/i18n/format';
import { DataTable } from './data-table';

/** One audit entry as a row: the admin's trail and a household's access log show the same columns. */
export interface AuditRow {
  seq: number;
  occurredAt: string;
  /** Who acted, as the screen names them. */
  who: ReactNode;
  action: string;
  /** What was acted on (the organisation's trail only; a file's log is about that file). */
  entity?: { type: string; id: string | null };
  changedFields: readonly string[];
  changes: unknown;
  /** The values are withheld from this reader (only the field names are listed). */
  valuesRedacted?: boolean;
}

interface AuditTableProps {
  caption: string;
  rows: readonly AuditRow[];
  /** Show the entity column. */
  withEntity?: boolean;
  /** The keyset query behind the rows ("show more"). */
  more: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}

/** Audit entries in a table (when, who, what, on what, changes), with "show more". */
export function AuditTable({ caption, rows, withEntity = false, more }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <DataTable
        caption={caption}
        columns={[
          { label: t('audit.when') },
          { label: t('audit.who') },
          { label: t('audit.what') },
          withEntity && { label: t('audit.entity') },
          { label: t('audit.changes') },
        ]}
      >
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{format.dateTime(row.occurredAt)}</td>
              <td>{row.who}</td>
              <td>
                <code>{row.action}</code>
              </td>
              {withEntity && (
                <td>
                  {row.entity?.type}
                  {row.entity?.id && <span className="cell-secondary"> {row.entity.id}</span>}
                </td>
              )}
              <td>
                {describeChanges(row.changedFields, row.changes)}
                {row.valuesRedacted && row.changedFields.length > 0 && (
                  <span className="cell-secondary"> ({t('audit.valuesHidden')})</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {more.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void more.fetchNextPage()}
          disabled={more.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </button>
      )}
    </>
  );
}
