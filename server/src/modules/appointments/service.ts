import type {
  Appointment,
  AppointmentCorrection,
  AppointmentCreate,
  AppointmentQuery,
  AppointmentTransition,
  AppointmentUpdate,
  NoShowReport,
  OutboxMessage,
  PageQuery,
  VoidRequest,
} from '@percee/shared';
import { can } from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeKeyCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { conflict, forbidden, invalidField, notFound } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit, diff } from '../../platform/audit.js';
import {
  assertCaseOpen,
  assertCorrectable,
  assertNotVoided,
  correctRecord,
  listRevisions,
  recordCorrection,
  voidRecord,
} from '../../platform/revisions.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { assertCaseRole, loadCaseFor } from '../cases/index.js';
import { createContact } from '../contacts/index.js';
import * as repo from './repo.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** How long before the appointment a reminder goes (REMINDER_LEAD_HOURS). */
export interface AppointmentSettings {
  reminderLeadHours: number;
}

const toAppointment = ({ row, householdReference, workerName, members }: repo.AppointmentRow): Appointment => ({
  id: row.id,
  with: row.party,
  caseId: row.caseId,
  household: row.householdId && householdReference ? { id: row.householdId, reference: householdReference } : null,
  members,
  partnerServiceId: row.partnerServiceId,
  worker: { id: row.workerId, displayName: workerName },
  place: row.place,
  startsAt: row.startsAt,
  endsAt: new Date(new Date(row.startsAt).getTime() + row.durationMinutes * MINUTE).toISOString(),
  durationMinutes: row.durationMinutes,
  note: row.note,
  status: row.status,
  statusReason: row.statusReason,
  contactId: row.contactId,
  reminder:
    row.reminderChannel &&
    row.reminderPersonId &&
    row.reminderLanguage &&
    row.reminderAgreedAt &&
    row.reminderAgreedBy &&
    row.reminderDueAt
      ? {
          personId: row.reminderPersonId,
          channel: row.reminderChannel,
          language: row.reminderLanguage,
          agreedAt: row.reminderAgreedAt,
          agreedBy: row.reminderAgreedBy,
          dueAt: row.reminderDueAt,
          sentAt: row.reminderSentAt,
        }
      : null,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  correctedAt: row.correctedAt,
  voided: row.voidedAt && row.voidedBy ? { at: row.voidedAt, by: row.voidedBy, reason: row.voidReason ?? '' } : null,
});

const isCoordinator = (actor: Actor) => can(actor.role, 'agenda.team');

/** The appointment, if this actor may see it (404 otherwise, never a hint that it exists). */
async function loadAppointmentFor(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  assertCaseRole(actor);
  const found = await repo.findAppointment(tx, actor.organisationId, id, forUpdate);
  if (!found) throw notFound('Appointment');
  if (isCoordinator(actor) || found.row.workerId === actor.userId) return found;
  if (found.row.caseId) {
    // Throws 404 unless the actor works on the case.
    await loadCaseFor(tx, actor, found.row.caseId);
    return found;
  }
  throw notFound('Appointment');
}

async function resolveWorker(tx: Tx, actor: Actor, workerId: string | undefined) {
  if (!workerId || workerId === actor.userId) return actor.userId;
  if (!isCoordinator(actor)) throw forbidden('Only coordinators plan appointments in a colleague’s agenda');
  const worker = await repo.findStaffMember(tx, actor.organisationId, workerId);
  if (!worker?.active || !can(worker.role, 'case.read')) {
    throw invalidField('body.workerId', 'Not an active case worker or coordinator of this organisation');
  }
  return worker.id;
}

type CreateBody = z.output<typeof AppointmentCreate>;
type Reminder = NonNullable<CreateBody['reminder']>;

