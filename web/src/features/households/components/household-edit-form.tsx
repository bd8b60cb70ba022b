import { zodResolver } from '@hookform/resolvers/zod';
import { type Household, HouseholdUpdate } from '@percee/shared';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { type ProblemDraft, ProblemsEditor } from '../../../components/problems-editor';
import { StaleNotice } from '../../../components/stale-notice';
import { isStaleError } from '../../../lib/errors';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useReloadHousehold, useUpdateHousehold } from '../api';

const ADDRESS_FIELDS = ['address', 'postalCode', 'municipality'] as const;
type EditableField = (typeof ADDRESS_FIELDS)[number] | `problems.${number}.${keyof ProblemDraft}` | 'problems';
const isEditableField = (field: string): field is EditableField =>
  (ADDRESS_FIELDS as readonly string[]).includes(field) || /^problems(\.\d+\.\w+)?$/.test(field);

interface HouseholdEditFormProps {
  household: Household;
  onSaved: (household: Household) => void;
  onCancel: () => void;
}

/** Edit the address and the problems of a household, on the version that was read (If-Match). */
export function HouseholdEditForm({ household, onSaved, onCancel }: HouseholdEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateHousehold();
  const reload = useReloadHousehold(household.id);
  const [stale, setStale] = useState(false);
  const {
    register,
    control,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(HouseholdUpdate, zodErrorOptions),
      defaultValues: {
        address: household.address,
        postalCode: household.postalCode,
        municipality: household.municipality,
        problems: household.problems,
      },
    },
    {
      serverFields: isEditableField,
      submit: async (changes) => {
        onSaved(await update.mutateAsync({ current: household, changes }));
      },
      onProblem: (error) => {
        if (isStaleError(error)) {
          setStale(true);
          return null;
        }
        return undefined;
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            void reload();
            onCancel();
          }}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset className="form-section">
        <legend>{t('households.fields.address')}</legend>
        <div className="form-grid">
          <Field label={t('households.fields.street')} error={errors.address?.message}>
            {(c) => (
              <input
                {...c}
                {...register('address', { setValueAs: emptyToNull })}
                type="text"
                autoComplete="street-address"
              />
            )}
          </Field>
          <Field label={t('households.fields.postalCode')} error={errors.postalCode?.message}>
            {(c) => (
              <input
                {...c}
                {...register('postalCode', { setValueAs: emptyToNull })}
                type="text"
                inputMode="numeric"
                autoComplete="postal-code"
              />
            )}
          </Field>
          <Field label={t('households.fields.municipality')} error={errors.municipality?.message}>
            {(c) => (
              <input
                {...c}
                {...register('municipality', { setValueAs: emptyToNull })}
                type="text"
                autoComplete="address-level2"
              />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('households.fields.problems')}</legend>
        <Controller
          control={control}
          name="problems"
          render={({ field }) => (
            <ProblemsEditor
              value={(field.value ?? []) as ProblemDraft[]}
              onChange={field.onChange}
              errorOf={(index, name) => errors.problems?.[index]?.[name]?.message}
            />
          )}
        />
      </fieldset>
      <FormActions submitting={isSubmitting} label={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
