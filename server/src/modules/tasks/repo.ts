import type { TaskStatus } from '@percee/shared';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { cases, households, notifications, users } from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';
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
