import type {
  Contact,
  ContactCorrection,
  ContactCreate,
  ContactSaved,
  PageQuery,
  TimelineEntry,
  VoidRequest,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { conflict, HttpProblem, invalidField, notFound } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import {
  correctRecord,
  listRevisions,
  loadCaseRecordForCorrection,
  recordCorrection,
  voidRecord,
} from '../../platform/revisions.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor, recordContactOnCase, resetContactClock } from '../cases/index.js';
import * as repo from './repo.js';

const toContact = (row: repo.ContactRow): Contact => ({
  id: row.id,
  caseId: row.caseId,
  occurredAt: row.occurredAt,
  type: row.type,
  durationMinutes: row.durationMinutes,
  participants: row.participants,
  notes: row.notes,
  nextPlannedAt: row.nextPlannedAt,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt,
  version: row.version,
  correctedAt: row.correctedAt,
  voided: row.voidedAt && row.voidedBy ? { at: row.voidedAt, by: row.voidedBy, reason: row.voidReason ?? '' } : null,
});

type CaseRow = Awaited<ReturnType<typeof loadCaseFor>>;

/**
 * The dates of a contact, as recording and correcting check them: not in the future, the next planned
 * contact after it, not before the case opened.
 */
function checkContactDates(row: CaseRow, occurredAt: string, nextPlannedAt: string | null) {
  assertNotInFuture(occurredAt, 'body.occurredAt');
  if (nextPlannedAt && nextPlannedAt <= occurredAt) {
    throw invalidField('body.nextPlannedAt', 'Must be after the contact');
  }
  // A contact before the case existed would count in periods the case was not open in (docs/reports.md).
  // Compared to the minute: the forms give minutes, so a contact logged in the minute the case opened
  // (its default time, rounded down) belongs to the case.
  const openedMinute = Math.floor(Date.parse(row.openedAt) / 60_000) * 60_000;
  if (Date.parse(occurredAt) < openedMinute) {
    throw new HttpProblem(
      422,
      'before-case-opened',
      'Unprocessable Content',
      'The contact is dated before the case opened',
      {
        errors: [{ path: 'body.occurredAt', message: `Must not be before the case opened (${row.openedAt})` }],
        caseOpenedAt: row.openedAt,
      },
    );
  }
}

/**
 * Journals a contact with the household and moves the case's contact clock. Answers with what the case
 * screen shows that changed (the case, the timeline line), so that the client reads nothing again.
 */
export async function createContact(tx: Tx, actor: Actor, caseId: string, input: ContactCreate): Promise<ContactSaved> {
  const occurredAt = canonicalInstant(input.occurredAt);
  const nextPlannedAt = input.nextPlannedAt ? canonicalInstant(input.nextPlannedAt) : null;
  assertNotInFuture(occurredAt, 'body.occurredAt');
  if (nextPlannedAt && nextPlannedAt <= occurredAt) {
    throw invalidField('body.nextPlannedAt', 'Must be after the contact');
  }

  const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (row.closedAt) throw conflict('case-closed', 'Contacts cannot be added to a closed case');
  checkContactDates(row, occurredAt, nextPlannedAt);

  const contact = await repo.insertContact(tx, {
    organisationId: actor.organisationId,
    caseId,
    occurredAt,
    type: input.type,
    durationMinutes: input.durationMinutes ?? null,
    participants: input.participants ?? null,
    notes: input.notes ?? null,
    nextPlannedAt,
    recordedBy: actor.userId,
  });
  const updatedCase = await recordContactOnCase(tx, actor, row, occurredAt, nextPlannedAt);
  // Notes and participants stay in the journal: the timeline shows the type and duration only.
  const timelineEntry: TimelineEntry = {
    at: occurredAt,
    kind: 'contact',
    actor: { id: actor.userId, displayName: contact.recordedByName ?? '' },
    summary: contact.durationMinutes === null ? contact.type : `${contact.type} (${contact.durationMinutes} min)`,
    note: null,
  };
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    at: timelineEntry.at,
    kind: timelineEntry.kind,
    actorId: actor.userId,
    summary: timelineEntry.summary,
    note: timelineEntry.note,
  });
  await audit(tx, actor, {
    action: 'contact.create',
    entityType: 'contact',
    entityId: contact.id,
    changes: { caseId, occurredAt, type: contact.type },
  });
  return { ...toContact(contact), case: updatedCase, timelineEntry };
}

