import { CONSENT_EXPIRY_NOTICE_DAYS, daysAfter, PERMISSIONS, type TaskRuleKind } from '@percee/shared';
import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../../db/client.js';
import { breakthroughs, caseEvents, cases, consents, organisations, users } from '../../db/schema.js';
import { APP_ROLE, inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';
import { tasks } from './tables.js';

/*
 * Tasks kept by the rules the product already knows (issue 18.4, decision 18). Each rule answers,
 * for one organisation and one instant, the tasks that should be open now; each names its task by a
 * key (rule, subject, episode, owner). Keeping them is idempotent: a key already known is left as it
 * is (open, or closed by its owner), a new one is added, and a rule's open task whose key it no longer
 * answers is closed automatically: the condition ended (a contact was logged, the case moved on, the
 * breakthrough was decided, the case went to another worker). A new episode (the next overdue period,
 * the next evaluation) is a new key, so a task closed by hand does not come back for the same one.
 *
 * Adding a rule (e.g. "objective due") is one entry in TASK_RULES and its kind in shared/src/tasks.ts.
 */

export interface RuleTask {
  key: string;
  ownerId: string;
  caseId: string | null;
  dueAt: string;
}

export interface TaskRule {
  kind: TaskRuleKind;
  tasks(tx: Tx, organisationId: string, now: Date): Promise<RuleTask[]>;
}

const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;
const iso = (value: string | Date) => new Date(value).toISOString();

type Row = { subject: string; owner_id: string; case_id: string | null; due_at: string | Date; episode: string | null };
const keyed = (kind: TaskRuleKind, rows: Row[]): RuleTask[] =>
  rows.map((row) => ({
    key: [kind, row.subject, row.episode ?? '', row.owner_id].join(':'),
    ownerId: row.owner_id,
    caseId: row.case_id,
    dueAt: iso(row.due_at),
  }));

/** Who signs breakthroughs off: the roles holding `breakthrough.approve` (shared/permissions.ts). */
const APPROVERS = PERMISSIONS['breakthrough.approve'] as readonly string[];

export const TASK_RULES: readonly TaskRule[] = [
  {
    // The shared overdue rule (shared/casework.ts isOverdue): the contact was due before now. The
    // due time is the episode: a contact logged moves it, ending this task.
    kind: 'contact_overdue',
    tasks: async (tx, organisationId, now) =>
      keyed(
        'contact_overdue',
        await rowsOf<Row>(
          tx,
          sql`select id as subject, primary_worker_id as owner_id, id as case_id, contact_due_at as due_at,
                     to_char(contact_due_at at time zone 'UTC', 'YYYYMMDDHH24MISSMS') as episode
              from ${cases}
              where organisation_id = ${organisationId} and closed_at is null and contact_due_at < ${at(now)}`,
        ),
      ),
  },
  {
    // A case in the evaluation stage; the episode is the move that brought it there (re-assessment
    // loops evaluate again).
    kind: 'evaluation_due',
    tasks: async (tx, organisationId) =>
      keyed(
        'evaluation_due',
        await rowsOf<Row>(
          tx,
          sql`select c.id as subject, c.primary_worker_id as owner_id, c.id as case_id,
                     coalesce(e.at, c.updated_at) as due_at, e.id::text as episode
              from ${cases} c
              left join lateral (
                select ev.id, ev.at from ${caseEvents} ev
                where ev.organisation_id = c.organisation_id and ev.case_id = c.id and ev.kind = 'stage_change'
                order by ev.at desc, ev.id desc limit 1) e on true
              where c.organisation_id = ${organisationId} and c.closed_at is null and c.stage = 'evaluation'`,
        ),
      ),
  },
  {
    // A consent of the household ending within the notice period, for each open case's worker.
    kind: 'consent_expiring',
    tasks: async (tx, organisationId, now) =>
      keyed(
        'consent_expiring',
        await rowsOf<Row>(
          tx,
          sql`select s.id as subject, c.primary_worker_id as owner_id, c.id as case_id, s.expires_at as due_at,
                     c.id::text as episode
              from ${consents} s
              join ${cases} c on c.organisation_id = s.organisation_id and c.household_id = s.household_id
                and c.closed_at is null
              where s.organisation_id = ${organisationId} and s.withdrawn_at is null
                and s.expires_at > ${at(now)} and s.expires_at <= ${at(daysAfter(now, CONSENT_EXPIRY_NOTICE_DAYS))}`,
        ),
      ),
  },
  {
    // A case opened from a referral and given to a worker: the first contact, until it is logged.
    kind: 'referral_assigned',
    tasks: async (tx, organisationId) =>
      keyed(
        'referral_assigned',
        await rowsOf<Row>(
          tx,
          sql`select id as subject, primary_worker_id as owner_id, id as case_id,
                     coalesce(contact_due_at, opened_at) as due_at, referral_id::text as episode
              from ${cases}
              where organisation_id = ${organisationId} and closed_at is null and referral_id is not null
                and last_contact_at is null`,
        ),
      ),
  },
  {
    // A breakthrough waiting for a sign-off: a task for each active coordinator, until one decides.
    kind: 'breakthrough_signoff',
    tasks: async (tx, organisationId) =>
      keyed(
        'breakthrough_signoff',
        await rowsOf<Row>(
          tx,
          sql`select b.id as subject, u.id as owner_id, b.case_id, b.proposed_at as due_at, null as episode
              from ${breakthroughs} b
              join ${users} u on u.organisation_id = b.organisation_id and u.active
                and u.role::text in (${sql.join(
                  APPROVERS.map((role) => sql`${role}`),
                  sql`, `,
                )})
              where b.organisation_id = ${organisationId} and b.status = 'proposed' and b.needs_approval`,
        ),
      ),
  },
  {
    // Signed off: its author starts it (the notification told them; this task stays until it starts).
    kind: 'breakthrough_approved',
    tasks: async (tx, organisationId) =>
      keyed(
        'breakthrough_approved',
        await rowsOf<Row>(
          tx,
          sql`select id as subject, proposed_by as owner_id, case_id, coalesce(decided_at, updated_at) as due_at,
                     null as episode
              from ${breakthroughs}
              where organisation_id = ${organisationId} and status = 'approved'`,
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
    if (wanted.length > 0) {
      const inserted = await tx
        .insert(tasks)
        .values(
          wanted.map((task) => ({
            organisationId,
            kind: rule.kind,
            ownerId: task.ownerId,
            caseId: task.caseId,
            dueAt: task.dueAt,
            ruleKey: task.key,
          })),
        )
        .onConflictDoNothing({ target: [tasks.organisationId, tasks.ruleKey] })
        .returning({ id: tasks.id });
      opened += inserted.length;
    }
    const ended = await tx
      .update(tasks)
      .set({
        status: 'done',
        closedAt: now.toISOString(),
        closedAutomatically: true,
        version: sql`${tasks.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(tasks.organisationId, organisationId),
          eq(tasks.kind, rule.kind),
          eq(tasks.status, 'open'),
          isNotNull(tasks.ruleKey),
          wanted.length > 0
            ? notInArray(
                tasks.ruleKey,
                wanted.map((task) => task.key),
              )
            : undefined,
        ),
      )
      .returning({ id: tasks.id });
    closed += ended.length;
  }
  return { opened, closed };
}

/** Every organisation, seen through the `task_rules_worker` policy (ids only). */
async function organisationIds(db: Db) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'tasks', true)`);
    const rows = await tx.select({ id: organisations.id }).from(organisations);
    return rows.map((row) => row.id);
  });
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
  const ids = only ?? (await organisationIds(db));
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