/** The reminder's columns, checked: a member of the household, reachable on the chosen channel. */
async function reminderColumns(
  tx: Tx,
  actor: Actor,
  householdId: string | null,
  reminder: Reminder | null,
  startsAt: string,
  settings: AppointmentSettings,
) {
  if (!reminder) {
    return {
      reminderPersonId: null,
      reminderChannel: null,
      reminderLanguage: null,
      reminderAgreedAt: null,
      reminderAgreedBy: null,
      reminderDueAt: null,
      reminderSentAt: null,
      reminderAttempts: 0,
    };
  }
  if (!householdId) throw invalidField('body.reminder', 'Reminders go to a member of the household');
  if (new Date(startsAt).getTime() <= Date.now()) {
    throw invalidField('body.reminder', 'The appointment has already started');
  }
  const [person] = await repo.householdMembers(tx, actor.organisationId, householdId, [reminder.personId]);
  if (!person) throw invalidField('body.reminder.personId', 'Not a member of this household');
  if (reminder.channel === 'sms' && !person.phone) {
    throw invalidField('body.reminder.channel', 'This person has no phone number on file');
  }
  if (reminder.channel === 'email' && !person.email) {
    throw invalidField('body.reminder.channel', 'This person has no e-mail address on file');
  }
  return {
    reminderPersonId: reminder.personId,
    reminderChannel: reminder.channel,
    reminderLanguage: reminder.language,
    reminderAgreedAt: new Date().toISOString(),
    reminderAgreedBy: actor.userId,
    reminderDueAt: new Date(new Date(startsAt).getTime() - settings.reminderLeadHours * HOUR).toISOString(),
    reminderSentAt: null,
    reminderAttempts: 0,
  };
}

async function assertMembers(tx: Tx, actor: Actor, householdId: string | null, memberIds: string[]) {
  const unique = [...new Set(memberIds)];
  if (unique.length === 0) return unique;
  if (!householdId) throw invalidField('body.memberIds', 'Members are named for an appointment with the household');
  const found = await repo.householdMembers(tx, actor.organisationId, householdId, unique);
  if (found.length !== unique.length) throw invalidField('body.memberIds', 'Not all are members of this household');
  return unique;
}

async function timeline(tx: Tx, actor: Actor, caseId: string | null, summary: string) {
  if (!caseId) return;
  // What and when only: the note and reasons stay on the appointment.
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'appointment',
    actorId: actor.userId,
    summary,
    note: null,
  });
}

export async function createAppointment(tx: Tx, actor: Actor, input: CreateBody, settings: AppointmentSettings) {
  assertCaseRole(actor);
  const startsAt = canonicalInstant(input.startsAt);
  const workerId = await resolveWorker(tx, actor, input.workerId);
  if (input.with === 'household' && !input.caseId) throw invalidField('body.caseId', 'Required with the household');
  if (input.with === 'partner' && !input.partnerServiceId) {
    throw invalidField('body.partnerServiceId', 'Required with a partner');
  }
  if (input.with !== 'partner' && input.partnerServiceId) {
    throw invalidField('body.partnerServiceId', 'Only with a partner');
  }
  const found = input.caseId ? await loadCaseFor(tx, actor, input.caseId, { forUpdate: true }) : undefined;
  if (found?.closedAt) throw conflict('case-closed', 'Appointments cannot be planned on a closed case');
  const householdId = found?.householdId ?? null;
  const memberIds = await assertMembers(tx, actor, input.with === 'household' ? householdId : null, input.memberIds);
  const reminder = await reminderColumns(
    tx,
    actor,
    input.with === 'household' ? householdId : null,
    input.reminder,
    startsAt,
    settings,
  );
  const id = await repo.insertAppointment(tx, {
    organisationId: actor.organisationId,
    workerId,
    party: input.with,
    caseId: input.caseId,
    householdId,
    memberIds,
    partnerServiceId: input.partnerServiceId,
    place: input.place,
    startsAt,
    durationMinutes: input.durationMinutes,
    note: input.note,
    ...reminder,
    createdBy: actor.userId,
  });
  await timeline(tx, actor, input.caseId, `planned:${input.place}:${startsAt}`);
  if (input.caseId) await repo.refreshNextPlannedContact(tx, actor.organisationId, input.caseId);
  await audit(tx, actor, {
    action: 'appointment.create',
    entityType: 'appointment',
    entityId: id,
    changes: { caseId: input.caseId, workerId, place: input.place, startsAt, reminder: reminder.reminderChannel },
  });
  return getAppointment(tx, actor, id);
}

