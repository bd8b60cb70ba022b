import { zodResolver } from '@hookform/resolvers/zod';
import { declineReasons, type Referral, ReferralDecline } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { emptyToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useDeclineReferral } from '../api';

interface DeclineFormProps {
  referral: Referral;
  onDeclined: (referral: Referral) => void;
  onCancel: () => void;
}

/** Decline a referral with one of the reasons the activity report counts, and a note for the referrer. */
export function DeclineForm({ referral, onDeclined, onCancel }: DeclineFormProps) {
  const { t } = useTranslation();
  const decline = useDeclineReferral();
  const {
    register,
    formState: { errors, isSubmitting },
    onSubmit,
    formError,
  } = useServerForm(
    {
      resolver: zodResolver(ReferralDecline, zodErrorOptions),
      defaultValues: { reason: undefined, note: null },
    },
    {
      serverFields: ['reason', 'note'],
      submit: async (decision) => {
        onDeclined(await decline.mutateAsync({ id: referral.id, decision }));
      },
    },
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('referrals.decline.reason')} error={errors.reason?.message} required>
        {(c) => (
          <select {...c} {...register('reason')}>
            <option value="">{t('common.choose')}</option>
            {declineReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`enums.declineReason.${reason}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('referrals.decline.note')} hint={t('referrals.decline.noteHint')} error={errors.note?.message}>
        {(c) => <textarea {...c} {...register('note', { setValueAs: emptyToNull })} rows={3} />}
      </Field>
      <FormActions submitting={isSubmitting} label={t('referrals.decline.submit')} onCancel={onCancel} />
    </form>
  );
}
