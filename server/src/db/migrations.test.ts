import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { RETENTION_MONTHS_DEFAULT } from '@percee/shared';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_DIR, openTestDatabase, withDatabaseName } from '../../test/database.js';
import type { Database } from './client.js';
import * as schema from './schema.js';

const run = promisify(execFile);
// Serial types are integer columns with a sequence default once created.
const SERIAL_TYPES: Record<string, string> = { bigserial: 'bigint', serial: 'integer', smallserial: 'smallint' };
const serverDir = path.resolve(import.meta.dirname, '../..');

describe('the drizzle schema and the SQL migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('agree: generating a migration from schema.ts against the last snapshot yields nothing', async () => {
    const snapshots = readdirSync(path.join(MIGRATIONS_DIR, 'meta'))
      .filter((name) => name.endsWith('_snapshot.json'))
      .sort();
    const last = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', snapshots.at(-1) as string), 'utf8'));
    const current = generateDrizzleJson(schema, last.id);
    expect(await generateMigration(last, current)).toEqual([]);
  });

  it('agree: every table and column of schema.ts exists, with its type, in the migrated database', async () => {
    // format_type gives the declared type as drizzle writes it: "timestamp(3) with time zone", "case_stage[]"...
    const columns = (
      (await database.db.execute(sql`
        select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as sql_type,
               a.attnotnull as not_null
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`)) as unknown as {
        rows: { table_name: string; column_name: string; sql_type: string; not_null: boolean }[];
      }
    ).rows;
    const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      const config = getTableConfig(table);
      for (const column of config.columns) {
        const found = columns.find((c) => c.table_name === config.name && c.column_name === column.name);
        expect(found, `${config.name}.${column.name}`).toBeDefined();
        expect(found?.not_null, `${config.name}.${column.name} nullability`).toBe(column.notNull);
        const declared = SERIAL_TYPES[column.getSQLType()] ?? column.getSQLType();
        expect(found?.sql_type, `${config.name}.${column.name}`).toBe(declared);
      }
    }
  });

  it('agree on the retention default: the SQL default of organisations.retention_months is RETENTION_MONTHS_DEFAULT', async () => {
    const { rows } = (await database.db.execute(sql`
      select column_default from information_schema.columns
      where table_schema = 'public' and table_name = 'organisations' and column_name = 'retention_months'`)) as unknown as {
      rows: { column_default: string }[];
    };
    expect(rows[0]?.column_default).toBe(String(RETENTION_MONTHS_DEFAULT));
  });
});

describe('pnpm db:migrate', () => {
  const target = inject('testDatabase');
  const cli = (env: Record<string, string>, args: string[] = []) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts', ...args], {
      cwd: serverDir,
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('applies the migrations, and is safe to run twice', async () => {
    let env: Record<string, string>;
    let cleanup = async () => {};
    if (target.kind === 'postgres') {
      const name = `percee_t_${process.ppid}_cli`;
      const pg = (await import('pg')).default;
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      env = { DATABASE_URL: withDatabaseName(target.url, name) };
      cleanup = async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'percee-migrate-')) };
    }
    const tags = (
      JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
        entries: { tag: string }[];
      }
    ).entries.map((entry) => entry.tag);
    try {
      // --dry-run on a fresh database lists every migration, in order, and applies none.
      const listed = (await cli(env, ['--dry-run'])).stdout;
      expect(listed).toContain(`${tags.length} migration(s) would be applied`);
      expect(
        listed
          .split('\n')
          .filter((line) => line.startsWith('  '))
          .map((line) => line.trim()),
      ).toEqual(tags);
      expect((await cli(env, ['--dry-run'])).stdout).toContain(`${tags.length} migration(s) would be applied`);
      const first = await cli(env);
      expect(first.stdout).toContain('Migrations applied');
      // Once migrated, nothing is pending.
      expect((await cli(env, ['--dry-run'])).stdout).toContain('No pending migrations');
      const second = await cli(env);
      expect(second.stdout).toContain('Migrations applied');
    } finally {
      await cleanup();
    }
  }, 240_000);

  it('fails with a clear message and a non-zero exit when the database is unreachable', async () => {
    const failure = await cli({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Migration failed/);
  }, 60_000);
});
