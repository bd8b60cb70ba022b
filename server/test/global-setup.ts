import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, openPglite, openPostgres } from '../src/db/client.js';
import { MIGRATIONS_DIR, withDatabaseName } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; dumpPath: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/** Migrates once, then every test file starts from a copy (a PGlite dump, or a PostgreSQL template). */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `percee_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const database = openPostgres(withDatabaseName(url, template), { max: 1 });
    await database.migrate(MIGRATIONS_DIR);
    await database.close();
    project.provide('testDatabase', { kind: 'postgres', url, template });
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'percee_t_${process.pid}_%' or datname = $1`,
        [template],
      );
      for (const { datname } of leftovers.rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const client = await createPglite();
  const database = openPglite(client);
  await database.migrate(MIGRATIONS_DIR);
  const dump = await client.dumpDataDir('none');
  const dir = mkdtempSync(path.join(tmpdir(), 'percee-test-'));
  const dumpPath = path.join(dir, 'migrated.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'pglite', dumpPath });
  return () => rmSync(dir, { recursive: true, force: true });
}
