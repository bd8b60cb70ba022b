import { AvoidedCostSummary, AvoidedCostSummaryQuery, Problem } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const avoidedCostRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/avoided-costs/summary',
    {
      onRequest: app.requireRole('coordinator', 'admin', 'analyst'),
      schema: {
        tags: ['avoided costs'],
        summary:
          'Avoided social costs of the breakthrough method: households, plans, breakthroughs, money (aggregates)',
        description:
          'Households followed (a case in a breakthrough-method program open at some time in the period), with an activated plan, with at least one breakthrough achieved in the period; breakthroughs achieved in the period and the sums of their realised gross avoided cost, intervention cost and net avoided cost; return per euro. Dates are ISO dates (UTC), both ends inclusive. Filters: program, site (of the household), coach (primary worker), breakthrough category. groupBy splits the same figures by month, program, site or category. No personal data. Definitions: docs/avoided-costs.md. Coordinators, admins and analysts.',
        querystring: AvoidedCostSummaryQuery,
        response: { 200: AvoidedCostSummary, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.summary(tx, actor, request.query)),
  );
};
