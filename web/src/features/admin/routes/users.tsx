import type { User } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { PageLoader } from '../../../components/page-loader';
import { StatusBadge } from '../../../components/status-badge';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import { useMe } from '../../../lib/session';
import { sitesQueryOptions, useResetUserTotp, usersQueryOptions, useUpdateUser } from '../api';
import { UserCreateForm, UserEditForm } from '../components/user-form';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

export default function UsersRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const users = useKeysetList(usersQueryOptions());
  const sites = useQuery(sitesQueryOptions());
  const partnerServices = useQuery(partnerServicesQueryOptions());
  const updateUser = useUpdateUser();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const siteNames = useMemo(() => new Map((sites.data ?? []).map((site) => [site.id, site.name])), [sites.data]);
  const serviceNames = useMemo(
    () => new Map((partnerServices.data ?? []).map((service) => [service.id, service.name])),
    [partnerServices.data],
  );
  const items = users.items;

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const saved = (user: User, mode: 'create' | 'edit') => {
    setNotice({
      tone: 'success',
      text: t(mode === 'edit' ? 'admin.users.updated' : 'admin.users.created', { name: user.displayName }),
    });
    close();
  };

  const resetTotp = useResetUserTotp();
  const onResetTotp = (user: User) => {
    setNotice(null);
    if (!window.confirm(t('admin.users.resetTotpConfirm', { name: user.displayName }))) return;
    resetTotp.mutate(user.id, {
      onSuccess: () => setNotice({ tone: 'success', text: t('admin.users.totpReset', { name: user.displayName }) }),
      onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
    });
  };

  const toggleActive = (user: User) => {
    setNotice(null);
    updateUser.mutate(
      { id: user.id, changes: { active: !user.active } },
      {
        onSuccess: (updated) =>
          setNotice({
            tone: 'success',
            text: t(updated.active ? 'admin.users.activated' : 'admin.users.deactivated', {
              name: updated.displayName,
            }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  return (
    <section aria-labelledby="users-title">
      <DocumentTitle page={t('admin.users.title')} />
      <div className="section-header">
        <div>
          <h2 id="users-title">{t('admin.users.title')}</h2>
          <p className="muted">{t('admin.users.intro')}</p>
        </div>
        <button
          ref={newButton}
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setEditing({ mode: 'create' });
          }}
          disabled={editing?.mode === 'create'}
        >
          {t('admin.users.new')}
        </button>
      </div>

      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} live={false}>
            {notice.text}
          </Alert>
        )}
      </div>

      {editing?.mode === 'create' && (
        <EditorPanel key="new" title={t('admin.users.createTitle')}>
          <UserCreateForm onCancel={close} onSaved={(user) => saved(user, 'create')} />
        </EditorPanel>
      )}
      {editing?.mode === 'edit' && (
        <EditorPanel key={editing.user.id} title={t('admin.users.editTitle', { name: editing.user.displayName })}>
          <UserEditForm user={editing.user} onCancel={close} onSaved={(user) => saved(user, 'edit')} />
        </EditorPanel>
      )}

      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <Alert tone="error">
          {errorMessage(users.error, t)}{' '}
          <button type="button" className="button button--small" onClick={() => void users.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : items.length === 0 ? (
        <p className="empty-state">{t('admin.users.empty')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.users.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.fields.displayName')}</th>
                  <th scope="col">{t('admin.users.fields.role')}</th>
                  <th scope="col">{t('admin.users.fields.site')}</th>
                  <th scope="col">{t('admin.users.fields.locale')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('admin.users.fields.createdAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((user) => {
                  const isMe = user.id === me.id;
                  const toggling = updateUser.isPending && updateUser.variables?.id === user.id;
                  return (
                    <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
                      <th scope="row" data-label={t('admin.users.fields.displayName')}>
                        {user.displayName}
                        {isMe && <span className="muted"> ({t('admin.users.you')})</span>}
                        <span className="cell-secondary">{user.email}</span>
                      </th>
                      <td data-label={t('admin.users.fields.role')}>
                        {t(`roles.${user.role}`)}
                        {user.role === 'partner' && (
                          <span className="cell-secondary">
                            {user.partnerServiceId
                              ? (serviceNames.get(user.partnerServiceId) ?? '—')
                              : t('admin.users.fields.noPartnerService')}
                          </span>
                        )}
                      </td>
                      <td data-label={t('admin.users.fields.site')}>
                        {user.siteId ? (siteNames.get(user.siteId) ?? '—') : t('admin.users.fields.noSite')}
                      </td>
                      <td data-label={t('admin.users.fields.locale')}>{t(`locales.${user.locale}`)}</td>
                      <td data-label={t('common.status')}>
                        <StatusBadge active={user.active} />
                      </td>
                      <td data-label={t('admin.users.fields.createdAt')}>
                        <time dateTime={user.createdAt}>{format.date(user.createdAt)}</time>
                      </td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('common.editItem', { name: user.displayName })}
                          onClick={() => {
                            setNotice(null);
                            setEditing({ mode: 'edit', user });
                          }}
                        >
                          {t('common.edit')}
                        </button>
                        {user.totpEnabled && (
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('admin.users.resetTotpLabel', { name: user.displayName })}
                            disabled={resetTotp.isPending}
                            onClick={() => onResetTotp(user)}
                          >
                            {t('admin.users.resetTotp')}
                          </button>
                        )}
                        {/* Deactivating one's own account would lock the administrator out. */}
                        {!isMe && (
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t(user.active ? 'common.deactivateItem' : 'common.activateItem', {
                              name: user.displayName,
                            })}
                            disabled={toggling}
                            onClick={() => toggleActive(user)}
                          >
                            {user.active ? t('common.deactivate') : t('common.activate')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {users.hasNextPage && (
            <p className="load-more">
              <button
                type="button"
                className="button"
                disabled={users.isFetchingNextPage}
                onClick={() => void users.fetchNextPage()}
              >
                {users.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
