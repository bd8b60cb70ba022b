import {
  AvoidedCostDashboard,
  AvoidedCostDashboardQuery,
  AvoidedCostSummary,
  AvoidedCostSummaryQuery,
  CsvQuery,
  Problem,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvResponse, sendCsv } from '../../lib/csv.js';
import { audit } from '../../platform/audit.js';
import * as service from './service.js';

export const avoidedCostRoutes: FastifyPluginAsyncZod<{ cacheSeconds: number }> = async (app, { cacheSeconds }) => {
  app.get(
    '/avoided-costs/summary',
    {
      onRequest: app.requirePermission('aggregate.read'),
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
    async (request) =>
      request.inTenant((tx, actor) => service.summary(tx, actor, request.query, cacheSeconds), { pool: 'reports' }),
  );

  app.get(
    '/avoided-costs/dashboard',
    {
      onRequest: app.requirePermission('aggregate.read'),
      schema: {
        tags: ['avoided costs'],
        summary: 'The avoided-cost screen in one request: the period’s figures, by month, by category and by program',
        description:
          'The figures of `GET /avoided-costs/summary` for the same filters (the total computed once), with `byMonth`, ' +
          '`byCategory` and `byProgram` as that route gives them with `groupBy=month`, `category` and `program`. ' +
          'A period is split by month over at most 120 months (400 `period-too-long`). No personal data. ' +
          'Coordinators, admins and analysts.',
        querystring: AvoidedCostDashboardQuery,
        response: { 200: AvoidedCostDashboard, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.dashboard(tx, actor, request.query, cacheSeconds), { pool: 'reports' }),
  );

  app.get(
    '/avoided-costs/summary.csv',
    {
      onRequest: app.requirePermission('aggregate.read'),
      schema: {
        tags: ['avoided costs'],
        summary: 'The avoided-cost summary as CSV: the total line, then one line per group (with groupBy)',
        description: 'Same filters and figures as `GET /avoided-costs/summary`; amounts in cents. No personal data.',
        querystring: z.intersection(AvoidedCostSummaryQuery, CsvQuery),
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: one line per group'), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { delimiter, ...query } = request.query;
      // Reading the figures on screen is not audited (aggregates, no personal data); a file leaving is.
      const summary = await request.inTenant(
        async (tx, actor) => {
          const figures = await service.summary(tx, actor, query, cacheSeconds);
          await audit(tx, actor, {
            action: 'report.export',
            entityType: 'report',
            changes: { report: 'avoided_costs', query },
          });
          return figures;
        },
        { pool: 'reports' },
      );
      const line = (key: string, label: string, figures: NonNullable<AvoidedCostSummary['groups']>[number]) => [
        key,
        label,
        figures.householdsFollowed,
        figures.householdsWithPlan,
        figures.householdsWithBreakthrough,
        figures.breakthroughs,
        figures.grossAvoidedCents,
        figures.interventionCents,
        figures.netAvoidedCents,
        figures.returnPerEuroHundredths,
      ];
      return sendCsv(
        reply,
        `avoided-costs-${summary.period.from ?? 'start'}-${summary.period.to ?? 'today'}.csv`,
        [
          'group',
          'label',
          'households_followed',
          'households_with_plan',
          'households_with_breakthrough',
          'breakthroughs',
          'gross_avoided_cents',
          'intervention_cents',
          'net_avoided_cents',
          'return_per_euro_hundredths',
        ],
        [
          line('total', 'total', { key: 'total', label: 'total', ...summary }),
          ...(summary.groups ?? []).map((group) => line(group.key, group.label, group)),
        ],
        delimiter,
      );
    },
  );
};
