import {
  can,
  type Notification,
  type NotificationKind,
  type NotificationQuery,
  type Task,
  type TaskCreate,
  type TaskQuery,
  type TaskUpdate,
} from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit } from '../../platform/audit.js';
import { notify } from '../../platform/notifications.js';
import { loadCaseFor } from '../cases/index.js';
import * as repo from './repo.js';

const unprocessable = (path: string, slug: string, message: string) =>
  new HttpProblem(422, slug, 'Unprocessable Content', message, { errors: [{ path, message }] });

function assertTaskRole(actor: Actor) {
  if (!can(actor.role, 'task.use')) throw forbidden('Your role keeps no tasks');
}

function toTask({ row, ownerName, householdId, householdReference }: repo.TaskRow): Task {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    caseId: row.caseId,
    household: householdId && householdReference ? { id: householdId, reference: householdReference } : null,
    owner: { id: row.ownerId, displayName: ownerName },
    dueAt: row.dueAt,
    status: row.status,
    closedAt: row.closedAt,
    closedAutomatically: row.closedAutomatically,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** One's own tasks; a coordinator (task.team) any of the organisation's. Anything else is a 404. */
async function loadTaskFor(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  assertTaskRole(actor);
  const row = await repo.findTask(tx, actor.organisationId, id, forUpdate);
  if (!row || (row.row.ownerId !== actor.userId && !can(actor.role, 'task.team'))) throw notFound('Task');
  return row;
}

async function reload(tx: Tx, actor: Actor, id: string) {
  return toTask((await repo.findTask(tx, actor.organisationId, id)) as repo.TaskRow);
}

export async function createTask(tx: Tx, actor: Actor, input: z.output<typeof TaskCreate>) {
  assertTaskRole(actor);
  const ownerId = input.ownerId ?? actor.userId;
  if (ownerId !== actor.userId) {
    if (!can(actor.role, 'task.team')) throw forbidden('Only coordinators give a task to a colleague');
    const owner = await repo.activeStaff(tx, actor.organisationId, ownerId);
    if (!owner?.active || !can(owner.role, 'task.use'))
      throw unprocessable('body.ownerId', 'unknown-owner', 'Not an active worker of this organisation');
  }
  // The case must be one the caller works on (or, for coordinators, of the organisation): 404 otherwise.
  if (input.caseId) await loadCaseFor(tx, actor, input.caseId);
  const id = await repo.insertTask(tx, {
    organisationId: actor.organisationId,
    ownerId,
    kind: 'manual',
    title: input.title,
    caseId: input.caseId,
    dueAt: input.dueAt,
    createdBy: actor.userId,
  });
  await audit(tx, actor, { action: 'task.create', entityType: 'task', entityId: id, changes: { ownerId } });
  await notify(tx, actor, { userId: ownerId, kind: 'task_assigned', caseId: input.caseId, subjectId: id });
  return reload(tx, actor, id);
}

export async function getTask(tx: Tx, actor: Actor, id: string) {
  return toTask(await loadTaskFor(tx, actor, id));
}

export async function listTasks(tx: Tx, actor: Actor, query: TaskQuery, clock = new Date()) {
  assertTaskRole(actor);
  let ownerId: string | undefined = actor.userId;
  if (query.scope === 'team') {
    if (!can(actor.role, 'task.team')) throw forbidden("Only coordinators see the team's tasks");
    ownerId = query.ownerId;
  }
  const bounds = [query.dueBefore, query.overdue ? clock.toISOString() : undefined].filter(
    (value): value is string => !!value,
  );
  const dueBefore = bounds.sort()[0];
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listTasks(
    tx,
    actor.organisationId,
    { ownerId, status: query.status, dueBefore, after },
    query.limit,
  );
  const page = toPage(rows, query.limit, ({ row }) => [row.dueAt, row.id]);
  return { items: page.items.map(toTask), nextCursor: page.nextCursor };
}

export async function updateTask(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: z.output<typeof TaskUpdate>,
) {
  const found = await loadTaskFor(tx, actor, id, true);
  assertVersion(expectedVersion, found.row.version);
  const { row } = found;
  if (row.kind !== 'manual' && (input.title !== undefined || input.dueAt !== undefined)) {
    throw unprocessable(
      input.title !== undefined ? 'body.title' : 'body.dueAt',
      'rule-task',
      'A rule’s task keeps its own title and due time; it can be closed or reopened',
    );
  }
  const values: Parameters<typeof repo.updateTask>[3] = {};
  if (input.title !== undefined) values.title = input.title;
  if (input.dueAt !== undefined) values.dueAt = input.dueAt;
  if (input.status !== undefined && input.status !== row.status) {
    values.status = input.status;
    const closing = input.status !== 'open';
    values.closedAt = closing ? new Date().toISOString() : null;
    values.closedBy = closing ? actor.userId : null;
    values.closedAutomatically = false;
  }
  await repo.updateTask(tx, actor.organisationId, id, values);
  await audit(tx, actor, {
    action: 'task.update',
    entityType: 'task',
    entityId: id,
    changes: input.status && input.status !== row.status ? { status: [row.status, input.status] } : {},
  });
  return reload(tx, actor, id);
}

// ---- Notifications: the caller's own only --------------------------------------------------------

function toNotification({ row, actorName, householdId, householdReference }: repo.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    caseId: row.caseId,
    household: householdId && householdReference ? { id: householdId, reference: householdReference } : null,
    subjectId: row.subjectId,
    actor: row.actorId && actorName ? { id: row.actorId, displayName: actorName } : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

export async function listNotifications(tx: Tx, actor: Actor, query: NotificationQuery) {
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listNotifications(
    tx,
    actor.organisationId,
    actor.userId,
    { unread: query.unread, after },
    query.limit,
  );
  const page = toPage(rows, query.limit, ({ row }) => [row.createdAt, row.id]);
  return { items: page.items.map(toNotification), nextCursor: page.nextCursor };
}

export const unreadCount = async (tx: Tx, actor: Actor) => ({
  unread: await repo.unreadCount(tx, actor.organisationId, actor.userId),
});

/** Marks one of the caller's notifications read; someone else's is a 404. Marking it again changes nothing. */
export async function markRead(tx: Tx, actor: Actor, id: string) {
  if (!(await repo.notificationExists(tx, actor.organisationId, actor.userId, id))) throw notFound('Notification');
  await repo.markRead(tx, actor.organisationId, actor.userId, id);
}

export const markAllRead = async (tx: Tx, actor: Actor) => ({
  marked: await repo.markRead(tx, actor.organisationId, actor.userId),
});
