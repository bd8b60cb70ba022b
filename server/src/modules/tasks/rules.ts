import {
  CONSENT_EXPIRY_NOTICE_DAYS,
  daysAfter,
  OBJECTIVE_DUE_NOTICE_DAYS,
  PERMISSIONS,
  type TaskRuleKind,
} from '@percee/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../../db/client.js';
import { inTenant } from '../../db/tenant.js';
import * as repo from './repo.js';

/*
 * Tasks kept by the rules the product already knows (issue 18.4, decision 18). Each rule answers,
 * for one organisation and one instant, the tasks that should be open now; each names its task by a
 * key (rule, subject, episode, owner). Keeping them is idempotent: a key already known is left as it
 * is (open, or closed by its owner), a new one is added, and a rule's open task whose key it no longer
 * answers is closed automatically: the condition ended (a contact was logged, the case moved on, the
 * breakthrough was decided, the case went to another worker). A new episode (the next overdue period,
 * the next evaluation) is a new key, so a task closed by hand does not come back for the same one.
 *
 * Adding a rule is one entry in TASK_RULES, its candidates' query in repo.ts and its
 * kind in shared/src/tasks.ts.
 */

export type RuleTask = repo.RuleTaskRow;

export interface TaskRule {
  kind: TaskRuleKind;
  tasks(tx: Tx, organisationId: string, now: Date): Promise<RuleTask[]>;
}

const iso = (value: string | Date) => new Date(value).toISOString();

const keyed = (kind: TaskRuleKind, rows: repo.RuleCandidate[]): RuleTask[] =>
  rows.map((row) => ({
    key: [kind, row.subject, row.episode ?? '', row.owner_id].join(':'),
    ownerId: row.owner_id,
    caseId: row.case_id,
    dueAt: iso(row.due_at),
  }));

/** Who signs breakthroughs off: the roles holding `breakthrough.approve` (shared/permissions.ts). */
const APPROVERS = PERMISSIONS['breakthrough.approve'] as readonly string[];

/** Each rule: its kind and its candidates' query in repo.ts. */
export const TASK_RULES: readonly TaskRule[] = [
  {
    // The shared overdue rule (shared/casework.ts isOverdue): the contact was due before now. The
    // due time is the episode: a contact logged moves it, ending this task.
    kind: 'contact_overdue',
    tasks: async (tx, organisationId, now) =>
      keyed('contact_overdue', await repo.overdueContactCandidates(tx, organisationId, now)),
  },
  {
    // A case in the evaluation stage; the episode is the move that brought it there (re-assessment
    // loops evaluate again).
    kind: 'evaluation_due',
    tasks: async (tx, organisationId) =>
      keyed('evaluation_due', await repo.evaluationDueCandidates(tx, organisationId)),
  },
  {
    // A consent of the household ending within the notice period, for each open case's worker.
    kind: 'consent_expiring',
    tasks: async (tx, organisationId, now) =>
      keyed(
        'consent_expiring',
        await repo.expiringConsentCandidates(tx, organisationId, now, daysAfter(now, CONSENT_EXPIRY_NOTICE_DAYS)),
      ),
  },
  {
    // A case opened from a referral and given to a worker: the first contact, until it is logged.
    kind: 'referral_assigned',
    tasks: async (tx, organisationId) =>
      keyed('referral_assigned', await repo.referralAssignedCandidates(tx, organisationId)),
  },
  {
    // A breakthrough waiting for a sign-off: a task for each active coordinator, until one decides.
    kind: 'breakthrough_signoff',
    tasks: async (tx, organisationId) =>
      keyed('breakthrough_signoff', await repo.breakthroughSignoffCandidates(tx, organisationId, APPROVERS)),
  },
  {
    // Signed off: its author starts it (the notification told them; this task stays until it starts).
    kind: 'breakthrough_approved',
    tasks: async (tx, organisationId) =>
      keyed('breakthrough_approved', await repo.approvedBreakthroughCandidates(tx, organisationId)),
  },
  {
    // An open or partly reached objective of an open case due within the notice period (or past due),
    // for the case's worker; the due date is the episode (a new date agreed is a new task). Evaluating
    // it, or closing the case, ends the task.
    kind: 'objective_due',
    tasks: async (tx, organisationId, now) =>
      keyed(
        'objective_due',
        await repo.objectiveDueCandidates(
          tx,
          organisationId,
          daysAfter(now, OBJECTIVE_DUE_NOTICE_DAYS).toISOString().slice(0, 10),
          OBJECTIVE_DUE_NOTICE_DAYS,
        ),
      ),
  },
];

/** Keeps one organisation's rule tasks, in its tenant transaction; returns what changed. */
export async function keepRuleTasks(tx: Tx, organisationId: string, now = new Date(), rules = TASK_RULES) {
  let opened = 0;
  let closed = 0;
  for (const rule of rules) {
    const wanted = await rule.tasks(tx, organisationId, now);
    opened += await repo.insertRuleTasks(tx, organisationId, rule.kind, wanted);
    closed += await repo.closeEndedRuleTasks(
      tx,
      organisationId,
      rule.kind,
      wanted.map((task) => task.key),
      now,
    );
  }
  return { opened, closed };
}

/** The `task-rules` job: each organisation in its own tenant transaction. Logs counts only. */
export async function runTaskRules(
  db: Db,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  now = new Date(),
  only?: string[],
) {
  let opened = 0;
  let closed = 0;
  const ids = only ?? (await repo.listOrganisationIds(db));
  for (const organisationId of ids) {
    try {
      const result = await inTenant(db, { organisationId }, (tx) => keepRuleTasks(tx, organisationId, now));
      opened += result.opened;
      closed += result.closed;
    } catch (error) {
      log.warn({ err: error, organisationId }, 'task rules failed for an organisation');
    }
  }
  if (opened + closed > 0) log.info({ opened, closed }, 'task rules kept');
  return { organisations: ids.length, opened, closed };
}