export async function getAppointment(tx: Tx, actor: Actor, id: string) {
  return toAppointment(await loadAppointmentFor(tx, actor, id));
}

function assertPlanned(status: string, voidedAt: string | null = null) {
  assertNotVoided(voidedAt);
  if (status !== 'planned') {
    throw conflict('appointment-closed', `This appointment is ${status}; only a planned one changes`);
  }
}

export async function updateAppointment(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  patch: AppointmentUpdate,
  settings: AppointmentSettings,
) {
  const { row } = await loadAppointmentFor(tx, actor, id, true);
  assertVersion(version, row.version);
  assertPlanned(row.status, row.voidedAt);
  const startsAt = patch.startsAt ? canonicalInstant(patch.startsAt) : row.startsAt;
  const moved = startsAt !== row.startsAt;
  const changes: Partial<typeof row> = {};
  if (patch.place !== undefined) changes.place = patch.place;
  if (patch.durationMinutes !== undefined) changes.durationMinutes = patch.durationMinutes;
  if (patch.note !== undefined) changes.note = patch.note;
  if (moved) changes.startsAt = startsAt;
  if (patch.memberIds !== undefined) {
    changes.memberIds = await assertMembers(
      tx,
      actor,
      row.party === 'household' ? row.householdId : null,
      patch.memberIds,
    );
  }
  if (patch.reminder !== undefined) {
    // A new agreement (or its removal) replaces the old one: recorded anew, sent anew.
    Object.assign(
      changes,
      await reminderColumns(
        tx,
        actor,
        row.party === 'household' ? row.householdId : null,
        patch.reminder,
        startsAt,
        settings,
      ),
    );
  } else if (moved && row.reminderChannel) {
    // Moved: the reminder goes again before the new time, under the agreement already recorded.
    if (new Date(startsAt).getTime() <= Date.now()) {
      throw invalidField('body.startsAt', 'An appointment with a reminder cannot be moved into the past');
    }
    changes.reminderDueAt = new Date(new Date(startsAt).getTime() - settings.reminderLeadHours * HOUR).toISOString();
    changes.reminderSentAt = null;
    changes.reminderAttempts = 0;
  }
  await repo.updateAppointment(tx, actor.organisationId, id, changes);
  if (moved) await timeline(tx, actor, row.caseId, `moved:${row.place}:${startsAt}`);
  if (row.caseId) await repo.refreshNextPlannedContact(tx, actor.organisationId, row.caseId);
  await audit(tx, actor, {
    action: 'appointment.update',
    entityType: 'appointment',
    entityId: id,
    changes: diff(row as Record<string, unknown>, changes),
  });
  return getAppointment(tx, actor, id);
}

export async function transitionAppointment(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  input: AppointmentTransition,
) {
  const { row } = await loadAppointmentFor(tx, actor, id, true);
  assertVersion(version, row.version);
  assertPlanned(row.status, row.voidedAt);
  if (input.to === 'cancelled' && !input.reason) throw invalidField('body.reason', 'Say why it is cancelled');
  if (input.to !== 'done' && input.contact) throw invalidField('body.contact', 'Only a done appointment has a contact');
  if (input.to === 'missed' && new Date(row.startsAt).getTime() > Date.now()) {
    throw conflict('appointment-not-started', 'An appointment is missed only once its time has come');
  }
  let contactId: string | null = null;
  if (input.to === 'done' && row.caseId) {
    if (!input.contact) throw invalidField('body.contact', 'The contact this appointment was is journalled with it');
    contactId = (await createContact(tx, actor, row.caseId, input.contact)).id;
  } else if (input.to === 'done' && input.contact) {
    throw invalidField('body.contact', 'This appointment has no case to journal a contact on');
  }
  await repo.updateAppointment(tx, actor.organisationId, id, {
    status: input.to,
    statusReason: input.reason ?? null,
    statusChangedAt: new Date().toISOString(),
    statusChangedBy: actor.userId,
    contactId,
  });
  await timeline(tx, actor, row.caseId, `${input.to}:${row.place}:${row.startsAt}`);
  if (row.caseId) await repo.refreshNextPlannedContact(tx, actor.organisationId, row.caseId);
  await audit(tx, actor, {
    action: `appointment.${input.to}`,
    entityType: 'appointment',
    entityId: id,
    changes: { status: ['planned', input.to], contactId },
  });
  return getAppointment(tx, actor, id);
}

