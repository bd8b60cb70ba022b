import { IdParam, PageQuery, Problem, page, TeamMember, User, UserCreate, UserUpdate } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = app.requirePermission('user.manage');
  const tags = ['administration'];

  app.get(
    '/admin/users',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: "List the organisation's user accounts",
        querystring: PageQuery,
        response: { 200: page(User), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listUsers(tx, actor, request.query)),
  );

  app.post(
    '/admin/users',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Create a user account',
        body: UserCreate,
        response: { 201: User, 400: Problem, 401: Problem, 403: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const user = await request.inTenant((tx, actor) => service.createUser(tx, actor, request.body));
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Update, disable or reset the password of a user account',
        description:
          'Disabling an account, resetting its password or changing its role ends all its sessions at once: their refresh tokens are revoked and their access tokens are refused (401) from the next request on. Re-enabling an account revives none of them; the user signs in again.',
        params: IdParam,
        body: UserUpdate,
        response: { 200: User, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateUser(tx, actor, request.params.id, request.body)),
  );
};

/** The team: who can carry cases and how loaded they are (coordinators assign from it). */
export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/team',
    {
      onRequest: app.requirePermission('team.read'),
      schema: {
        tags: ['cases'],
        summary: 'Active case workers and coordinators with their open caseload',
        querystring: PageQuery,
        response: { 200: page(TeamMember), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listTeam(tx, actor, request.query)),
  );
};
