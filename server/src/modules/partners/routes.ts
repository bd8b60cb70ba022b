import {
  IdParam,
  Involvement,
  InvolvementCreate,
  InvolvementEnd,
  InvolvementParams,
  PageQuery,
  PartnerCase,
  PartnerService,
  PartnerServiceCreate,
  PartnerServiceUpdate,
  PartnerUpdate,
  PartnerUpdateCreate,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { lookupErrors as errors } from '../../lib/openapi.js';
import * as service from './service.js';

export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = app.requirePermission('partnerService.manage');
  const onRequest = app.authenticate;

  app.get(
    '/partner-services',
    {
      onRequest: app.requirePermission('partnerService.read'),
      schema: {
        tags: ['consents'],
        summary: "The organisation's partner services (recipients in the consent register)",
        querystring: PageQuery,
        response: { 200: page(PartnerService), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listServices(tx, actor, request.query)),
  );

  app.post(
    '/admin/partner-services',
    {
      onRequest: adminOnly,
      schema: {
        tags: ['administration'],
        summary: 'Create a partner service (partner accounts are then linked to it)',
        body: PartnerServiceCreate,
        response: { 201: PartnerService, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx, actor) => service.createService(tx, actor, request.body));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/admin/partner-services/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags: ['administration'],
        summary: 'Rename or deactivate a partner service (deactivating ends what its accounts see)',
        params: IdParam,
        body: PartnerServiceUpdate,
        response: { 200: PartnerService, ...errors, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.updateService(tx, actor, request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/involvements',
    {
      onRequest,
      schema: {
        tags: ['cases'],
        summary: 'Partner services involved in the case (ended ones included), and whether a consent covers each now',
        description: 'Oldest involvement first.',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(Involvement), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listInvolvements(tx, actor, request.params.id, request.query)),
  );

  app.post(
    '/cases/:id/involvements',
    {
      onRequest,
      schema: {
        tags: ['cases'],
        summary: 'Involve a partner service in the case for a purpose (coordinators and the case workers)',
        description:
          'Requires an active consent or legal basis (granted, not expired, not withdrawn) covering that partner service and purpose for a member of the household: 409 `consent-missing` otherwise, naming the service and purpose.',
        params: IdParam,
        body: InvolvementCreate,
        response: { 201: Involvement, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx, actor) =>
        service.involve(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/cases/:id/involvements/:involvementId/end',
    {
      onRequest,
      schema: {
        tags: ['cases'],
        summary: "End a partner service's involvement (its accounts stop seeing the case at once)",
        params: InvolvementParams,
        body: InvolvementEnd,
        response: { 200: Involvement, ...errors, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) =>
        service.endInvolvement(tx, actor, request.params.id, request.params.involvementId, request.body.reason ?? null),
      ),
  );

  app.get(
    '/partner/cases',
    {
      onRequest: app.requirePermission('partner.cases'),
      schema: {
        tags: ['partners'],
        summary:
          "Our cases: the cases the partner's service is involved in, while a consent or legal basis covers it (by household reference; keyset-paginated)",
        description:
          'A reduced view: reference, stage, program, next contact date and the involvements. Never contact notes, assessments, problems, aid or money.',
        querystring: PageQuery,
        response: { 200: page(PartnerCase), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.ourCases(tx, actor, request.query)),
  );

  app.get(
    '/partner/cases/:id',
    {
      onRequest: app.requirePermission('partner.cases'),
      schema: {
        tags: ['partners'],
        summary: 'One of our cases, reduced view (404 once the involvement ends or the consent lapses)',
        params: IdParam,
        response: { 200: PartnerCase, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.ourCase(tx, actor, request.params.id)),
  );

  app.get(
    '/partner/cases/:id/updates',
    {
      onRequest: app.requirePermission('partner.cases'),
      schema: {
        tags: ['partners'],
        summary: "Our service's updates on one of our cases, newest first (keyset-paginated)",
        description: '404 when the service may not see the case now (no involvement, consent withdrawn or expired).',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(PartnerUpdate), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listPartnerUpdates(tx, actor, request.params.id, request.query)),
  );

  app.post(
    '/partner/cases/:id/updates',
    {
      onRequest: app.requirePermission('partner.cases'),
      schema: {
        tags: ['partners'],
        summary: 'Add a short update to one of our cases (what was done, the next step, a date)',
        description:
          "Shown on the case's timeline to staff; the case manager is notified. 404 when the service may not see the case now (no involvement, consent withdrawn or expired, another organisation).",
        params: IdParam,
        body: PartnerUpdateCreate,
        response: { 201: PartnerUpdate, ...errors },
      },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx, actor) =>
        service.addPartnerUpdate(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );
};
