import type { AppointmentPlace, AppointmentStatus, Locale, ReminderChannel } from '@percee/shared';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseCoWorkers, cases, contacts, households, persons, programs, users } from '../../db/schema.js';
import { APP_ROLE } from '../../db/tenant.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';
import { appointments, outboxMessages } from './tables.js';

export const appointmentColumns = {
  row: appointments,
  householdReference: households.reference,
  workerName: users.displayName,
  // The members' names in the same statement (an index probe per member), not a second query.
  members: sql<{ id: string; firstName: string; lastName: string }[]>`coalesce((
    select json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name)
                    order by p.last_name, p.first_name)
    from ${persons} p
    where p.organisation_id = ${appointments.organisationId} and p.id = any(${appointments.memberIds})), '[]'::json)`,
};

const selectAppointments = (tx: Tx) =>
  tx
    .select(appointmentColumns)
    .from(appointments)
    .innerJoin(users, tenantJoin(users, appointments, 'workerId'))
    .leftJoin(households, tenantJoin(households, appointments, 'householdId'));

export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof selectAppointments>['execute']>>[number];

/**
 * What a case worker sees: their own appointments, and those of the cases they work on (primary or
 * co-worker). Coordinators see their organisation's (no condition).
 */
export const visibleToWorker = (userId: string): SQL =>
  sql`(${appointments.workerId} = ${userId} or exists (
    select 1 from ${cases} c where c.organisation_id = ${appointments.organisationId} and c.id = ${appointments.caseId}
      and (c.primary_worker_id = ${userId} or exists (
        select 1 from ${caseCoWorkers} w where w.organisation_id = c.organisation_id and w.case_id = c.id and w.user_id = ${userId}))))`;

export async function findAppointment(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = selectAppointments(tx).where(
    and(eq(appointments.organisationId, organisationId), eq(appointments.id, id)),
  );
  const [row] = forUpdate ? await query.for('update', { of: appointments }) : await query;
  return row;
}

export async function insertAppointment(tx: Tx, values: typeof appointments.$inferInsert) {
  const [row] = await tx.insert(appointments).values(values).returning({ id: appointments.id });
  return row?.id as string;
}

