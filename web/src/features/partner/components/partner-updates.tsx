import { zodResolver } from '@hookform/resolvers/zod';
import { PartnerUpdateCreate } from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { ourUpdatesQueryOptions, useAddPartnerUpdate } from '../api';

/** The partner's short update: what was done, the next step and its date; the case manager sees it. */
export function PartnerUpdateForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddPartnerUpdate(caseId);
  const [saved, setSaved] = useState(false);
  const {
    register,
    reset,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(PartnerUpdateCreate, zodErrorOptions),
      defaultValues: { done: '', nextStep: null, nextDate: null },
    },
    {
      serverFields: ['done', 'nextStep', 'nextDate'],
      onAttempt: () => setSaved(false),
      submit: async (values) => {
        await add.mutateAsync(values);
        reset({ done: '', nextStep: null, nextDate: null });
        setSaved(true);
      },
    },
  );
  const toNull = { setValueAs: (value: string | null) => blankToNull(value ?? '') };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <div aria-live="polite">
        {saved && (
          <Alert tone="success" live={false}>
            {t('partnerUpdates.saved')}
          </Alert>
        )}
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('partnerUpdates.done')} hint={t('partnerUpdates.doneHint')} error={errors.done?.message} required>
        {(control) => <textarea {...control} {...register('done')} rows={3} maxLength={1000} />}
      </Field>
      <Field label={t('partnerUpdates.nextStep')} error={errors.nextStep?.message}>
        {(control) => <input {...control} {...register('nextStep', toNull)} type="text" maxLength={500} />}
      </Field>
      <Field label={t('partnerUpdates.nextDate')} error={errors.nextDate?.message}>
        {(control) => <input {...control} {...register('nextDate', toNull)} type="date" />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('partnerUpdates.save')}
        </button>
      </div>
    </form>
  );
}

/** Our service's updates on the case, newest first. */
export function PartnerUpdateList({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const updates = useKeysetList(ourUpdatesQueryOptions(caseId));
  return (
    <ListStatus query={updates} count={updates.items.length} empty={t('partnerUpdates.empty')}>
      <ul className="plain-list">
        {updates.items.map((update) => (
          <li key={update.id}>
            <span className="cell-secondary">
              {format.dateTime(update.createdAt)} · {update.author.displayName}
            </span>
            <p>{update.done}</p>
            {update.nextStep && (
              <p>
                {t('partnerUpdates.next', { step: update.nextStep })}
                {update.nextDate && ` (${t('partnerUpdates.by', { date: format.date(update.nextDate) })})`}
              </p>
            )}
          </li>
        ))}
      </ul>
      <LoadMore {...updates} />
    </ListStatus>
  );
}
