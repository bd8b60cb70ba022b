import type { CaseListQuery, CaseStage } from '@percee/shared';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  assessments,
  caseCoWorkers,
  caseEvents,
  cases,
  households,
  objectives,
  organisations,
  programs,
  users,
} from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';

const caseColumns = {
  id: cases.id,
  organisationId: cases.organisationId,
  householdId: cases.householdId,
  householdReference: households.reference,
  householdDisplayName: households.displayName,
  householdSiteId: households.siteId,
  programId: cases.programId,
  programName: programs.name,
  contactIntervalDays: programs.contactIntervalDays,
  caseloadLimit: programs.caseloadLimit,
  primaryWorkerId: cases.primaryWorkerId,
  primaryWorkerName: users.displayName,
  accompanimentType: cases.accompanimentType,
  stage: cases.stage,
  openedAt: cases.openedAt,
  closedAt: cases.closedAt,
  closureReason: cases.closureReason,
  lastContactAt: cases.lastContactAt,
  nextPlannedContactAt: cases.nextPlannedContactAt,
  contactDueAt: cases.contactDueAt,
  round: cases.round,
  updatedAt: cases.updatedAt,
  version: cases.version,
  // In the same statement (an index probe per case on the co-workers' primary key), not a second query.
  coWorkerIds: sql<
    string[]
  >`array(select w.user_id::text from ${caseCoWorkers} w where w.organisation_id = ${cases.organisationId} and w.case_id = ${cases.id} order by w.user_id)`,
};

/** cases joined with what a case view shows; always within the tenant (composite joins). */
export const selectCases = (tx: Tx) => selectCasesWith(tx, {});

/** selectCases with computed columns besides (e.g. the caseload's urgency). */
export const selectCasesWith = <Extra extends Record<string, SQL>>(tx: Tx, extra: Extra) =>
  tx
    .select({ ...caseColumns, ...extra })
    .from(cases)
    .innerJoin(households, tenantJoin(households, cases, 'householdId'))
    .innerJoin(programs, tenantJoin(programs, cases, 'programId'))
    .innerJoin(users, tenantJoin(users, cases, 'primaryWorkerId'));

export type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['execute']>>[number];

export async function findCaseRow(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = selectCases(tx).where(and(eq(cases.organisationId, organisationId), eq(cases.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: cases }) : await query;
  return row;
}

/** Open cases per primary worker: the caseload counted against a program's limit. */
export async function openCaseload(tx: Tx, organisationId: string, workerId: string) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        eq(cases.organisationId, organisationId),
        eq(cases.primaryWorkerId, workerId),
        sql`${cases.closedAt} is null`,
      ),
    );
  return row?.count ?? 0;
}

const caseWhere = (organisationId: string, id: string) =>
  and(eq(cases.organisationId, organisationId), eq(cases.id, id));

/** A move to another stage; closing ends the contact clock, the first plan starts the accompaniment. */
export async function moveCase(
  tx: Tx,
  organisationId: string,
  id: string,
  move: {
    to: (typeof cases.$inferSelect)['stage'];
    closing:
      | {
          reason: NonNullable<(typeof cases.$inferSelect)['closureReason']>;
          fromStage: (typeof cases.$inferSelect)['stage'];
        }
      | undefined;
    startsAccompaniment: boolean;
    /** A re-assessment: the case enters its next round. */
    newRound?: boolean;
  },
) {
  await tx
    .update(cases)
    .set({
      stage: move.to,
      version: sql`${cases.version} + 1`,
      updatedAt: sql`now()`,
      ...(move.closing
        ? {
            closedAt: sql`now()`,
            closureReason: move.closing.reason,
            exitedFromStage: move.closing.fromStage,
            contactDueAt: null,
          }
        : {}),
      ...(move.newRound ? { round: sql`${cases.round} + 1` } : {}),
      ...(move.startsAccompaniment
        ? { accompanimentStartedAt: sql`coalesce(${cases.accompanimentStartedAt}, now())` }
        : {}),
    })
    .where(caseWhere(organisationId, id));
}

/** Changes the case (or nothing more) as a new version. */
export async function bumpCase(tx: Tx, organisationId: string, id: string, set: PgUpdateSetSource<typeof cases> = {}) {
  await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(caseWhere(organisationId, id));
}

/**
 * Reopens a closed case: back to the stage it was closed from (evaluation if unknown), the closure
 * cleared, its contact clock running again. Answers the stage.
 */
