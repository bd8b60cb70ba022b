import type { PersonExport } from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit } from '../../platform/audit.js';
import { householdAppointments } from '../appointments/index.js';
import * as repo from './repo.js';

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
  'partner_updates',
  'audit_log',
  'appointments',
  'outbox_messages',
  'objectives',
  'objective_evaluations',
  'objective_outcomes',
  'tasks',
  'notifications',
  'record_revisions',
] as const;

const byCase = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * Everything held about a person (GDPR art. 15 and 20); the export is audited. Coordinators only: the
 * export is the whole file, and admins do not read file content.
 */
export async function exportPerson(tx: Tx, actor: Actor, personId: string): Promise<PersonExport> {
  if (!can(actor.role, 'subjectData.export')) throw forbidden('Only coordinators export a person’s data');
  const org = actor.organisationId;
  const person = await repo.findPerson(tx, org, personId);
  if (!person) throw notFound('Person');
  const householdId = person.householdId;
  const household = await repo.findHousehold(tx, org, householdId);
  if (!household) throw notFound('Person');
  const organisation = await repo.findOrganisation(tx, org);
  const members = await repo.householdMembers(tx, org, householdId);
  const problems = await repo.householdProblemsOf(tx, org, householdId);
  const referralRows = await repo.referralsOf(tx, org, householdId);
  const caseRows = await repo.casesOf(tx, org, householdId);
  const caseIds = caseRows.map((row) => row.id);
  const referralIds = referralRows.map((row) => row.id);
  const coWorkers = await repo.coWorkersOf(tx, org, caseIds);
  const timeline = await repo.timelinesOf(tx, org, caseIds);
  const contactRows = await repo.contactsOf(tx, org, caseIds);
  const assessmentRows = await repo.assessmentsOf(tx, org, caseIds);
  const scoreRows = await repo.scoresOf(tx, org, ids(assessmentRows));
  const aidRows = await repo.aidOf(tx, org, caseIds);
  const objectiveRows = await repo.objectivesOf(tx, org, caseIds);
  const evaluationRows = await repo.objectiveEvaluationsOf(tx, org, caseIds);
  const outcomeRows = await repo.objectiveOutcomesOf(tx, org, ids(evaluationRows));
  const planRows = await repo.plansOf(tx, org, caseIds);
  const versionRows = await repo.planVersionsOf(tx, org, ids(planRows));
  const breakthroughRows = await repo.breakthroughsOf(tx, org, caseIds);
  const lineRows = await repo.scenarioLinesOf(tx, org, ids(breakthroughRows));
  const inquiryRows = await repo.inquiriesOf(tx, org, referralIds);
  const holdRows = await repo.legalHoldsOf(tx, org, householdId);
  const consentRows = await repo.consentsOf(tx, org, personId);
  const involvementRows = await repo.involvementsOf(tx, org, caseIds);
  const partnerUpdateRows = await repo.partnerUpdatesOf(tx, org, caseIds);
  const taskRows = await repo.tasksOf(tx, org, caseIds);
  const notificationRows = await repo.notificationsOf(tx, org, caseIds);
  const agenda = await householdAppointments(tx, org, householdId);
  const revisionRows = await repo.revisionsOf(tx, org, {
    contact: ids(contactRows),
    aid: ids(aidRows),
    appointment: ids(agenda.appointments),
  });

  // The file's history: every recorded read and change of the household, this person, the cases,
  // referrals and what hangs off them.
  const auditRows = await repo.auditOf(tx, org, {
    household: [householdId],
    person: [personId],
    case: caseIds,
    referral: referralIds,
    contact: ids(contactRows),
    assessment: ids(assessmentRows),
    aid: ids(aidRows),
    objective: ids(objectiveRows),
    objective_evaluation: ids(evaluationRows),
    inquiry: ids(inquiryRows),
    breakthrough_plan: ids(planRows),
    breakthrough: ids(breakthroughRows),
    consent: ids(consentRows),
    appointment: ids(agenda.appointments),
    task: ids(taskRows),
  });

  const { searchText: _search, addressKey: _key, ...householdFields } = household;
  const { nameKey: _name, ...personFields } = person;
  const timelines = byCase(timeline, (row) => row.caseId);
  const contactsBy = byCase(contactRows, (row) => row.caseId);
  const assessmentsBy = byCase(assessmentRows, (row) => row.caseId);
  const scoresBy = byCase(scoreRows, (row) => row.assessmentId);
  const aidBy = byCase(aidRows, (row) => row.caseId);
  const objectivesBy = byCase(objectiveRows, (row) => row.caseId);
  const evaluationsBy = byCase(evaluationRows, (row) => row.caseId);
  const outcomesBy = byCase(outcomeRows, (row) => row.evaluationId);
  const versionsBy = byCase(versionRows, (row) => row.planId);
  const breakthroughsBy = byCase(breakthroughRows, (row) => row.caseId);
  const linesBy = byCase(lineRows, (row) => row.breakthroughId);
  const coWorkersBy = byCase(coWorkers, (row) => row.caseId);
  const involvementsBy = byCase(involvementRows, (row) => row.caseId);
  const partnerUpdatesBy = byCase(partnerUpdateRows, (row) => row.caseId);
  const tasksBy = byCase(taskRows, (row) => row.caseId as string);
  const notificationsBy = byCase(notificationRows, (row) => row.caseId as string);

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
        objectives: objectivesBy.get(row.id) ?? [],
        objectiveEvaluations: (evaluationsBy.get(row.id) ?? []).map((evaluation) => ({
          evaluation,
          outcomes: outcomesBy.get(evaluation.id) ?? [],
        })),
        plan,
        planVersions: plan ? (versionsBy.get(plan.id) ?? []) : [],
        breakthroughs: (breakthroughsBy.get(row.id) ?? []).map((breakthrough) => ({
          breakthrough,
          scenarioLines: linesBy.get(breakthrough.id) ?? [],
        })),
        involvements: involvementsBy.get(row.id) ?? [],
        partnerUpdates: partnerUpdatesBy.get(row.id) ?? [],
        tasks: tasksBy.get(row.id) ?? [],
        notifications: notificationsBy.get(row.id) ?? [],
      };
    }),
    inquiries: inquiryRows,
    legalHolds: holdRows,
    appointments: agenda.appointments,
    reminderMessages: agenda.reminderMessages,
    revisions: revisionRows,
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
