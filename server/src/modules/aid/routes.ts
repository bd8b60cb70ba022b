import { Aid, AidCreate, IdParam, Problem } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from './service.js';

export const aidRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['aid'];

  app.post(
    '/cases/:id/aid',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Record aid granted to the household',
        description:
          'Material, financial or social aid; `amountCents` is an integer number of cents (e.g. 12 345 for 123.45 €). ' +
          'The case timeline shows the kind and nature only. Closed cases take no new aid (409 `case-closed`).',
        params: IdParam,
        body: AidCreate,
        response: { 201: Aid, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const aid = await request.inTenant((tx, actor) => service.createAid(tx, actor, request.params.id, request.body));
      return reply.code(201).send(aid);
    },
  );

  app.get(
    '/cases/:id/aid',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'List the aid granted on a case, newest first',
        params: IdParam,
        response: { 200: z.array(Aid), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listAid(tx, actor, request.params.id)),
  );
};
