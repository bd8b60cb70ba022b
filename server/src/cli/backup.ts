import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataDirInUse } from '../db/pglite-lock.js';
import { organisations } from '../db/schema.js';
import { inTenant } from '../db/tenant.js';
import { verifyChain } from '../modules/audit/service.js';
import {
  BackupError,
  backupEmbedded,
  backupPostgres,
  restoreEmbedded,
  restorePostgres,
  tableRowCounts,
} from '../platform/backup.js';

export const BACKUP_USAGE = `       pnpm admin backup FILE
Writes a consistent backup of the database to FILE (a new file, readable by its owner only). Embedded
database: stop the server first (the command refuses while it holds the folder). PostgreSQL: pg_dump
(custom format), online. Webhook and second-factor secrets stay sealed with SECRETS_KEY: keep that key
elsewhere, never beside the backups.
       pnpm admin restore FILE
Restores FILE. Embedded: with the server stopped; a database already in DATA_DIR is moved aside, not
deleted. PostgreSQL: into the new, empty database DATABASE_URL names (createdb first). Then checks every
organisation's audit chain and prints the row count of each table. Exit codes: 0 done, 1 failed or a
chain broken, 2 bad usage.`;

/** `pnpm admin backup FILE` / `pnpm admin restore FILE`. Returns the exit code. */
export async function runBackupCommand(command: 'backup' | 'restore', args: string[]): Promise<number> {
  let file: string | undefined;
  try {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new Error(`${command}: name one file`);
    file = positionals[0];
  } catch (error) {
    console.error((error as Error).message);
    console.error(BACKUP_USAGE);
    return 2;
  }
  if (!file) return 2;
  const config = loadConfig();
  const target = config.database;
  try {
    if (command === 'backup') {
      const { bytes } =
        target.kind === 'pglite' ? await backupEmbedded(target.dataDir, file) : await backupPostgres(target.url, file);
      console.log(
        `Backup of the ${target.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database: ${file} (${bytes} bytes).`,
      );
      return 0;
    }
    if (target.kind === 'pglite') {
      const { movedAside } = await restoreEmbedded(file, target.dataDir);
      if (movedAside) console.log(`The database that was in ${target.dataDir} is now in ${movedAside}.`);
    } else {
      await restorePostgres(target.url, file);
    }
    console.log(`Restored ${file}.`);
    return (await checkRestored(config.database)) ? 0 : 1;
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirInUse) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** After a restore: every audit chain walked, and the row count of each table printed. */
async function checkRestored(target: ReturnType<typeof loadConfig>['database']) {
  const database = await openDatabase(target);
  let intact = true;
  try {
    const ids = (await database.db.select({ id: organisations.id }).from(organisations)).map((o) => o.id);
    for (const id of ids) {
      const result = await inTenant(database.db, { organisationId: id }, (tx) => verifyChain(tx, id));
      if (!result.ok) intact = false;
      console.log(
        `audit chain of organisation ${id}: ${result.ok ? `OK, ${result.checked} rows` : `BROKEN at row seq ${result.firstBroken?.seq}`}`,
      );
    }
    for (const [table, count] of Object.entries(await tableRowCounts(database.db))) console.log(`${table}: ${count}`);
  } finally {
    await database.close();
  }
  return intact;
}
