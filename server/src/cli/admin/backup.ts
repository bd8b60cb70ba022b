import type { Command } from 'commander';
import { runBackupCommand } from '../backup.js';

// The work (and its own usage text) lives in cli/backup.ts; commander only parses the one FILE argument.
export function register(program: Command) {
  program
    .command('backup')
    .summary('write a consistent backup of the database to a new FILE')
    .description(
      'Writes a consistent backup of the database to FILE (a new file, readable by its owner only). Embedded ' +
        'database: stop the server first (the command refuses while it holds the folder). PostgreSQL: pg_dump ' +
        '(custom format), online. Webhook and second-factor secrets stay sealed with SECRETS_KEY: keep that key ' +
        'elsewhere, never beside the backups.',
    )
    .argument('<file>', 'the backup file to create')
    .action(async (file: string) => {
      process.exitCode = await runBackupCommand('backup', [file]);
    });
  program
    .command('restore')
    .summary('restore a backup FILE, then check the audit chains and count the rows')
    .description(
      'Restores FILE. Embedded: with the server stopped; a database already in DATA_DIR is moved aside, not ' +
        'deleted. PostgreSQL: into the new, empty database DATABASE_URL names (createdb first). Then checks every ' +
        "organisation's audit chain and prints the row count of each table. Exit codes: 0 done, 1 failed or a " +
        'chain broken, 2 bad usage.',
    )
    .argument('<file>', 'the backup file to restore')
    .action(async (file: string) => {
      process.exitCode = await runBackupCommand('restore', [file]);
    });
}
