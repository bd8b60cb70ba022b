import {
  LegalHold,
  LegalHoldCreate,
  LegalHoldRelease,
  PageQuery,
  Problem,
  page,
  RetentionPreview,
  RetentionRunResult,
  RetentionSettings,
  RetentionSettingsUpdate,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = app.requirePermission('retention.manage');
  const holders = app.requirePermission('legalHold.manage');
  const tags = ['retention'];

  app.get(
    '/admin/retention/settings',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: "The organisation's retention period (months after the last case closed)",
        response: { 200: RetentionSettings, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.getSettings(tx, actor)),
  );

  app.put(
    '/admin/retention/settings',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Set the retention period (1 to 600 months)',
        body: RetentionSettingsUpdate,
        response: { 200: RetentionSettings, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateSettings(tx, actor, request.body)),
  );

  app.get(
    '/admin/retention/preview',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Dry run: the households a retention run would pseudonymise now (references and counts only)',
        description:
          'Oldest closure first, keyset-paginated; `due` and `held` count every page. Households under a legal hold ' +
          'are listed with `held: true`; a run never touches them.',
        querystring: PageQuery,
        response: { 200: RetentionPreview, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.preview(tx, actor, request.query)),
  );

  app.post(
    '/admin/retention/run',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Pseudonymise every due household that is not held (audited; a second run does nothing)',
        response: { 200: RetentionRunResult, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.run(tx, actor)),
  );

  const HouseholdParam = z.object({ id: z.uuid() });

  app.get(
    '/households/:id/legal-holds',
    {
      onRequest: holders,
      schema: {
        tags,
        summary: "A household's legal holds, active and released (newest first; keyset-paginated)",
        params: HouseholdParam,
        querystring: PageQuery,
        response: { 200: page(LegalHold), ...errors, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listHolds(tx, actor, request.params.id, request.query)),
  );

  app.post(
    '/households/:id/legal-holds',
    {
      onRequest: holders,
      schema: {
        tags,
        summary: 'Place a legal hold: the retention job never erases the household while it is active',
        params: HouseholdParam,
        body: LegalHoldCreate,
        response: { 201: LegalHold, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const hold = await request.inTenant((tx, actor) => service.placeHold(tx, actor, request.params.id, request.body));
      return reply.code(201).send(hold);
    },
  );

  app.post(
    '/households/:id/legal-holds/:holdId/release',
    {
      onRequest: holders,
      schema: {
        tags,
        summary: 'Release a legal hold (the household becomes subject to retention again)',
        params: z.object({ id: z.uuid(), holdId: z.uuid() }),
        body: LegalHoldRelease,
        response: { 200: LegalHold, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) =>
        service.releaseHold(tx, actor, request.params.id, request.params.holdId, request.body),
      ),
  );
};
