import {
  ApiClient,
  ApiClientCreate,
  ApiClientCredentials,
  ApiClientUpdate,
  EventFeedPage,
  EventFeedQuery,
  HouseholdCreate,
  IdParam,
  ImportJob,
  ImportQuery,
  ImportReport,
  ImportReportQuery,
  PageQuery,
  Problem,
  page,
  ReferralCreate,
  WebhookCreate,
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookSubscription,
  WebhookUpdate,
  WebhookWithSecret,
} from '@percee/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX } from '../../api-prefix.js';
import type { Config } from '../../config.js';
import { type CsvCell, streamCsv } from '../../lib/csv.js';
import { changeIfMatch, requiredIfMatch, setEtag, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, scoped } from '../../lib/openapi.js';
import { HttpProblem } from '../../lib/problem.js';
import { IdempotencyHeaders, idempotent } from '../../platform/idempotency.js';
import { eventFeed } from '../../platform/outbox.js';
import * as clients from './clients.js';
import {
  cancelJob,
  getJob,
  hashUpload,
  type ImportKind,
  jobReport,
  jobView,
  REPORT_CSV_HEADER,
  reportCsvPages,
  STREAMED_TYPES,
  stageImport,
} from './imports.js';
import * as webhooks from './webhooks.js';

const tags = ['integrations'];

/** If-Match when sent (actions such as rotate and revoke); required on PATCH through requiredIfMatch. */
function optionalIfMatch(request: FastifyRequest) {
  return request.headers['if-match'] ? requiredIfMatch(request) : undefined;
}

const IfMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'The ETag you last read (required on updates)', pattern: '^(W/)?"[0-9]+"$' }),
});

