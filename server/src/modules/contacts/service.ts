import type { Contact, ContactCreate, ContactSaved, PageQuery, TimelineEntry } from '@percee/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { conflict, HttpProblem, invalidField } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor, recordContactOnCase } from '../cases/index.js';
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
});

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
    recorders.length === 0
      ? []
      : (
          await tx
            .select({ id: users.id, displayName: users.displayName })
            .from(users)
            .where(and(eq(users.organisationId, actor.organisationId), inArray(users.id, recorders)))
        ).map((user) => [user.id, user.displayName]),
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
