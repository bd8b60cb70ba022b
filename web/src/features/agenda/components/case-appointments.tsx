import {
  type AppointmentParty,
  type AppointmentPlace,
  appointmentParties,
  appointmentPlaces,
  type Locale,
  locales,
  type ReminderChannel,
} from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { SuccessNotice } from '../../../components/form-parts';
import { QueryError } from '../../../components/query-error';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { errorMessage } from '../../../lib/errors';
import { householdQueryOptions, partnerServicesQueryOptions } from '../../../lib/reference-data';
import { caseAppointmentsQueryOptions, usePlanAppointment } from '../api';
import { AppointmentItem } from './appointment-item';

const DURATIONS = [30, 45, 60, 90] as const;

function tomorrowAtTen() {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(10, 0, 0, 0);
  return toDateTimeLocal(date);
}

/** An empty form: the next appointment starts afresh, not from the last one planned. */
const blankForm = () => ({
  party: 'household' as AppointmentParty,
  partnerServiceId: '',
  place: 'home_visit' as AppointmentPlace,
  startsAt: tomorrowAtTen(),
  durationMinutes: '60',
  memberIds: [] as string[],
  note: '',
  reminderPersonId: '',
  channel: 'sms' as ReminderChannel,
  language: 'fr' as Locale,
  agreed: false,
});

/**
 * The case page's appointments: the planned and past ones, and a form to plan the next (which becomes
 * the case's next planned contact), with a reminder to a member who agreed to it.
 */
