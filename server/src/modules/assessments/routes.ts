import {
  Assessment,
  AssessmentCreate,
  AssessmentInstrument,
  AssessmentProgress,
  IdParam,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as service from './service.js';

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['assessments'];

  app.get(
    '/assessment-instruments',
    {
      onRequest: app.requirePermission('case.read'),
      schema: {
        tags,
        summary: 'List the assessment instruments of the organisation',
        description: 'Each instrument lists its domains and score levels, with labels per language (fr, nl, en).',
        querystring: PageQuery,
        response: { 200: page(AssessmentInstrument), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listInstruments(tx, actor, request.query)),
  );

  app.post(
    '/cases/:id/assessments',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Record an assessment of the household',
        description:
          'Only while the case is in the `assessment` or `evaluation` stage (409 `wrong-stage` otherwise); the ' +
          'assessment keeps that stage. Each score names a domain of the instrument, at most once, with one of its ' +
          'levels (422 with a field error per offending score). `assessedAt` cannot be in the future.',
        params: IdParam,
        body: AssessmentCreate,
        response: {
          201: Assessment,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (request, reply) => {
      const assessment = await request.inTenant((tx, actor) =>
        service.createAssessment(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(assessment);
    },
  );

  app.get(
    '/cases/:id/assessments',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'List the assessments of a case, oldest first',
        description:
          'The first-versus-latest comparison over every assessment is `GET /cases/{id}/assessments/progress`.',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(Assessment), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listAssessments(tx, actor, request.params.id, request.query)),
  );

  app.get(
    '/cases/:id/assessments/progress',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Progress per domain between the first and the latest assessment',
        description:
          'For the instrument used most on the case: every domain with the score of the first and of the latest ' +
          'assessment that scored it, and the change (latest − first; positive is better). Domains never scored are ' +
          'null; a case without assessments has `instrumentId` null and no domains.',
        params: IdParam,
        response: { 200: AssessmentProgress, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.progress(tx, actor, request.params.id)),
  );
};
