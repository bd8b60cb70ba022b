import type { AuditQuery, AuditVerification, FileAccess } from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeCursor, toPage } from '../../lib/cursor.js';
import { HttpProblem, notFound } from '../../lib/problem.js';
import { audit } from '../../platform/audit.js';
import { findHousehold, loadHousehold } from '../households/index.js';
import * as repo from './repo.js';

const BATCH = 2000;

function seqCursor(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const [seq] = decodeCursor(cursor, 1);
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw new HttpProblem(400, 'bad-cursor', 'Bad Request', 'The cursor is not one this API returned', {
      errors: [{ path: 'querystring.cursor', message: 'Invalid cursor' }],
    });
  }
  return seq;
}

type Entry = Awaited<ReturnType<typeof repo.listEntries>>[number];

/**
 * The records an administrator keeps and may see the values of. Every other entity type is case or
 * household content (people, cases, contacts, plans, consents, referrals...), whose values admins do
 * not read: they get the changed field names only. Deny by default, so a new kind of record is
 * redacted until someone decides otherwise here.
 */
const ADMINISTRATIVE_RECORDS = new Set([
  'user',
  'site',
  'program',
  'cost_item',
  'partner_service',
  'api_client',
  'webhook_subscription',
  'webhook_delivery',
  'organisation',
  'audit_log',
  'report',
]);

const toEntry = ({ actorUserRole: _role, ...entry }: Entry) => {
  const valuesRedacted = !ADMINISTRATIVE_RECORDS.has(entry.entityType);
  return {
    ...entry,
    changedFields: changedFields(entry.changes),
    changes: valuesRedacted ? null : (entry.changes ?? null),
    valuesRedacted,
  };
};

export async function listEntries(tx: Tx, actor: Actor, query: AuditQuery) {
  const { limit, cursor, ...filters } = query;
  const rows = await repo.listEntries(tx, actor.organisationId, filters, limit + 1, seqCursor(cursor));
  const result = toPage(rows, limit, (row) => [row.seq]);
  return { ...result, items: result.items.map(toEntry) };
}

type AuditExportFilters = Omit<AuditQuery, 'limit' | 'cursor'>;
/** Where an export of the trail stands: after this position, up to where the chain stood when it began. */
export interface AuditExportCursor {
  afterSeq: number;
  upToSeq: number;
}

/**
 * The trail's CSV export, first transaction: every matching entry up to the chain's head now, oldest
 * first, and not capped (an admin may take the whole trail: it is streamed). The export is itself
 * recorded, after the head is read, so the file never holds its own record.
 */
export async function startAuditExport(tx: Tx, actor: Actor, filters: AuditExportFilters, pageSize: number) {
  const upToSeq = (await repo.head(tx, actor.organisationId))?.seq ?? 0;
  const rows = await repo.countEntries(tx, actor.organisationId, filters, upToSeq);
  await audit(tx, actor, { action: 'audit.export', entityType: 'audit_log', changes: { rows } });
  return auditExportPage(tx, actor, filters, { afterSeq: 0, upToSeq }, pageSize);
}

export async function auditExportPage(
  tx: Tx,
  actor: Actor,
  filters: AuditExportFilters,
  cursor: AuditExportCursor,
  pageSize: number,
) {
  const rows = await repo.entriesInOrder(tx, actor.organisationId, filters, pageSize + 1, cursor);
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  return {
    items: items.map(toEntry),
    nextCursor: rows.length > pageSize && last ? { afterSeq: last.seq, upToSeq: cursor.upToSeq } : null,
  };
}

/**
 * Walks the organisation's chain from the first row: each row must follow the previous one (seq + 1),
 * carry its hash as prev_hash, and hash to what it says. Stops at the first broken row.
 */
export async function verifyChain(
  tx: Tx,
  organisationId: string,
  anchor?: { seq: number; hash: string },
): Promise<AuditVerification> {
  let anchored: AuditVerification['anchor'] = anchor ? 'missing' : null;
  let expectedSeq = 1;
  let prevHash = repo.GENESIS;
  let checked = 0;
  let head: AuditVerification['head'] = null;
  for (;;) {
    const batch = await repo.chainBatch(tx, organisationId, expectedSeq - 1, BATCH);
    for (const row of batch) {
      checked += 1;
      const reason =
        row.seq !== expectedSeq
          ? 'sequence-gap'
          : row.prevHash !== prevHash
            ? 'prev-hash-mismatch'
            : row.hash !== row.expected
              ? 'hash-mismatch'
              : null;
      if (reason) return { ok: false, checked, head, anchor: anchored, firstBroken: { seq: row.seq, reason } };
      if (anchor && row.seq === anchor.seq) anchored = row.hash === anchor.hash ? 'matches' : 'differs';
      head = { seq: row.seq, hash: row.hash };
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (batch.length < BATCH) {
      return { ok: anchored === null || anchored === 'matches', checked, head, anchor: anchored, firstBroken: null };
    }
  }
}

/**
 * Walks the chain (verifyChain) and records when and with what result, for monitoring: the metrics
 * endpoint shows the oldest last check and the broken chains (docs/operations.md "Monitoring").
 * Every verification an operator or admin makes goes through here (CLI and API).
 */
export async function checkChain(
  tx: Tx,
  organisationId: string,
  anchor?: { seq: number; hash: string },
): Promise<AuditVerification> {
  const result = await verifyChain(tx, organisationId, anchor);
  await repo.recordCheck(tx, organisationId, {
    ok: result.ok,
    rowsChecked: result.checked,
    firstBrokenSeq: result.firstBroken?.seq ?? null,
  });
  return result;
}

export async function head(tx: Tx, organisationId: string) {
  const row = await repo.head(tx, organisationId);
  return {
    organisationId,
    seq: row?.seq ?? 0,
    hash: row?.hash ?? repo.GENESIS,
    occurredAt: row?.occurredAt ?? null,
  };
}

/** Reads and changes of a household's file, for the data subject; looking is itself recorded. */
export async function householdFileAccess(
  tx: Tx,
  actor: Actor,
  householdId: string,
  query: { limit: number; cursor?: string },
) {
  // Admins keep the audit trail: they read who looked at a file (metadata, no content) without
  // reading the file itself, so for them only its existence is checked.
  if (!can(actor.role, 'household.access')) {
    if (!(await findHousehold(tx, actor.organisationId, householdId))) throw notFound('Household');
  } else await loadHousehold(tx, actor, householdId);
  const rows = await repo.householdFileEntries(
    tx,
    actor.organisationId,
    householdId,
    query.limit + 1,
    seqCursor(query.cursor),
  );
  await audit(tx, actor, { action: 'household.access_log', entityType: 'household', entityId: householdId });
  const result = toPage(rows, query.limit, (row) => [row.seq]);
  return {
    ...result,
    items: result.items.map(
      (row): FileAccess => ({
        seq: row.seq,
        occurredAt: row.occurredAt,
        action: row.action,
        entityType: row.entityType,
        actorKind: row.actorClientId ? 'client' : 'user',
        actorName: row.actorClientId ? row.actorClientName : row.actorUserName,
        actorRole: row.actorClientId ? null : (row.actorUserRole ?? null),
        changedFields: changedFields(row.changes),
        // Coordinators may read the file, so they see what changed in it; admins keep the trail only.
        changes: can(actor.role, 'household.access') ? (row.changes ?? null) : null,
      }),
    ),
  };
}

function changedFields(changes: unknown): string[] {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.keys(changes).sort();
}