export const integrationRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const adminOnly = app.requirePermission('integration.manage');

  /* ---------- API clients (admins) ---------- */

  app.get(
    '/admin/api-clients',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: "List the organisation's API clients (machine clients of other systems)",
        querystring: PageQuery,
        response: { 200: page(ApiClient), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => clients.listClients(tx, actor, request.query)),
  );

  app.post(
    '/admin/api-clients',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Register an API client; its secret is shown once',
        description:
          'Answers the client id and a secret (256 random bits). Only the SHA-256 of the secret is stored: copy it now.',
        body: ApiClientCreate,
        response: { 201: ApiClientCredentials, ...errors },
      },
    },
    async (request, reply) => {
      const created = await request.inTenant((tx, actor) => clients.createClient(tx, actor, request.body));
      setEtag(reply, created.client.version);
      reply.header('location', `${API_PREFIX}/admin/api-clients/${created.clientId}`);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/admin/api-clients/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'An API client (its ETag is its version)',
        params: IdParam,
        response: { 200: ApiClient, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => clients.getClient(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/admin/api-clients/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Rename an API client or change its scopes (requires If-Match)',
        description: 'Narrowing the scopes ends the tokens issued with the old ones.',
        params: IdParam,
        headers: IfMatchHeaders,
        body: ApiClientUpdate,
        response: { 200: ApiClient, ...errors, 412: Problem, 428: Problem },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => clients.updateClient(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.post(
    '/admin/api-clients/:id/rotate',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Rotate the secret of an API client; the new one is shown once',
        description:
          'The old secret and every token issued with it stop working at once. If-Match is checked when sent.',
        params: IdParam,
        headers: IfMatchHeaders,
        response: { 200: ApiClientCredentials, ...errors, 412: Problem },
      },
    },
    async (request, reply) => {
      const rotated = await request.inTenant((tx, actor) =>
        clients.rotateClient(tx, actor, request.params.id, optionalIfMatch(request)),
      );
      setEtag(reply, rotated.client.version);
      return rotated;
    },
  );

  app.delete(
    '/admin/api-clients/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Revoke an API client: its tokens stop on their next request',
        description: 'The client is kept (revoked) for the audit trail. If-Match is checked when sent.',
        params: IdParam,
        headers: IfMatchHeaders,
        response: { 204: z.undefined().meta({ description: 'Revoked' }), ...errors, 412: Problem },
      },
    },
    async (request, reply) => {
      await request.inTenant((tx, actor) =>
        clients.revokeClient(tx, actor, request.params.id, optionalIfMatch(request)),
      );
      return reply.code(204).send();
    },
  );

  /* ---------- Webhook subscriptions (admins, or clients with events:subscribe: their own) ---------- */

  const subscriber = app.requireScope('events:subscribe', 'integration.manage');
  const subscriberSecurity = scoped('events:subscribe');

  app.get(
    '/webhooks',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'Webhook subscriptions: all of the organisation (admins), or your own (clients)',
        security: subscriberSecurity,
        querystring: PageQuery,
        response: { 200: page(WebhookSubscription), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => webhooks.listSubscriptions(tx, actor, request.query)),
  );

  app.post(
    '/webhooks',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'Subscribe a URL to event types; the signing secret is shown once',
        description:
          'Each event is POSTed as a CloudEvents 1.0 JSON body (`application/cloudevents+json`), signed like Standard Webhooks: headers `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the base64 key after `whsec_`. Any 2xx is a success; anything else is retried with exponential backoff. URLs must be https (plain http only to localhost outside production); a host that resolves to a loopback, private, link-local, CGNAT, multicast, unique-local or cloud metadata address is refused (400) unless the installation allows it, and is checked again at every delivery. Redirects are not followed. Honours Idempotency-Key.',
        security: subscriberSecurity,
        headers: IdempotencyHeaders,
        body: WebhookCreate,
        response: { 201: WebhookWithSecret, ...errors, 422: Problem },
      },
    },
    async (request, reply) => {
      webhooks.assertDeliverableUrl(request.body.url, config.env);
      await webhooks.assertAllowedTarget(request.body.url, config.integrations.webhookAllowPrivateHosts);
      return idempotent(request, reply, 201, async (tx, actor) => {
        const created = await webhooks.createSubscription(tx, actor, request.body, config.env, app.secrets);
        return {
          body: created,
          headers: {
            etag: `"${created.subscription.version}"`,
            location: `${API_PREFIX}/webhooks/${created.subscription.id}`,
          },
        };
      });
    },
  );

  app.get(
    '/webhooks/:id',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'A webhook subscription (its ETag is its version)',
        security: subscriberSecurity,
        params: IdParam,
        response: { 200: WebhookSubscription, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => webhooks.getSubscription(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/webhooks/:id',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'Change the URL or event types of a subscription, or pause it (requires If-Match)',
        security: subscriberSecurity,
        params: IdParam,
        headers: IfMatchHeaders,
        body: WebhookUpdate,
        response: { 200: WebhookSubscription, ...errors, 412: Problem, 428: Problem },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatch(request);
      if (request.body.url) {
        webhooks.assertDeliverableUrl(request.body.url, config.env);
        await webhooks.assertAllowedTarget(request.body.url, config.integrations.webhookAllowPrivateHosts);
      }
      const updated = await request.inTenant((tx, actor) =>
        webhooks.updateSubscription(tx, actor, request.params.id, version, request.body, config.env),
      );
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'Replace the signing secret of a subscription; the new one is shown once',
        security: subscriberSecurity,
        params: IdParam,
        response: { 200: WebhookWithSecret, ...errors },
      },
    },
    async (request, reply) => {
      const rotated = await request.inTenant((tx, actor) =>
        webhooks.rotateSubscriptionSecret(tx, actor, request.params.id, app.secrets),
      );
      setEtag(reply, rotated.subscription.version);
      return rotated;
    },
  );

  app.delete(
    '/webhooks/:id',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: 'Unsubscribe: pending deliveries are cancelled',
        security: subscriberSecurity,
        params: IdParam,
        response: { 204: z.undefined().meta({ description: 'Unsubscribed' }), ...errors },
      },
    },
    async (request, reply) => {
      await request.inTenant((tx, actor) => webhooks.deleteSubscription(tx, actor, request.params.id));
      return reply.code(204).send();
    },
  );

  /* ---------- Deliveries (admins) and the event feed ---------- */

  app.get(
    '/admin/webhook-deliveries',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Webhook deliveries, most recently changed first (`status=failed`: the ones given up on)',
        querystring: WebhookDeliveryQuery,
        response: { 200: page(WebhookDelivery), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => webhooks.listDeliveries(tx, actor, request.query)),
  );

  app.post(
    '/admin/webhook-deliveries/:id/retry',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        summary: 'Send a failed or cancelled delivery again, with a fresh retry budget',
        params: IdParam,
        response: { 200: WebhookDelivery, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => webhooks.retryDelivery(tx, actor, request.params.id)),
  );

  app.get(
    '/events',
    {
      onRequest: subscriber,
      schema: {
        tags,
        summary: "The organisation's events as CloudEvents, oldest first, to replay or poll",
        description:
          'Resume from the `nextCursor` of your last page (`after`): events come in commit order and none is ever inserted behind a cursor you hold, so a reader that keeps its cursor misses nothing (it may see an event it also got by webhook: deduplicate on `id`). Closures and decisions are events too (`case.closed`, `referral.decided`), so a syncing client sees them here.',
        security: subscriberSecurity,
        querystring: EventFeedQuery,
        response: { 200: EventFeedPage, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => eventFeed(tx, actor, request.query)),
  );
};

const importRowsSchema = (ref: string, maxRows: number) => ({
  description: `CSV (first line: field paths such as \`members.0.lastName\`; \`;\` or \`,\`), JSON lines, or a JSON array of rows. At most ${maxRows} rows.`,
  required: true,
  content: {
    'text/csv': { schema: { type: 'string', maxLength: 100 * 1024 * 1024 } },
    'application/x-ndjson': { schema: { type: 'string', maxLength: 100 * 1024 * 1024 } },
    'application/json': {
      schema: { type: 'array', maxItems: maxRows, items: { $ref: `#/components/schemas/${ref}` } },
    },
  },
});

/** Bulk imports: a content-type parser of their own, so they live in their own (encapsulated) plugin. */
export const importRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const { importMaxRows: maxRows, importMaxBytes: maxBytes } = config.integrations;
  const limits = { maxRows, maxBytes };
  // CSV and JSON lines reach the handler as a stream, parsed as they arrive (see stageImport).
  app.addContentTypeParser(STREAMED_TYPES, (_request, payload, done) => done(null, payload));
  // The row schemas must be in the document for the JSON array body to refer to them.
  void HouseholdCreate;
  void ReferralCreate;

  async function handle(
    kind: ImportKind,
    request: FastifyRequest<{ Querystring: { dryRun: boolean } }>,
    reply: FastifyReply,
  ) {
    let hash: string | undefined;
    const job = await idempotent(
      request,
      reply,
      202,
      async (tx, actor) => {
        const staged = await stageImport(tx, actor, kind, request.query.dryRun, request, limits);
        hash = staged.hash;
        const view = jobView(staged.job);
        return { body: view, headers: { location: view.links.self } };
      },
      { after: () => hash as string, replay: () => hashUpload(request, limits) },
    );
    // After the commit: the runner sees the job at once (another instance would on its next poll).
    app.importRunner.kick();
    return job;
  }

  for (const kind of ['households', 'referrals'] as const) {
    const scope = kind === 'households' ? 'households:write' : 'referrals:write';
    app.post(
      `/imports/${kind}`,
      {
        // People: the roles that may create these one by one (a dry run must not answer other roles either).
        onRequest:
          kind === 'households'
            ? app.requireScope(scope, 'household.access')
            : app.requireScope(scope, 'referral.send'),
        bodyLimit: maxBytes,
        schema: {
          tags,
          summary: `Import ${kind} in bulk (CSV, JSON lines or JSON array): starts an import job`,
          description: `Answers 202 with an import job (and its \`Location\`) once the upload is received and staged; the rows are checked and written in the background, batch by batch: poll \`GET /imports/{id}\`, then read \`GET /imports/{id}/report\`. Every row is validated with the same schema as \`POST /${kind}\` (\`${kind === 'households' ? 'HouseholdCreate' : 'ReferralCreate'}\`) and created by the same rules (duplicates, programs...). \`dryRun=true\` checks every row and writes nothing. A commit writes nothing unless every row passes the checks; it then writes the rows in batches, each committed on its own (see the job's \`status\` and \`written\`). Limits: ${maxRows} rows and ${maxBytes} bytes (413 beyond). CSV and JSON lines are parsed as they stream in. Honours Idempotency-Key (a retry gets the same job).`,
          security: scoped(scope),
          headers: IdempotencyHeaders,
          querystring: ImportQuery,
          response: { 202: ImportJob, ...errors, 413: Problem, 415: Problem, 422: Problem },
          'x-percee-request-body': importRowsSchema(
            kind === 'households' ? 'HouseholdCreateInput' : 'ReferralCreateInput',
            maxRows,
          ),
        },
      },
      (request, reply) => handle(kind, request, reply),
    );
  }

  // A job is read by its uploader: a person of a role that may import, or a client with either import scope.
  const jobAccess = async (request: FastifyRequest) => {
    try {
      await app.requireScope('referrals:write', 'referral.send')(request);
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.slug !== 'insufficient-scope') throw error;
      await app.requireScope('households:write')(request);
    }
  };
  const jobSecurity = [...scoped('households:write'), { clientCredentials: ['referrals:write'] }];

  app.get(
    '/imports/:id',
    {
      onRequest: jobAccess,
      schema: {
        tags,
        summary: 'An import job: its status and counts (poll until it is succeeded, failed or cancelled)',
        description: 'Only the account or client that sent the import sees it (404 for anyone else).',
        security: jobSecurity,
        params: IdParam,
        response: { 200: ImportJob, ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => getJob(tx, actor, request.params.id)),
  );

  app.get(
    '/imports/:id/report',
    {
      onRequest: jobAccess,
      schema: {
        tags,
        summary: "An import job's report: each row's outcome, new id and reference, errors by field path",
        description:
          'JSON (`ImportReport`) or, with `format=csv`, CSV with one line per error (`row;outcome;id;reference;path;code;message`). Rows hold no uploaded content: row numbers, field paths, error codes and messages. A row has `id` and `reference` only once it was written (committed).',
        security: jobSecurity,
        params: IdParam,
        querystring: ImportReportQuery,
        response: { 200: ImportReport.or(z.string()), ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (request.query.format === 'json') return request.inTenant((tx, actor) => jobReport(tx, actor, id));
      return streamCsv(request, reply, {
        fileName: `import-${id}.csv`,
        header: REPORT_CSV_HEADER,
        delimiter: 'semicolon',
        capped: false,
        toRow: (line: CsvCell[]) => line,
        first: (tx, actor, pageLimits) => reportCsvPages.first(tx, actor, id, pageLimits.pageSize),
        next: (tx, actor, cursor, pageSize) => reportCsvPages.next(tx, actor, id, cursor, pageSize),
      });
    },
  );

  app.post(
    '/imports/:id/cancel',
    {
      onRequest: jobAccess,
      schema: {
        tags,
        summary: 'Cancel an import job',
        description:
          'Stops a queued or running job before its next batch (409 once it has ended). Batches already written stay written (the report lists them); nothing more is written.',
        security: jobSecurity,
        params: IdParam,
        response: { 200: ImportJob, ...errors, 409: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => cancelJob(tx, actor, request.params.id)),
  );
};
