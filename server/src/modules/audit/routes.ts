import {
  AuditAnchorQuery,
  AuditEntry,
  AuditFilters,
  AuditHead,
  AuditQuery,
  AuditVerification,
  CsvQuery,
  FileAccess,
  IdParam,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { streamCsv } from '../../lib/csv.js';
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = app.requirePermission('audit.read');
  const tags = ['administration'];

  app.get(
    '/admin/audit',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'The audit trail, newest first, with filters',
        description:
          'Every recorded read and change of the organisation: who (user or machine client), when, what, and the changed fields: `{ field: [before, after] }` for administrative records (users, sites, programs, clients, settings), the field names only for case and household content, which admins do not read. Keyset pagination on the chain position.',
        querystring: AuditQuery,
        response: { 200: page(AuditEntry), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listEntries(tx, actor, request.query)),
  );

  app.get(
    '/admin/audit.csv',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'The audit trail as CSV (same filters; oldest first; UTF-8 with BOM, opens in Excel)',
        querystring: AuditFilters.extend(CsvQuery.shape),
        produces: ['text/csv'],
        response: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors },
      },
    },
    async (request, reply) => {
      const { delimiter, ...filters } = request.query;
      return streamCsv(request, reply, {
        fileName: 'audit.csv',
        delimiter,
        capped: false,
        first: (tx, actor, limits) => service.startAuditExport(tx, actor, filters, limits.pageSize),
        next: (tx, actor, cursor, pageSize) => service.auditExportPage(tx, actor, filters, cursor, pageSize),
        header: [
          'seq',
          'occurred_at',
          'actor_user_id',
          'actor_user',
          'actor_client_id',
          'actor_client',
          'action',
          'entity_type',
          'entity_id',
          'changed_fields',
          'changes',
          'request_id',
          'prev_hash',
          'hash',
        ],
        toRow: (r) => [
          r.seq,
          r.occurredAt,
          r.actorUserId,
          r.actorUserName,
          r.actorClientId,
          r.actorClientName,
          r.action,
          r.entityType,
          r.entityId,
          r.changedFields.join(' '),
          r.changes === null ? null : JSON.stringify(r.changes),
          r.requestId,
          r.prevHash,
          r.hash,
        ],
      });
    },
  );

  app.get(
    '/admin/audit/verify',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: "Walk the organisation's audit hash chain",
        description:
          'Recomputes every row’s hash and checks that each row follows the previous one. `ok: false` names the first broken row (a changed row, a missing row, or a broken link). With `seq` and `hash` of a head anchored earlier, also checks that the chain still holds it: a chain rewritten from that point, or cut short, is then found too. The check is recorded (its time and whether the chain held) for monitoring (`percee_audit_chain_*` metrics).',
        querystring: AuditAnchorQuery,
        response: { 200: AuditVerification, ...errors },
      },
    },
    async (request) => {
      const { seq, hash } = request.query;
      const anchor = seq !== undefined && hash !== undefined ? { seq, hash } : undefined;
      return request.inTenant((tx, actor) => service.checkChain(tx, actor.organisationId, anchor));
    },
  );

  app.get(
    '/admin/audit/head',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'The latest hash of the audit chain, to anchor outside Percée',
        description:
          'Store the answer somewhere the database administrators cannot change (another system, a signed e-mail, a printed register): a later `verify` whose chain no longer contains this hash at this position shows the trail was rewritten.',
        response: { 200: AuditHead, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.head(tx, actor.organisationId)),
  );

  app.get(
    '/households/:id/access-log',
    {
      onRequest: app.requirePermission('accessLog.read'),
      schema: {
        tags: ['households'],
        summary: 'Who looked at this file: reads and changes of the household and its members, cases and records',
        description:
          'For the data subject (GDPR art. 15): by whom (user or machine client) and when, newest first. Consulting it is itself recorded.',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(FileAccess), ...errors, 404: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.householdFileAccess(tx, actor, request.params.id, request.query)),
  );
};