export function CaseAppointments({
  caseId,
  householdId,
  closed,
}: {
  caseId: string;
  householdId: string;
  closed: boolean;
}) {
  const { t } = useTranslation();
  const appointments = useQuery(caseAppointmentsQueryOptions(caseId));
  const household = useQuery(householdQueryOptions(householdId));
  const plan = usePlanAppointment();
  const [open, setOpen] = useState(false);
  const partnerServices = useQuery({ ...partnerServicesQueryOptions(), enabled: open });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const members = household.data?.members ?? [];
  const [form, setForm] = useState(blankForm);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const withHousehold = form.party === 'household';
    if (withHousehold && form.reminderPersonId && !form.agreed) return setError(t('agenda.agreementNeeded'));
    if (form.party === 'partner' && !form.partnerServiceId) return setError(t('appointmentWeek.partnerNeeded'));
    try {
      // With a partner or alone, the appointment still belongs to the case (its next planned contact),
      // but names no member and reminds nobody: only household members agree to reminders.
      await plan.mutateAsync({
        with: form.party,
        caseId,
        memberIds: withHousehold ? form.memberIds : [],
        partnerServiceId: form.party === 'partner' ? form.partnerServiceId : null,
        place: form.place,
        startsAt: dateTimeLocalToIso(form.startsAt),
        durationMinutes: Number(form.durationMinutes),
        note: form.note.trim() || null,
        reminder:
          withHousehold && form.reminderPersonId
            ? { personId: form.reminderPersonId, channel: form.channel, language: form.language, agreed: true }
            : null,
      });
      setSaved(true);
      setOpen(false);
      setForm(blankForm());
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  return (
    <section className="card" aria-labelledby="case-appointments-title">
      <h2 id="case-appointments-title">{t('agenda.caseTitle')}</h2>
      <SuccessNotice>{saved && t('agenda.planned')}</SuccessNotice>
      {appointments.isError && <QueryError error={appointments.error} onRetry={() => void appointments.refetch()} />}
      {appointments.data && appointments.data.length === 0 && <p className="muted">{t('agenda.none')}</p>}
      {appointments.data && appointments.data.length > 0 && (
        <ul className="appointment-list">
          {appointments.data.map((appointment) => (
            <AppointmentItem key={appointment.id} appointment={appointment} />
          ))}
        </ul>
      )}
      {!closed && !open && (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('agenda.plan')}
        </button>
      )}
      {!closed && open && (
        <form className="form appointment-form" onSubmit={(event) => void submit(event)} aria-label={t('agenda.plan')}>
          {error && <Alert tone="error">{error}</Alert>}
          <div className="form-grid">
            <Field label={t('agenda.fields.place')} required>
              {(control) => (
                <select
                  {...control}
                  value={form.place}
                  onChange={(event) => setForm({ ...form, place: event.target.value as AppointmentPlace })}
                >
                  {appointmentPlaces.map((place) => (
                    <option key={place} value={place}>
                      {t(`agenda.place.${place}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('agenda.fields.startsAt')} required>
              {(control) => (
                <input
                  {...control}
                  type="datetime-local"
                  value={form.startsAt}
                  onChange={(event) => setForm({ ...form, startsAt: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('agenda.fields.durationMinutes')} required>
              {(control) => (
                <select
                  {...control}
                  value={form.durationMinutes}
                  onChange={(event) => setForm({ ...form, durationMinutes: event.target.value })}
                >
                  {DURATIONS.map((minutes) => (
                    <option key={minutes} value={String(minutes)}>
                      {minutes} min
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="checkbox-group">
            <legend>{t('appointmentWeek.party')}</legend>
            {appointmentParties.map((party) => (
              <label key={party} className="checkbox">
                <input
                  type="radio"
                  name="appointment-party"
                  value={party}
                  checked={form.party === party}
                  onChange={() => setForm({ ...form, party })}
                />{' '}
                {t(`appointmentWeek.parties.${party}`)}
              </label>
            ))}
          </fieldset>
          {form.party === 'partner' && (
            <Field label={t('appointmentWeek.partnerService')} required>
              {(control) => (
                <select
                  {...control}
                  value={form.partnerServiceId}
                  onChange={(event) => setForm({ ...form, partnerServiceId: event.target.value })}
                >
                  <option value="">{t('appointmentWeek.choosePartner')}</option>
                  {(partnerServices.data ?? [])
                    .filter((service) => service.active)
                    .map((service) => (
                      <option key={service.id} value={service.id}>
                        {service.name}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          )}
          {form.party === 'household' && members.length > 0 && (
            <fieldset className="checkbox-group">
              <legend>{t('agenda.fields.members')}</legend>
              {members.map((member) => (
                <label key={member.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.memberIds.includes(member.id)}
                    onChange={(event) =>
                      setForm({
                        ...form,
                        memberIds: event.target.checked
                          ? [...form.memberIds, member.id]
                          : form.memberIds.filter((id) => id !== member.id),
                      })
                    }
                  />{' '}
                  {member.firstName} {member.lastName}
                </label>
              ))}
            </fieldset>
          )}
          <Field label={t('agenda.fields.note')}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={form.note}
                onChange={(event) => setForm({ ...form, note: event.target.value })}
              />
            )}
          </Field>
          {form.party === 'household' && (
            <fieldset>
              <legend>{t('agenda.reminder')}</legend>
              <div className="form-grid">
                <Field label={t('agenda.fields.reminderPerson')}>
                  {(control) => (
                    <select
                      {...control}
                      value={form.reminderPersonId}
                      onChange={(event) => setForm({ ...form, reminderPersonId: event.target.value })}
                    >
                      <option value="">{t('agenda.noReminder')}</option>
                      {members
                        .filter((member) => member.phone || member.email)
                        .map((member) => (
                          <option key={member.id} value={member.id}>
                            {member.firstName} {member.lastName}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
                {form.reminderPersonId && (
                  <>
                    <Field label={t('agenda.fields.channel')}>
                      {(control) => (
                        <select
                          {...control}
                          value={form.channel}
                          onChange={(event) => setForm({ ...form, channel: event.target.value as ReminderChannel })}
                        >
                          <option value="sms">{t('agenda.channel.sms')}</option>
                          <option value="email">{t('agenda.channel.email')}</option>
                        </select>
                      )}
                    </Field>
                    <Field label={t('agenda.fields.language')}>
                      {(control) => (
                        <select
                          {...control}
                          value={form.language}
                          onChange={(event) => setForm({ ...form, language: event.target.value as Locale })}
                        >
                          {locales.map((locale) => (
                            <option key={locale} value={locale}>
                              {t(`locales.${locale}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </>
                )}
              </div>
              {form.reminderPersonId && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.agreed}
                    onChange={(event) => setForm({ ...form, agreed: event.target.checked })}
                  />{' '}
                  {t('agenda.fields.agreed')}
                </label>
              )}
            </fieldset>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={plan.isPending}>
              {plan.isPending ? t('common.saving') : t('agenda.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
