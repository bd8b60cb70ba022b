import { zodResolver } from '@hookform/resolvers/zod';
import { CaseSettingsUpdate } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { SuccessNotice } from '../../../components/form-parts';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { caseSettingsQueryOptions, useUpdateCaseSettings } from '../api';
import { AdminSection } from '../components/admin-section';

/** Typed as text, sent as a whole number of days (0 to 3650, the API's bounds). */
const Input = z
  .object({ reopenDays: z.string() })
  .transform((values) => ({ reopenDays: values.reopenDays.trim() === '' ? Number.NaN : Number(values.reopenDays) }))
  .pipe(CaseSettingsUpdate);

/** The organisation's case settings: how many days after closing a coordinator may reopen a case. */
export default function CaseSettingsRoute() {
  const { t } = useTranslation();
  const settings = useQuery(caseSettingsQueryOptions());
  const update = useUpdateCaseSettings();
  const [saved, setSaved] = useState(false);
  const {
    register,
    reset,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    { resolver: zodResolver(Input, zodErrorOptions), defaultValues: { reopenDays: '' } },
    {
      serverFields: ['reopenDays'],
      onAttempt: () => setSaved(false),
      submit: async (values) => {
        await update.mutateAsync(values);
        setSaved(true);
      },
    },
  );
  useEffect(() => {
    if (settings.data) reset({ reopenDays: String(settings.data.reopenDays) });
  }, [settings.data, reset]);

  return (
    <AdminSection
      titleId="case-settings-title"
      title={t('corrections.settings.title')}
      intro={t('corrections.settings.intro')}
    >
      <SuccessNotice>{saved && t('corrections.settings.saved')}</SuccessNotice>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form className="form card" onSubmit={onSubmit} noValidate>
          {formError && <Alert tone="error">{formError}</Alert>}
          <Field
            label={t('corrections.settings.reopenDays')}
            hint={t('corrections.settings.reopenDaysHint')}
            error={errors.reopenDays?.message}
            required
          >
            {(control) => <input {...control} inputMode="numeric" {...register('reopenDays')} />}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('common.save')}
            </button>
          </div>
        </form>
      )}
    </AdminSection>
  );
}
