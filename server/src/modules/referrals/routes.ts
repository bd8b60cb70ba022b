import {
  Case,
  CsvQuery,
  IdParam,
  Problem,
  page,
  Referral,
  ReferralAccept,
  ReferralCreate,
  ReferralDecline,
  ReferralListQuery,
  ReferralWithdraw,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX } from '../../api-prefix.js';
import { csvResponse, streamCsv } from '../../lib/csv.js';
import { etagOf, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, scoped } from '../../lib/openapi.js';
import { IdempotencyHeaders, idempotent } from '../../platform/idempotency.js';
import * as service from './service.js';

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['referrals'];
  const onRequest = app.authenticate;

  // Open to machine clients too (scopes referrals:read / referrals:write); decisions stay with people.
  app.get(
    '/referrals',
    {
      onRequest: app.requireScope('referrals:read'),
      schema: {
        tags,
        summary: 'The referral inbox (coordinators), or the referrals you sent (others); newest first',
        description:
          'With `updatedSince`, a sync: every referral changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor. Machine clients see the whole organisation.',
        security: scoped('referrals:read'),
        querystring: ReferralListQuery,
        response: { 200: page(Referral), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listReferrals(tx, actor, request.query)),
  );

  app.get(
    '/referrals.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The referral list as CSV (the inbox, or the referrals you sent; same filter); the export is audited',
        querystring: ReferralListQuery.pick({ status: true }).extend(CsvQuery.shape),
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: one line per referral, newest first'), ...errors },
      },
    },
    async (request, reply) => {
      const { delimiter, ...filters } = request.query;
      return streamCsv(request, reply, {
        fileName: 'referrals.csv',
        delimiter,
        first: (tx, actor, limits) => service.startReferralExport(tx, actor, filters, limits),
        next: (tx, actor, cursor, pageSize) => service.referralExportPage(tx, actor, filters, cursor, pageSize),
        header: [
          'received_at',
          'status',
          'household_reference',
          'household',
          'referrer_service',
          'referrer_contact',
          'reason',
          'person_agreed',
          'program',
          'decided_at',
          'decline_reason',
          'decision_note',
        ],
        toRow: ({ referral, programName }) => [
          referral.receivedAt,
          referral.status,
          referral.household.reference,
          referral.household.displayName,
          referral.referrerService,
          referral.referrerContact,
          referral.reason,
          referral.personAgreed,
          programName,
          referral.decidedAt,
          referral.declineReason,
          referral.decisionNote,
        ],
      });
    },
  );

  app.post(
    '/referrals',
    {
      onRequest: app.requireScope('referrals:write'),
      schema: {
        tags,
        summary: 'Refer a household (existing, or new with its members)',
        description:
          'Honours Idempotency-Key: a retry with the same key and body gets the first response (and creates nothing more).',
        security: scoped('referrals:write'),
        headers: IdempotencyHeaders,
        body: ReferralCreate,
        response: { 201: Referral, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      idempotent(request, reply, 201, async (tx, actor) => {
        const referral = await service.createReferral(tx, actor, request.body);
        return {
          body: referral,
          headers: { etag: etagOf(referral.version), location: `${API_PREFIX}/referrals/${referral.id}` },
        };
      }),
  );

  app.get(
    '/referrals/:id',
    {
      onRequest: app.requireScope('referrals:read'),
      schema: {
        tags,
        summary: 'A referral and its decision (its ETag is its version)',
        security: scoped('referrals:read'),
        params: IdParam,
        response: { 200: Referral, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getReferral(tx, actor, request.params.id)),
      ),
  );

  app.post(
    '/referrals/:id/accept',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Accept a referral: opens a case at intake, assigned to a case worker (coordinators)',
        description:
          "All criteria of the program's eligibility checklist must be met (422 otherwise). Beyond the worker's caseload limit: 409 `caseload-full` unless `caseloadOverrideReason` is given.",
        params: IdParam,
        body: ReferralAccept,
        response: { 200: z.object({ referral: Referral, case: Case }), ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.acceptReferral(tx, actor, request.params.id, request.body)),
  );

  app.post(
    '/referrals/:id/decline',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Decline a referral with a reason the referrer can see (coordinators)',
        params: IdParam,
        body: ReferralDecline,
        response: { 200: Referral, ...errors, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.declineReferral(tx, actor, request.params.id, request.body)),
  );

  app.post(
    '/referrals/:id/withdraw',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Withdraw a referral not decided yet (its referrer or a coordinator)',
        params: IdParam,
        body: ReferralWithdraw.optional(),
        response: { 200: Referral, ...errors, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) =>
        service.withdrawReferral(tx, actor, request.params.id, request.body?.note ?? null),
      ),
  );
};