/** The agenda: a worker's (mine), the team's (coordinators) or a case's, by start time. */
export async function listAppointments(tx: Tx, actor: Actor, query: AppointmentQuery) {
  assertCaseRole(actor);
  if (query.from && query.to && query.to <= query.from) throw invalidField('querystring.to', 'Must be after from');
  if (query.scope === 'team' && !isCoordinator(actor)) throw forbidden('The team’s agenda is for coordinators');
  if (query.workerId && query.scope !== 'team' && query.workerId !== actor.userId) {
    throw invalidField('querystring.workerId', 'A colleague’s agenda is read with scope=team');
  }
  if (query.caseId) await loadCaseFor(tx, actor, query.caseId);
  const after = query.cursor ? decodeKeyCursor(query.cursor, ['instant', 'uuid'] as const) : undefined;
  const rows = await repo.listAppointments(
    tx,
    actor.organisationId,
    {
      // A case's appointments: every worker's on it (the case check above is the gate).
      workerId: query.caseId ? query.workerId : query.scope === 'team' ? query.workerId : actor.userId,
      caseId: query.caseId,
      status: query.status,
      from: query.from ? canonicalInstant(query.from) : undefined,
      to: query.to ? canonicalInstant(query.to) : undefined,
      after,
    },
    query.limit,
  );
  const page = toPage(rows, query.limit, ({ row }) => [row.startsAt, row.id]);
  return { items: page.items.map(toAppointment), nextCursor: page.nextCursor };
}

/** Missed appointments per program: the no-show rate (aggregates: coordinators, admins, analysts). */
export async function noShowReport(tx: Tx, actor: Actor, from: string, to: string): Promise<NoShowReport> {
  if (!can(actor.role, 'aggregate.read')) throw forbidden('Aggregates only for your role');
  if (to <= from) throw invalidField('querystring.to', 'Must be after from');
  const [start, end] = [canonicalInstant(from), canonicalInstant(to)];
  const rows = await repo.noShowsByProgram(tx, actor.organisationId, start, end);
  return {
    from: start,
    to: end,
    programs: rows.map((row) => ({
      ...row,
      noShowRate: row.done + row.missed === 0 ? null : row.missed / (row.done + row.missed),
    })),
  };
}

/** The local sink's messages (development): every one for coordinators, a worker's appointments' otherwise. */
export async function listOutbox(tx: Tx, actor: Actor, query: PageQuery) {
  assertCaseRole(actor);
  const before = query.cursor ? decodeKeyCursor(query.cursor, ['instant', 'uuid'] as const) : undefined;
  const rows = await repo.listOutbox(
    tx,
    actor.organisationId,
    isCoordinator(actor) ? undefined : actor.userId,
    query.limit,
    before,
  );
  const page = toPage(rows, query.limit, ({ message }) => [message.createdAt, message.id]);
  return {
    items: page.items.map(
      ({ message }): OutboxMessage => ({
        id: message.id,
        appointmentId: message.appointmentId,
        channel: message.channel,
        recipient: message.recipient,
        language: message.language,
        subject: message.subject,
        body: message.body,
        createdAt: message.createdAt,
      }),
    ),
    nextCursor: page.nextCursor,
  };
}

