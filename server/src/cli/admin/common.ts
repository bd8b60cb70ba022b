import { type Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import type { loadConfig } from '../../config.js';
import type { Database } from '../../db/client.js';

/**
 * Exit codes of `pnpm admin` (documented in docs/operations.md): 0 done; 1 the command ran and
 * failed, or found what it checks for broken (an audit chain), or the database or the configuration
 * was unusable; 2 bad usage (unknown command or option, a missing or invalid value), nothing done.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A runtime failure to report in one line (with its cause), not as a stack trace. */
export class CommandFailed extends Error {}

/** Option parser for an organisation id. */
export function organisationId(value: string): string {
  if (!z.uuid().safeParse(value).success) throw new InvalidArgumentError('not an organisation id (a UUID).');
  return value;
}

/** Runs `work` on the configured database (DATABASE_URL, or the embedded one in DATA_DIR), then closes it. */
export async function withDatabase<T>(
  work: (database: Database, config: ReturnType<typeof loadConfig>) => Promise<T>,
): Promise<T> {
  // Loaded when a command runs, not for --help or a usage error: the database drivers take seconds to load.
  const [{ loadConfig }, { openDatabase }] = await Promise.all([
    import('../../config.js'),
    import('../../db/client.js'),
  ]);
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/** A usage error raised by a command's own checks: one line, the command's usage, exit 2. */
export function usageError(command: Command, message: string): never {
  return command.error(`error: ${message}`, { exitCode: EXIT.usage, code: 'percee.usage' });
}
