import {
  IdParam,
  PageQuery,
  Problem,
  Program,
  ProgramCreate,
  ProgramListQuery,
  ProgramOption,
  ProgramUpdate,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['programs'];
  const errors = { 400: Problem, 401: Problem, 403: Problem };

  app.get(
    '/programs',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: "The organisation's programs with their settings (admins, coordinators, case workers)",
        description:
          'Methods, caseload limits, contact intervals, accompaniment types, eligibility checklists. Partners and analysts get 403: they read `GET /programs/options` (id, name, method), which is all a referral form or a report filter needs.',
        querystring: ProgramListQuery,
        response: { 200: page(Program), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listPrograms(tx, actor, request.query)),
  );

  app.get(
    '/programs/options',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Active programs as choices for a referral form (id, name, method): every signed-in role',
        description:
          'Partners and analysts do not read the program settings (`GET /programs`); this is what they may see of a program.',
        querystring: PageQuery,
        response: { 200: page(ProgramOption), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.programOptions(tx, actor, request.query)),
  );

  app.post(
    '/programs',
    {
      onRequest: app.requirePermission('program.edit'),
      schema: {
        tags,
        summary: 'Create a program (admins)',
        body: ProgramCreate,
        response: { 201: Program, ...errors },
      },
    },
    async (request, reply) => {
      const program = await request.inTenant((tx, actor) => service.createProgram(tx, actor, request.body));
      return reply.code(201).send(program);
    },
  );

  app.patch(
    '/programs/:id',
    {
      onRequest: app.requirePermission('program.edit'),
      schema: {
        tags,
        summary: 'Update a program (admins); a new contact interval re-computes the due dates of its open cases',
        params: IdParam,
        body: ProgramUpdate,
        response: { 200: Program, ...errors, 404: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.updateProgram(tx, actor, request.params.id, request.body)),
  );
};
