import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createPglite, type Db, type Tx } from '../db/client.js';
import { lockDataDir } from '../db/pglite-lock.js';
import { rowsOf } from '../lib/sql.js';

/**
 * Backups of the database (docs/operations.md "Backups and restore", decision 16).
 *
 * - Embedded (PGlite): a gzipped tar of the data folder taken by PGlite itself (`dumpDataDir`) after a
 *   CHECKPOINT, with the folder locked, i.e. with the server stopped: PGlite has one connection, inside
 *   the server's process, and no second process may open the folder while it runs.
 * - PostgreSQL: `pg_dump --format=custom` of the database, restored with `pg_restore` into a new, empty
 *   database; online, consistent (one snapshot). Point-in-time recovery is PostgreSQL's own (base backup
 *   and WAL archiving), documented, not wrapped.
 *
 * Neither holds a readable webhook or second-factor secret: those are sealed with SECRETS_KEY (decision
 * 7), which lives in the configuration, never in the database; the development key file
 * (`DATA_DIR/secrets.key`) sits beside the data folder, not in it, and is not in the backup.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Writes next to the target, then renames: a backup file is complete or absent, never half-written. */
function writeNew(file: string, data: Buffer | Uint8Array) {
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose a new file name`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, data, { mode: 0o600 });
  renameSync(partial, file);
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** Backs up the embedded database in `dataDir` to `file` (a new file, mode 0600). Refuses while it is open. */
export async function backupEmbedded(dataDir: string, file: string) {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dataDir} (check DATA_DIR)`);
  }
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose a new file name`);
  const unlock = lockDataDir(dataDir);
  try {
    const client = await createPglite({ dataDir });
    try {
      // Everything written is in the data files, so loading the copy replays no WAL.
      await client.query('checkpoint');
      const dump = await client.dumpDataDir('gzip');
      const bytes = new Uint8Array(await dump.arrayBuffer());
      writeNew(file, bytes);
      return { bytes: bytes.byteLength };
    } finally {
      await client.close();
    }
  } finally {
    unlock();
  }
}

/**
 * Restores an embedded backup into `dataDir`. A database already there is not deleted: it is moved
 * aside to `<dataDir>.before-restore-<time>` (returned), and moved back if the backup does not load.
 */
export async function restoreEmbedded(file: string, dataDir: string) {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`${file}: no such backup file`);
  const data = readFileSync(file);
  // gzip (what `backup` writes) or a plain tar ("ustar" at offset 257).
  const gzip = data[0] === 0x1f && data[1] === 0x8b;
  if (!gzip && data.subarray(257, 262).toString('latin1') !== 'ustar') {
    throw new BackupError(`${file} is not a backup of the embedded database (pnpm admin backup)`);
  }
  const unlock = lockDataDir(dataDir);
  let movedAside: string | undefined;
  try {
    if (!isEmptyDir(dataDir)) {
      movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, movedAside);
    }
    mkdirSync(dataDir, { recursive: true });
    try {
      const client = await createPglite({ dataDir, loadDataDir: new Blob([data]) });
      await client.query('select 1');
      await client.close();
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      if (movedAside) renameSync(movedAside, dataDir);
      throw new BackupError(`${file} did not load (${(error as Error).message}); nothing was changed`);
    }
    return { movedAside };
  } finally {
    unlock();
  }
}

/**
 * libpq's environment for a connection URL: the password travels in PGPASSWORD, never on a command
 * line (where `ps` shows it to every user of the machine).
 */
function libpqEnv(url: string) {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.hostname) env.PGHOST = decodeURIComponent(parsed.hostname);
  if (parsed.port) env.PGPORT = parsed.port;
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new BackupError('DATABASE_URL names no database');
  env.PGDATABASE = database;
  return env;
}

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), the same major version as the server or newer`
            : error.message,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new BackupError(`${command} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

/** `pg_dump --format=custom` of the database at `url` into `file` (a new file, mode 0600). */
export async function backupPostgres(url: string, file: string) {
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose a new file name`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, '', { mode: 0o600 });
  try {
    await run('pg_dump', ['--format=custom', '--no-password', `--file=${partial}`], libpqEnv(url));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  return { bytes: statSync(file).size };
}

/**
 * `pg_restore` of `file` into the database at `url`, which must be new and empty (`createdb`): a
 * restore never mixes with live data. One transaction: it lands whole or not at all. The roles the
 * grants name (percee_app, percee_maintenance) are the cluster's: on a new cluster, run the migrations'
 * role statements first (docs/operations.md).
 */
export async function restorePostgres(url: string, file: string) {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`${file}: no such backup file`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname in ('public', 'app', 'drizzle')`,
    );
    if ((rows[0]?.n ?? 0) > 0) {
      throw new BackupError(
        'The target database is not empty: restore into a new database (createdb), then point DATABASE_URL at it',
      );
    }
  } finally {
    await client.end();
  }
  const env = libpqEnv(url);
  await run(
    'pg_restore',
    ['--exit-on-error', '--single-transaction', '--no-password', `--dbname=${env.PGDATABASE}`, file],
    env,
  );
}

/** The plain SQL inside a custom-format dump (`pg_restore --file=-`): what a thief reading the file gets. */
export function postgresDumpText(file: string) {
  return run('pg_restore', ['--file=-', file], {});
}

/**
 * Rows per table of the application's schemas, read as the connecting role (the migration owner,
 * which must bypass row-level security, as sign-in requires anyway): a restore drill compares them.
 */
export async function tableRowCounts(db: Db) {
  const tables = await rowsOf<{ schemaname: string; tablename: string }>(
    db as unknown as Tx,
    sql`select schemaname, tablename from pg_tables where schemaname in ('public', 'app', 'drizzle') order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schemaname, tablename } of tables) {
    const [row] = await rowsOf<{ n: number }>(
      db as unknown as Tx,
      sql`select count(*)::int as n from ${sql.identifier(schemaname)}.${sql.identifier(tablename)}`,
    );
    counts[`${schemaname}.${tablename}`] = row?.n ?? 0;
  }
  return counts;
}
