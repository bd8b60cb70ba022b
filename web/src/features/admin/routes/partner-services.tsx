import type { PartnerService } from '@percee/shared';
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
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import { useUpdatePartnerService } from '../api';
import { PartnerServiceForm } from '../components/partner-service-form';

type Editing = { mode: 'create' } | { mode: 'edit'; service: PartnerService } | null;

/**
 * The organisation's partner services: the recipients named in the consent register, the services
 * involved in cases, and the service each partner account belongs to.
 */
export default function PartnerServicesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useQuery(partnerServicesQueryOptions());
  const updateService = useUpdatePartnerService();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const toggleActive = (service: PartnerService) => {
    setNotice(null);
    updateService.mutate(
      { id: service.id, changes: { active: !service.active } },
      {
        onSuccess: (saved) =>
          setNotice({
            tone: 'success',
            text: t(saved.active ? 'admin.partnerServices.activated' : 'admin.partnerServices.deactivated', {
              name: saved.name,
            }),
          }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  return (
    <section aria-labelledby="partner-services-title">
      <DocumentTitle page={t('admin.partnerServices.title')} />
      <div className="section-header">
        <div>
          <h2 id="partner-services-title">{t('admin.partnerServices.title')}</h2>
          <p className="muted">{t('admin.partnerServices.intro')}</p>
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
          {t('admin.partnerServices.new')}
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
          key={editing.mode === 'edit' ? editing.service.id : 'new'}
          title={
            editing.mode === 'edit'
              ? t('admin.partnerServices.editTitle', { name: editing.service.name })
              : t('admin.partnerServices.createTitle')
          }
        >
          <PartnerServiceForm
            service={editing.mode === 'edit' ? editing.service : undefined}
            onCancel={close}
            onSaved={(saved) => {
              setNotice({
                tone: 'success',
                text: t(editing.mode === 'edit' ? 'admin.partnerServices.updated' : 'admin.partnerServices.created', {
                  name: saved.name,
                }),
              });
              close();
            }}
          />
        </EditorPanel>
      )}

      {services.isPending ? (
        <PageLoader />
      ) : services.isError ? (
        <Alert tone="error">
          {errorMessage(services.error, t)}{' '}
          <button type="button" className="button button--small" onClick={() => void services.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : services.data.length === 0 ? (
        <p className="empty-state">{t('admin.partnerServices.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('admin.partnerServices.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.partnerServices.fields.name')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('admin.partnerServices.fields.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {services.data.map((service) => {
                const toggling = updateService.isPending && updateService.variables?.id === service.id;
                return (
                  <tr key={service.id} className={service.active ? undefined : 'is-inactive'}>
                    <th scope="row" data-label={t('admin.partnerServices.fields.name')}>
                      {service.name}
                      {service.description && <span className="cell-secondary">{service.description}</span>}
                    </th>
                    <td data-label={t('common.status')}>
                      <StatusBadge active={service.active} />
                    </td>
                    <td data-label={t('admin.partnerServices.fields.createdAt')}>
                      <time dateTime={service.createdAt}>{format.date(service.createdAt)}</time>
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('common.editItem', { name: service.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ mode: 'edit', service });
                        }}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(service.active ? 'common.deactivateItem' : 'common.activateItem', {
                          name: service.name,
                        })}
                        disabled={toggling}
                        onClick={() => toggleActive(service)}
                      >
                        {service.active ? t('common.deactivate') : t('common.activate')}
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
