import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  aidGrants,
  assessmentScores,
  assessments,
  auditLog,
  breakthroughPlans,
  breakthroughPlanVersions,
  breakthroughScenarioLines,
  breakthroughs,
  caseCoWorkers,
  caseEvents,
  caseInvolvements,
  cases,
  consents,
  contacts,
  householdProblems,
  households,
  inquiries,
  legalHolds,
  notifications,
  objectiveEvaluations,
  objectiveOutcomes,
  objectives,
  organisations,
  partnerUpdates,
  persons,
  recordRevisions,
  referrals,
  tasks,
} from '../../db/schema.js';

type TenantTable = PgTable & { organisationId: AnyPgColumn };

/**
 * Every row of `table` in the organisation whose `column` is one of `ids`, in `order`: the export reads
 * each table of the file this way. No ids, no query.
 */
async function rowsFor<T extends TenantTable>(
  tx: Tx,
  table: T,
  organisationId: string,
  column: AnyPgColumn,
  ids: string[],
  ...order: AnyPgColumn[]
): Promise<T['$inferSelect'][]> {
  if (ids.length === 0) return [];
  // drizzle cannot infer a select over a generic table; the rows are the table's own.
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.organisationId, organisationId), inArray(column, ids)))
    .orderBy(...order.map((by) => asc(by)));
  return rows as T['$inferSelect'][];
}

export async function findPerson(tx: Tx, organisationId: string, personId: string) {
  const [person] = await rowsFor(tx, persons, organisationId, persons.id, [personId]);
  return person;
}

export async function findHousehold(tx: Tx, organisationId: string, householdId: string) {
  const [household] = await rowsFor(tx, households, organisationId, households.id, [householdId]);
  return household;
}

export async function findOrganisation(tx: Tx, organisationId: string) {
  const [organisation] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return organisation;
}

export const householdMembers = (tx: Tx, org: string, householdId: string) =>
  tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.organisationId, org), eq(persons.householdId, householdId)));

export const householdProblemsOf = (tx: Tx, org: string, householdId: string) =>
  rowsFor(tx, householdProblems, org, householdProblems.householdId, [householdId]);

export const referralsOf = (tx: Tx, org: string, householdId: string) =>
  rowsFor(tx, referrals, org, referrals.householdId, [householdId], referrals.receivedAt);

export const casesOf = (tx: Tx, org: string, householdId: string) =>
  rowsFor(tx, cases, org, cases.householdId, [householdId], cases.openedAt);

export const coWorkersOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, caseCoWorkers, org, caseCoWorkers.caseId, caseIds);

export const timelinesOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, caseEvents, org, caseEvents.caseId, caseIds, caseEvents.at, caseEvents.id);

export const contactsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, contacts, org, contacts.caseId, caseIds, contacts.occurredAt);

export const assessmentsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, assessments, org, assessments.caseId, caseIds, assessments.assessedAt);

export const scoresOf = (tx: Tx, org: string, assessmentIds: string[]) =>
  rowsFor(tx, assessmentScores, org, assessmentScores.assessmentId, assessmentIds);

export const aidOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, aidGrants, org, aidGrants.caseId, caseIds, aidGrants.grantedOn);

export const objectivesOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, objectives, org, objectives.caseId, caseIds, objectives.createdAt, objectives.id);

export const objectiveEvaluationsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, objectiveEvaluations, org, objectiveEvaluations.caseId, caseIds, objectiveEvaluations.evaluatedAt);

export const objectiveOutcomesOf = (tx: Tx, org: string, evaluationIds: string[]) =>
  rowsFor(tx, objectiveOutcomes, org, objectiveOutcomes.evaluationId, evaluationIds);

export const plansOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, breakthroughPlans, org, breakthroughPlans.caseId, caseIds);

export const planVersionsOf = (tx: Tx, org: string, planIds: string[]) =>
  rowsFor(
    tx,
    breakthroughPlanVersions,
    org,
    breakthroughPlanVersions.planId,
    planIds,
    breakthroughPlanVersions.version,
  );

export const breakthroughsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, breakthroughs, org, breakthroughs.caseId, caseIds, breakthroughs.proposedAt);

export const scenarioLinesOf = (tx: Tx, org: string, breakthroughIds: string[]) =>
  rowsFor(tx, breakthroughScenarioLines, org, breakthroughScenarioLines.breakthroughId, breakthroughIds);

export const inquiriesOf = (tx: Tx, org: string, referralIds: string[]) =>
  rowsFor(tx, inquiries, org, inquiries.referralId, referralIds, inquiries.receivedAt);

export const legalHoldsOf = (tx: Tx, org: string, householdId: string) =>
  rowsFor(tx, legalHolds, org, legalHolds.householdId, [householdId], legalHolds.placedAt);

export const consentsOf = (tx: Tx, org: string, personId: string) =>
  rowsFor(tx, consents, org, consents.personId, [personId], consents.grantedAt, consents.id);

export const involvementsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, caseInvolvements, org, caseInvolvements.caseId, caseIds, caseInvolvements.startedAt, caseInvolvements.id);

export const partnerUpdatesOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, partnerUpdates, org, partnerUpdates.caseId, caseIds, partnerUpdates.createdAt, partnerUpdates.id);

export const tasksOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, tasks, org, tasks.caseId, caseIds, tasks.dueAt, tasks.id);

/** In-app notifications about the cases (ids and a kind: a case given to a worker, a sign-off, ...). */
export const notificationsOf = (tx: Tx, org: string, caseIds: string[]) =>
  rowsFor(tx, notifications, org, notifications.caseId, caseIds, notifications.createdAt, notifications.id);

/**
 * Earlier versions of the file's corrected or voided records (decision 19), by the records' own ids:
 * an appointment alone with the household or with a partner has no case.
 */
export async function revisionsOf(tx: Tx, org: string, entities: Record<'contact' | 'aid' | 'appointment', string[]>) {
  const about = Object.entries(entities).map(([type, ids]): SQL | undefined =>
    ids.length === 0
      ? undefined
      : and(eq(recordRevisions.entityType, type as keyof typeof entities), inArray(recordRevisions.entityId, ids)),
  );
  if (about.every((condition) => condition === undefined)) return [];
  return tx
    .select()
    .from(recordRevisions)
    .where(and(eq(recordRevisions.organisationId, org), or(...about)))
    .orderBy(asc(recordRevisions.at), asc(recordRevisions.id));
}

/** The audit entries about any of these entities, by entity type (types without ids are left out). */
export function auditOf(tx: Tx, org: string, entities: Record<string, string[]>) {
  const about = Object.entries(entities).map(([type, ids]): SQL | undefined =>
    ids.length === 0 ? undefined : and(eq(auditLog.entityType, type), inArray(auditLog.entityId, ids)),
  );
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.organisationId, org), or(...about)))
    .orderBy(asc(auditLog.occurredAt), asc(auditLog.id));
}
