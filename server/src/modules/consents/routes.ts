import { Consent, ConsentCreate, ConsentListQuery, ConsentWithdrawal, IdParam, Problem, page } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { lookupErrors as errors } from '../../lib/openapi.js';
import * as service from './service.js';

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['consents'];
  const onRequest = app.authenticate;

  app.get(
    '/households/:id/consents',
    {
      onRequest,
      schema: {
        tags,
        summary: "The household's consent and legal-basis register, withdrawn and expired lines included",
        description:
          'Admins, coordinators and case workers of a case of the household (404 otherwise). Filter by person with ' +
          '`personId`. Oldest line first, keyset-paginated.',
        params: IdParam,
        querystring: ConsentListQuery,
        response: { 200: page(Consent), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listConsents(tx, actor, request.params.id, request.query)),
  );

  app.post(
    '/households/:id/consents',
    {
      onRequest,
      schema: {
        tags,
        summary: "Record a member's consent or another legal basis for a purpose and a partner service",
        params: IdParam,
        body: ConsentCreate,
        response: { 201: Consent, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const recorded = await request.inTenant((tx, actor) =>
        service.recordConsent(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(recorded);
    },
  );

  app.post(
    '/consents/:id/withdraw',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Record the withdrawal of a consent or legal basis (kept in the register, never deleted)',
        description:
          'Takes effect at once: a partner service that saw a case under it loses access on its next request. Withdrawing twice answers 409.',
        params: IdParam,
        body: ConsentWithdrawal,
        response: { 200: Consent, ...errors, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.withdrawConsent(tx, actor, request.params.id, request.body.reason)),
  );
};
