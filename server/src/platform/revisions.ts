import { type CorrectableKind, can, type PageQuery, type RecordRevision } from '@percee/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { recordRevisions, users } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';
import { decodeKeyCursor, toPage } from '../lib/cursor.js';
import { conflict, forbidden, HttpProblem } from '../lib/problem.js';
import { tenantJoin } from '../lib/sql.js';

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
