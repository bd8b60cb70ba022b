import { type CorrectableKind, can, type PageQuery, type RecordRevision } from '@percee/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { recordRevisions, users } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';
import { decodeKeyCursor, toPage } from '../lib/cursor.js';
import { assertVersion } from '../lib/etag.js';
import { conflict, forbidden, HttpProblem, notFound } from '../lib/problem.js';
import { tenantJoin } from '../lib/sql.js';
import { audit, diff } from './audit.js';
import { insertCaseEvent } from './timeline.js';

/*
 * Corrections of records (contacts, aid entries, appointments; decision 19), the part every kind
 * shares: who may correct, keeping the replaced version, reading the history. The modules own their
 * records and their rules (validation, figures); this keeps the one history table.
 */

/** What keeps earlier versions here: the correctable records, and household members (issue 18.6). */
export type RevisedKind = CorrectableKind | 'person';

/** Its author (while still on the case: the caller checked that) or a coordinator; anyone else 403. */
export function assertMayCorrect(actor: Actor, authorIds: (string | null)[]) {
  if (can(actor.role, 'record.correctAny')) return;
  if (can(actor.role, 'record.correctOwn') && authorIds.includes(actor.userId)) return;
  throw forbidden('Only its author or a coordinator corrects or voids a record');
}

/** A voided record changes no more. */
export function assertNotVoided(voidedAt: string | null) {
  if (voidedAt) throw conflict('record-voided', 'This record is voided; it changes no more');
}

/** A correction that changes nothing is refused: the history would hold a version equal to the next. */
export function assertChanges(changes: Record<string, unknown>) {
  if (Object.keys(changes).length === 0) {
    throw new HttpProblem(422, 'no-change', 'Unprocessable Content', 'The correction changes no field', {
      errors: [{ path: 'body', message: 'Give at least one field with a new value' }],
    });
  }
}

/** Keeps the version being replaced, in the transaction that replaces it. */
export async function keepRevision(
  tx: Tx,
  actor: Actor,
  revision: {
    entityType: RevisedKind;
    entityId: string;
    caseId: string | null;
    version: number;
    action: 'corrected' | 'voided';
    data: Record<string, unknown>;
    reason: string;
  },
) {
  await tx.insert(recordRevisions).values({ organisationId: actor.organisationId, actorId: actor.userId, ...revision });
}

/** What a correction or a void names of the record it replaces a version of. */
export interface RevisedRecord {
  entityType: CorrectableKind;
  entityId: string;
  caseId: string | null;
  /** The version being replaced. */
  version: number;
}

/**
 * The checks every correction or void makes on the locked record, in this order: 403 unless the actor
 * may correct it, 412 on a stale version, 409 once voided.
 */
export function assertCorrectable(
  actor: Actor,
  authorIds: (string | null)[],
  record: { version: number; voidedAt: string | null },
  version: number,
) {
  assertMayCorrect(actor, authorIds);
  assertVersion(version, record.version);
  assertNotVoided(record.voidedAt);
}

/** The case of a record takes no correction while closed (reopen it first). */
export function assertCaseOpen(caseRow: { closedAt: string | null }, message: string) {
  if (caseRow.closedAt) throw conflict('case-closed', message);
}

/**
 * A record of a case (contact, aid entry), its case locked, for a correction or a void: 404 unless it
 * exists and the actor sees the case (`lockCase` throws then), then `assertCorrectable`, then 409 if the
 * case is closed. `find(true)` reads it again under a row lock, once its case is locked.
 */
export async function loadCaseRecordForCorrection<
  R extends { caseId: string; version: number; voidedAt: string | null },
  C extends { closedAt: string | null },
>(
  actor: Actor,
  version: number,
  record: {
    name: string;
    find: (forUpdate: boolean) => Promise<R | undefined>;
    lockCase: (caseId: string) => Promise<C>;
    authors: (record: R) => (string | null)[];
    closedCase: string;
  },
): Promise<{ record: R; caseRow: C }> {
  const found = await record.find(false);
  if (!found) throw notFound(record.name);
  const caseRow = await record.lockCase(found.caseId);
  const locked = (await record.find(true)) as R;
  assertCorrectable(actor, record.authors(locked), locked, version);
  assertCaseOpen(caseRow, record.closedCase);
  return { record: locked, caseRow };
}

