import {
  Case,
  CaseAssignment,
  CaseListQuery,
  CaseloadEntry,
  CaseloadQuery,
  CaseReopen,
  CaseSettings,
  CaseSettingsUpdate,
  CaseTransition,
  CoWorkers,
  CsvQuery,
  IdParam,
  PageQuery,
  page,
  TimelineEntry,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvResponse, sendCsv, streamCsv } from '../../lib/csv.js';
import { changeIfMatch, withEtag } from '../../lib/etag.js';
import { lookupErrors, scoped, writeErrors } from '../../lib/openapi.js';
import * as service from './service.js';

const errors = lookupErrors;

export interface CaseRouteOptions {
  /** What else a re-assessment does in its transaction (the objectives' carry-over). */
  onNewRound?: service.NewRoundListener;
}

export const caseRoutes: FastifyPluginAsyncZod<CaseRouteOptions> = async (app, options) => {
  const tags = ['cases'];
  const onRequest = app.authenticate;

  app.get(
    '/caseload',
    {
      onRequest,
      schema: {
        tags,
        summary: 'My caseload: open cases, most urgent first (overdue contacts, pending actions; keyset-paginated)',
        description:
          'Overdue contacts first (most overdue first), then cases awaiting an action (assessment missing, evaluation ' +
          'due, planned contact within 3 days), then the rest; each by due date (none last), then id. The urgency of ' +
          'every page of one walk is computed at the instant of its first page (carried in the cursor).',
        querystring: CaseloadQuery,
        response: { 200: page(CaseloadEntry), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.caseload(tx, actor, request.query)),
  );

  app.get(
    '/caseload.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: "My caseload (or a worker's, for coordinators) as CSV, most urgent first; the export is audited",
        querystring: CaseloadQuery.omit({ cursor: true, limit: true }).extend(CsvQuery.shape),
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: one line per open case'), ...errors },
      },
    },
    async (request, reply) => {
      const { delimiter, workerId, stage } = request.query;
      const entries = await request.inTenant((tx, actor) => service.exportCaseload(tx, actor, { workerId, stage }));
      return sendCsv(
        reply,
        'caseload.csv',
        [...service.CASE_CSV_HEADER, 'days_until_due', 'next_planned_contact_at', 'pending_actions'],
        entries.map((entry) => [
          ...service.caseCsvRow(entry.case),
          entry.daysUntilDue,
          entry.nextPlannedContactAt,
          entry.pendingActions.join(' '),
        ]),
        delimiter,
      );
    },
  );

  app.get(
    '/cases.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The case list as CSV (same filters and order as the list, every page); the export is audited',
        querystring: CaseListQuery.omit({ cursor: true, limit: true, updatedSince: true }).extend(CsvQuery.shape),
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: one line per case'), ...errors },
      },
    },
    async (request, reply) => {
      const { delimiter, ...filters } = request.query;
      return streamCsv(request, reply, {
        fileName: 'cases.csv',
        header: service.CASE_CSV_HEADER,
        toRow: service.caseCsvRow,
        delimiter,
        first: (tx, actor, limits) => service.startCaseExport(tx, actor, filters, limits),
        next: (tx, actor, cursor, pageSize) => service.caseExportPage(tx, actor, filters, cursor, pageSize),
      });
    },
  );

  app.get(
    '/cases',
    {
      // Reading cases is open to machine clients (cases:read); moving them stays with people.
      onRequest: app.requireScope('cases:read'),
      schema: {
        tags,
        summary: 'List cases (filter by stage, program, worker, site, overdue, updated since; keyset-paginated)',
        description:
          'With `updatedSince`, a sync: every case changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor (`sort` is then `updated`). Closures are also in the event feed (`case.closed`).',
        security: scoped('cases:read'),
        querystring: CaseListQuery,
        response: { 200: page(Case), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) =>
        service.listCases(tx, actor, {
          ...request.query,
          ...(request.query.updatedSince ? { sort: 'updated' as const } : {}),
        }),
      ),
  );

  app.get(
    '/cases/:id',
    {
      onRequest: app.requireScope('cases:read'),
      schema: {
        tags,
        summary: 'A case (its ETag is its version)',
        security: scoped('cases:read'),
        params: IdParam,
        response: { 200: Case, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getCase(tx, actor, request.params.id)),
      ),
  );

  app.post(
    '/cases/:id/transitions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Move a case to another stage of the cycle',
        description:
          'Allowed moves: intake→assessment→planning→monitoring→evaluation, evaluation→assessment (re-assessment), and any open stage→exit with a closure reason. An illegal move answers 409 naming the allowed moves. Requires If-Match.',
        params: IdParam,
        body: CaseTransition,
        response: { 200: Case, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.transition(tx, actor, request.params.id, version, request.body, options.onNewRound),
        ),
      ),
  );

  app.post(
    '/cases/:id/reopen',
    {
      onRequest: app.requirePermission('case.reopen'),
      schema: {
        tags,
        summary: 'Reopen a closed case, with a reason (coordinators)',
        description:
          'Within the organisation’s reopening period after the closing (`GET /case-settings`, 90 days unless an ' +
          'admin set otherwise); after it, 422 `reopen-period-over` with `reopenableUntil`. The case goes back to the ' +
          'stage it was closed from, its contact clock runs again, and the reopening (with its reason) is on the ' +
          'timeline and in the audit trail. An open case answers 409 `case-not-closed`. Requires If-Match.',
        params: IdParam,
        body: CaseReopen,
        response: { 200: Case, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.reopen(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.get(
    '/case-settings',
    {
      onRequest: app.requirePermission('caseSettings.read'),
      schema: {
        tags,
        summary: "The organisation's case settings: how many days after closing a case may be reopened",
        response: { 200: CaseSettings, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.caseSettings(tx, actor)),
  );

  app.put(
    '/case-settings',
    {
      onRequest: app.requirePermission('caseSettings.manage'),
      schema: {
        tags,
        summary: 'Set how many days after closing a coordinator may reopen a case (admins; 0 to 3650)',
        body: CaseSettingsUpdate,
        response: { 200: CaseSettings, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateCaseSettings(tx, actor, request.body)),
  );

  app.post(
    '/cases/:id/assignment',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Transfer a case to another primary worker (coordinators)',
        description:
          "Beyond the program's caseload limit this answers 409 unless a coordinator gives caseloadOverrideReason. Requires If-Match.",
        params: IdParam,
        body: CaseAssignment,
        response: { 200: Case, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.assign(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.put(
    '/cases/:id/co-workers',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Set the co-workers of a case (coordinators)',
        description:
          'Replaces the whole list, so two coordinators editing it at once would silently undo each other: requires If-Match (428 without, 412 when stale).',
        params: IdParam,
        body: CoWorkers,
        response: { 200: Case, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.setCoWorkers(tx, actor, request.params.id, version, request.body.userIds),
        ),
      ),
  );

  app.get(
    '/cases/:id/timeline',
    {
      onRequest,
      schema: {
        tags,
        summary: "The case's timeline: every step, who, when, why (newest first; keyset-paginated)",
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(TimelineEntry), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.timeline(tx, actor, request.params.id, request.query)),
  );
};
