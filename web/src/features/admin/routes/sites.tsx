import type { Site } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { PageLoader } from '../../../components/page-loader';
import { StatusBadge } from '../../../components/status-badge';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { sitesQueryOptions, useUpdateSite } from '../api';
import { SiteForm } from '../components/site-form';

type Editing = { mode: 'create' } | { mode: 'edit'; site: Site } | null;

export default function SitesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const sites = useQuery(sitesQueryOptions());
  const updateSite = useUpdateSite();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const toggleActive = (site: Site) => {
    setNotice(null);
    updateSite.mutate(
      { id: site.id, changes: { active: !site.active } },
      {
        onSuccess: (saved) =>
          setNotice({
            tone: 'success',
            text: t(saved.active ? 'admin.sites.activated' : 'admin.sites.deactivated', { name: saved.name }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  return (
    <section aria-labelledby="sites-title">
      <DocumentTitle page={t('admin.sites.title')} />
      <div className="section-header">
        <div>
          <h2 id="sites-title">{t('admin.sites.title')}</h2>
          <p className="muted">{t('admin.sites.intro')}</p>
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
          {t('admin.sites.new')}
        </button>
      </div>

      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} live={false}>
            {notice.text}
          </Alert>
        )}
      </div>

      {editing && (
        <EditorPanel
          key={editing.mode === 'edit' ? editing.site.id : 'new'}
          title={
            editing.mode === 'edit'
              ? t('admin.sites.editTitle', { name: editing.site.name })
              : t('admin.sites.createTitle')
          }
        >
          <SiteForm
            site={editing.mode === 'edit' ? editing.site : undefined}
            onCancel={close}
            onSaved={(saved) => {
              setNotice({
                tone: 'success',
                text: t(editing.mode === 'edit' ? 'admin.sites.updated' : 'admin.sites.created', { name: saved.name }),
              });
              close();
            }}
          />
        </EditorPanel>
      )}

      {sites.isPending ? (
        <PageLoader />
      ) : sites.isError ? (
        <Alert tone="error">
          {errorMessage(sites.error, t)}{' '}
          <button type="button" className="button button--small" onClick={() => void sites.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : sites.data.length === 0 ? (
        <p className="empty-state">{t('admin.sites.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('admin.sites.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.sites.fields.name')}</th>
                <th scope="col">{t('admin.sites.fields.kind')}</th>
                <th scope="col">{t('admin.sites.fields.municipality')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('admin.sites.fields.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.data.map((site) => {
                const toggling = updateSite.isPending && updateSite.variables?.id === site.id;
                return (
                  <tr key={site.id} className={site.active ? undefined : 'is-inactive'}>
                    <th scope="row" data-label={t('admin.sites.fields.name')}>
                      {site.name}
                      {site.address && <span className="cell-secondary">{site.address}</span>}
                    </th>
                    <td data-label={t('admin.sites.fields.kind')}>{t(`admin.sites.kinds.${site.kind}`)}</td>
                    <td data-label={t('admin.sites.fields.municipality')}>{site.municipality ?? '—'}</td>
                    <td data-label={t('common.status')}>
                      <StatusBadge active={site.active} />
                    </td>
                    <td data-label={t('admin.sites.fields.createdAt')}>
                      <time dateTime={site.createdAt}>{format.date(site.createdAt)}</time>
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('common.editItem', { name: site.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ mode: 'edit', site });
                        }}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(site.active ? 'common.deactivateItem' : 'common.activateItem', {
                          name: site.name,
                        })}
                        disabled={toggling}
                        onClick={() => toggleActive(site)}
                      >
                        {site.active ? t('common.deactivate') : t('common.activate')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
