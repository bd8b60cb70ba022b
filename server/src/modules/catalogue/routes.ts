import {
  CostCatalogueItem,
  CostCatalogueItemCreate,
  CostCatalogueItemUpdate,
  CostCatalogueQuery,
  CostPriceCreate,
  IdParam,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

export const catalogueRoutes: FastifyPluginAsyncZod<{ onPriceChanged?: service.PriceChangedListener }> = async (
  app,
  { onPriceChanged },
) => {
  const tags = ['avoided costs'];

  app.get(
    '/cost-catalogue',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The social cost catalogue: unit costs with their price history (case roles, analysts, admins)',
        querystring: CostCatalogueQuery,
        response: { 200: page(CostCatalogueItem), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listCatalogue(tx, actor, request.query)),
  );

  app.post(
    '/cost-catalogue',
    {
      onRequest: app.requirePermission('catalogue.edit'),
      schema: {
        tags,
        summary: 'Add an item to the cost catalogue, with its first price (admins)',
        body: CostCatalogueItemCreate,
        response: { 201: CostCatalogueItem, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const item = await request.inTenant((tx, actor) => service.createItem(tx, actor, request.body));
      return reply.code(201).send(item);
    },
  );

  app.patch(
    '/cost-catalogue/:id',
    {
      onRequest: app.requirePermission('catalogue.edit'),
      schema: {
        tags,
        summary: 'Change the labels, source note, review flag or active flag of a catalogue item (admins)',
        description: 'Prices are not changed here: add a new price from a date.',
        params: IdParam,
        body: CostCatalogueItemUpdate,
        response: { 200: CostCatalogueItem, ...errors, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.updateItem(tx, actor, request.params.id, request.body)),
  );

  app.post(
    '/cost-catalogue/:id/prices',
    {
      onRequest: app.requirePermission('catalogue.edit'),
      schema: {
        tags,
        summary: 'Add a price valid from a date (admins)',
        description:
          'Past prices are never changed: the new price must start after the latest one (409 otherwise). Figures already realised keep the prices of their date. Open breakthroughs using the item are re-priced: 422 `amount-too-large` if one of their scenarios would then exceed its bound.',
        params: IdParam,
        body: CostPriceCreate,
        response: { 201: CostCatalogueItem, ...errors, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const item = await request.inTenant((tx, actor) =>
        service.addPrice(tx, actor, request.params.id, request.body, onPriceChanged),
      );
      return reply.code(201).send(item);
    },
  );
};
