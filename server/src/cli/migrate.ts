import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). Idempotent. */
async function run() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate(config.migrationsDir);
    console.log(`Migrations applied (${database.kind}); the database is up to date.`);
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  console.error(`Migration failed: ${message}`);
  const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
  if (cause?.message) console.error(`Cause: ${cause.message}`);
  process.exit(1);
});
