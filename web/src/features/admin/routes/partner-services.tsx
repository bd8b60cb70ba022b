import type { PartnerService } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import { partnerServicesQueryOptions } from '../../../lib/reference-data';
import { useUpdatePartnerService } from '../api';
import { AdminListPage, useStatusColumn } from '../components/admin-list-page';
import { PartnerServiceForm } from '../components/partner-service-form';

/**
 * The organisation's partner services: the recipients named in the consent register, the services
 * involved in cases, and the service each partner account belongs to.
 */
export default function PartnerServicesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useQuery(partnerServicesQueryOptions());
  const updateService = useUpdatePartnerService();
  const status = useStatusColumn<PartnerService>();

  return (
    <AdminListPage
      id="partner-services"
      texts="admin.partnerServices"
      nameOf={(service) => service.name}
      list={{ ...services, items: services.data }}
      toggle={updateService}
      columns={[
        {
          label: t('admin.partnerServices.fields.name'),
          cell: (service) => (
            <>
              {service.name}
              {service.description && <span className="cell-secondary">{service.description}</span>}
            </>
          ),
        },
        status,
        {
          label: t('admin.partnerServices.fields.createdAt'),
          cell: (service) => <time dateTime={service.createdAt}>{format.date(service.createdAt)}</time>,
        },
      ]}
      renderEditor={(editing, { close, saved }) => (
        <PartnerServiceForm
          service={editing.mode === 'edit' ? editing.item : undefined}
          onCancel={close}
          onSaved={saved}
        />
      )}
    />
  );
}