export async function updateAppointment(
  tx: Tx,
  organisationId: string,
  id: string,
  values: Partial<typeof appointments.$inferInsert>,
) {
  await tx
    .update(appointments)
    .set({ ...values, version: sql`${appointments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(appointments.organisationId, organisationId), eq(appointments.id, id)));
}

/** An agenda page, by start then id, after the keyset of the previous page. */
export async function listAppointments(
  tx: Tx,
  organisationId: string,
  filters: {
    visibleTo?: string;
    workerId?: string;
    caseId?: string;
    status?: AppointmentStatus;
    from?: string;
    to?: string;
    after?: [string, string];
  },
  limit: number,
) {
  return selectAppointments(tx)
    .where(
      and(
        eq(appointments.organisationId, organisationId),
        filters.visibleTo ? visibleToWorker(filters.visibleTo) : undefined,
        filters.workerId ? eq(appointments.workerId, filters.workerId) : undefined,
        filters.caseId ? eq(appointments.caseId, filters.caseId) : undefined,
        filters.status ? eq(appointments.status, filters.status) : undefined,
        filters.from ? sql`${appointments.startsAt} >= ${filters.from}::timestamptz` : undefined,
        filters.to ? sql`${appointments.startsAt} < ${filters.to}::timestamptz` : undefined,
        filters.after
          ? sql`(${appointments.startsAt}, ${appointments.id}) > (${filters.after[0]}::timestamptz, ${filters.after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .limit(limit + 1);
}

/** The household's members among `ids`, with how to reach them. */
export const householdMembers = (tx: Tx, organisationId: string, householdId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : tx
        .select({ id: persons.id, phone: persons.phone, email: persons.email })
        .from(persons)
        .where(
          and(
            eq(persons.organisationId, organisationId),
            eq(persons.householdId, householdId),
            inArray(persons.id, ids),
          ),
        );

export async function findStaffMember(tx: Tx, organisationId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
  return row;
}

/**
 * The case's next planned contact, recomputed from what remains: its earliest planned (not voided)
 * appointment still to come; with none, the date its latest contact gave (not voided), or none. Run
 * after every change of an appointment (planned, moved, done, missed, cancelled, corrected, voided), so
 * a moved or cancelled appointment never leaves its old time behind, and a contact's date hidden by an
 * appointment comes back once that appointment is gone.
 * Not a change of the case's own content: its version (ETag) does not move.
 */
export async function refreshNextPlannedContact(tx: Tx, organisationId: string, caseId: string) {
  await tx.execute(sql`
    update ${cases} set next_planned_contact_at = coalesce(
      (select min(a.starts_at) from ${appointments} a
        where a.organisation_id = ${organisationId} and a.case_id = ${caseId} and a.status = 'planned'
          and a.voided_at is null and a.starts_at >= now()),
      (select c.next_planned_at from ${contacts} c
        where c.organisation_id = ${organisationId} and c.case_id = ${caseId} and c.voided_at is null
        order by c.occurred_at desc, c.id desc limit 1))
    where organisation_id = ${organisationId} and id = ${caseId}`);
}

/** Done, missed and cancelled appointments of cases, per program, that started in [from, to); voided ones left out. */
export const noShowsByProgram = (tx: Tx, organisationId: string, from: string, to: string) =>
  tx
    .select({
      programId: programs.id,
      programName: programs.name,
      done: sql<number>`count(*) filter (where ${appointments.status} = 'done')::int`,
      missed: sql<number>`count(*) filter (where ${appointments.status} = 'missed')::int`,
      cancelled: sql<number>`count(*) filter (where ${appointments.status} = 'cancelled')::int`,
    })
    .from(appointments)
    .innerJoin(cases, tenantJoin(cases, appointments, 'caseId'))
    .innerJoin(programs, tenantJoin(programs, cases, 'programId'))
    .where(
      and(
        eq(appointments.organisationId, organisationId),
        sql`${appointments.startsAt} >= ${from}::timestamptz`,
        sql`${appointments.startsAt} < ${to}::timestamptz`,
        isNull(appointments.voidedAt),
      ),
    )
    .groupBy(programs.id, programs.name)
    .orderBy(asc(programs.name), asc(programs.id));

export const insertOutboxMessage = (tx: Tx, values: typeof outboxMessages.$inferInsert) =>
  tx.insert(outboxMessages).values(values);

/* ---------- Reminders (reminders.ts) ---------- */

/** The rest of the transaction runs as the application role with the `reminder_queue` policy only. */
export async function actAsReminderWorker(tx: Tx) {
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'reminders', true)`);
}

const channelList = (channels: ReminderChannel[]) =>
  sql.join(
    channels.map((channel) => sql`${channel}`),
    sql`, `,
  );

/** Organisations with reminders due at `at` on the given channels. */
export async function organisationsWithDueReminders(tx: Tx, channels: ReminderChannel[], at: string) {
  return rowsOf<{ organisation_id: string }>(
    tx,
    sql`select distinct organisation_id from ${appointments}
        where reminder_due_at <= ${at}::timestamptz and starts_at > ${at}::timestamptz
          and reminder_channel in (${channelList(channels)})`,
  );
}

/** Marks up to `batch` due reminders sent (skipping rows another process holds); returns their ids. */
export const claimDueReminders = (
  tx: Tx,
  organisationId: string,
  channels: ReminderChannel[],
  at: string,
  limits: { maxAttempts: number; batch: number },
) =>
  rowsOf<{ id: string }>(
    tx,
    sql`update ${appointments} set reminder_sent_at = ${at}::timestamptz, reminder_attempts = reminder_attempts + 1
        where organisation_id = ${organisationId} and id in (
          select id from ${appointments}
          where organisation_id = ${organisationId} and status = 'planned' and reminder_sent_at is null
            and reminder_due_at <= ${at}::timestamptz and starts_at > ${at}::timestamptz
            and reminder_attempts < ${limits.maxAttempts}
            and reminder_channel in (${channelList(channels)})
          order by reminder_due_at limit ${limits.batch}
          for update skip locked)
        returning id`,
  );

/** What the claimed reminders need to be written and sent: the appointment and the person's phone and e-mail. */
export async function claimedReminders(tx: Tx, organisationId: string, ids: string[]) {
  const rows = await tx
    .select({
      id: appointments.id,
      caseId: appointments.caseId,
      channel: appointments.reminderChannel,
      language: appointments.reminderLanguage,
      personId: appointments.reminderPersonId,
      startsAt: appointments.startsAt,
      place: appointments.place,
      phone: persons.phone,
      email: persons.email,
    })
    .from(appointments)
    .innerJoin(persons, tenantJoin(persons, appointments, 'reminderPersonId'))
    .where(and(eq(appointments.organisationId, organisationId), inArray(appointments.id, ids)));
  // Claimed rows have a channel, language and person (the reminder CHECK constraint).
  return rows as {
    id: string;
    caseId: string | null;
    channel: ReminderChannel;
    language: Locale;
    personId: string;
    startsAt: string;
    place: AppointmentPlace;
    phone: string | null;
    email: string | null;
  }[];
}

/** A failed send: the reminder is free for the next tick (its attempt stays counted). */
export async function releaseReminder(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(appointments)
    .set({ reminderSentAt: null })
    .where(and(eq(appointments.organisationId, organisationId), eq(appointments.id, id)));
}

/** The local sink's messages, newest first, of the appointments `visibleTo` sees (all, for coordinators). */
export async function listOutbox(
  tx: Tx,
  organisationId: string,
  visibleTo: string | undefined,
  limit: number,
  before?: [string, string],
) {
  return tx
    .select({ message: outboxMessages })
    .from(outboxMessages)
    .innerJoin(appointments, tenantJoin(appointments, outboxMessages, 'appointmentId'))
    .where(
      and(
        eq(outboxMessages.organisationId, organisationId),
        visibleTo ? visibleToWorker(visibleTo) : undefined,
        before
          ? sql`(${outboxMessages.createdAt}, ${outboxMessages.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(limit + 1);
}

/** A household's appointments and the local sink's copies of their reminders: for the person's export. */
export async function householdAppointments(tx: Tx, organisationId: string, householdId: string) {
  const rows = await tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.organisationId, organisationId), eq(appointments.householdId, householdId)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
  const messages =
    rows.length === 0
      ? []
      : await tx
          .select()
          .from(outboxMessages)
          .where(
            and(
              eq(outboxMessages.organisationId, organisationId),
              inArray(
                outboxMessages.appointmentId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id));
  return { appointments: rows, reminderMessages: messages };
}
