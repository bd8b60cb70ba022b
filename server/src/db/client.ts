import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolMax?: number };

export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly db: Db;
  /** Applies pending migrations; safe to call again (applied ones are recorded). */
  migrate(migrationsFolder: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Lock id for migrations, so two instances starting together do not migrate at once. */
const MIGRATION_LOCK = 727_001;

/** Options of both drivers. `logger` sees every statement sent through `db` (tests count them). */
export interface OpenOptions {
  logger?: Logger;
}

export function openPglite(client: PGlite, options: OpenOptions = {}): Database {
  const db = drizzlePglite(client, { schema, ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async migrate(migrationsFolder) {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

export function openPostgres(
  url: string,
  options: OpenOptions & { max?: number; connectTimeoutMs?: number } = {},
): Database {
  // A refused connection (PostgreSQL down) fails at once whatever this timeout; the timeout also bounds
  // the wait for a free pooled connection under load, which must not turn busy moments into 503s.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
  });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool, { schema, ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async migrate(migrationsFolder) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, { max: target.poolMax });
  mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir);
  return openPglite(client);
}
