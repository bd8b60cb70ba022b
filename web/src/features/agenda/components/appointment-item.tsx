import { type Appointment, appointmentPlaces, type ContactType, contactTypeOfPlace } from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { RecordCorrection, VoidedNote } from '../../../components/record-correction';
import { dateTimeLocalToIso, toDateTimeLocal } from '../../../lib/dates';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useRefreshAfterChange, useTransitionAppointment, useUpdateAppointment } from '../api';

type Step = 'idle' | 'done' | 'cancel' | 'move';

/**
 * One appointment with what can follow it: done (the contact form opens, pre-filled from the
 * appointment), missed, or cancelled with a reason.
 */
export function AppointmentItem({
  appointment,
  showWorker = false,
}: {
  appointment: Appointment;
  showWorker?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const transition = useTransitionAppointment();
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const start = new Date(appointment.startsAt);
  const [contact, setContact] = useState(() => ({
    occurredAt: toDateTimeLocal(start.getTime() > Date.now() ? new Date() : start),
    type: contactTypeOfPlace[appointment.place] as ContactType,
    durationMinutes: String(appointment.durationMinutes),
    participants: appointment.members.map((member) => `${member.firstName} ${member.lastName}`).join(', '),
    notes: '',
  }));
  const [reason, setReason] = useState('');
  const update = useUpdateAppointment();
  const [newStart, setNewStart] = useState(() => toDateTimeLocal(start));
  const [moved, setMoved] = useState(false);

  const move = async () => {
    setError(null);
    try {
      await update.mutateAsync({ appointment, body: { startsAt: dateTimeLocalToIso(newStart) } });
      setStep('idle');
      setMoved(true);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  const send = async (body: Parameters<typeof transition.mutateAsync>[0]['body']) => {
    setError(null);
    try {
      await transition.mutateAsync({ appointment, body });
      setStep('idle');
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  const planned = appointment.status === 'planned';
  const started = start.getTime() <= Date.now();
  return (
    <li
      className="card appointment"
      data-status={appointment.status}
      data-voided={appointment.voided ? 'true' : undefined}
    >
      <p className="appointment__when">
        <strong>{format.dateTime(appointment.startsAt)}</strong> · {format.minutes(appointment.durationMinutes)} ·{' '}
        {t(`agenda.place.${appointment.place}`)}
      </p>
      <p>
        {appointment.household && appointment.caseId ? (
          <Link to={`/cases/${appointment.caseId}`}>{appointment.household.reference}</Link>
        ) : (
          t(`agenda.with.${appointment.with}`)
        )}
        {/* With a partner service or alone, though on a case: say so, as for a household's members. */}
        {appointment.household && appointment.caseId && appointment.with !== 'household' && (
          <>
            {' '}
            <span className="badge badge--neutral">{t(`agenda.with.${appointment.with}`)}</span>
          </>
        )}
        {appointment.members.length > 0 &&
          ` — ${appointment.members.map((member) => `${member.firstName} ${member.lastName}`).join(', ')}`}
        {showWorker && <span className="muted"> · {appointment.worker.displayName}</span>}
      </p>
      <p className="badge-row">
        <span
          className={
            appointment.status === 'planned'
              ? 'badge badge--planned'
              : appointment.status === 'done'
                ? 'badge badge--active'
                : 'badge badge--inactive'
          }
        >
          {t(`agenda.status.${appointment.status}`)}
        </span>
        {appointment.reminder && (
          <span className="badge badge--info">
            {appointment.reminder.sentAt
              ? t('agenda.reminderSent', { channel: t(`agenda.channel.${appointment.reminder.channel}`) })
              : t('agenda.reminderPlanned', { channel: t(`agenda.channel.${appointment.reminder.channel}`) })}
          </span>
        )}
      </p>
      {appointment.statusReason && <p className="muted">{appointment.statusReason}</p>}
      <VoidedNote voided={appointment.voided} />
      {appointment.correctedAt && <p className="muted">{t('corrections.corrected')}</p>}
      {/* A past appointment is corrected or voided; a planned one is changed or cancelled. */}
      {!planned && <AppointmentCorrection appointment={appointment} />}
      {error && <Alert tone="error">{error}</Alert>}
      {moved && step === 'idle' && (
        <p className="muted" role="status">
          {t('appointmentWeek.moved')}
        </p>
      )}
      {planned && step === 'idle' && (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setStep('done')}>
            {t('agenda.markDone')}
          </button>
          {started && (
            <button
              type="button"
              className="button button--small"
              disabled={transition.isPending}
              onClick={() => void send({ to: 'missed' })}
            >
              {t('agenda.markMissed')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setNewStart(toDateTimeLocal(start));
              setMoved(false);
              setStep('move');
            }}
          >
            {t('appointmentWeek.move')}
          </button>
          <button type="button" className="button button--small" onClick={() => setStep('cancel')}>
            {t('agenda.cancel')}
          </button>
        </div>
      )}
      {planned && step === 'move' && (
        <form
          className="form"
          aria-label={t('appointmentWeek.move')}
          onSubmit={(event) => {
            event.preventDefault();
            void move();
          }}
        >
          <Field label={t('appointmentWeek.newTime')} required>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={newStart}
                onChange={(event) => setNewStart(event.target.value)}
              />
            )}
          </Field>
          {appointment.reminder && <p className="muted">{t('appointmentWeek.moveReminder')}</p>}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={update.isPending}>
              {t('appointmentWeek.saveMove')}
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {planned && step === 'done' && (
        <form
          className="form"
          aria-label={t('agenda.logContact')}
          onSubmit={(event) => {
            event.preventDefault();
            void send(
              appointment.caseId
                ? {
                    to: 'done',
                    contact: {
                      occurredAt: dateTimeLocalToIso(contact.occurredAt),
                      type: contact.type,
                      durationMinutes: contact.durationMinutes === '' ? null : Number(contact.durationMinutes),
                      participants: contact.participants.trim() || null,
                      notes: contact.notes.trim() || null,
                    },
                  }
                : { to: 'done' },
            );
          }}
        >
          {appointment.caseId && (
            <>
              <h4>{t('agenda.logContact')}</h4>
              <div className="form-grid">
                <Field label={t('contacts.fields.occurredAt')} required>
                  {(control) => (
                    <input
                      {...control}
                      type="datetime-local"
                      value={contact.occurredAt}
                      max={toDateTimeLocal()}
                      onChange={(event) => setContact({ ...contact, occurredAt: event.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('contacts.fields.type')} required>
                  {(control) => (
                    <select
                      {...control}
                      value={contact.type}
                      onChange={(event) => setContact({ ...contact, type: event.target.value as ContactType })}
                    >
                      {Object.values(contactTypeOfPlace).map((type) => (
                        <option key={type} value={type}>
                          {t(`enums.contactType.${type}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('contacts.fields.durationMinutes')}>
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      min={0}
                      value={contact.durationMinutes}
                      onChange={(event) => setContact({ ...contact, durationMinutes: event.target.value })}
                    />
                  )}
                </Field>
              </div>
              <Field label={t('contacts.fields.participants')}>
                {(control) => (
                  <input
                    {...control}
                    value={contact.participants}
                    onChange={(event) => setContact({ ...contact, participants: event.target.value })}
                  />
                )}
              </Field>
              <Field label={t('contacts.fields.notes')}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    value={contact.notes}
                    onChange={(event) => setContact({ ...contact, notes: event.target.value })}
                  />
                )}
              </Field>
            </>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={transition.isPending}>
              {appointment.caseId ? t('agenda.saveContact') : t('agenda.markDone')}
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {planned && step === 'cancel' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void send({ to: 'cancelled', reason: reason.trim() });
          }}
        >
          <Field label={t('agenda.cancelReason')} required>
            {(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={transition.isPending}>
              {t('agenda.confirmCancel')}
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              {t('agenda.keep')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** Correct or void a past appointment (who planned it, whose agenda it is in, a coordinator). */
function AppointmentCorrection({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation();
  const refresh = useRefreshAfterChange();
  const fields = [
    {
      name: 'place',
      label: t('agenda.fields.place'),
      type: 'select',
      options: appointmentPlaces.map((place) => ({ value: place, label: t(`agenda.place.${place}`) })),
    },
    { name: 'startsAt', label: t('agenda.fields.startsAt'), type: 'datetime-local' },
    { name: 'note', label: t('agenda.fields.note'), type: 'textarea' },
  ] as const;
  return (
    <RecordCorrection
      kind="appointment"
      record={{
        id: appointment.id,
        version: appointment.version,
        voided: appointment.voided,
        authorIds: [appointment.worker.id],
      }}
      fields={fields}
      initial={{
        place: appointment.place,
        startsAt: toDateTimeLocal(new Date(appointment.startsAt)),
        note: appointment.note ?? '',
      }}
      historyLabels={{
        durationMinutes: t('agenda.fields.durationMinutes'),
        status: t('corrections.fields.status'),
        statusReason: t('corrections.fields.statusReason'),
      }}
      toApi={(changed) => {
        const body: Record<string, unknown> = {};
        if (changed.place !== undefined) body.place = changed.place;
        if (changed.startsAt !== undefined) body.startsAt = dateTimeLocalToIso(changed.startsAt);
        if (changed.note !== undefined) body.note = changed.note.trim() || null;
        return body;
      }}
      onChanged={refresh}
    />
  );
}
