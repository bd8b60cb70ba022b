import type { User } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import { useMe } from '../../../lib/session';
import { sitesQueryOptions, useResetUserTotp, usersQueryOptions, useUpdateUser } from '../api';
import { AdminListPage, type RowTools, useStatusColumn } from '../components/admin-list-page';
import { UserCreateForm, UserEditForm } from '../components/user-form';

export default function UsersRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const users = useKeysetList(usersQueryOptions());
  const sites = useQuery(sitesQueryOptions());
  const partnerServices = useQuery(partnerServicesQueryOptions());
  const updateUser = useUpdateUser();
  const resetTotp = useResetUserTotp();
  const status = useStatusColumn<User>();

  const siteNames = useMemo(() => new Map((sites.data ?? []).map((site) => [site.id, site.name])), [sites.data]);
  const serviceNames = useMemo(
    () => new Map((partnerServices.data ?? []).map((service) => [service.id, service.name])),
    [partnerServices.data],
  );

  const onResetTotp = (user: User, { notify }: RowTools<User, 'edit'>) => {
    notify(null);
    if (!window.confirm(t('admin.users.resetTotpConfirm', { name: user.displayName }))) return;
    resetTotp.mutate(user.id, {
      onSuccess: () => notify({ tone: 'success', text: t('admin.users.totpReset', { name: user.displayName }) }),
      onError: (error) => notify({ tone: 'error', text: errorMessage(error, t) }),
    });
  };

  return (
    <AdminListPage
      id="users"
      texts="admin.users"
      nameOf={(user) => user.displayName}
      list={users}
      toggle={updateUser}
      // Deactivating one's own account would lock the administrator out.
      canToggle={(user) => user.id !== me.id}
      columns={[
        {
          label: t('admin.users.fields.displayName'),
          cell: (user) => (
            <>
              {user.displayName}
              {user.id === me.id && <span className="muted"> ({t('admin.users.you')})</span>}
              <span className="cell-secondary">{user.email}</span>
            </>
          ),
        },
        {
          label: t('admin.users.fields.role'),
          cell: (user) => (
            <>
              {t(`roles.${user.role}`)}
              {user.role === 'partner' && (
                <span className="cell-secondary">
                  {user.partnerServiceId
                    ? (serviceNames.get(user.partnerServiceId) ?? '—')
                    : t('admin.users.fields.noPartnerService')}
                </span>
              )}
            </>
          ),
        },
        {
          label: t('admin.users.fields.site'),
          cell: (user) => (user.siteId ? (siteNames.get(user.siteId) ?? '—') : t('admin.users.fields.noSite')),
        },
        { label: t('admin.users.fields.locale'), cell: (user) => t(`locales.${user.locale}`) },
        status,
        {
          label: t('admin.users.fields.createdAt'),
          cell: (user) => <time dateTime={user.createdAt}>{format.date(user.createdAt)}</time>,
        },
      ]}
      rowActions={(user, tools) =>
        user.totpEnabled && (
          <button
            type="button"
            className="button button--small"
            aria-label={t('admin.users.resetTotpLabel', { name: user.displayName })}
            disabled={resetTotp.isPending}
            onClick={() => onResetTotp(user, tools)}
          >
            {t('admin.users.resetTotp')}
          </button>
        )
      }
      renderEditor={(editing, { close, saved }) =>
        editing.mode === 'edit' ? (
          <UserEditForm user={editing.item} onCancel={close} onSaved={saved} />
        ) : (
          <UserCreateForm onCancel={close} onSaved={saved} />
        )
      }
    />
  );
}
