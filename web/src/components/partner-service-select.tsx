import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { partnerServicesQueryOptions } from '../lib/reference-data';
import { SelectField } from './form-parts';

/** A required select of the organisation's active partner services (consents and involvements). */
export function PartnerServiceSelect({
  label,
  error,
  registration,
}: {
  label: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  const services = useQuery(partnerServicesQueryOptions());
  return (
    <SelectField
      label={label}
      error={error}
      required
      registration={registration}
      options={(services.data ?? [])
        .filter((service) => service.active)
        .map((service) => ({ value: service.id, label: service.name }))}
    />
  );
}
