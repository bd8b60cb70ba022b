import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { repoRoot } from '../src/config.js';
import { createPglite, type Database, type OpenOptions, openPglite, openPostgres } from '../src/db/client.js';

export const MIGRATIONS_DIR = path.join(repoRoot, 'migrations');

export function withDatabaseName(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL with TEST_DATABASE_URL. */
export async function openTestDatabase(options: OpenOptions = {}): Promise<Database> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const client = await createPglite({ loadDataDir: new Blob([readFileSync(target.dumpPath)]) });
    return openPglite(client, options);
  }
  const name = `percee_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${target.template}`);
  } finally {
    await admin.end();
  }
  const database = openPostgres(withDatabaseName(target.url, name), { ...options, max: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: target.url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
