import type { TaskRuleKind, TaskStatus } from '@percee/shared';
import { and, asc, desc, eq, isNotNull, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.js';
import {
  breakthroughs,
  caseEvents,
  cases,
  consents,
  households,
  notifications,
  organisations,
  users,
} from '../../db/schema.js';
import { APP_ROLE } from '../../db/tenant.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';
import { objectives } from '../objectives/tables.js';
import { tasks } from './tables.js';

const taskColumns = {
  row: tasks,
  ownerName: users.displayName,
  householdId: households.id,
  householdReference: households.reference,
};

const selectTasks = (tx: Tx) =>
  tx
    .select(taskColumns)
    .from(tasks)
    .innerJoin(users, tenantJoin(users, tasks, 'ownerId'))
    .leftJoin(cases, tenantJoin(cases, tasks, 'caseId'))
    .leftJoin(
      households,
      and(eq(households.organisationId, cases.organisationId), eq(households.id, cases.householdId)),
    );

export type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['execute']>>[number];

export async function findTask(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = selectTasks(tx).where(and(eq(tasks.organisationId, organisationId), eq(tasks.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: tasks }) : await query;
  return row;
}

export async function insertTask(tx: Tx, values: typeof tasks.$inferInsert) {
  const [row] = await tx.insert(tasks).values(values).returning({ id: tasks.id });
  return row?.id as string;
}

export async function updateTask(
  tx: Tx,
  organisationId: string,
  id: string,
  values: Partial<typeof tasks.$inferInsert>,
) {
  await tx
    .update(tasks)
    .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(tasks.organisationId, organisationId), eq(tasks.id, id)));
}

/** A page of tasks by due time then id, after the keyset of the previous page. */
export function listTasks(
  tx: Tx,
  organisationId: string,
  filters: { ownerId?: string; status: TaskStatus; dueBefore?: string; after?: [string, string] },
  limit: number,
) {
  return selectTasks(tx)
    .where(
      and(
        eq(tasks.organisationId, organisationId),
        filters.ownerId ? eq(tasks.ownerId, filters.ownerId) : undefined,
        eq(tasks.status, filters.status),
        filters.dueBefore ? sql`${tasks.dueAt} < ${filters.dueBefore}::timestamptz` : undefined,
        filters.after
          ? sql`(${tasks.dueAt}, ${tasks.id}) > (${filters.after[0]}::timestamptz, ${filters.after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(limit + 1);
}

export async function activeStaff(tx: Tx, organisationId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
  return row;
}

// ---- Notifications -------------------------------------------------------------------------------

const actors = alias(users, 'actors');

const selectNotifications = (tx: Tx) =>
  tx
    .select({
      row: notifications,
      actorName: actors.displayName,
      householdId: households.id,
      householdReference: households.reference,
    })
    .from(notifications)
    .leftJoin(actors, tenantJoin(actors, notifications, 'actorId'))
    .leftJoin(cases, tenantJoin(cases, notifications, 'caseId'))
    .leftJoin(
      households,
      and(eq(households.organisationId, cases.organisationId), eq(households.id, cases.householdId)),
    );

export type NotificationRow = Awaited<ReturnType<ReturnType<typeof selectNotifications>['execute']>>[number];

const mine = (organisationId: string, userId: string) =>
  and(eq(notifications.organisationId, organisationId), eq(notifications.userId, userId));

/** Newest first, then id (descending), after the keyset of the previous page. */
export function listNotifications(
  tx: Tx,
  organisationId: string,
  userId: string,
  filters: { unread?: boolean; after?: [string, string] },
  limit: number,
) {
  const conditions: (SQL | undefined)[] = [
    mine(organisationId, userId),
    filters.unread ? isNull(notifications.readAt) : undefined,
    filters.after
      ? sql`(${notifications.createdAt}, ${notifications.id}) < (${filters.after[0]}::timestamptz, ${filters.after[1]}::uuid)`
      : undefined,
  ];
  return selectNotifications(tx)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
}

export async function unreadCount(tx: Tx, organisationId: string, userId: string) {
  const [row] = await tx
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine(organisationId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks the user's notifications read (one, or all); returns how many were unread. */
export async function markRead(tx: Tx, organisationId: string, userId: string, id?: string) {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(organisationId, userId), id ? eq(notifications.id, id) : undefined, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function notificationExists(tx: Tx, organisationId: string, userId: string, id: string) {
  const [row] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(mine(organisationId, userId), eq(notifications.id, id)));
  return !!row;
}

/*
 * The rules' queries (rules.ts, TASK_RULES names the rule and its kind; these find its candidates).
 * Each returns, for one organisation, the rows a rule keys its tasks by: the subject, the owner, the
 * case, the due time and the episode.
 */
export type RuleCandidate = {
  subject: string;
  owner_id: string;
  case_id: string | null;
  due_at: string | Date;
  episode: string | null;
};

const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;

/** Open cases whose contact was due before `now`; the due time is the episode. */
export const overdueContactCandidates = (tx: Tx, organisationId: string, now: Date) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select id as subject, primary_worker_id as owner_id, id as case_id, contact_due_at as due_at,
               to_char(contact_due_at at time zone 'UTC', 'YYYYMMDDHH24MISSMS') as episode
        from ${cases}
        where organisation_id = ${organisationId} and closed_at is null and contact_due_at < ${at(now)}`,
  );

/** Open cases in the evaluation stage; the episode is the stage change that brought them there. */
export const evaluationDueCandidates = (tx: Tx, organisationId: string) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select c.id as subject, c.primary_worker_id as owner_id, c.id as case_id,
               coalesce(e.at, c.updated_at) as due_at, e.id::text as episode
        from ${cases} c
        left join lateral (
          select ev.id, ev.at from ${caseEvents} ev
          where ev.organisation_id = c.organisation_id and ev.case_id = c.id and ev.kind = 'stage_change'
          order by ev.at desc, ev.id desc limit 1) e on true
        where c.organisation_id = ${organisationId} and c.closed_at is null and c.stage = 'evaluation'`,
  );

/** Unwithdrawn consents ending in (from, until], once per open case of the household. */
export const expiringConsentCandidates = (tx: Tx, organisationId: string, from: Date, until: Date) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select s.id as subject, c.primary_worker_id as owner_id, c.id as case_id, s.expires_at as due_at,
               c.id::text as episode
        from ${consents} s
        join ${cases} c on c.organisation_id = s.organisation_id and c.household_id = s.household_id
          and c.closed_at is null
        where s.organisation_id = ${organisationId} and s.withdrawn_at is null
          and s.expires_at > ${at(from)} and s.expires_at <= ${at(until)}`,
  );

/** Open cases opened from a referral with no contact logged yet. */
export const referralAssignedCandidates = (tx: Tx, organisationId: string) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select id as subject, primary_worker_id as owner_id, id as case_id,
               coalesce(contact_due_at, opened_at) as due_at, referral_id::text as episode
        from ${cases}
        where organisation_id = ${organisationId} and closed_at is null and referral_id is not null
          and last_contact_at is null`,
  );

/** Breakthroughs waiting for a sign-off, once for each active user holding one of `approverRoles`. */
export const breakthroughSignoffCandidates = (tx: Tx, organisationId: string, approverRoles: readonly string[]) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select b.id as subject, u.id as owner_id, b.case_id, b.proposed_at as due_at, null as episode
        from ${breakthroughs} b
        join ${users} u on u.organisation_id = b.organisation_id and u.active
          and u.role::text in (${sql.join(
            approverRoles.map((role) => sql`${role}`),
            sql`, `,
          )})
        where b.organisation_id = ${organisationId} and b.status = 'proposed' and b.needs_approval`,
  );

