import type { Site } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import { sitesQueryOptions, useUpdateSite } from '../api';
import { AdminListPage, useStatusColumn } from '../components/admin-list-page';
import { SiteForm } from '../components/site-form';

export default function SitesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const sites = useQuery(sitesQueryOptions());
  const updateSite = useUpdateSite();
  const status = useStatusColumn<Site>();

  return (
    <AdminListPage
      id="sites"
      texts="admin.sites"
      nameOf={(site) => site.name}
      list={{ ...sites, items: sites.data }}
      toggle={updateSite}
      columns={[
        {
          label: t('admin.sites.fields.name'),
          cell: (site) => (
            <>
              {site.name}
              {site.address && <span className="cell-secondary">{site.address}</span>}
            </>
          ),
        },
        { label: t('admin.sites.fields.kind'), cell: (site) => t(`admin.sites.kinds.${site.kind}`) },
        { label: t('admin.sites.fields.municipality'), cell: (site) => site.municipality ?? '—' },
        status,
        {
          label: t('admin.sites.fields.createdAt'),
          cell: (site) => <time dateTime={site.createdAt}>{format.date(site.createdAt)}</time>,
        },
      ]}
      renderEditor={(editing, { close, saved }) => (
        <SiteForm site={editing.mode === 'edit' ? editing.item : undefined} onCancel={close} onSaved={saved} />
      )}
    />
  );
}
