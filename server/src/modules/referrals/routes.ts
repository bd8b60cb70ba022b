import {
  Case,
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
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['referrals'];
  const onRequest = app.authenticate;

  app.get(
    '/referrals',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The referral inbox (coordinators), or the referrals you sent (others); newest first',
        querystring: ReferralListQuery,
        response: { 200: page(Referral), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listReferrals(tx, actor, request.query)),
  );

  app.post(
    '/referrals',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Refer a household (existing, or new with its members)',
        body: ReferralCreate,
        response: { 201: Referral, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const referral = await request.inTenant((tx, actor) => service.createReferral(tx, actor, request.body));
      return reply.code(201).send(referral);
    },
  );

  app.get(
    '/referrals/:id',
    {
      onRequest,
      schema: { tags, summary: 'A referral and its decision', params: IdParam, response: { 200: Referral, ...errors } },
    },
    async (request) => request.inTenant((tx, actor) => service.getReferral(tx, actor, request.params.id)),
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
