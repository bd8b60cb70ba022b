import { Aid, AidCorrection, AidCreate, AidTotal, IdParam, PageQuery, Problem, page } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerCorrectionRoutes } from '../../platform/revision-routes.js';
import * as service from './service.js';

export const aidRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['aid'];

  app.post(
    '/cases/:id/aid',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Record aid granted to the household',
        description:
          'Material, financial or social aid; `amountCents` is an integer number of cents (e.g. 12 345 for 123.45 €). ' +
          'The case timeline shows the kind and nature only. Closed cases take no new aid (409 `case-closed`).',
        params: IdParam,
        body: AidCreate,
        response: { 201: Aid, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const aid = await request.inTenant((tx, actor) => service.createAid(tx, actor, request.params.id, request.body));
      return reply.code(201).send(aid);
    },
  );

  app.get(
    '/cases/:id/aid',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'List the aid granted on a case, newest first',
        description:
          'Newest grant date first; grants of the same date, the latest recorded first. Voided entries stay, marked ' +
          '(`voided`), and count in no total.',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(Aid), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listAid(tx, actor, request.params.id, request.query)),
  );

  app.get(
    '/cases/:id/aid/total',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'How many grants of aid a case has, and their total amount in cents (voided entries left out)',
        params: IdParam,
        response: { 200: AidTotal, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.totalAid(tx, actor, request.params.id)),
  );

  registerCorrectionRoutes(app, {
    path: '/aid/:id',
    tags,
    saved: Aid,
    get: {
      summary: 'An aid entry, with its version as the ETag (for a correction’s If-Match)',
      response: Aid,
      load: service.getAid,
    },
    correct: {
      summary: 'Correct an aid entry (its author or a coordinator), with a reason',
      description:
        'The fields given change, the others stay; they pass the rules of recording aid (422 `in-future`; 422 ' +
        '`no-change` if nothing changes). The earlier version stays in the history, the correction is on the ' +
        'timeline ("corrected", with the reason) and in the audit trail. Others on the case 403; a voided entry or ' +
        'a closed case 409. Requires If-Match with the entry’s `version`.',
      body: AidCorrection,
      run: service.correctAid,
    },
    void: {
      summary: 'Void an aid entry (its author or a coordinator), with a reason',
      description:
        'Nothing is deleted: the entry stays, marked voided, and counts in no total or report. On the timeline and ' +
        'in the audit trail. Requires If-Match with the entry’s `version`.',
      run: service.voidAid,
    },
    history: {
      summary: 'The earlier versions of an aid entry, newest first: who replaced each, when and why',
      list: service.aidHistory,
    },
  });
};
