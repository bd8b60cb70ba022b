import {
  ActivityReport,
  CsvQuery,
  Problem,
  ReportQuery,
  ReportSettings,
  ReportSettingsUpdate,
  TeamDashboard,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvResponse, sendCsv, toCsv } from '../../lib/csv.js';
import { scoped } from '../../lib/openapi.js';
import { audit } from '../../platform/audit.js';
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

export const reportRoutes: FastifyPluginAsyncZod<{ cacheSeconds: number }> = async (app, { cacheSeconds }) => {
  const tags = ['reports'];
  const onRequest = app.authenticate;

  app.get(
    '/reports/activity',
    {
      // Data warehouses pull reports as machine clients; they read like analysts (aggregates only).
      onRequest: app.requireScope('reports:read', 'aggregate.read'),
      schema: {
        tags,
        summary:
          'The activity report for a period (referrals, diagnostics, accompaniments, closures, contacts, progress, aid)',
        description:
          'Every figure is defined in docs/reports.md. Analysts receive aggregates only: counts from 1 to 4 read "<5".',
        querystring: ReportQuery,
        security: scoped('reports:read'),
        response: { 200: ActivityReport, ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.activityReport(tx, actor, request.query, cacheSeconds), {
        pool: 'reports',
      }),
  );

  app.get(
    '/reports/activity.csv',
    {
      onRequest: app.requireScope('reports:read', 'aggregate.read'),
      schema: {
        tags,
        summary: 'The activity report as CSV (UTF-8 with BOM; opens in Excel)',
        querystring: z.intersection(ReportQuery, CsvQuery),
        security: scoped('reports:read'),
        produces: ['text/csv'],
        response: {
          200: { description: 'CSV: section, figure, key, value', content: { 'text/csv': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const report = await request.inTenant(
        async (tx, actor) => {
          const figures = await service.activityReport(tx, actor, request.query, cacheSeconds);
          await audit(tx, actor, { action: 'report.export', entityType: 'report', changes: { report: 'activity' } });
          return figures;
        },
        { pool: 'reports' },
      );
      const csv = toCsv(['section', 'figure', 'key', 'value'], service.activityRows(report), request.query.delimiter);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="activity-${request.query.from}-${request.query.to}.csv"`,
          )
          // A Buffer bypasses the JSON serializer.
          .send(Buffer.from(csv, 'utf8') as unknown as string)
      );
    },
  );

  app.get(
    '/reports/settings',
    {
      onRequest: app.requirePermission('aggregate.read'),
      schema: {
        tags,
        summary: "The organisation's report settings: the time zone in which report periods are read",
        response: { 200: ReportSettings, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.reportSettings(tx, actor)),
  );

  app.put(
    '/reports/settings',
    {
      onRequest: app.requirePermission('reportSettings.manage'),
      schema: {
        tags,
        summary: 'Set the time zone in which report periods are read (an IANA name, e.g. Europe/Brussels)',
        body: ReportSettingsUpdate,
        response: { 200: ReportSettings, 422: Problem, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateReportSettings(tx, actor, request.body)),
  );

  app.get(
    '/reports/team',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'The team dashboard: caseload against limits, overdue contacts, referrals waiting, stage funnel, monthly flow',
        response: { 200: TeamDashboard, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.teamDashboard(tx, actor)),
  );

  app.get(
    '/reports/team.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The team dashboard as CSV: section, figure, key, value (coordinators, admins)',
        querystring: CsvQuery,
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: section, figure, key, value'), ...errors },
      },
    },
    async (request, reply) => {
      const dashboard = await request.inTenant(async (tx, actor) => {
        const team = await service.teamDashboard(tx, actor);
        await audit(tx, actor, { action: 'report.export', entityType: 'report', changes: { report: 'team' } });
        return team;
      });
      return sendCsv(
        reply,
        'team.csv',
        ['section', 'figure', 'key', 'value'],
        service.teamRows(dashboard),
        request.query.delimiter,
      );
    },
  );
};