export async function reopenCase(tx: Tx, organisationId: string, id: string, set: { contactDueAt: string }) {
  const [row] = await tx
    .update(cases)
    .set({
      stage: sql`coalesce(${cases.exitedFromStage}, 'evaluation')`,
      closedAt: null,
      closureReason: null,
      exitedFromStage: null,
      contactDueAt: set.contactDueAt,
      version: sql`${cases.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(caseWhere(organisationId, id))
    .returning({ stage: cases.stage });
  return row?.stage as string;
}

/** Days after closing during which a case may be reopened (the organisation's setting). */
export async function reopenDays(tx: Tx, organisationId: string) {
  const [row] = await tx
    .select({ days: organisations.caseReopenDays })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.days ?? 90;
}

export async function setReopenDays(tx: Tx, organisationId: string, days: number) {
  await tx
    .update(organisations)
    .set({ caseReopenDays: days, updatedAt: sql`now()` })
    .where(eq(organisations.id, organisationId));
}

/** The contact clock's columns, as a new version; what changed, read back. */
export async function setContactClock(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof cases>,
) {
  const [updated] = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(caseWhere(organisationId, id))
    .returning({
      lastContactAt: cases.lastContactAt,
      contactDueAt: cases.contactDueAt,
      updatedAt: cases.updatedAt,
      version: cases.version,
    });
  return updated;
}

export async function findWorker(tx: Tx, organisationId: string, workerId: string) {
  const [worker] = await tx
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, workerId)));
  return worker;
}

/** Serialises assignments to one worker until the commit. */
export async function lockCaseload(tx: Tx, organisationId: string, workerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`caseload:${organisationId}:${workerId}`}, 0))`);
}

export const activeUsers = (tx: Tx, organisationId: string, ids: string[]) =>
  tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, ids), eq(users.active, true)));

/** Removes every co-worker of the case; who they were. */
export async function removeCoWorkers(tx: Tx, organisationId: string, caseId: string) {
  const removed = await tx
    .delete(caseCoWorkers)
    .where(and(eq(caseCoWorkers.organisationId, organisationId), eq(caseCoWorkers.caseId, caseId)))
    .returning({ userId: caseCoWorkers.userId });
  return removed.map((r) => r.userId);
}

export async function insertCoWorkers(tx: Tx, organisationId: string, caseId: string, userIds: string[]) {
  await tx.insert(caseCoWorkers).values(userIds.map((userId) => ({ organisationId, caseId, userId })));
}

/** The case's timeline, newest first, before an (at, id) cursor (case_events_case_idx serves the keyset). */
export const timelineRows = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  before: readonly [string, string | number] | undefined,
  limit: number,
) =>
  tx
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      kind: caseEvents.kind,
      actorId: caseEvents.actorId,
      actorName: users.displayName,
      summary: caseEvents.summary,
      note: caseEvents.note,
    })
    .from(caseEvents)
    .leftJoin(users, tenantJoin(users, caseEvents, 'actorId'))
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        eq(caseEvents.caseId, caseId),
        before
          ? sql`(${caseEvents.at}, ${caseEvents.id}) < (${before[0]}::timestamptz, ${before[1]}::bigint)`
          : undefined,
      ),
    )
    .orderBy(desc(caseEvents.at), desc(caseEvents.id))
    .limit(limit);

export async function isCoWorker(tx: Tx, organisationId: string, caseId: string, userId: string) {
  const [coWorker] = await tx
    .select({ userId: caseCoWorkers.userId })
    .from(caseCoWorkers)
    .where(
      and(
        eq(caseCoWorkers.organisationId, organisationId),
        eq(caseCoWorkers.caseId, caseId),
        eq(caseCoWorkers.userId, userId),
      ),
    );
  return !!coWorker;
}

/* ---------- The case list and the caseload ---------- */

/**
 * Cases the user works on (primary or co-worker). Written as an id list from two indexed lookups:
 * an OR across the two would make PostgreSQL scan every case of the organisation (docs/benchmarks.md).
 */
function onCase(organisationId: string, userId: string) {
  return sql`${cases.id} in (
    select c.id from ${cases} c where c.organisation_id = ${organisationId} and c.primary_worker_id = ${userId}
    union all
    select w.case_id from ${caseCoWorkers} w where w.organisation_id = ${organisationId} and w.user_id = ${userId})`;
}

export type CaseFilters = Omit<CaseListQuery, 'cursor' | 'limit' | 'sort'>;

/**
 * What the case list (and its export) holds: the organisation's cases with the query's filters, only
 * those `visibleTo` works on when it names a user (a case worker; undefined: all of them).
 */
