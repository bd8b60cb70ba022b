import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { buildApp } from './app.js';
import { startBanner } from './banner.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirInUse } from './db/pglite-lock.js';
import { organisations } from './db/schema.js';
import { isDatabaseUnavailable } from './lib/pg-errors.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from './modules/demo/seed.js';

/** A start-up failure the operator can act on: one line on stderr, exit 1, no stack. */
class StartError extends Error {}

function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new StartError(
      `Port ${port} on ${host} is already in use (another Percée still running?): stop it, or start with PORT=<another port>.`,
    );
  }
  if (code === 'EACCES') return new StartError(`Not allowed to listen on ${host}:${port}: choose PORT above 1023.`);
  if (code === 'EADDRNOTAVAIL') return new StartError(`HOST=${host} is not an address of this machine.`);
  return error as Error;
}

/**
 * Checked before the database is opened: a second server started by mistake must not open the
 * embedded database the first one holds, nor run its migrations, only to fail at listen.
 */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenError(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function main() {
  const config = loadConfig();
  await assertPortFree(config.host, config.port);
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
  // worker, timers and database pools close; exit 0 (see app.shutdown). One Ctrl-C in a terminal
  // arrives more than once (from the terminal and forwarded by pnpm): a repeat within a second is
  // that same Ctrl-C; a later one is the operator insisting, and ends the process at once.
  let stopping: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping !== undefined) {
      if (Date.now() - stopping < 1_000) return;
      app.log.warn({ signal }, 'second signal: exiting without waiting for the drain');
      process.exit(1);
    }
    stopping = Date.now();
    app.log.info({ signal, inFlight: app.inFlight() }, 'shutting down: draining requests in flight');
    app.shutdown(config.shutdownGraceMs).then(
      () => {
        app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => {});
    throw listenError(error, config.host, config.port);
  }
  const [demo] = await app.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isDemo, true))
    .limit(1);
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
  const banner = startBanner({
    url,
    config,
    demo: demo ? { password: DEMO_PASSWORD, emails: DEMO_ACCOUNTS.map((account) => account.email) } : undefined,
  });
  process.stdout.write(`\n${banner.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof StartError || error instanceof DataDirInUse
      ? error.message
      : error,
  );
  process.exit(1);
});
