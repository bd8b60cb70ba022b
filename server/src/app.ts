import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Server as NetServer } from 'node:net';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyLoggerOptions, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { API_PREFIX } from './api-prefix.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { logSerializers } from './lib/log-safety.js';
import { finishDocument, securitySchemes } from './lib/openapi.js';
import { HttpProblem } from './lib/problem.js';
import { loadSecretBox, type SecretBox } from './lib/secrets.js';
import { aidRoutes } from './modules/aid/routes.js';
import { appointmentRoutes, type ReminderTicker, reminderTicker, sendersFor } from './modules/appointments/index.js';
import { assessmentRoutes } from './modules/assessments/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { AttemptLimiter } from './modules/auth/attempts.js';
import { authRoutes } from './modules/auth/routes.js';
import { avoidedCostRoutes } from './modules/avoided-costs/routes.js';
import { recomputeExpectedForItem } from './modules/breakthroughs/index.js';
import { breakthroughRoutes } from './modules/breakthroughs/routes.js';
import { caseRoutes } from './modules/cases/routes.js';
import { catalogueRoutes } from './modules/catalogue/routes.js';
import { consentRoutes } from './modules/consents/routes.js';
import { contactRoutes } from './modules/contacts/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { helpdeskRoutes } from './modules/helpdesk/routes.js';
import { householdSummaryRoutes } from './modules/household-summary/routes.js';
import { householdRoutes } from './modules/households/routes.js';
import { DeliveryWorker } from './modules/integrations/delivery.js';
import { ImportRunner } from './modules/integrations/imports.js';
import { Housekeeping } from './modules/integrations/maintenance.js';
import { oauthRoutes } from './modules/integrations/oauth.js';
import { importRoutes, integrationRoutes } from './modules/integrations/routes.js';
import { carryOverObjectives, objectiveRoutes } from './modules/objectives/index.js';
import { partnerRoutes } from './modules/partners/routes.js';
import { programRoutes } from './modules/programs/routes.js';
import { referralRoutes } from './modules/referrals/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { RetentionScheduler } from './modules/retention/scheduler.js';
import { siteRoutes } from './modules/sites/routes.js';
import { subjectRightsRoutes } from './modules/subject-rights/routes.js';
import { notificationRoutes, runTaskRules, taskRoutes } from './modules/tasks/index.js';
import { totpResealJob } from './modules/totp/reseal.js';
import { totpRoutes } from './modules/totp/routes.js';
import { teamRoutes, userRoutes } from './modules/users/routes.js';
import { JobRunner } from './platform/jobs.js';
import { metricsPlugin } from './platform/metrics.js';
import { authPlugin } from './plugins/auth.js';
import { dbPlugin } from './plugins/db.js';
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler, sendNotFound } from './plugins/errors.js';
import { lingerPlugin } from './plugins/linger.js';

export { API_PREFIX };

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface AppDependencies {
  /** An already opened database (tests); otherwise one is opened from the config and closed with the app. */
  database?: Database;
  /** `false`: no logs; options (level, stream): merged with the app's, serializers excepted. */
  logger?: false | Pick<FastifyLoggerOptions, 'level' | 'stream'>;
}

