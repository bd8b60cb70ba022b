import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseCoWorkers, cases, households, programs, users } from '../../db/schema.js';

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
    .innerJoin(
      households,
      and(eq(households.organisationId, cases.organisationId), eq(households.id, cases.householdId)),
    )
    .innerJoin(programs, and(eq(programs.organisationId, cases.organisationId), eq(programs.id, cases.programId)))
    .innerJoin(users, and(eq(users.organisationId, cases.organisationId), eq(users.id, cases.primaryWorkerId)));

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
