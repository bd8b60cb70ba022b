import type { Command } from 'commander';
import { organisationId, withDatabase } from './common.js';

export function register(program: Command) {
  program
    .command('retention')
    .summary('pseudonymise households past their retention period (for cron)')
    .description(
      'Pseudonymises the households of every organisation (or one) whose cases all closed longer ago than the ' +
        "organisation's retention period, except those under a legal hold. Prints references and counts only, " +
        'one JSON line per organisation. For cron; the server also runs it daily (RETENTION_JOB_INTERVAL_HOURS).',
    )
    .option('--dry-run', 'only list what would be pseudonymised')
    .option('--organisation <id>', 'only this organisation (its id)', organisationId)
    .action(async (options: { dryRun?: boolean; organisation?: string }) => {
      const dryRun = options.dryRun === true;
      const { runRetention } = await import('../../modules/retention/scheduler.js');
      await withDatabase(async (database) => {
        const results = await runRetention(database.db, {
          dryRun,
          organisationId: options.organisation,
          source: 'retention-cli',
        });
        for (const { organisationId: id, result } of results) {
          console.log(JSON.stringify({ organisationId: id, dryRun, ...result }));
        }
      });
    });
}