export async function buildApp(config: Config, deps: AppDependencies = {}) {
  const app = Fastify({
    // Personal data stays out of logs whatever the destination (lib/log-safety.ts): a caller may
    // choose the level and stream (tests capture it), never the serializers.
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(typeof deps.logger === 'object' ? deps.logger : {}),
            // Fastify's types want pino's error shape (message, stack): exactly what is left out.
            serializers: logSerializers as unknown as FastifyLoggerOptions['serializers'],
          },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.env === 'production',
    routerOptions: { ignoreTrailingSlash: true },
    // While closing, Fastify would answer a plain-JSON 503 without Retry-After: the drain hook below
    // answers instead. Errors raised before any route (router, HTTP parser) are problem+json too.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler as FastifyServerOptions['frameworkErrors'],
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only: a text/plain body gets 415, not a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Keys for secrets stored encrypted (webhook signing secrets, TOTP secrets): before anything can need them.
  const secrets = loadSecretBox(config.secrets);
  app.decorate('secrets', secrets);
  app.decorate('csvExportLimits', config.exports);

  const database = deps.database ?? (await openDatabase(config.database));
  await app.register(dbPlugin, { database, closeOnShutdown: !deps.database });
  await app.register(errorsPlugin);

  // Graceful shutdown (main.ts, on SIGTERM): while draining, requests already running finish, new
  // ones get 503 with Retry-After (a load balancer retries them elsewhere); liveness still answers.
  // Every answer while draining closes its connection, so a client never reuses one we are closing.
  const drain = { draining: false, inFlight: 0 };
  const beginDrain = () => {
    drain.draining = true;
  };
  app.decorate('beginDrain', beginDrain);
  app.decorate('inFlight', () => drain.inFlight);
  // app.close() without a drain first (tests, embedders): the same answers from then on.
  app.addHook('preClose', async () => beginDrain());
  app.addHook('onRequest', async (request, reply) => {
    if (drain.draining && request.url !== '/health/live') {
      reply.header('connection', 'close');
      throw new HttpProblem(503, 'shutting-down', 'Service Unavailable', 'The server is restarting; retry shortly.', {
        headers: { 'retry-after': '5' },
      });
    }
    drain.inFlight++;
    reply.raw.once('close', () => {
      drain.inFlight--;
    });
  });
  app.addHook('onSend', async (_request, reply) => {
    if (drain.draining) reply.header('connection', 'close');
  });
  // An answer sent before the body was read to the end: the rest is read and discarded, bounded (plugins/linger.ts).
  await app.register(lingerPlugin, { limits: config.linger, closing: () => drain.draining });
  app.decorate('shutdown', async (graceMs: number) => {
    beginDrain();
    const deadline = Date.now() + graceMs;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // 1. Still listening: requests in flight finish, new ones get their 503 rather than a refused connection.
    while (drain.inFlight > 0 && Date.now() < deadline) await sleep(25);
    if (drain.inFlight > 0) app.log.warn({ inFlight: drain.inFlight }, 'grace period over; closing anyway');
    // 2. No new connections, but the open ones are not cut: a request may be on its way on one (cutting
    // it is the client's ECONNRESET). Each closes after its answer; those still idle after a second
    // are closed by app.close() below. (http.Server#close would close idle ones at once: hence net's.)
    if (app.server.listening) NetServer.prototype.close.call(app.server);
    const open = () =>
      new Promise<number>((resolve) => app.server.getConnections((error, count) => resolve(error ? 0 : count)));
    const lingerUntil = Math.min(deadline, Date.now() + 1_000);
    while ((await open()) > 0 && Date.now() < lingerUntil) await sleep(25);
    // 3. Idle connections left are closed; the job runner and pools stop (preClose/onClose hooks).
    await app.close();
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers hold personal data: never stored by a browser or a proxy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Swagger UI and React inline a few styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  if (config.corsOrigins.length > 0) {
    await app.register(fastifyCors, { origin: config.corsOrigins, credentials: true });
  }
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  // Failed sign-in, code and token attempts: counted in PostgreSQL, shared by every process.
  app.decorate('attempts', new AttemptLimiter(app.db, config.loginRateLimit, secrets, app.log));
  await app.register(authPlugin, config);

  // Per signed-in user and per machine client (by id, not address: a town hall behind one NAT is many
  // people). Global preValidation hooks run after the route's authentication, so the actor is known;
  // anonymous routes (sign-in, token) have their own limits (`app.attempts`). These counters are
  // in each process's memory: behind N processes a caller gets up to N times the budget.
  const userLimit = app.rateLimit({
    max: config.apiRateLimit.userPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `user:${request.actor?.userId}`,
  });
  const clientLimit = app.rateLimit({
    max: config.apiRateLimit.clientPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `client:${request.actor?.clientId}`,
  });
  app.addHook('preValidation', async (request, reply) => {
    if (!request.actor) return;
    await (request.actor.kind === 'client' ? clientLimit : userLimit).call(app, request, reply);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Percée API',
        version: '1.0.0',
        description:
          'Case management for intensive support of households with multiple problems. Errors are RFC 9457 `application/problem+json`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'This installation (production or local)' }],
      components: { securitySchemes },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    // Error responses, operation ids, tags and the import bodies: see lib/openapi.ts.
    transformObject: (document) => finishDocument(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  // Background jobs: one runner, one timer per job; a job's due run happens once across the server
  // processes on this database (a lease in app.job_leases), unless it is per-process (platform/jobs.ts).
  // Started once ready; stopped before the database closes, waiting for the runs in progress.
  const jobs = new JobRunner(app.db, config.jobs, app.log);
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('preClose', async () => jobs.stop());
  // OpenTelemetry traces only with OTEL_EXPORTER_OTLP_ENDPOINT (loaded only then), before the routes.
  if (config.tracing) await (await import('./platform/tracing.js')).registerTracing(app, config.tracing);
  // Prometheus metrics on their own listener (METRICS_PORT), before the routes so their hook sees them all.
  if (config.metrics) await app.register(metricsPlugin, { ...config.metrics, database, jobs });
  // Import jobs run in this process, batch by batch (their state is in the database: any instance resumes them).
  const importRunner = new ImportRunner(app.db, config.integrations, app.log);
  app.decorate('importRunner', importRunner);
  app.addHook('onReady', async () => importRunner.start());
  app.addHook('preClose', async () => importRunner.stop());
  jobs.register({
    name: 'import-poll',
    mode: 'perProcess',
    everyMs: config.integrations.importWorkerIntervalMs,
    run: async () => importRunner.kick(),
  });

  await app.register(
    async (api) => {
      await api.register(authRoutes, { config });
      await api.register(totpRoutes, { config });
      await api.register(siteRoutes);
      await api.register(userRoutes);
      await api.register(teamRoutes);
      await api.register(programRoutes);
      await api.register(householdRoutes);
      await api.register(householdSummaryRoutes);
      await api.register(referralRoutes);
      // A re-assessment carries the case's open objectives over to its new round.
      await api.register(caseRoutes, { onNewRound: carryOverObjectives });
      await api.register(reportRoutes, { cacheSeconds: config.reports.cacheSeconds });
      await api.register(contactRoutes);
      await api.register(taskRoutes);
      await api.register(notificationRoutes);
      await api.register(appointmentRoutes, {
        settings: { reminderLeadHours: config.reminders.leadHours },
        outbox: config.reminders.email === 'sink' || config.reminders.sms === 'sink',
      });
      await api.register(assessmentRoutes);
      await api.register(objectiveRoutes);
      await api.register(aidRoutes);
      await api.register(helpdeskRoutes);
      // A new price re-prices the open breakthroughs using the item: breakthroughs' work, handed to the
      // catalogue here so that the catalogue depends on no module (breakthroughs depends on it).
      await api.register(catalogueRoutes, { onPriceChanged: recomputeExpectedForItem });
      await api.register(breakthroughRoutes);
      await api.register(avoidedCostRoutes, { cacheSeconds: config.reports.cacheSeconds });
      await api.register(consentRoutes);
      await api.register(partnerRoutes);
      await api.register(oauthRoutes, { config });
      await api.register(integrationRoutes, { config });
      await api.register(importRoutes, { config });
      await api.register(retentionRoutes);
      await api.register(subjectRightsRoutes);
      await api.register(auditRoutes);
    },
    { prefix: API_PREFIX },
  );

  // The web app, when built: one process and one port serve both.
  const serveWeb = existsSync(path.join(config.webDistDir, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/health/');
    // Client-side routes (/cases/..., /admin/...) load the single-page app.
    if (serveWeb && request.method === 'GET' && !isApi) return reply.sendFile('index.html');
    return sendNotFound(request, reply);
  });

  // Webhook deliveries: a round every WEBHOOK_WORKER_INTERVAL_MS (0 = off).
  const deliveryWorker = new DeliveryWorker(app.db, config.integrations, app.log, secrets);
  app.decorate('deliveryWorker', deliveryWorker);
  jobs.register({
    name: 'webhook-delivery',
    everyMs: config.integrations.webhookWorkerIntervalMs,
    run: () => deliveryWorker.runOnce(),
  });
  // Housekeeping (webhook secrets sealed with the current key, cleanup) and the totp module's own
  // resealing of TOTP secrets, every CLEANUP_INTERVAL_MS (0 = off), first shortly after start.
  const housekeeping = new Housekeeping(app.db, config.cleanup, secrets, app.log);
  app.decorate('housekeeping', housekeeping);
  const firstHousekeeping = Math.min(1000, config.cleanup.intervalMs);
  jobs.register({
    name: 'housekeeping',
    everyMs: config.cleanup.intervalMs,
    firstDelayMs: firstHousekeeping,
    run: () => housekeeping.runOnce(),
  });
  jobs.register(totpResealJob(app.db, secrets, config.cleanup.intervalMs));

  // The daily retention job (RETENTION_JOB_INTERVAL_HOURS, 0 = off; the CLI serves cron users).
  const retentionScheduler = new RetentionScheduler(app.db);
  app.decorate('retentionScheduler', retentionScheduler);
  jobs.register({
    name: 'retention',
    everyMs: config.retention.intervalHours * 3_600_000,
    firstDelayMs: config.retention.firstRunDelayMs,
    run: () => retentionScheduler.runOnce(),
    summary: (pseudonymised) => ({ pseudonymised }),
  });

  // Tasks kept by the rules (TASK_RULES_INTERVAL_MS, 0 = off; decision 18): idempotent, so a run
  // overlapping another process's adds nothing twice (a unique rule key per task).
  jobs.register({
    name: 'task-rules',
    everyMs: config.tasks.rulesIntervalMs,
    // Soon after a start, not a whole interval later: "my day" then lists the rules' tasks at once.
    firstDelayMs: Math.min(10_000, config.tasks.rulesIntervalMs),
    run: () => runTaskRules(app.db, app.log),
    summary: (result) => result,
  });

  // Reminders to the person (REMINDER_INTERVAL_MS, 0 = off); each reminder is claimed on its own, so a
  // run overlapping another process's sends nothing twice.
  const reminders = reminderTicker({
    db: app.db,
    senders: sendersFor(app.db, config.reminders),
    log: app.log,
  });
  app.decorate('reminders', reminders);
  jobs.register({
    name: 'reminders',
    everyMs: config.reminders.intervalMs,
    run: () => reminders.runDueReminders(),
    summary: (outcome) => (outcome.sent + outcome.failed > 0 ? outcome : undefined),
  });

  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
    reminders: ReminderTicker;
    deliveryWorker: DeliveryWorker;
    importRunner: ImportRunner;
    retentionScheduler: RetentionScheduler;
    secrets: SecretBox;
    housekeeping: Housekeeping;
    attempts: AttemptLimiter;
    /** From now on, new requests get 503 (graceful shutdown); running ones go on. */
    beginDrain: () => void;
    /** Requests being answered right now. */
    inFlight: () => number;
    /** Graceful shutdown: drain (at most `graceMs`), stop listening, let open connections finish, close. */
    shutdown: (graceMs: number) => Promise<void>;
  }
}

export type App = Awaited<ReturnType<typeof buildApp>>;