/** Approved breakthroughs not started yet, for their author. */
export const approvedBreakthroughCandidates = (tx: Tx, organisationId: string) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select id as subject, proposed_by as owner_id, case_id, coalesce(decided_at, updated_at) as due_at,
               null as episode
        from ${breakthroughs}
        where organisation_id = ${organisationId} and status = 'approved'`,
  );

/**
 * Open or partly reached objectives of open cases due on or before `until` (an ISO date), for the
 * case's worker; the due date is the episode. One evaluated within its notice window (a partly reached
 * one keeps its status) is left out: the evaluation ended the task, until a new due date is agreed.
 */
export const objectiveDueCandidates = (tx: Tx, organisationId: string, until: string, noticeDays: number) =>
  rowsOf<RuleCandidate>(
    tx,
    sql`select o.id as subject, c.primary_worker_id as owner_id, c.id as case_id,
               (o.due_on::timestamp at time zone 'UTC') as due_at, o.due_on::text as episode
        from ${objectives} o
        join ${cases} c on c.organisation_id = o.organisation_id and c.id = o.case_id and c.closed_at is null
        where o.organisation_id = ${organisationId} and o.status in ('open', 'partly')
          and o.due_on is not null and o.due_on <= ${until}::date
          and (o.evaluated_at is null
               or (o.evaluated_at at time zone 'UTC')::date < o.due_on - ${noticeDays}::int)`,
  );

export interface RuleTaskRow {
  key: string;
  ownerId: string;
  caseId: string | null;
  dueAt: string;
}

/** Adds the rule tasks whose key is new; a key already known (open or closed) is left as it is. */
export async function insertRuleTasks(tx: Tx, organisationId: string, kind: TaskRuleKind, wanted: RuleTaskRow[]) {
  if (wanted.length === 0) return 0;
  const inserted = await tx
    .insert(tasks)
    .values(
      wanted.map((task) => ({
        organisationId,
        kind,
        ownerId: task.ownerId,
        caseId: task.caseId,
        dueAt: task.dueAt,
        ruleKey: task.key,
      })),
    )
    .onConflictDoNothing({ target: [tasks.organisationId, tasks.ruleKey] })
    .returning({ id: tasks.id });
  return inserted.length;
}

/** Closes, as done automatically, a rule's open tasks whose key is not in `keys`; returns how many. */
export async function closeEndedRuleTasks(
  tx: Tx,
  organisationId: string,
  kind: TaskRuleKind,
  keys: string[],
  now: Date,
) {
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
        eq(tasks.kind, kind),
        eq(tasks.status, 'open'),
        isNotNull(tasks.ruleKey),
        keys.length > 0 ? notInArray(tasks.ruleKey, keys) : undefined,
      ),
    )
    .returning({ id: tasks.id });
  return ended.length;
}

/** Every organisation's id, seen through the `task_rules_worker` policy (its own transaction). */
export async function listOrganisationIds(db: Db) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'tasks', true)`);
    const rows = await tx.select({ id: organisations.id }).from(organisations);
    return rows.map((row) => row.id);
  });
}
