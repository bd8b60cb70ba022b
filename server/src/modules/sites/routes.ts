import { IdParam, PageQuery, Problem, page, Site, SiteCreate, SiteRef, SiteUpdate } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = app.requirePermission('site.manage');
  const tags = ['administration'];

  app.get(
    '/admin/sites',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: "List the organisation's sites (head office, antennas)",
        querystring: PageQuery,
        response: { 200: page(Site), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listSites(tx, actor, request.query)),
  );

  app.get(
    '/sites',
    {
      onRequest: app.requirePermission('site.read'),
      schema: {
        tags: ['reports'],
        summary: "The organisation's active sites, for filters (names only)",
        querystring: PageQuery,
        response: { 200: page(SiteRef), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.activeSites(tx, actor, request.query)),
  );

  app.post(
    '/admin/sites',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Create a site',
        body: SiteCreate,
        response: { 201: Site, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const site = await request.inTenant((tx, actor) => service.createSite(tx, actor, request.body));
      return reply.code(201).send(site);
    },
  );

  app.patch(
    '/admin/sites/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Update or deactivate a site',
        params: IdParam,
        body: SiteUpdate,
        response: { 200: Site, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateSite(tx, actor, request.params.id, request.body)),
  );
};
