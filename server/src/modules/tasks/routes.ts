import {
  IdParam,
  MarkedRead,
  Notification,
  NotificationQuery,
  Problem,
  page,
  Task,
  TaskCreate,
  TaskQuery,
  TaskUpdate,
  UnreadCount,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeIfMatch, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, writeErrors } from '../../lib/openapi.js';
import * as service from './service.js';

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tasks'];
  const onRequest = app.requirePermission('task.use');

  app.post(
    '/tasks',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Write a task (for oneself, or a colleague: coordinators)',
        description:
          'A manual task with a title and a due time, on a case the caller works on (optional). A coordinator may give ' +
          'it to a colleague (`ownerId`), who is notified. Rule tasks (contact overdue, evaluation due, ...) are kept ' +
          'by the `task-rules` job, not written here.',
        body: TaskCreate,
        response: { 201: Task, ...errors, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withEtag(
          reply,
          request.inTenant((tx, actor) => service.createTask(tx, actor, request.body)),
        ),
      ),
  );

  app.get(
    '/tasks',
    {
      onRequest,
      schema: {
        tags,
        summary: 'My tasks, or the team’s (coordinators), by due time',
        description:
          'Open tasks by default, earliest due first; `overdue=true` keeps those whose due time has passed, ' +
          '`dueBefore` those due before an instant (the end of today for "my day"). `scope=team` (coordinators) lists ' +
          'every worker’s, or one worker’s with `ownerId`. Keyset pagination by due time.',
        querystring: TaskQuery,
        response: { 200: page(Task), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listTasks(tx, actor, request.query)),
  );

  app.get(
    '/tasks/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'A task (one’s own; coordinators: any)',
        params: IdParam,
        response: { 200: Task, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getTask(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/tasks/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change, close or reopen a task',
        description:
          'Requires If-Match. `status: done` or `cancelled` closes it, `open` reopens it. A rule’s task keeps its title ' +
          'and due time (422 `rule-task`); its rule closes it by itself when the condition ends.',
        params: IdParam,
        body: TaskUpdate,
        response: { 200: Task, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.updateTask(tx, actor, request.params.id, version, request.body)),
      ),
  );
};

/** Every signed-in user has their own notifications (none are written for partners or analysts yet). */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];
  const onRequest = app.authenticate;

  app.get(
    '/notifications',
    {
      onRequest,
      schema: {
        tags,
        summary: 'My notifications, newest first',
        description:
          'What others did that concerns the caller: a breakthrough signed off or rejected, a case or a task given to ' +
          'them. Ids and a kind, no text: the app words them. `unread=true` keeps the unread ones. Keyset pagination.',
        querystring: NotificationQuery,
        response: { 200: page(Notification), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listNotifications(tx, actor, request.query)),
  );

  app.get(
    '/notifications/unread-count',
    {
      onRequest,
      schema: {
        tags,
        summary: 'How many of my notifications are unread (the badge)',
        response: { 200: UnreadCount, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.unreadCount(tx, actor)),
  );

  app.post(
    '/notifications/:id/read',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        description: 'Marking it again changes nothing. Another user’s notification is a 404.',
        params: IdParam,
        response: { 204: z.undefined().meta({ description: 'Marked read' }), ...errors },
      },
    },
    async (request, reply) => {
      await request.inTenant((tx, actor) => service.markRead(tx, actor, request.params.id));
      return reply.code(204).send();
    },
  );

  app.post(
    '/notifications/read-all',
    {
      onRequest,
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: MarkedRead, ...errors } },
    },
    async (request) => request.inTenant((tx, actor) => service.markAllRead(tx, actor)),
  );
};
