import { appointmentParties, appointmentPlaces, appointmentStatuses, locales, reminderChannels } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz as instant, timestamps, versioned } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { contacts } from '../contacts/tables.js';
import { households, persons } from '../households/tables.js';
import { tenantKey } from '../organisations/tables.js';
import { partnerServices } from '../partners/tables.js';
import { users } from '../users/tables.js';

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * A worker's appointment: with a household (some of its members), a partner service, or alone.
 * The reminder columns hold the person's recorded agreement (who recorded it, when) and the claim of
 * the one process that sends it (`reminder_sent_at`, set by `UPDATE ... WHERE reminder_sent_at IS NULL`).
 */
export const appointments = pgTable(
  'appointments',
  {
    ...tenantKey(),
    workerId: uuid('worker_id').notNull(),
    party: text('party', { enum: appointmentParties }).notNull(),
    caseId: uuid('case_id'),
    householdId: uuid('household_id'),
    memberIds: uuid('member_ids').array().notNull().default(sql`'{}'::uuid[]`),
    partnerServiceId: uuid('partner_service_id'),
    place: text('place', { enum: appointmentPlaces }).notNull(),
    startsAt: instant('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    note: text('note'),
    status: text('status', { enum: appointmentStatuses }).notNull().default('planned'),
    statusReason: text('status_reason'),
    statusChangedAt: instant('status_changed_at'),
    statusChangedBy: uuid('status_changed_by'),
    contactId: uuid('contact_id'),
    reminderPersonId: uuid('reminder_person_id'),
    reminderChannel: text('reminder_channel', { enum: reminderChannels }),
    reminderLanguage: text('reminder_language', { enum: locales }),
    reminderAgreedAt: instant('reminder_agreed_at'),
    reminderAgreedBy: uuid('reminder_agreed_by'),
    reminderDueAt: instant('reminder_due_at'),
    reminderSentAt: instant('reminder_sent_at'),
    reminderAttempts: integer('reminder_attempts').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    ...versioned,
    // Corrections (decision 19): a voided appointment stays, marked, and counts in no no-show rate.
    correctedAt: instant('corrected_at'),
    voidedAt: instant('voided_at'),
    voidedBy: uuid('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // The agenda lists: a worker's week, a case's appointments, the team's week.
    index('appointments_worker_start_idx').on(t.organisationId, t.workerId, t.startsAt, t.id),
    index('appointments_case_start_idx').on(t.organisationId, t.caseId, t.startsAt, t.id),
    index('appointments_org_start_idx').on(t.organisationId, t.startsAt, t.id),
    // The reminder tick's claim: only what is still to send.
    index('appointments_reminder_due_idx')
      .on(t.reminderDueAt)
      .where(sql`${t.reminderSentAt} is null and ${t.status} = 'planned' and ${t.reminderChannel} is not null`),
    foreignKey({ columns: [t.organisationId, t.workerId], foreignColumns: [users.organisationId, users.id] }),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
    foreignKey({
      columns: [t.organisationId, t.partnerServiceId],
      foreignColumns: [partnerServices.organisationId, partnerServices.id],
    }),
    foreignKey({ columns: [t.organisationId, t.contactId], foreignColumns: [contacts.organisationId, contacts.id] }),
    foreignKey({
      columns: [t.organisationId, t.reminderPersonId],
      foreignColumns: [persons.organisationId, persons.id],
    }),
    check('appointments_party_check', sql`${t.party} in (${inList(appointmentParties)})`),
    check('appointments_place_check', sql`${t.place} in (${inList(appointmentPlaces)})`),
    check('appointments_status_check', sql`${t.status} in (${inList(appointmentStatuses)})`),
    check('appointments_duration_check', sql`${t.durationMinutes} between 5 and 720`),
    check('appointments_household_case_check', sql`${t.party} <> 'household' or ${t.caseId} is not null`),
    // A reminder only with the person's recorded agreement.
    check(
      'appointments_reminder_agreed_check',
      sql`${t.reminderChannel} is null or (${t.reminderPersonId} is not null and ${t.reminderAgreedAt} is not null and ${t.reminderAgreedBy} is not null and ${t.reminderLanguage} is not null and ${t.reminderDueAt} is not null)`,
    ),
  ],
);

/**
 * The local sink (development and tests): what would have been sent, kept so the web app can show it.
 * Never written when a real SMTP or SMS provider serves the channel.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    ...tenantKey(),
    appointmentId: uuid('appointment_id').notNull(),
    channel: text('channel', { enum: reminderChannels }).notNull(),
    recipient: text('recipient').notNull(),
    language: text('language', { enum: locales }).notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('outbox_messages_org_created_idx').on(t.organisationId, t.createdAt, t.id),
    index('outbox_messages_appointment_idx').on(t.organisationId, t.appointmentId),
    foreignKey({
      columns: [t.organisationId, t.appointmentId],
      foreignColumns: [appointments.organisationId, appointments.id],
    }),
  ],
);
