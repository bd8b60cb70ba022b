import { zodResolver } from '@hookform/resolvers/zod';
import { type PartnerService, PartnerServiceCreate } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { isProblem } from '../../../lib/api-client';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useCreatePartnerService, useUpdatePartnerService } from '../api';

const FIELDS = ['name', 'description'] as const;

interface PartnerServiceFormProps {
  /** The service to edit; omitted to create one. */
  service?: PartnerService | undefined;
  onSaved: (service: PartnerService) => void;
  onCancel: () => void;
}

/**
 * Create or edit a partner service. Both modes edit the name and description, validated with
 * `PartnerServiceCreate` (whose output is also a valid `PartnerServiceUpdate`); activation is
 * toggled from the list.
 */
export function PartnerServiceForm({ service, onSaved, onCancel }: PartnerServiceFormProps) {
  const { t } = useTranslation();
  const createService = useCreatePartnerService();
  const updateService = useUpdatePartnerService();
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(PartnerServiceCreate, zodErrorOptions),
      defaultValues: service
        ? { name: service.name, description: service.description }
        : { name: '', description: null },
    },
    {
      serverFields: FIELDS,
      submit: async (values) => {
        const saved = service
          ? await updateService.mutateAsync({ id: service.id, changes: values })
          : await createService.mutateAsync(values);
        onSaved(saved);
      },
      onProblem: (error, form) => {
        if (isProblem(error, 'name-taken')) {
          form.setError(
            'name',
            { type: 'server', message: t('admin.partnerServices.nameTaken') },
            { shouldFocus: true },
          );
          return t('validation.summary');
        }
        return undefined;
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('admin.partnerServices.fields.name')} error={errors.name?.message} required>
        {(control) => <input {...control} {...register('name')} type="text" autoComplete="organization" />}
      </Field>
      <Field
        label={t('admin.partnerServices.fields.description')}
        hint={t('admin.partnerServices.descriptionHint')}
        error={errors.description?.message}
      >
        {(control) => (
          <textarea
            {...control}
            {...register('description', { setValueAs: (value: string | null) => blankToNull(value ?? '') })}
            rows={3}
          />
        )}
      </Field>
      <FormActions
        submitting={isSubmitting}
        label={service ? t('common.save') : t('common.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