/**
 * A correction: the fields that change (`secret` ones said to change, not how), 422 if none does, the
 * version replaced kept, then `update` writes the whole corrected version.
 */
export async function correctRecord<T extends Record<string, unknown>, R>(
  tx: Tx,
  actor: Actor,
  revised: RevisedRecord,
  change: { before: T; patch: Partial<T>; reason: string; secret?: (keyof T)[] },
  update: (fields: T & { correctedAt: string }) => Promise<R>,
): Promise<{ updated: R; changes: Record<string, unknown> }> {
  const changes = diff(change.before, change.patch, change.secret);
  assertChanges(changes);
  await keepRevision(tx, actor, { ...revised, action: 'corrected', data: change.before, reason: change.reason });
  const updated = await update({ ...change.before, ...change.patch, correctedAt: new Date().toISOString() });
  return { updated, changes };
}

/** A void: nothing is deleted, the record stays marked (its last version kept in the history). */
export async function voidRecord<R>(
  tx: Tx,
  actor: Actor,
  revised: RevisedRecord,
  data: Record<string, unknown>,
  reason: string,
  update: (fields: { voidedAt: string; voidedBy: string; voidReason: string }) => Promise<R>,
): Promise<R> {
  await keepRevision(tx, actor, { ...revised, action: 'voided', data, reason });
  return update({ voidedAt: new Date().toISOString(), voidedBy: actor.userId, voidReason: reason });
}

/**
 * A correction or a void on the case's timeline (which record, in `summary`, never its notes; the reason
 * as the note, as a stage change's) and in the audit trail (`entity.correct` or `entity.void`).
 */
export async function recordCorrection(
  tx: Tx,
  actor: Actor,
  event: {
    entityType: CorrectableKind;
    entityId: string;
    caseId: string | null;
    action: 'corrected' | 'voided';
    summary: string;
    reason: string;
    changes: Record<string, unknown>;
    /** The version it now has. */
    version: number;
    at?: string;
  },
) {
  if (event.caseId) {
    await insertCaseEvent(tx, {
      organisationId: actor.organisationId,
      caseId: event.caseId,
      ...(event.at ? { at: event.at } : {}),
      kind: event.action,
      actorId: actor.userId,
      summary: event.summary,
      note: event.reason,
    });
  }
  await audit(tx, actor, {
    action: `${event.entityType}.${event.action === 'corrected' ? 'correct' : 'void'}`,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: { ...event.changes, version: [event.version - 1, event.version] },
  });
}

/** A record's earlier versions, newest first, after the version of the previous page. */
export async function listRevisions(
  tx: Tx,
  organisationId: string,
  entityType: RevisedKind,
  entityId: string,
  query: PageQuery,
): Promise<{ items: RecordRevision[]; nextCursor: string | null }> {
  const before = query.cursor ? decodeKeyCursor(query.cursor, ['integer'] as const) : undefined;
  const rows = await tx
    .select({ revision: recordRevisions, displayName: users.displayName })
    .from(recordRevisions)
    .leftJoin(users, tenantJoin(users, recordRevisions, 'actorId'))
    .where(
      and(
        eq(recordRevisions.organisationId, organisationId),
        eq(recordRevisions.entityType, entityType),
        eq(recordRevisions.entityId, entityId),
        before ? sql`${recordRevisions.version} < ${before[0]}` : undefined,
      ),
    )
    .orderBy(desc(recordRevisions.version))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, ({ revision }) => [revision.version]);
  return {
    items: page.items.map(({ revision, displayName }) => ({
      version: revision.version,
      action: revision.action,
      at: revision.at,
      actor: { id: revision.actorId, displayName: displayName ?? '' },
      reason: revision.reason,
      record: revision.data as Record<string, unknown>,
    })),
    nextCursor: page.nextCursor,
  };
}
