import type { AuditVerification } from '@percee/shared';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Database } from '../../db/client.js';
import { EXIT, organisationId, usageError, withDatabase } from './common.js';

function anchor(value: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value);
  if (!match) throw new InvalidArgumentError('SEQ:HASH, as GET /api/v1/admin/audit/head gives it.');
  return { seq: Number(match[1]), hash: match[2] as string };
}

/**
 * Walks the chain of every organisation (or one), each as the application role in its tenant,
 * exactly as the API does, and records each check (when, and whether it held) for the metrics.
 */
export async function verifyChains(
  database: Database,
  options: { organisation?: string; anchor?: { seq: number; hash: string } } = {},
): Promise<{ organisationId: string; result: AuditVerification }[]> {
  // Loaded when the command runs, not for --help: the database modules take seconds to load.
  const [{ organisations }, { inTenant }, { checkChain }] = await Promise.all([
    import('../../db/schema.js'),
    import('../../db/tenant.js'),
    import('../../modules/audit/service.js'),
  ]);
  const ids = options.organisation
    ? [options.organisation]
    : (await database.db.select({ id: organisations.id }).from(organisations).orderBy(organisations.id)).map(
        (o) => o.id,
      );
  const results = [];
  for (const id of ids) {
    const result = await inTenant(database.db, { organisationId: id }, (tx) => checkChain(tx, id, options.anchor));
    results.push({ organisationId: id, result });
  }
  return results;
}

export function register(program: Command) {
  const command = program
    .command('verify-audit')
    .summary("walk the audit trail's hash chains; exit 1 naming the first broken row")
    .description(
      'Walks the audit hash chain of every organisation (or one), as the application role in its tenant, ' +
        'and prints its head. With --anchor (a head saved from GET /api/v1/admin/audit/head), also checks ' +
        'that the chain still holds it. Each check is recorded (time and result) for the metrics ' +
        '(percee_audit_chain_*). Exit code 1 when a chain is broken or rewritten (named on stderr).',
    )
    .option('--organisation <id>', 'only this organisation (its id)', organisationId)
    .option('--anchor <seq:hash>', 'a head saved earlier that the chain must still hold (with --organisation)', anchor)
    .action(async (options: { organisation?: string; anchor?: { seq: number; hash: string } }) => {
      if (options.anchor && !options.organisation) usageError(command, '--anchor needs --organisation.');
      const broken = await withDatabase(async (database) => {
        let found = false;
        for (const { organisationId: id, result } of await verifyChains(database, options)) {
          if (result.anchor === 'differs' || result.anchor === 'missing') {
            found = true;
            console.error(
              `organisation ${id}: REWRITTEN: the anchored head ${options.anchor?.seq} ${result.anchor === 'missing' ? 'is no longer in the chain (cut short)' : 'has a different hash now'}`,
            );
          } else if (result.ok) {
            console.log(
              `organisation ${id}: OK, ${result.checked} rows, head ${result.head?.seq ?? 0} ${result.head?.hash ?? '-'}`,
            );
          } else {
            found = true;
            console.error(
              `organisation ${id}: BROKEN at row seq ${result.firstBroken?.seq} (${result.firstBroken?.reason}); ${result.checked - 1} rows before it are intact`,
            );
          }
        }
        return found;
      });
      if (broken) process.exitCode = EXIT.failed;
    });
}
