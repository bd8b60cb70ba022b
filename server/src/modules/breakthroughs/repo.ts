import type { Deadlock, PlanGoal, PlanStatus } from '@percee/shared';
import { can } from '@percee/shared';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  breakthroughPlans,
  breakthroughPlanVersions,
  breakthroughs,
  caseCoWorkers,
  cases,
  households,
  programs,
  users,
} from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { tenantJoin } from '../../lib/sql.js';

export type PlanRow = typeof breakthroughPlans.$inferSelect;
export type BreakthroughRow = typeof breakthroughs.$inferSelect;

export async function findPlanByCase(tx: Tx, organisationId: string, caseId: string, forUpdate = false) {
  const query = tx
    .select()
    .from(breakthroughPlans)
    .where(and(eq(breakthroughPlans.organisationId, organisationId), eq(breakthroughPlans.caseId, caseId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Stores the plan as it now is as an immutable version row (the history of the plan). */
export async function insertPlanSnapshot(
  tx: Tx,
  plan: Pick<PlanRow, 'organisationId' | 'id' | 'version' | 'status' | 'goals' | 'deadlocks'>,
  change: 'created' | 'revised' | 'status_change',
  changedBy: string | null,
  changedAt?: string,
) {
  await tx.insert(breakthroughPlanVersions).values({
    organisationId: plan.organisationId,
    planId: plan.id,
    version: plan.version,
    change,
    status: plan.status as PlanStatus,
    goals: plan.goals as PlanGoal[],
    deadlocks: plan.deadlocks as Deadlock[],
    changedBy,
    ...(changedAt ? { changedAt } : {}),
  });
}

/** The versions of a plan, newest first, below the version ending the previous page (unique per plan). */
export async function planVersions(tx: Tx, organisationId: string, planId: string, limit: number, below?: number) {
  return tx
    .select({ row: breakthroughPlanVersions, changedByName: users.displayName })
    .from(breakthroughPlanVersions)
    .leftJoin(users, tenantJoin(users, breakthroughPlanVersions, 'changedBy'))
    .where(
      and(
        eq(breakthroughPlanVersions.organisationId, organisationId),
        eq(breakthroughPlanVersions.planId, planId),
        below === undefined ? undefined : lt(breakthroughPlanVersions.version, below),
      ),
    )
    .orderBy(desc(breakthroughPlanVersions.version))
    .limit(limit + 1);
}

export async function findBreakthrough(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(breakthroughs)
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** A case's breakthroughs in (proposed_at, id) order, after the keyset of the previous page. */
export async function breakthroughsOfCase(
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  after?: [string, string],
) {
  return tx
    .select()
    .from(breakthroughs)
    .where(
      and(
        eq(breakthroughs.organisationId, organisationId),
        eq(breakthroughs.caseId, caseId),
        after
          ? sql`(${breakthroughs.proposedAt}, ${breakthroughs.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(breakthroughs.proposedAt), asc(breakthroughs.id))
    .limit(limit + 1);
}

export async function openBreakthroughCount(tx: Tx, organisationId: string, planId: string) {
  const rows = await tx
    .select({ id: breakthroughs.id })
    .from(breakthroughs)
    .where(
      and(
        eq(breakthroughs.organisationId, organisationId),
        eq(breakthroughs.planId, planId),
        inArray(breakthroughs.status, ['proposed', 'approved', 'in_progress']),
      ),
    );
  return rows.length;
}

export async function namesOf(tx: Tx, organisationId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function programMethodOf(tx: Tx, organisationId: string, programId: string) {
  const [row] = await tx
    .select({ method: programs.method })
    .from(programs)
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, programId)));
  return row?.method;
}

/** Proposed breakthroughs that need a sign-off, with their household, in (proposed_at, id) order. */
export async function awaitingApproval(tx: Tx, actor: Actor, limit: number, after?: [string, string]) {
  const seesAll = can(actor.role, 'case.readAll');
  return tx
    .select({
      breakthrough: breakthroughs,
      householdId: households.id,
      householdReference: households.reference,
      householdDisplayName: households.displayName,
    })
    .from(breakthroughs)
    .innerJoin(cases, tenantJoin(cases, breakthroughs, 'caseId'))
    .innerJoin(households, tenantJoin(households, cases, 'householdId'))
    .where(
      and(
        eq(breakthroughs.organisationId, actor.organisationId),
        eq(breakthroughs.status, 'proposed'),
        eq(breakthroughs.needsApproval, true),
        seesAll
          ? undefined
          : sql`(${cases.primaryWorkerId} = ${actor.userId} or exists (select 1 from ${caseCoWorkers} w
              where w.organisation_id = ${actor.organisationId} and w.case_id = ${cases.id} and w.user_id = ${actor.userId}))`,
        after
          ? sql`(${breakthroughs.proposedAt}, ${breakthroughs.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(breakthroughs.proposedAt), asc(breakthroughs.id))
    .limit(limit + 1);
}
