import { ContactCreate, type ContactType, contactTypes } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChoiceGroup } from '../../../components/choice-group';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-parts';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { blankToNull } from '../../../lib/forms';
import { useFormat } from '../../../lib/i18n/format';
import { useCreateContact } from '../api';
import { JournalFormNotices, useJournalForm } from './journal-form';

/**
 * What the inputs hold (text), turned into the API's `ContactCreate` and validated by the shared
 * schema: field names are the same, so its messages land under the right inputs.
 */
const ContactInput = z
  .object({
    occurredAt: z.string(),
    type: z.string(),
    durationMinutes: z.string(),
    participants: z.string(),
    notes: z.string(),
    nextPlannedAt: z.string(),
  })
  .transform(
    (values): ContactCreate => ({
      occurredAt: dateTimeLocalToIso(values.occurredAt),
      type: values.type as ContactType, // checked by ContactCreate below
      durationMinutes: values.durationMinutes.trim() === '' ? null : Number(values.durationMinutes),
      participants: blankToNull(values.participants),
      notes: blankToNull(values.notes),
      nextPlannedAt: values.nextPlannedAt === '' ? null : dateTimeLocalToIso(values.nextPlannedAt),
    }),
  )
  .pipe(ContactCreate);

const FIELDS = ['occurredAt', 'type', 'durationMinutes', 'participants', 'notes', 'nextPlannedAt'] as const;
const DURATIONS = [15, 30, 45, 60, 90] as const;
const NEXT_IN_DAYS = [7, 14, 28] as const;

const emptyContact = () => ({
  occurredAt: toDateTimeLocal(),
  type: '',
  durationMinutes: '',
  participants: '',
  notes: '',
  nextPlannedAt: '',
});

/** The same time of day as now, `days` later (a next visit is usually planned like the last one). */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return toDateTimeLocal(date);
}

/**
 * The contact journal "in a few clicks": pick the type, keep "now", tap a duration, write a note,
 * plan the next contact. The case's contact clock moves on save.
 */
export function ContactJournalForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const createContact = useCreateContact(caseId);
  const {
    register,
    onSubmit,
    formError,
    setValue,
    watch,
    draft,
    saved,
    formState: { errors, isSubmitting },
  } = useJournalForm({
    caseId,
    draft: { form: 'contact', scope: caseId },
    schema: ContactInput,
    empty: emptyContact,
    serverFields: FIELDS,
    save: (contact) => createContact.mutateAsync(contact),
    movedOn: { slug: 'case-closed', message: t('cases.closedMeanwhile') },
  });

  const duration = watch('durationMinutes');
  const nextPlannedAt = watch('nextPlannedAt');

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
      <h3>{t('contacts.newTitle')}</h3>
      <JournalFormNotices saved={saved} savedMessage={t('contacts.saved')} formError={formError} draft={draft} />

      <ChoiceGroup
        legend={t('contacts.fields.type')}
        choices={contactTypes.map((type) => ({ value: type, label: t(`enums.contactType.${type}`) }))}
        registration={register('type')}
        error={errors.type?.message}
        required
      />

      <div className="form-grid">
        <Field label={t('contacts.fields.occurredAt')} error={errors.occurredAt?.message} required>
          {(control) => (
            <input {...control} {...register('occurredAt')} type="datetime-local" max={toDateTimeLocal()} />
          )}
        </Field>
        <Field label={t('contacts.fields.durationMinutes')} error={errors.durationMinutes?.message}>
          {(control) => (
            <div className="stack-small">
              <input
                {...control}
                {...register('durationMinutes')}
                type="number"
                inputMode="numeric"
                min={0}
                max={24 * 60}
                step={5}
              />
              <fieldset className="button-row">
                <legend className="visually-hidden">{t('contacts.quickDurations')}</legend>
                {DURATIONS.map((minutes) => (
                  <button
                    key={minutes}
                    type="button"
                    className="button button--small"
                    aria-pressed={duration === String(minutes)}
                    onClick={() => setValue('durationMinutes', String(minutes), { shouldDirty: true })}
                  >
                    {format.minutes(minutes)}
                  </button>
                ))}
              </fieldset>
            </div>
          )}
        </Field>
      </div>

      <Field label={t('contacts.fields.participants')} error={errors.participants?.message}>
        {(control) => <input {...control} {...register('participants')} type="text" />}
      </Field>
      <Field label={t('contacts.fields.notes')} hint={t('contacts.notesHint')} error={errors.notes?.message}>
        {(control) => <textarea {...control} {...register('notes')} rows={4} />}
      </Field>

      <Field label={t('contacts.fields.nextPlannedAt')} error={errors.nextPlannedAt?.message}>
        {(control) => (
          <div className="stack-small">
            <input {...control} {...register('nextPlannedAt')} type="datetime-local" />
            <fieldset className="button-row">
              <legend className="visually-hidden">{t('contacts.quickNext')}</legend>
              {NEXT_IN_DAYS.map((days) => {
                const value = inDays(days);
                return (
                  <button
                    key={days}
                    type="button"
                    className="button button--small"
                    aria-pressed={nextPlannedAt.slice(0, 10) === value.slice(0, 10)}
                    onClick={() => setValue('nextPlannedAt', value, { shouldDirty: true })}
                  >
                    {t('contacts.inDays', { days: format.days(days) })}
                  </button>
                );
              })}
            </fieldset>
          </div>
        )}
      </Field>

      <FormActions submitting={isSubmitting} label={t('contacts.save')} />
    </form>
  );
}
