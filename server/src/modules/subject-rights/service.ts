import type { PersonExport } from '@percee/shared';
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
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
  organisations,
  persons,
  referrals,
} from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit } from '../../plugins/audit.js';
import { householdAppointments } from '../appointments/index.js';

/**
 * Every table the export reads. `subject-rights.test.ts` checks, from the database catalogue, that
 * each table referencing a household, a person or anything hanging off them is in this list: a new
 * table cannot hold someone's data without the export knowing.
 */
export const EXPORTED_TABLES = [
  'persons',
  'households',
  'household_problems',
  'referrals',
  'cases',
  'case_co_workers',
  'case_events',
  'contacts',
  'assessments',
  'assessment_scores',
  'aid_grants',
  'inquiries',
  'breakthrough_plans',
  'breakthrough_plan_versions',
  'breakthroughs',
  'breakthrough_scenario_lines',
  'legal_holds',
  'consents',
  'case_involvements',
  'audit_log',
  'appointments',
  'outbox_messages',
] as const;

const byCase = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/**
 * Everything held about a person (GDPR art. 15 and 20); the export is audited. Coordinators only: the
 * export is the whole file, and admins do not read file content.
 */
export async function exportPerson(tx: Tx, actor: Actor, personId: string): Promise<PersonExport> {
  if (actor.role !== 'coordinator') throw forbidden('Only coordinators export a person’s data');
  const org = actor.organisationId;
  const [person] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.organisationId, org), eq(persons.id, personId)));
  if (!person) throw notFound('Person');
  const householdId = person.householdId;
  const [household] = await tx
    .select()
    .from(households)
    .where(and(eq(households.organisationId, org), eq(households.id, householdId)));
  if (!household) throw notFound('Person');
  const [organisation] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, org));
  const members = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.organisationId, org), eq(persons.householdId, householdId)));
  const problems = await tx
    .select()
    .from(householdProblems)
    .where(and(eq(householdProblems.organisationId, org), eq(householdProblems.householdId, householdId)));
  const referralRows = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.organisationId, org), eq(referrals.householdId, householdId)))
    .orderBy(asc(referrals.receivedAt));
  const caseRows = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.organisationId, org), eq(cases.householdId, householdId)))
    .orderBy(asc(cases.openedAt));
  const caseIds = caseRows.map((row) => row.id);
  const referralIds = referralRows.map((row) => row.id);
  const none = caseIds.length === 0;
  const coWorkers = none
    ? []
    : await tx
        .select()
        .from(caseCoWorkers)
        .where(and(eq(caseCoWorkers.organisationId, org), inArray(caseCoWorkers.caseId, caseIds)));
  const timeline = none
    ? []
    : await tx
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.organisationId, org), inArray(caseEvents.caseId, caseIds)))
        .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  const contactRows = none
    ? []
    : await tx
        .select()
        .from(contacts)
        .where(and(eq(contacts.organisationId, org), inArray(contacts.caseId, caseIds)))
        .orderBy(asc(contacts.occurredAt));
  const assessmentRows = none
    ? []
    : await tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.organisationId, org), inArray(assessments.caseId, caseIds)))
        .orderBy(asc(assessments.assessedAt));
  const scoreRows =
    assessmentRows.length === 0
      ? []
      : await tx
          .select()
          .from(assessmentScores)
          .where(
            and(
              eq(assessmentScores.organisationId, org),
              inArray(
                assessmentScores.assessmentId,
                assessmentRows.map((row) => row.id),
              ),
            ),
          );
  const aidRows = none
    ? []
    : await tx
        .select()
        .from(aidGrants)
        .where(and(eq(aidGrants.organisationId, org), inArray(aidGrants.caseId, caseIds)))
        .orderBy(asc(aidGrants.grantedOn));
  const planRows = none
    ? []
    : await tx
        .select()
        .from(breakthroughPlans)
        .where(and(eq(breakthroughPlans.organisationId, org), inArray(breakthroughPlans.caseId, caseIds)));
  const versionRows =
    planRows.length === 0
      ? []
      : await tx
          .select()
          .from(breakthroughPlanVersions)
          .where(
            and(
              eq(breakthroughPlanVersions.organisationId, org),
              inArray(
                breakthroughPlanVersions.planId,
                planRows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(breakthroughPlanVersions.version));
  const breakthroughRows = none
    ? []
    : await tx
        .select()
        .from(breakthroughs)
        .where(and(eq(breakthroughs.organisationId, org), inArray(breakthroughs.caseId, caseIds)))
        .orderBy(asc(breakthroughs.proposedAt));
  const lineRows =
    breakthroughRows.length === 0
      ? []
      : await tx
          .select()
          .from(breakthroughScenarioLines)
          .where(
            and(
              eq(breakthroughScenarioLines.organisationId, org),
              inArray(
                breakthroughScenarioLines.breakthroughId,
                breakthroughRows.map((row) => row.id),
              ),
            ),
          );
  const inquiryRows =
    referralIds.length === 0
      ? []
      : await tx
          .select()
          .from(inquiries)
          .where(and(eq(inquiries.organisationId, org), inArray(inquiries.referralId, referralIds)))
          .orderBy(asc(inquiries.receivedAt));
  const holdRows = await tx
    .select()
    .from(legalHolds)
    .where(and(eq(legalHolds.organisationId, org), eq(legalHolds.householdId, householdId)))
    .orderBy(asc(legalHolds.placedAt));

  const consentRows = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.organisationId, org), eq(consents.personId, personId)))
    .orderBy(asc(consents.grantedAt), asc(consents.id));
  const involvementRows = none
    ? []
    : await tx
        .select()
        .from(caseInvolvements)
        .where(and(eq(caseInvolvements.organisationId, org), inArray(caseInvolvements.caseId, caseIds)))
        .orderBy(asc(caseInvolvements.startedAt), asc(caseInvolvements.id));

  // The file's history: every recorded read and change of the household, this person, the cases,
  // referrals and what hangs off them.
  const entity = (type: string, ids: string[]): SQL | undefined =>
    ids.length === 0 ? undefined : and(eq(auditLog.entityType, type), inArray(auditLog.entityId, ids));
  const auditRows = await tx
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, org),
        or(
          entity('household', [householdId]),
          entity('person', [personId]),
          entity('case', caseIds),
          entity('referral', referralIds),
          entity(
            'contact',
            contactRows.map((row) => row.id),
          ),
          entity(
            'assessment',
            assessmentRows.map((row) => row.id),
          ),
          entity(
            'aid',
            aidRows.map((row) => row.id),
          ),
          entity(
            'inquiry',
            inquiryRows.map((row) => row.id),
          ),
          entity(
            'breakthrough_plan',
            planRows.map((row) => row.id),
          ),
          entity(
            'breakthrough',
            breakthroughRows.map((row) => row.id),
          ),
          entity(
            'consent',
            consentRows.map((row) => row.id),
          ),
        ),
      ),
    )
    .orderBy(asc(auditLog.occurredAt), asc(auditLog.id));

  const agenda = await householdAppointments(tx, org, householdId);
  const { searchText: _search, addressKey: _key, ...householdFields } = household;
  const { nameKey: _name, ...personFields } = person;
  const timelines = byCase(timeline, (row) => row.caseId);
  const contactsBy = byCase(contactRows, (row) => row.caseId);
  const assessmentsBy = byCase(assessmentRows, (row) => row.caseId);
  const scoresBy = byCase(scoreRows, (row) => row.assessmentId);
  const aidBy = byCase(aidRows, (row) => row.caseId);
  const versionsBy = byCase(versionRows, (row) => row.planId);
  const breakthroughsBy = byCase(breakthroughRows, (row) => row.caseId);
  const linesBy = byCase(lineRows, (row) => row.breakthroughId);
  const coWorkersBy = byCase(coWorkers, (row) => row.caseId);
  const involvementsBy = byCase(involvementRows, (row) => row.caseId);

  const result: PersonExport = {
    exportedAt: new Date().toISOString(),
    organisation: organisation ?? { id: org, name: '' },
    person: personFields,
    household: householdFields,
    otherMembers: members.length - 1,
    householdProblems: problems,
    referrals: referralRows,
    cases: caseRows.map((row) => {
      const plan = planRows.find((p) => p.caseId === row.id) ?? null;
      return {
        case: { ...row, coWorkerIds: (coWorkersBy.get(row.id) ?? []).map((c) => c.userId) },
        timeline: timelines.get(row.id) ?? [],
        contacts: contactsBy.get(row.id) ?? [],
        assessments: (assessmentsBy.get(row.id) ?? []).map((assessment) => ({
          assessment,
          scores: scoresBy.get(assessment.id) ?? [],
        })),
        aid: aidBy.get(row.id) ?? [],
        plan,
        planVersions: plan ? (versionsBy.get(plan.id) ?? []) : [],
        breakthroughs: (breakthroughsBy.get(row.id) ?? []).map((breakthrough) => ({
          breakthrough,
          scenarioLines: linesBy.get(breakthrough.id) ?? [],
        })),
        involvements: involvementsBy.get(row.id) ?? [],
      };
    }),
    inquiries: inquiryRows,
    legalHolds: holdRows,
    appointments: agenda.appointments,
    reminderMessages: agenda.reminderMessages,
    consents: consentRows,
    audit: auditRows,
  };
  await audit(tx, actor, {
    action: 'person.export',
    entityType: 'person',
    entityId: personId,
    changes: { householdId, cases: caseIds.length, auditEntries: auditRows.length },
  });
  return result;
}
