import { zodResolver } from '@hookform/resolvers/zod';
import { type Site, SiteCreate, siteKinds } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useCreateSite, useUpdateSite } from '../api';

const FIELDS = ['name', 'kind', 'address', 'municipality'] as const;

interface SiteFormProps {
  /** The site to edit; omitted to create one. */
  site?: Site | undefined;
  onSaved: (site: Site) => void;
  onCancel: () => void;
}

/**
 * Create or edit a site. Both modes edit the same four fields, validated with `SiteCreate`
 * (whose output is also a valid `SiteUpdate`); activation is toggled from the list.
 */
export function SiteForm({ site, onSaved, onCancel }: SiteFormProps) {
  const { t } = useTranslation();
  const createSite = useCreateSite();
  const updateSite = useUpdateSite();
  const {
    register,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(SiteCreate, zodErrorOptions),
      defaultValues: site
        ? { name: site.name, kind: site.kind, address: site.address, municipality: site.municipality }
        : { name: '', kind: 'antenna', address: null, municipality: null },
    },
    {
      serverFields: FIELDS,
      submit: async (values) =>
        onSaved(
          site ? await updateSite.mutateAsync({ id: site.id, changes: values }) : await createSite.mutateAsync(values),
        ),
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('admin.sites.fields.name')} error={errors.name?.message} required>
          {(control) => <input {...control} {...register('name')} type="text" autoComplete="organization" />}
        </Field>
        <Field label={t('admin.sites.fields.kind')} error={errors.kind?.message} required>
          {(control) => (
            <select {...control} {...register('kind')}>
              {siteKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.sites.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.sites.fields.address')} error={errors.address?.message}>
          {(control) => (
            <input
              {...control}
              {...register('address', { setValueAs: emptyToNull })}
              type="text"
              autoComplete="street-address"
            />
          )}
        </Field>
        <Field label={t('admin.sites.fields.municipality')} error={errors.municipality?.message}>
          {(control) => (
            <input
              {...control}
              {...register('municipality', { setValueAs: emptyToNull })}
              type="text"
              autoComplete="address-level2"
            />
          )}
        </Field>
      </div>
      <FormActions submitting={isSubmitting} label={site ? t('common.save') : t('common.create')} onCancel={onCancel} />
    </form>
  );
}