/** The fields a correction may change: what a version of an appointment holds in its history. */
const correctable = (row: repo.AppointmentRow['row']) => ({
  place: row.place,
  startsAt: row.startsAt,
  durationMinutes: row.durationMinutes,
  note: row.note,
  status: row.status,
  statusReason: row.statusReason,
});

/**
 * A past appointment (done, missed or cancelled), for its author (who planned it, or whose agenda it is
 * in) or a coordinator: 404 unless the actor sees it, 403 unless they may correct it, 412 on a stale
 * version, 409 once voided, while still planned (changed with PATCH, or cancelled), or on a closed case.
 */
async function loadForCorrection(tx: Tx, actor: Actor, id: string, version: number) {
  const { row } = await loadAppointmentFor(tx, actor, id, true);
  assertCorrectable(actor, [row.createdBy, row.workerId], row, version);
  if (row.status === 'planned') {
    throw conflict('appointment-planned', 'A planned appointment is changed or cancelled, not corrected or voided');
  }
  if (row.caseId) {
    const found = await loadCaseFor(tx, actor, row.caseId, { forUpdate: true });
    assertCaseOpen(found, 'Records of a closed case are corrected once it is reopened');
  }
  return row;
}

const revised = (row: repo.AppointmentRow['row']) =>
  ({ entityType: 'appointment', entityId: row.id, caseId: row.caseId, version: row.version }) as const;

/** On the case's timeline (if any) and in the audit trail; `row` as it was before the change, but for its fields. */
const onRecord = (
  tx: Tx,
  actor: Actor,
  row: repo.AppointmentRow['row'],
  action: 'corrected' | 'voided',
  reason: string,
  changes: Record<string, unknown>,
) =>
  recordCorrection(tx, actor, {
    ...revised(row),
    version: row.version + 1,
    action,
    summary: `appointment:${row.status}:${row.startsAt}`,
    reason,
    changes,
  });

/** Corrects a past appointment; the earlier version stays in its history. */
export async function correctAppointment(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  input: AppointmentCorrection,
) {
  const row = await loadForCorrection(tx, actor, id, version);
  const { reason, ...fields } = input;
  const patch = { ...fields, ...(fields.startsAt ? { startsAt: canonicalInstant(fields.startsAt) } : {}) };
  // Done or missed: it has taken place (or should have), as marking it required.
  if (patch.startsAt && row.status !== 'cancelled') assertNotInFuture(patch.startsAt, 'body.startsAt');
  const { changes } = await correctRecord(
    tx,
    actor,
    revised(row),
    { before: correctable(row), patch, reason },
    (fields) => repo.updateAppointment(tx, actor.organisationId, id, fields),
  );
  if (row.caseId) await repo.refreshNextPlannedContact(tx, actor.organisationId, row.caseId);
  await onRecord(tx, actor, { ...row, ...patch }, 'corrected', reason, changes);
  return getAppointment(tx, actor, id);
}

/** Voids a past appointment: it stays, marked, and counts in no no-show rate. */
export async function voidAppointment(tx: Tx, actor: Actor, id: string, version: number, input: VoidRequest) {
  const row = await loadForCorrection(tx, actor, id, version);
  await voidRecord(tx, actor, revised(row), correctable(row), input.reason, (fields) =>
    repo.updateAppointment(tx, actor.organisationId, id, fields),
  );
  if (row.caseId) await repo.refreshNextPlannedContact(tx, actor.organisationId, row.caseId);
  await onRecord(tx, actor, row, 'voided', input.reason, { voided: [false, true] });
  return getAppointment(tx, actor, id);
}

/** An appointment's earlier versions, for those who may see it. */
export async function appointmentHistory(tx: Tx, actor: Actor, id: string, query: PageQuery) {
  await loadAppointmentFor(tx, actor, id);
  return listRevisions(tx, actor.organisationId, 'appointment', id, query);
}
