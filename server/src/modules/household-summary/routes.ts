import { HouseholdCaseSummary, IdParam, Problem } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const householdSummaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/households/:id/summary',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['households'],
        summary: 'The printable case summary of a household, for supervision and hand-over',
        description:
          'The file with its members (ages on the organisation’s day), and per case (newest first, at most 20) its stage, objectives, last 5 contacts, breakthroughs and partners. Same access as the household file; reading it is audited (`household.summary`).',
        params: IdParam,
        response: { 200: HouseholdCaseSummary, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.householdSummary(tx, actor, request.params.id)),
  );
};
