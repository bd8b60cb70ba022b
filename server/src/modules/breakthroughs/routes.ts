import {
  ApprovalQueueItem,
  Breakthrough,
  BreakthroughCreate,
  BreakthroughScenario,
  BreakthroughTransition,
  BreakthroughUpdate,
  IdParam,
  PageQuery,
  Plan,
  PlanCreate,
  PlanTransition,
  PlanUpdate,
  PlanVersion,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeIfMatch, withEtag } from '../../lib/etag.js';
import { lookupErrors, writeErrors } from '../../lib/openapi.js';
import * as plans from './plans.js';
import * as service from './service.js';

const errors = lookupErrors;
const access =
  'Case workers reach the cases they work on, coordinators every case of the organisation (404 otherwise); admins, partners and analysts never see plan content (403).';

export const breakthroughRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['breakthroughs'];
  const onRequest = app.authenticate;

  app.get(
    '/cases/:id/plan',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The breakthrough plan of a case: goals by life domain, deadlocks, status (its ETag is its version)',
        description: access,
        params: IdParam,
        response: { 200: Plan, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => plans.getPlan(tx, actor, request.params.id)),
      ),
  );

  app.post(
    '/cases/:id/plan',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Open the breakthrough plan of a case (one per case, in a breakthrough-method program)',
        description: `Starts as a draft. ${access}`,
        params: IdParam,
        body: PlanCreate,
        response: { 201: Plan, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withEtag(
          reply,
          request.inTenant((tx, actor) => plans.createPlan(tx, actor, request.params.id, request.body)),
        ),
      ),
  );

  app.patch(
    '/cases/:id/plan',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Revise the goals and deadlocks of the plan (the previous version is kept)',
        description: `Requires If-Match (428 without, 412 when stale). A completed plan is not revised (409). ${access}`,
        params: IdParam,
        body: PlanUpdate,
        response: { 200: Plan, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => plans.updatePlan(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.post(
    '/cases/:id/plan/transitions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Move the plan: draft → active (agreed with the household) → completed',
        description: `An illegal move answers 409 naming the allowed moves; completing needs every breakthrough achieved or abandoned. Requires If-Match. ${access}`,
        params: IdParam,
        body: PlanTransition,
        response: { 200: Plan, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => plans.transitionPlan(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.get(
    '/cases/:id/plan/versions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Every version of the plan, newest first (immutable snapshots)',
        description: access,
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(PlanVersion), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => plans.listVersions(tx, actor, request.params.id, request.query)),
  );

  app.get(
    '/breakthroughs/awaiting-approval',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Breakthroughs waiting for a sign-off, oldest first (the coordinator approval queue)',
        description: 'Coordinators see the whole organisation; case workers the ones on their cases.',
        querystring: PageQuery,
        response: { 200: page(ApprovalQueueItem), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.approvalQueue(tx, actor, request.query)),
  );

  app.get(
    '/cases/:id/breakthroughs',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The breakthroughs of a case, with their scenarios and expected or realised avoided costs',
        description: `Oldest proposal first. ${access}`,
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(Breakthrough), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listBreakthroughs(tx, actor, request.params.id, request.query)),
  );

  app.post(
    '/cases/:id/breakthroughs',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Propose a breakthrough in the plan of a case, with its avoided-cost scenarios',
        description: `The expected figures are priced on the proposal date. A scenario line naming an unknown or inactive catalogue item answers 422 with its path. Money needs a sign-off (needsApproval). ${access}`,
        params: IdParam,
        body: BreakthroughCreate,
        response: { 201: Breakthrough, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withEtag(
          reply,
          request.inTenant((tx, actor) => service.propose(tx, actor, request.params.id, request.body)),
        ),
      ),
  );

  app.get(
    '/breakthroughs/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'A breakthrough (its ETag is its version)',
        description: access,
        params: IdParam,
        response: { 200: Breakthrough, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getBreakthrough(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/breakthroughs/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Edit a breakthrough still open (its cost and sign-off flag only while proposed)',
        description: `Requires If-Match. ${access}`,
        params: IdParam,
        body: BreakthroughUpdate,
        response: { 200: Breakthrough, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.updateBreakthrough(tx, actor, request.params.id, version, request.body),
        ),
      ),
  );

  app.put(
    '/breakthroughs/:id/scenario',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Replace the avoided-cost model of a breakthrough: without and with scenarios, horizon',
        description: `Not once achieved or abandoned (409). Unknown or inactive catalogue items answer 422 with the path of the line. Requires If-Match. ${access}`,
        params: IdParam,
        body: BreakthroughScenario,
        response: { 200: Breakthrough, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.setScenario(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.post(
    '/breakthroughs/:id/transitions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Move a breakthrough: proposed → approved → in_progress → achieved | abandoned',
        description: `Approval and rejection (proposed → abandoned, with a reason) are a coordinator's (403 otherwise); case workers start, achieve and abandon (with a reason). A breakthrough that needs no sign-off may start straight from proposed. An illegal move answers 409 naming the allowed moves. Achieving freezes the realised figures, priced on achievedOn (default today). Requires If-Match. ${access}`,
        params: IdParam,
        body: BreakthroughTransition,
        response: { 200: Breakthrough, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.transition(tx, actor, request.params.id, version, request.body)),
      ),
  );
};
