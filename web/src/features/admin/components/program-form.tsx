import { zodResolver } from '@hookform/resolvers/zod';
import { accompanimentTypes, type Program, ProgramCreate, programMethods } from '@percee/shared';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useCreateProgram, useUpdateProgram } from '../api';

const FIELDS = [
  'name',
  'method',
  'caseloadLimit',
  'contactIntervalDays',
  'expectedDurationMonths',
  'accompanimentTypes',
  'eligibilityChecklist',
] as const;

/** An empty number field is "no value" (null), not 0. */
const toNumberOrNull = (value: unknown) => (value === '' || value === null ? null : Number(value));

interface ProgramFormProps {
  /** The program to edit; omitted to create one. */
  program?: Program | undefined;
  onSaved: (program: Program) => void;
  onCancel: () => void;
}

/**
 * Create or edit a program: its method, the caseload limit and contact rhythm the case lists
 * measure against, the types of support it offers and the checklist a referral is accepted on.
 * Validated with the shared `ProgramCreate` (its output is also a valid `ProgramUpdate`);
 * activation is toggled from the list.
 */
export function ProgramForm({ program, onSaved, onCancel }: ProgramFormProps) {
  const { t } = useTranslation();
  const createProgram = useCreateProgram();
  const updateProgram = useUpdateProgram();
  const {
    register,
    control,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(ProgramCreate, zodErrorOptions),
      defaultValues: program
        ? {
            name: program.name,
            method: program.method,
            caseloadLimit: program.caseloadLimit,
            contactIntervalDays: program.contactIntervalDays,
            expectedDurationMonths: program.expectedDurationMonths,
            accompanimentTypes: program.accompanimentTypes,
            eligibilityChecklist: program.eligibilityChecklist,
          }
        : {
            name: '',
            method: 'case_management',
            caseloadLimit: 12,
            contactIntervalDays: 14,
            expectedDurationMonths: null,
            accompanimentTypes: ['case_management'],
            eligibilityChecklist: [],
          },
    },
    {
      serverFields: FIELDS,
      submit: async (values) => {
        const saved = program
          ? await updateProgram.mutateAsync({ id: program.id, changes: values })
          : await createProgram.mutateAsync(values);
        onSaved(saved);
      },
    },
  );
  const criteria = useFieldArray({ control, name: 'eligibilityChecklist' });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-grid">
        <Field label={t('programs.fields.name')} error={errors.name?.message} required>
          {(c) => <input {...c} {...register('name')} type="text" autoComplete="off" />}
        </Field>
        <Field label={t('programs.fields.method')} error={errors.method?.message} required>
          {(c) => (
            <select {...c} {...register('method')}>
              {programMethods.map((method) => (
                <option key={method} value={method}>
                  {t(`enums.programMethod.${method}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('programs.fields.caseloadLimit')}
          hint={t('programs.caseloadLimitHint')}
          error={errors.caseloadLimit?.message}
          required
        >
          {(c) => (
            <input {...c} {...register('caseloadLimit', { valueAsNumber: true })} type="number" min={1} max={500} />
          )}
        </Field>
        <Field
          label={t('programs.fields.contactIntervalDays')}
          hint={t('programs.contactIntervalHint')}
          error={errors.contactIntervalDays?.message}
          required
        >
          {(c) => (
            <input
              {...c}
              {...register('contactIntervalDays', { valueAsNumber: true })}
              type="number"
              min={1}
              max={365}
            />
          )}
        </Field>
        <Field
          label={t('programs.fields.expectedDurationMonths')}
          hint={t('programs.durationHint')}
          error={errors.expectedDurationMonths?.message}
        >
          {(c) => (
            <input
              {...c}
              {...register('expectedDurationMonths', { setValueAs: toNumberOrNull })}
              type="number"
              min={1}
              max={120}
            />
          )}
        </Field>
      </div>

      <fieldset
        className="repeater__fieldset"
        aria-describedby={errors.accompanimentTypes ? 'program-types-error' : undefined}
      >
        <legend className="repeater__legend">{t('programs.fields.accompanimentTypes')}</legend>
        <div className="checkbox-list">
          {accompanimentTypes.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" value={type} {...register('accompanimentTypes')} />{' '}
              {t(`enums.accompanimentType.${type}`)}
            </label>
          ))}
        </div>
        {errors.accompanimentTypes && (
          <p className="field__error" id="program-types-error">
            <span aria-hidden="true">⚠ </span>
            {errors.accompanimentTypes.message ?? errors.accompanimentTypes.root?.message}
          </p>
        )}
      </fieldset>

      <fieldset className="repeater__fieldset">
        <legend className="repeater__legend">{t('programs.fields.eligibilityChecklist')}</legend>
        {criteria.fields.length === 0 && <p className="muted">{t('programs.noCriteria')}</p>}
        <ol className="criteria-list">
          {criteria.fields.map((criterion, index) => (
            <li key={criterion.id} className="form-grid" aria-label={t('programs.criterion', { number: index + 1 })}>
              <Field
                label={`${t('programs.fields.code')} (${t('programs.criterion', { number: index + 1 })})`}
                hint={t('programs.codeHint')}
                error={errors.eligibilityChecklist?.[index]?.code?.message}
                required
              >
                {(c) => <input {...c} {...register(`eligibilityChecklist.${index}.code`)} type="text" />}
              </Field>
              <Field
                label={`${t('programs.fields.label')} (${t('programs.criterion', { number: index + 1 })})`}
                error={errors.eligibilityChecklist?.[index]?.label?.message}
                required
              >
                {(c) => <input {...c} {...register(`eligibilityChecklist.${index}.label`)} type="text" />}
              </Field>
              <div className="form-actions">
                <button type="button" className="button button--small" onClick={() => criteria.remove(index)}>
                  {t('programs.removeCriterion', { number: index + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="button button--small" onClick={() => criteria.append({ code: '', label: '' })}>
          {t('programs.addCriterion')}
        </button>
      </fieldset>

      <FormActions
        submitting={isSubmitting}
        label={program ? t('common.save') : t('common.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
