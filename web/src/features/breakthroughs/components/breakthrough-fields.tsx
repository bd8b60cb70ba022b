import { breakthroughCategories, problemDomains } from '@percee/shared';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { SelectField } from '../../../components/form-parts';
import type { BreakthroughText } from '../scenario';

interface BreakthroughFieldsProps {
  register: UseFormRegister<BreakthroughText>;
  errors: FieldErrors<BreakthroughText>;
  /** The cost and the sign-off flag change only while the breakthrough is proposed. */
  approvalEditable: boolean;
}

/** What the breakthrough is, who carries it out, its cost and whether it needs a sign-off. */
export function BreakthroughFields({ register, errors, approvalEditable }: BreakthroughFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t('breakthroughs.fields.title')}
        hint={t('breakthroughs.form.titleHint')}
        error={errors.title?.message}
        required
      >
        {(control) => <input {...control} {...register('title')} type="text" maxLength={300} />}
      </Field>
      <div className="form-grid">
        <SelectField
          label={t('breakthroughs.fields.category')}
          error={errors.category?.message}
          required
          registration={register('category')}
          options={breakthroughCategories.map((category) => ({
            value: category,
            label: t(`enums.breakthroughCategory.${category}`),
          }))}
        />
        <SelectField
          label={t('breakthroughs.fields.domain')}
          error={errors.domain?.message}
          required
          registration={register('domain')}
          options={problemDomains.map((domain) => ({
            value: domain,
            label: t(`enums.problemDomain.${domain}`),
          }))}
        />
        <Field
          label={t('breakthroughs.fields.responsible')}
          hint={t('breakthroughs.form.responsibleHint')}
          error={errors.responsible?.message}
          required
        >
          {(control) => <input {...control} {...register('responsible')} type="text" maxLength={300} />}
        </Field>
        <Field label={t('breakthroughs.fields.dueDate')} error={errors.dueDate?.message}>
          {(control) => <input {...control} {...register('dueDate')} type="date" />}
        </Field>
        {approvalEditable && (
          <Field
            label={t('breakthroughs.fields.interventionEuros')}
            hint={t('breakthroughs.form.interventionHint')}
            error={errors.intervention?.message}
          >
            {(control) => (
              <input {...control} {...register('intervention')} type="text" inputMode="decimal" autoComplete="off" />
            )}
          </Field>
        )}
      </div>
      {approvalEditable && (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" {...register('needsApproval')} aria-describedby="needs-approval-hint" />
            <span>{t('breakthroughs.fields.needsApproval')}</span>
          </label>
          <p className="field__hint" id="needs-approval-hint">
            {t('breakthroughs.form.needsApprovalHint')}
          </p>
          {errors.needsApproval?.message && (
            <p className="field__error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {errors.needsApproval.message}
            </p>
          )}
        </div>
      )}
    </>
  );
}
