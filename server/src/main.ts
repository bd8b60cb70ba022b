import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { isDatabaseUnavailable } from './lib/pg-errors.js';
import { seedDemoIfEmpty } from './modules/demo/seed.js';

async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  // Last line of defence: a lost database connection that escapes as an event or a rejection nobody
  // awaits (a driver's 'error' with no listener) must not end the process — its requests already got
  // 503 and the pools reconnect. Anything else still ends it, as Node would, after being logged.
  process.on('uncaughtException', (error) => {
    if (isDatabaseUnavailable(error)) {
      app.log.warn({ code: (error as { code?: unknown }).code }, 'database connection lost (event)');
      return;
    }
    app.log.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      app.log.warn({ code: (reason as { code?: unknown } | undefined)?.code }, 'database connection lost (rejection)');
      return;
    }
    throw reason;
  });
  if (config.migrateOnStart) await app.database.migrate(config.migrationsDir);
  if (config.demoSeed && (await seedDemoIfEmpty(app.db))) {
    app.log.info('Demo organisation created: sign in with the demo accounts listed in README.md');
  }
  // Graceful shutdown: new requests get 503 with Retry-After while those in flight finish (at most
  // SHUTDOWN_GRACE_MS), then the server stops listening, its open connections finish, and the webhook
  // worker, timers and database pools close; exit 0 (see app.shutdown).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal, inFlight: app.inFlight() }, 'shutting down: draining requests in flight');
      app.shutdown(config.shutdownGraceMs).then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    `Percée on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (database: ${app.database.kind})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
