import {
  AgreementCreate,
  IdParam,
  Objective,
  ObjectiveCreate,
  ObjectiveEvaluation,
  ObjectiveEvaluationCreate,
  ObjectiveListQuery,
  ObjectiveUpdate,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeIfMatch, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, writeErrors } from '../../lib/openapi.js';
import * as service from './service.js';

export const objectiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['objectives'];
  const onRequest = app.authenticate;

  app.post(
    '/cases/:id/objectives',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Record an objective agreed with the person',
        description:
          'In the `planning` or `monitoring` stage (409 `wrong-stage` otherwise), for every method. A life domain, the ' +
          'objective, its actions (who does each: the person, the worker, or a partner service, named by ' +
          '`partnerServiceId`), a due date, and optionally the breakthrough of the same case that serves it (422 ' +
          '`unknown-reference` otherwise). It belongs to the case’s current round. The timeline shows the domain only.',
        params: IdParam,
        body: ObjectiveCreate,
        response: { 201: Objective, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withEtag(
          reply,
          request.inTenant((tx, actor) => service.createObjective(tx, actor, request.params.id, request.body)),
        ),
      ),
  );

  app.get(
    '/cases/:id/objectives',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The objectives of a case, oldest first (keyset-paginated)',
        description: '`open=true`: only those still worked on (`open` or `partly`); `open=false`: the others.',
        params: IdParam,
        querystring: ObjectiveListQuery,
        response: { 200: page(Objective), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listObjectives(tx, actor, request.params.id, request.query)),
  );

  app.get(
    '/objectives/:id',
    {
      onRequest,
      schema: { tags, summary: 'An objective', params: IdParam, response: { 200: Objective, ...errors } },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getObjective(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/objectives/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change an open objective (domain, text, actions, due date, breakthrough)',
        description:
          'Requires If-Match. An objective marked reached or not reached, or of a closed case, answers 409. The audit ' +
          'trail names the fields changed, not the text.',
        params: IdParam,
        body: ObjectiveUpdate,
        response: { 200: Objective, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.updateObjective(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.put(
    '/objectives/:id/agreement',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Record the person’s agreement to the objective',
        description:
          'When (`agreedOn`, not in the future: 422) and how (signed or oral); the caller is recorded as who recorded ' +
          'it, with the time. A new agreement replaces the one on record (the audit trail keeps both). Requires If-Match.',
        params: IdParam,
        body: AgreementCreate,
        response: { 200: Objective, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.recordAgreement(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.post(
    '/cases/:id/objective-evaluations',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Evaluate the objectives with the person: an outcome for each, and their satisfaction',
        description:
          'In the `evaluation` stage only (409 `wrong-stage`). Each outcome names an open objective of the case, once ' +
          '(422 `invalid-outcomes` with a field error per offending line); the objective’s status becomes the outcome ' +
          '(`partly` stays open and is carried over by a re-assessment). Satisfaction from 1 to 5, or null. ' +
          '`evaluatedAt` cannot be in the future.',
        params: IdParam,
        body: ObjectiveEvaluationCreate,
        response: { 201: ObjectiveEvaluation, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx, actor) =>
        service.evaluate(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/cases/:id/objective-evaluations',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The evaluations of a case’s objectives, oldest first (keyset-paginated)',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(ObjectiveEvaluation), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listEvaluations(tx, actor, request.params.id, request.query)),
  );
};
