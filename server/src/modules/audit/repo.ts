import { and, asc, desc, eq, gt, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { apiClients, auditChainChecks, auditLog, users } from '../../db/schema.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';

export const GENESIS = '0'.repeat(64);

export interface ListFilters {
  from?: string;
  to?: string;
  actorUserId?: string;
  actorClientId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

const entryColumns = {
  seq: auditLog.seq,
  occurredAt: auditLog.occurredAt,
  actorUserId: auditLog.actorUserId,
  actorUserName: users.displayName,
  actorUserRole: users.role,
  actorClientId: auditLog.actorClientId,
  actorClientName: apiClients.name,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  changes: auditLog.changes,
  requestId: auditLog.requestId,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** Entries with the names of their actors; callers add the where clause (organisation first). */
function selectEntries(tx: Tx) {
  return tx
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, tenantJoin(users, auditLog, 'actorUserId'))
    .leftJoin(apiClients, tenantJoin(apiClients, auditLog, 'actorClientId'))
    .$dynamic();
}

function matching(organisationId: string, filters: ListFilters) {
  const where: (SQL | undefined)[] = [eq(auditLog.organisationId, organisationId)];
  if (filters.from) where.push(gte(auditLog.occurredAt, filters.from));
  if (filters.to) where.push(lt(auditLog.occurredAt, filters.to));
  if (filters.actorUserId) where.push(eq(auditLog.actorUserId, filters.actorUserId));
  if (filters.actorClientId) where.push(eq(auditLog.actorClientId, filters.actorClientId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  return where;
}

/** Newest first, keyset on the chain position (`beforeSeq` excluded). */
export function listEntries(tx: Tx, organisationId: string, filters: ListFilters, limit: number, beforeSeq?: number) {
  const where = matching(organisationId, filters);
  if (beforeSeq !== undefined) where.push(lt(auditLog.seq, beforeSeq));
  return selectEntries(tx)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

/** Oldest first, in (afterSeq, upToSeq]: a page of the export, which ends where the chain stood when it began. */
export function entriesInOrder(
  tx: Tx,
  organisationId: string,
  filters: ListFilters,
  limit: number,
  range: { afterSeq: number; upToSeq: number },
) {
  return selectEntries(tx)
    .where(
      and(...matching(organisationId, filters), gt(auditLog.seq, range.afterSeq), lte(auditLog.seq, range.upToSeq)),
    )
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

/** How many entries match, up to `upToSeq` (counted without the actors' names). */
export async function countEntries(tx: Tx, organisationId: string, filters: ListFilters, upToSeq: number) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(...matching(organisationId, filters), lte(auditLog.seq, upToSeq)));
  return row?.n ?? 0;
}

/**
 * Every entry about one household's file: the household, its members, its referrals and cases, and the
 * case records (contacts, assessments, aid, breakthrough plans and breakthroughs). Newest first.
 */
export function householdFileEntries(
  tx: Tx,
  organisationId: string,
  householdId: string,
  limit: number,
  beforeSeq?: number,
) {
  const org = organisationId;
  const caseIds = sql`select id from cases where organisation_id = ${org} and household_id = ${householdId}`;
  const about = (type: string, ids: SQL) =>
    sql`(${auditLog.entityType} = ${type} and ${auditLog.entityId} in (${ids}))`;
  const byCase = (table: string) =>
    sql`select id::text from ${sql.identifier(table)} where organisation_id = ${org} and case_id in (${caseIds})`;
  const file = sql.join(
    [
      sql`(${auditLog.entityType} = 'household' and ${auditLog.entityId} = ${householdId})`,
      about(
        'person',
        sql`select id::text from persons where organisation_id = ${org} and household_id = ${householdId}`,
      ),
      about(
        'referral',
        sql`select id::text from referrals where organisation_id = ${org} and household_id = ${householdId}`,
      ),
      about('case', sql`select id::text from (${caseIds}) c`),
      about('contact', byCase('contacts')),
      about('assessment', byCase('assessments')),
      about('aid', byCase('aid_grants')),
      about('breakthrough', byCase('breakthroughs')),
      about('breakthrough_plan', byCase('breakthrough_plans')),
    ],
    sql` or `,
  );
  return selectEntries(tx)
    .where(
      and(
        eq(auditLog.organisationId, org),
        sql`(${file})`,
        beforeSeq === undefined ? undefined : lt(auditLog.seq, beforeSeq),
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

export interface ChainRow {
  seq: number;
  prevHash: string;
  hash: string;
  expected: string;
}

/** A batch of the chain in order, each row with the hash recomputed by the database. */
export async function chainBatch(tx: Tx, organisationId: string, afterSeq: number, limit: number): Promise<ChainRow[]> {
  const rows = await rowsOf<{ seq: string | number; prev_hash: string; hash: string; expected: string }>(
    tx,
    sql`select seq, prev_hash, hash,
          app.audit_hash(organisation_id, seq, occurred_at, actor_user_id, actor_client_id, action, entity_type,
                         entity_id, changes, prev_hash) as expected
        from audit_log where organisation_id = ${organisationId} and seq > ${afterSeq}
        order by seq limit ${limit}`,
  );
  return rows.map((r) => ({ seq: Number(r.seq), prevHash: r.prev_hash, hash: r.hash, expected: r.expected }));
}

export async function head(tx: Tx, organisationId: string) {
  const [row] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash, occurredAt: auditLog.occurredAt })
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisationId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

/** The organisation's last chain check, overwritten (one row per organisation). */
export async function recordCheck(
  tx: Tx,
  organisationId: string,
  check: { ok: boolean; rowsChecked: number; firstBrokenSeq: number | null },
) {
  await tx
    .insert(auditChainChecks)
    .values({ organisationId, ...check })
    .onConflictDoUpdate({
      target: auditChainChecks.organisationId,
      set: { ...check, checkedAt: sql`now()` },
    });
}