/** The case's contact journal, newest first. */
export async function listContacts(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listContacts(tx, actor.organisationId, caseId, query.limit, before);
  const page = toPage(rows, query.limit, (contact) => [contact.occurredAt, contact.id]);
  // The journal holds notes on the household: who read it is on record, as for the case itself.
  await audit(tx, actor, { action: 'contact.read', entityType: 'case', entityId: caseId });
  return { items: page.items.map(toContact), nextCursor: page.nextCursor };
}

/** The contact journal's CSV export, first transaction: on record (with its rows) before its first page. */
export async function startContactExport(tx: Tx, actor: Actor, caseId: string, limits: CsvExportLimits) {
  await loadCaseFor(tx, actor, caseId);
  const rows = await countUpTo(tx, repo.caseContactIds(tx, actor.organisationId, caseId), limits.maxRows);
  await audit(tx, actor, { action: 'contact.export', entityType: 'case', entityId: caseId, changes: { rows } });
  return contactExportPage(tx, actor, caseId, undefined, limits.pageSize);
}

/**
 * One page of the journal, newest first, with who recorded each contact. The case is checked on every
 * page, like the list's: someone taken off the case meanwhile gets no further page.
 */
export async function contactExportPage(
  tx: Tx,
  actor: Actor,
  caseId: string,
  cursor: string | undefined,
  pageSize: number,
) {
  const found = await loadCaseFor(tx, actor, caseId);
  const before = cursor ? decodeInstantCursor(cursor) : undefined;
  const page = toPage(await repo.listContacts(tx, actor.organisationId, caseId, pageSize, before), pageSize, (row) => [
    row.occurredAt,
    row.id,
  ]);
  const recorders = [...new Set(page.items.map((row) => row.recordedBy))];
  const names = new Map(
    (await repo.recorderNames(tx, actor.organisationId, recorders)).map((user) => [user.id, user.displayName]),
  );
  return {
    items: page.items.map((row) => ({
      householdReference: found.householdReference,
      contact: toContact(row),
      recordedByName: names.get(row.recordedBy) ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}

/** The fields a correction may change: what a version of a contact holds in its history. */
const correctable = (row: repo.ContactRow) => ({
  occurredAt: row.occurredAt,
  type: row.type,
  durationMinutes: row.durationMinutes,
  participants: row.participants,
  notes: row.notes,
  nextPlannedAt: row.nextPlannedAt,
});

/**
 * The contact, its case locked, for a correction or a void by its author or a coordinator: 404 unless
 * the actor sees the case, 403 unless they may correct it, 412 on a stale version, 409 once voided or
 * the case closed (reopen it first).
 */
async function loadForCorrection(tx: Tx, actor: Actor, id: string, version: number) {
  const { record, caseRow } = await loadCaseRecordForCorrection(actor, version, {
    name: 'Contact',
    find: (forUpdate) => repo.findContact(tx, actor.organisationId, id, forUpdate),
    lockCase: (caseId) => loadCaseFor(tx, actor, caseId, { forUpdate: true }),
    authors: (contact) => [contact.recordedBy],
    closedCase: 'Contacts of a closed case are corrected once it is reopened',
  });
  return { contact: record, caseRow };
}

const revised = (contact: repo.ContactRow) =>
  ({ entityType: 'contact', entityId: contact.id, caseId: contact.caseId, version: contact.version }) as const;

/** Notes and participants are the household's words: the audit trail says they changed, not what they say. */
const PRIVATE_FIELDS = ['participants', 'notes'] as (keyof ReturnType<typeof correctable>)[];

/**
 * Corrects a contact: the changed fields pass the rules of recording one, the earlier version stays in
 * its history, and the case's contact clock follows (the contact may no longer be the latest).
 */
export async function correctContact(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  input: ContactCorrection,
): Promise<ContactSaved> {
  const { contact, caseRow } = await loadForCorrection(tx, actor, id, version);
  const before = correctable(contact);
  const { reason, ...fields } = input;
  const patch = {
    ...fields,
    ...(fields.occurredAt !== undefined ? { occurredAt: canonicalInstant(fields.occurredAt) } : {}),
    ...(fields.nextPlannedAt ? { nextPlannedAt: canonicalInstant(fields.nextPlannedAt) } : {}),
  };
  const after = { ...before, ...patch };
  checkContactDates(caseRow, after.occurredAt, after.nextPlannedAt);
  const { updated, changes } = await correctRecord(
    tx,
    actor,
    revised(contact),
    { before, patch, reason, secret: PRIVATE_FIELDS },
    (fields) => repo.updateContact(tx, actor.organisationId, id, fields),
  );
  return afterChange(tx, actor, caseRow, updated, before.nextPlannedAt, 'corrected', reason, changes);
}

/** Voids a contact: it stays, marked, and counts in no figure; the contact clock falls back. */
export async function voidContact(tx: Tx, actor: Actor, id: string, version: number, input: VoidRequest) {
  const { contact, caseRow } = await loadForCorrection(tx, actor, id, version);
  const updated = await voidRecord(tx, actor, revised(contact), correctable(contact), input.reason, (fields) =>
    repo.updateContact(tx, actor.organisationId, id, fields),
  );
  return afterChange(tx, actor, caseRow, updated, contact.nextPlannedAt, 'voided', input.reason, {
    voided: [false, true],
  });
}

/** The case's clock from the contacts that remain, the timeline line and the audit entry. */
async function afterChange(
  tx: Tx,
  actor: Actor,
  caseRow: CaseRow,
  contact: repo.ContactRow,
  replacedNext: string | null,
  action: 'corrected' | 'voided',
  reason: string,
  changes: Record<string, unknown>,
): Promise<ContactSaved> {
  const latest = await repo.latestContact(tx, actor.organisationId, contact.caseId);
  const updatedCase = await resetContactClock(tx, actor, caseRow, latest, replacedNext);
  const [me] = await repo.recorderNames(tx, actor.organisationId, [actor.userId]);
  const timelineEntry: TimelineEntry = {
    at: new Date().toISOString(),
    kind: action,
    actor: { id: actor.userId, displayName: me?.displayName ?? '' },
    // Which record, never its notes; the reason is the note, as a stage change's.
    summary: `contact:${contact.type}:${contact.occurredAt}`,
    note: reason,
  };
  await recordCorrection(tx, actor, {
    ...revised(contact),
    at: timelineEntry.at,
    action,
    summary: timelineEntry.summary,
    reason,
    changes,
  });
  return { ...toContact(contact), case: updatedCase, timelineEntry };
}

/** A contact's earlier versions, for those who may read its case. */
export async function contactHistory(tx: Tx, actor: Actor, id: string, query: PageQuery) {
  const contact = await repo.findContact(tx, actor.organisationId, id);
  if (!contact) throw notFound('Contact');
  await loadCaseFor(tx, actor, contact.caseId);
  const page = await listRevisions(tx, actor.organisationId, 'contact', id, query);
  await audit(tx, actor, { action: 'contact.read', entityType: 'contact', entityId: id });
  return page;
}

/** One contact (its version is the ETag a correction sends back), for those who may read its case. */
export async function getContact(tx: Tx, actor: Actor, id: string) {
  const contact = await repo.findContact(tx, actor.organisationId, id);
  if (!contact) throw notFound('Contact');
  await loadCaseFor(tx, actor, contact.caseId);
  await audit(tx, actor, { action: 'contact.read', entityType: 'contact', entityId: id });
  return toContact(contact);
}
