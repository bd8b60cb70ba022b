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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
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
