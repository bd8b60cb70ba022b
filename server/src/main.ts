import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { seedDemoIfEmpty } from './modules/demo/seed.js';

async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  if (config.migrateOnStart) await app.database.migrate(config.migrationsDir);
  if (config.demoSeed && (await seedDemoIfEmpty(app.db))) {
    app.log.info('Demo organisation created: sign in with the demo accounts listed in README.md');
  }
  // Graceful shutdown: new requests get 503 with Retry-After while those in flight finish (at most
  // SHUTDOWN_GRACE_MS), then the server, the webhook worker and the database pool close; exit 0.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal, inFlight: app.inFlight() }, 'shutting down: draining requests in flight');
      app.beginDrain();
      const deadline = Date.now() + config.shutdownGraceMs;
      const waitThenClose = () => {
        if (app.inFlight() > 0 && Date.now() < deadline) {
          setTimeout(waitThenClose, 25);
          return;
        }
        if (app.inFlight() > 0) app.log.warn({ inFlight: app.inFlight() }, 'grace period over; closing anyway');
        app.close().then(
          () => process.exit(0),
          (error: unknown) => {
            app.log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      waitThenClose();
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
