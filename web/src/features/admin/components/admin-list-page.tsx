import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EditorPanel } from '../../../components/editor-panel';
import { NoticeRegion } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { StatusBadge } from '../../../components/status-badge';
import { errorMessage } from '../../../lib/errors';
import { AdminSection } from './admin-section';

/** What an admin list holds: records with an id, that are deactivated rather than deleted. */
interface AdminRecord {
  id: string;
  active: boolean;
}

/** The translation keys of an admin page (`<texts>.title`, `.intro`, `.new`, `.createTitle`…). */
type AdminTexts = 'admin.sites' | 'admin.partnerServices' | 'admin.users' | 'programs' | 'catalogue';

/** The open editor: a new record, or a record in one of the page's editing modes (`edit` by default). */
export type Editing<T, Mode extends string = 'edit'> = { mode: 'create' } | { mode: Mode; item: T };

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

export interface AdminColumn<T> {
  label: string;
  cell: (item: T) => ReactNode;
  numeric?: boolean;
}

/** The status column of every admin list. */
export function useStatusColumn<T extends AdminRecord>(): AdminColumn<T> {
  const { t } = useTranslation();
  return { label: t('common.status'), cell: (item) => <StatusBadge active={item.active} /> };
}

/** The list query, as `useKeysetList` returns it, or a whole list query with its rows as `items`. */
interface AdminList<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  items: T[] | undefined;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

/** The "activate/deactivate" mutation of the list's records. */
interface ToggleMutation<T> {
  mutate: (
    variables: { id: string; changes: { active: boolean } },
    callbacks: { onSuccess: (saved: T) => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
  variables: { id: string } | undefined;
}

export interface RowTools<T, Mode extends string> {
  open: (editing: Editing<T, Mode>) => void;
  notify: (notice: Notice | null) => void;
}

interface AdminListPageProps<T extends AdminRecord, Mode extends string> {
  /** Stem of the heading's id. */
  id: string;
  texts: AdminTexts;
  nameOf: (item: T) => string;
  list: AdminList<T>;
  /** The first column is the row's header. */
  columns: AdminColumn<T>[];
  /** The form in the open editor; `saved` shows the page's "created"/"updated" notice and closes it. */
  renderEditor: (
    editing: Editing<T, Mode>,
    done: { close: () => void; saved: (item: T) => void; finish: (notice: string) => void },
  ) => ReactNode;
  /** The editor's title when the mode is neither `create` nor `edit`. */
  editorTitle?: (editing: { mode: Mode; item: T }) => string;
  /** Without it, the records cannot be (de)activated from the list. */
  toggle?: ToggleMutation<T>;
  canToggle?: (item: T) => boolean;
  /** Row actions between "Edit" and "Activate/Deactivate". */
  rowActions?: (item: T, tools: RowTools<T, Mode>) => ReactNode;
  /** Shown above the notices (a warning about the list, say). */
  banner?: ReactNode;
}

/**
 * The admin pattern of the organisation's reference records (sites, partner services, users,
 * programs, the cost catalogue): a list, an inline editor panel to create or edit one, notices of
 * what was done, and activation toggled from the list. Focus returns to "New" when the editor closes.
 */
export function AdminListPage<T extends AdminRecord, Mode extends string = 'edit'>({
  id,
  texts,
  nameOf,
  list,
  columns,
  renderEditor,
  editorTitle,
  toggle,
  canToggle = () => true,
  rowActions,
  banner,
}: AdminListPageProps<T, Mode>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing<T, Mode> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const titleId = `${id}-title`;
  const items = list.items ?? [];
  const [header, ...cells] = columns;

  const open = (next: Editing<T, Mode>) => {
    setNotice(null);
    setEditing(next);
  };
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const finish = (text: string) => {
    setNotice({ tone: 'success', text });
    close();
  };

  const toggleActive = (item: T) => {
    if (!toggle || texts === 'catalogue') return;
    setNotice(null);
    toggle.mutate(
      { id: item.id, changes: { active: !item.active } },
      {
        onSuccess: (saved) =>
          setNotice({
            tone: 'success',
            text: t(saved.active ? `${texts}.activated` : `${texts}.deactivated`, { name: nameOf(saved) }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  const titleOf = (current: Editing<T, Mode>) => {
    if (!('item' in current)) return t(`${texts}.createTitle`);
    const name = nameOf(current.item);
    if (current.mode !== 'edit' && editorTitle) return editorTitle(current);
    return t(`${texts}.editTitle`, { name });
  };

  return (
    <AdminSection
      titleId={titleId}
      title={t(`${texts}.title`)}
      intro={t(`${texts}.intro`)}
      actions={
        <button
          ref={newButton}
          type="button"
          className="button button--primary"
          onClick={() => open({ mode: 'create' })}
          disabled={editing?.mode === 'create'}
        >
          {t(`${texts}.new`)}
        </button>
      }
    >
      {banner}

      <NoticeRegion notice={notice} />

      {editing && (
        <EditorPanel key={'item' in editing ? `${editing.mode}-${editing.item.id}` : 'new'} title={titleOf(editing)}>
          {renderEditor(editing, {
            close,
            finish,
            saved: (item) =>
              finish(t(editing.mode === 'create' ? `${texts}.created` : `${texts}.updated`, { name: nameOf(item) })),
          })}
        </EditorPanel>
      )}

      <ListStatus query={list} count={items.length} empty={t(`${texts}.empty`)}>
        <DataTable
          caption={texts === 'catalogue' ? t('catalogue.title') : t(`${texts}.tableCaption`)}
          columns={[
            ...columns.map((column) => ({ label: column.label, numeric: column.numeric })),
            { label: t('common.actions'), labelHidden: true },
          ]}
        >
          <tbody>
            {items.map((item) => {
              const name = nameOf(item);
              const toggling = toggle?.isPending && toggle.variables?.id === item.id;
              return (
                <tr key={item.id} className={item.active ? undefined : 'is-inactive'}>
                  {header && (
                    <th scope="row" data-label={header.label}>
                      {header.cell(item)}
                    </th>
                  )}
                  {cells.map((column) => (
                    <td key={column.label} data-label={column.label} className={column.numeric ? 'numeric' : undefined}>
                      {column.cell(item)}
                    </td>
                  ))}
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('common.editItem', { name })}
                      onClick={() => open({ mode: 'edit' as Mode, item })}
                    >
                      {t('common.edit')}
                    </button>
                    {rowActions?.(item, { open, notify: setNotice })}
                    {toggle && canToggle(item) && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(item.active ? 'common.deactivateItem' : 'common.activateItem', { name })}
                        disabled={toggling}
                        onClick={() => toggleActive(item)}
                      >
                        {item.active ? t('common.deactivate') : t('common.activate')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
        {list.fetchNextPage && (
          <LoadMore
            hasNextPage={list.hasNextPage ?? false}
            isFetchingNextPage={list.isFetchingNextPage ?? false}
            fetchNextPage={list.fetchNextPage}
          />
        )}
      </ListStatus>
    </AdminSection>
  );
}
