import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { caseCoWorkers, caseEvents, cases, households, organisations, programs, users } from '../../db/schema.js';
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
