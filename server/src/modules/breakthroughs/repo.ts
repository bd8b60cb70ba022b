import type { Deadlock, PlanGoal, PlanStatus } from '@percee/shared';
import { can } from '@percee/shared';
import { and, asc, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  breakthroughPlans,
  breakthroughPlanVersions,
  breakthroughScenarioLines,
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

export async function insertPlan(tx: Tx, values: typeof breakthroughPlans.$inferInsert) {
  const [plan] = await tx.insert(breakthroughPlans).values(values).returning();
  return plan as PlanRow;
}

/** Writes the plan's changes with its new version, in one statement; returns the plan as now stored. */
export async function bumpPlan(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof breakthroughPlans>,
) {
  const [row] = await tx
    .update(breakthroughPlans)
    .set({ ...set, version: sql`${breakthroughPlans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(breakthroughPlans.organisationId, organisationId), eq(breakthroughPlans.id, id)))
    .returning();
  return row as PlanRow;
}

export async function insertBreakthrough(tx: Tx, values: typeof breakthroughs.$inferInsert) {
  const [inserted] = await tx.insert(breakthroughs).values(values).returning();
  return inserted as BreakthroughRow;
}

/** Writes the row's changes with its new version, in one statement; returns the row as now stored. */
export async function bumpBreakthrough(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof breakthroughs>,
) {
  const [row] = await tx
    .update(breakthroughs)
    .set({ ...set, version: sql`${breakthroughs.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)))
    .returning();
  return row as BreakthroughRow;
}

/* ---------- Scenario lines (figures.ts) ---------- */

export async function storedLines(tx: Tx, organisationId: string, breakthroughIds: string[]) {
  if (breakthroughIds.length === 0) return [];
  return tx
    .select()
    .from(breakthroughScenarioLines)
    .where(
      and(
        eq(breakthroughScenarioLines.organisationId, organisationId),
        inArray(breakthroughScenarioLines.breakthroughId, breakthroughIds),
      ),
    )
    .orderBy(
      asc(breakthroughScenarioLines.breakthroughId),
      asc(breakthroughScenarioLines.scenario),
      asc(breakthroughScenarioLines.position),
    );
}

export async function deleteScenarioLines(tx: Tx, organisationId: string, breakthroughId: string) {
  await tx
    .delete(breakthroughScenarioLines)
    .where(
      and(
        eq(breakthroughScenarioLines.organisationId, organisationId),
        eq(breakthroughScenarioLines.breakthroughId, breakthroughId),
      ),
    );
}

export const insertScenarioLines = (tx: Tx, lines: (typeof breakthroughScenarioLines.$inferInsert)[]) =>
  tx.insert(breakthroughScenarioLines).values(lines).returning();

/** Writes the unit price of every line in one statement (UPDATE … FROM (VALUES …)); returns the lines as now stored. */
export async function writeLinePrices(
  tx: Tx,
  organisationId: string,
  breakthroughId: string,
  prices: { scenario: string; position: number; unitPriceCents: number }[],
  which: 'expected' | 'realised',
) {
  const values = sql.join(
    prices.map((line) => sql`(${line.scenario}::scenario_kind, ${line.position}::int, ${line.unitPriceCents}::bigint)`),
    sql`, `,
  );
  const price = sql`v.price`;
  const lines = await tx
    .update(breakthroughScenarioLines)
    .set(which === 'expected' ? { expectedUnitPriceCents: price } : { realisedUnitPriceCents: price })
    .from(sql`(values ${values}) as v(scenario, position, price)`)
    .where(
      and(
        eq(breakthroughScenarioLines.organisationId, organisationId),
        eq(breakthroughScenarioLines.breakthroughId, breakthroughId),
        sql`${breakthroughScenarioLines.scenario} = v.scenario`,
        sql`${breakthroughScenarioLines.position} = v.position`,
      ),
    )
    .returning();
  return lines as (typeof breakthroughScenarioLines.$inferSelect)[];
}

/** The open breakthroughs (not achieved or abandoned) with a scenario line on this catalogue item. */
export const openBreakthroughsUsingItem = (tx: Tx, organisationId: string, itemId: string) =>
  tx
    .selectDistinct({
      id: breakthroughs.id,
      proposedOn: breakthroughs.proposedOn,
      interventionCents: breakthroughs.interventionCents,
    })
    .from(breakthroughs)
    .innerJoin(
      breakthroughScenarioLines,
      and(
        eq(breakthroughScenarioLines.organisationId, breakthroughs.organisationId),
        eq(breakthroughScenarioLines.breakthroughId, breakthroughs.id),
      ),
    )
    .where(
      and(
        eq(breakthroughs.organisationId, organisationId),
        eq(breakthroughScenarioLines.catalogueItemId, itemId),
        notInArray(breakthroughs.status, ['achieved', 'abandoned']),
      ),
    );

export async function setBreakthroughColumns(
  tx: Tx,
  organisationId: string,
  id: string,
  columns: PgUpdateSetSource<typeof breakthroughs>,
) {
  await tx
    .update(breakthroughs)
    .set(columns)
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)));
}
