import { zodResolver } from '@hookform/resolvers/zod';
import { InquiryCreate, inquiryChannels, inquiryOutcomes } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/alert';
import { ChoiceGroup } from '../../../components/choice-group';
import { Field } from '../../../components/field';
import { blankToNull, useServerForm, zodErrorOptions } from '../../../lib/forms';
import { useLogInquiry } from '../api';

/** What the desk fills in; the time is "now" and a referral is linked once it exists. */
const InquiryFormSchema = InquiryCreate.pick({ channel: true, topic: true, outcome: true, routedTo: true });
export type InquiryDraft = z.output<typeof InquiryFormSchema>;

const FIELDS = ['channel', 'topic', 'outcome', 'routedTo'] as const;

interface InquiryFormProps {
  onLogged: () => void;
  /** The inquiry turns into a referral: continue to the referral form with the draft. */
  onContinueToReferral: (draft: InquiryDraft) => void;
}

/**
 * Logs a help-desk inquiry in a few clicks: channel, the question (never who asked), and where it
 * went. "Turned into a referral" leads to the referral form; the inquiry is logged once it is sent.
 */
export function InquiryForm({ onLogged, onContinueToReferral }: InquiryFormProps) {
  const { t } = useTranslation();
  const logInquiry = useLogInquiry();
  const {
    register,
    watch,
    onSubmit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(InquiryFormSchema, zodErrorOptions),
      defaultValues: { channel: 'walk_in', topic: '', outcome: 'information_given', routedTo: null },
    },
    {
      serverFields: FIELDS,
      submit: async (values, form) => {
        const draft = { ...values, routedTo: values.outcome === 'routed_to_service' ? values.routedTo : null };
        if (draft.outcome === 'referral_created') return onContinueToReferral(draft);
        await logInquiry.mutateAsync({ ...draft, receivedAt: new Date().toISOString() });
        form.reset({ channel: values.channel, topic: '', outcome: 'information_given', routedTo: null });
        onLogged();
      },
    },
  );
  const outcome = watch('outcome');

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <ChoiceGroup
        legend={t('helpDesk.fields.channel')}
        choices={inquiryChannels.map((channel) => ({ value: channel, label: t(`enums.inquiryChannel.${channel}`) }))}
        registration={register('channel')}
        error={errors.channel?.message}
        required
      />
      <Field label={t('helpDesk.fields.topic')} hint={t('helpDesk.topicHint')} error={errors.topic?.message} required>
        {(c) => <input {...c} {...register('topic')} type="text" autoComplete="off" maxLength={300} />}
      </Field>
      <ChoiceGroup
        legend={t('helpDesk.fields.outcome')}
        choices={inquiryOutcomes.map((value) => ({ value, label: t(`enums.inquiryOutcome.${value}`) }))}
        registration={register('outcome')}
        error={errors.outcome?.message}
        required
      />
      {outcome === 'routed_to_service' && (
        <Field label={t('helpDesk.fields.routedTo')} hint={t('helpDesk.routedToHint')} error={errors.routedTo?.message}>
          {(c) => (
            <input
              {...c}
              {...register('routedTo', { setValueAs: (value: string | null) => blankToNull(value ?? '') })}
              type="text"
              autoComplete="off"
              maxLength={200}
            />
          )}
        </Field>
      )}
      {outcome === 'referral_created' && <p className="muted">{t('helpDesk.referralNext')}</p>}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting
            ? t('common.saving')
            : outcome === 'referral_created'
              ? t('helpDesk.continueToReferral')
              : t('helpDesk.log')}
        </button>
      </div>
    </form>
  );
}
