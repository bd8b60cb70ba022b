import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyLoggerOptions } from 'fastify';
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
import { assessmentRoutes } from './modules/assessments/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { avoidedCostRoutes } from './modules/avoided-costs/routes.js';
import { breakthroughRoutes } from './modules/breakthroughs/routes.js';
import { caseRoutes } from './modules/cases/routes.js';
import { catalogueRoutes } from './modules/catalogue/routes.js';
import { consentRoutes } from './modules/consents/routes.js';
import { contactRoutes } from './modules/contacts/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { helpdeskRoutes } from './modules/helpdesk/routes.js';
import { householdRoutes } from './modules/households/routes.js';
import { DeliveryWorker } from './modules/integrations/delivery.js';
import { Housekeeping } from './modules/integrations/maintenance.js';
import { oauthRoutes } from './modules/integrations/oauth.js';
import { importRoutes, integrationRoutes } from './modules/integrations/routes.js';
import { partnerRoutes } from './modules/partners/routes.js';
import { programRoutes } from './modules/programs/routes.js';
import { referralRoutes } from './modules/referrals/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { RetentionScheduler } from './modules/retention/scheduler.js';
import { siteRoutes } from './modules/sites/routes.js';
import { subjectRightsRoutes } from './modules/subject-rights/routes.js';
import { totpRoutes } from './modules/totp/routes.js';
import { teamRoutes, userRoutes } from './modules/users/routes.js';
import { authPlugin } from './plugins/auth.js';
import { dbPlugin } from './plugins/db.js';
import { errorsPlugin, sendNotFound } from './plugins/errors.js';

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
  const drain = { draining: false, inFlight: 0 };
  app.decorate('beginDrain', () => {
    drain.draining = true;
  });
  app.decorate('inFlight', () => drain.inFlight);
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
  await app.register(authPlugin, config);

  // Per signed-in user and per machine client (by id, not address: a town hall behind one NAT is many
  // people). Global preValidation hooks run after the route's authentication, so the actor is known;
  // anonymous routes (sign-in, token) have their own limits.
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
  await app.register(
    async (api) => {
      await api.register(authRoutes, { config });
      await api.register(totpRoutes, { config });
      await api.register(siteRoutes);
      await api.register(userRoutes);
      await api.register(teamRoutes);
      await api.register(programRoutes);
      await api.register(householdRoutes);
      await api.register(referralRoutes);
      await api.register(caseRoutes);
      await api.register(reportRoutes, { cacheSeconds: config.reports.cacheSeconds });
      await api.register(contactRoutes);
      await api.register(assessmentRoutes);
      await api.register(aidRoutes);
      await api.register(helpdeskRoutes);
      await api.register(catalogueRoutes);
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

  // Webhook deliveries, in this process: started once ready, stopped before the database closes.
  const deliveryWorker = new DeliveryWorker(app.db, config.integrations, app.log, secrets);
  app.decorate('deliveryWorker', deliveryWorker);
  app.addHook('onReady', async () => deliveryWorker.start());
  app.addHook('preClose', async () => deliveryWorker.stop());
  // Housekeeping (secrets sealed with the current key, cleanup), on its own timer.
  const housekeeping = new Housekeeping(app.db, config.cleanup, secrets, app.log);
  app.decorate('housekeeping', housekeeping);
  app.addHook('onReady', async () => housekeeping.start());
  app.addHook('preClose', async () => housekeeping.stop());

  // The daily retention job, likewise (RETENTION_JOB_INTERVAL_HOURS, 0 = off; the CLI serves cron users).
  const retentionScheduler = new RetentionScheduler(app.db, config.retention, app.log);
  app.decorate('retentionScheduler', retentionScheduler);
  app.addHook('onReady', async () => retentionScheduler.start());
  app.addHook('preClose', async () => retentionScheduler.stop());

  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    deliveryWorker: DeliveryWorker;
    retentionScheduler: RetentionScheduler;
    secrets: SecretBox;
    housekeeping: Housekeeping;
    /** From now on, new requests get 503 (graceful shutdown); running ones go on. */
    beginDrain: () => void;
    /** Requests being answered right now. */
    inFlight: () => number;
  }
}

export type App = Awaited<ReturnType<typeof buildApp>>;
