import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { pendingMigrations } from '../db/pending-migrations.js';

// `pnpm db:migrate --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * `pnpm db:migrate [--dry-run]`: applies pending migrations to DATABASE_URL (or the embedded
 * database), idempotent; with --dry-run lists them and applies nothing. Exit codes as `pnpm admin`:
 * 0 done, 1 failed, 2 bad usage.
 */
const program = new Command('pnpm db:migrate')
  .description(
    'Applies the pending migrations (migrations/) to DATABASE_URL, or without it to the embedded database in DATA_DIR. Idempotent: applied migrations are recorded. All pending migrations run in one transaction.',
  )
  .option('--dry-run', 'list the migrations that would be applied, apply none')
  .exitOverride()
  .showHelpAfterError('Usage: pnpm db:migrate [--dry-run]  (--help for details)')
  .addHelpText('after', '\nExit codes: 0 done, 1 failed (the cause is printed), 2 bad usage. See docs/operations.md.')
  .action(async (options: { dryRun?: boolean }) => {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      if (options.dryRun) {
        const pending = await pendingMigrations(database.db, config.migrationsDir);
        if (pending.length === 0) {
          console.log(`No pending migrations (${database.kind}): the database is up to date.`);
        } else {
          console.log(`${pending.length} migration(s) would be applied (${database.kind}), in this order:`);
          for (const entry of pending) console.log(`  ${entry.tag}`);
        }
        return;
      }
      await database.migrate(config.migrationsDir);
      console.log(`Migrations applied (${database.kind}); the database is up to date.`);
    } finally {
      await database.close();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.code === 'commander.helpDisplayed' ? 0 : 2;
  } else {
    const message =
      error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`Migration failed: ${message}`);
    const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
    if (cause?.message) console.error(`Cause: ${cause.message}`);
    process.exitCode = 1;
  }
}