function caseListFilters(organisationId: string, visibleTo: string | undefined, query: CaseFilters) {
  const org = organisationId;
  const filters: (SQL | undefined)[] = [eq(cases.organisationId, org)];
  if (visibleTo) filters.push(onCase(org, visibleTo));
  if (query.stage) filters.push(eq(cases.stage, query.stage));
  if (query.programId) filters.push(eq(cases.programId, query.programId));
  if (query.householdId) filters.push(eq(cases.householdId, query.householdId));
  if (query.siteId) filters.push(eq(households.siteId, query.siteId));
  if (query.workerId) filters.push(onCase(org, query.workerId));
  if (query.open !== undefined) filters.push(query.open ? isNull(cases.closedAt) : sql`${cases.closedAt} is not null`);
  if (query.overdue !== undefined) {
    filters.push(
      query.overdue
        ? sql`${cases.contactDueAt} < now()`
        : sql`(${cases.contactDueAt} is null or ${cases.contactDueAt} >= now())`,
    );
  }
  if (query.updatedSince) filters.push(sql`${cases.updatedAt} >= ${query.updatedSince}`);
  return filters;
}

/** The case list's rows as one query (the export counts it). */
export const caseList = (tx: Tx, organisationId: string, visibleTo: string | undefined, query: CaseFilters) =>
  selectCases(tx).where(and(...caseListFilters(organisationId, visibleTo, query)));

/** A page of the case list, after the (sort value, id) of the last row shown. */
export function listCaseRows(
  tx: Tx,
  organisationId: string,
  visibleTo: string | undefined,
  query: CaseFilters,
  sort: 'due' | 'opened' | 'updated',
  after: [string, string] | undefined,
  limit: number,
) {
  const filters = caseListFilters(organisationId, visibleTo, query);
  // Sort key: (value, id); nulls (closed cases have no due date) sort last via a sentinel.
  const sortColumn = { due: cases.contactDueAt, opened: cases.openedAt, updated: cases.updatedAt }[sort];
  // Opened and updated are never null; a due date is (closed cases): it sorts last, as
  // cases_org_due_sort_idx has it, so that every order is served by an index.
  const sortExpr = sort === 'due' ? sql`coalesce(${sortColumn}, 'infinity'::timestamptz)` : sql`${sortColumn}`;
  if (after) {
    const [value, id] = after;
    filters.push(sql`(${sortExpr}, ${cases.id}) > (${value}::timestamptz, ${id}::uuid)`);
  }
  return selectCases(tx)
    .where(and(...filters))
    .orderBy(asc(sortExpr), asc(cases.id))
    .limit(limit + 1);
}

/** The caseload's urgency tiers, as the list shows them: overdue, then awaiting an action, then the rest. */
export const TIER = { overdue: 0, actionPending: 1, calm: 2 } as const;

/**
 * A page of the worker's open caseload by urgency (tier), due date (none last), id. The tier is computed
 * at `now`: overdue, then awaiting an action (evaluation, a planned contact before `soon`, a missing
 * assessment), then the rest.
 */
export function caseloadRows(
  tx: Tx,
  organisationId: string,
  workerId: string,
  options: {
    stage?: CaseStage | undefined;
    now: Date;
    soon: Date;
    after?: [number, string, string] | undefined;
    limit: number;
  },
) {
  const { now, soon, after } = options;
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const soonSql = sql`${soon.toISOString()}::timestamptz`;
  const assessmentMissing = sql<boolean>`(${cases.stage} = 'assessment' and not exists (
    select 1 from ${assessments} a where a.organisation_id = ${cases.organisationId} and a.case_id = ${cases.id}))`;
  // The tiers are literals, not parameters: the statement then reads as it runs (and EXPLAINs alike).
  const tier = sql<number>`(case
    when ${cases.contactDueAt} < ${nowSql} then ${sql.raw(String(TIER.overdue))}
    when ${cases.stage} = 'evaluation' or ${cases.nextPlannedContactAt} <= ${soonSql} or ${assessmentMissing}
      then ${sql.raw(String(TIER.actionPending))}
    else ${sql.raw(String(TIER.calm))} end)`;
  const due = sql`coalesce(${cases.contactDueAt}, 'infinity'::timestamptz)`;
  // In the same statement, an index probe per case (objectives_open_due_idx): no second query.
  const nextObjectiveDueOn = sql<string | null>`(select min(o.due_on)::text from ${objectives} o
    where o.organisation_id = ${cases.organisationId} and o.case_id = ${cases.id} and o.status in ('open', 'partly'))`;
  return selectCasesWith(tx, { tier, assessmentMissing, nextObjectiveDueOn })
    .where(
      and(
        eq(cases.organisationId, organisationId),
        isNull(cases.closedAt),
        onCase(organisationId, workerId),
        options.stage ? eq(cases.stage, options.stage) : undefined,
        after
          ? sql`(${tier}, ${due}, ${cases.id}) > (${after[0]}::int, ${after[1]}::timestamptz, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(tier), asc(due), asc(cases.id))
    .limit(options.limit + 1);
}
