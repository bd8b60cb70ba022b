import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzleNodePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import pg from 'pg';
import { lockDataDir } from './pglite-lock.js';
import * as schema from './schema.js';

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolMax?: number; reportsPoolMax?: number; preparedStatements?: boolean };

export interface Database {
  readonly kind: DatabaseTarget['kind'];
  readonly db: Db;
  /**
   * Reports' own connections (a bulkhead): a burst of year-long reports waits for these instead of
   * taking the connections case work needs. The same database; PGlite has one connection for both.
   */
  readonly reportsDb: Db;
  /**
   * One transaction as the application role in a tenant (see `inTenant`), whose `first` statement (the
   * caller's check, e.g. that the account is still active) runs before `work` and hands its rows over.
   * On PostgreSQL, BEGIN, the tenant settings and `first` are one round trip.
   */
  tenantTransaction<T>(
    pool: 'main' | 'reports',
    scope: TenantScope,
    first: FirstStatement,
    work: (tx: Tx, firstRows: Record<string, unknown>[]) => Promise<T>,
  ): Promise<T>;
  /** Applies pending migrations; safe to call again (applied ones are recorded). */
  migrate(migrationsFolder: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL: each pool's connections now (for /metrics). PGlite has none: one connection in process. */
  poolStats?(): PoolStats[];
  /** PostgreSQL: calls `listener` with each connection checkout's wait; returns the unsubscribe. */
  observeAcquire?(listener: (pool: PoolName, seconds: number) => void): () => void;
}

export type PoolName = 'main' | 'reports';
export interface PoolStats {
  pool: PoolName;
  max: number;
  total: number;
  idle: number;
  /** Checkouts waiting for a connection (the pool is at `max`). */
  waiting: number;
}

/**
 * PostgreSQL extensions the migrations create (trigram household search). PGlite ships each as a
 * separate bundle that must be loaded when the instance starts; PostgreSQL needs its contrib package.
 */
const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

/** A PGlite instance with the extensions the schema needs. */
export function createPglite(options: Omit<PGliteOptions, 'extensions'> = {}) {
  return PGlite.create({ ...options, extensions: PGLITE_EXTENSIONS });
}

/** The tenant a transaction runs in (row-level security reads these settings). */
export interface TenantScope {
  organisationId: string;
  userId?: string;
}

/** A statement with `$1`-style placeholders; values are strings (ids from a verified token). */
export interface FirstStatement {
  text: string;
  values: string[];
}

/** The role every application query runs as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'percee_app';

/** The tenant settings as one statement; transaction-local, so a pooled connection keeps nothing. */
const tenantSettings = (scope: TenantScope): FirstStatement => ({
  text: "select set_config('role', $1, true), set_config('app.org_id', $2, true), set_config('app.user_id', $3, true)",
  values: [APP_ROLE, scope.organisationId, scope.userId ?? ''],
});

/** A statement with its values written in as quoted literals, for the simple query protocol. */
function inline(statement: FirstStatement) {
  return statement.text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = statement.values[Number(index) - 1];
    if (value === undefined) throw new Error(`No value for $${index}`);
    return pg.escapeLiteral(value);
  });
}

/** The tenant settings as a statement to execute in an open transaction. */
export const tenantSettingsSql = (scope: TenantScope) => sql.raw(inline(tenantSettings(scope)));

/** Lock id for migrations, so two instances starting together do not migrate at once. */
const MIGRATION_LOCK = 727_001;
/** How long a migration statement may wait for a table lock on PostgreSQL (squawk's require-lock-timeout). */
const MIGRATION_LOCK_TIMEOUT = '10s';

/** Options of both drivers. `logger` sees every statement sent through `db` (tests count them). */
export interface OpenOptions {
  logger?: Logger;
}

export function openPglite(client: PGlite, options: OpenOptions = {}): Database {
  const db = drizzlePglite(client, { schema, ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    reportsDb: db,
    // One connection in process: no round trips to save, so plain statements in a drizzle transaction.
    tenantTransaction(_pool, scope, first, work) {
      return db.transaction(async (tx) => {
        await tx.execute(tenantSettingsSql(scope));
        const checked = await tx.execute(sql.raw(inline(first)));
        return work(tx, (checked as unknown as { rows: Record<string, unknown>[] }).rows);
      });
    },
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

/** A name per statement text: the same text is the same prepared statement on a connection. */
const statementName = (text: string) => `s_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;

/**
 * Makes every parameterised statement on this connection a named prepared statement, parsed once per
 * connection: PostgreSQL then keeps its plan (after five executions, a generic plan when it costs no
 * more) instead of planning it on every request. The caseload's statement takes ~1.7 ms to plan and
 * ~0.6 ms to run (benchmarks.md). node-postgres remembers which names a connection has parsed; the
 * texts are the application's own, so their number is bounded. Row-level security is unaffected: the
 * policies are part of every plan and read the tenant setting at run time.
 */
function prepareStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (config: unknown, values: unknown) => {
    if (!config || typeof config !== 'object' || !('text' in config) || typeof config.text !== 'string') return config;
    if ('name' in config && config.name) return config;
    const params = values ?? ('values' in config ? config.values : undefined);
    return Array.isArray(params) && params.length > 0 ? { ...config, name: statementName(config.text) } : config;
  };
  client.query = ((config: unknown, values?: unknown, callback?: unknown) =>
    query(named(config, values), values, callback)) as typeof client.query;
}

export function openPostgres(
  url: string,
  options: OpenOptions & {
    max?: number;
    reportsMax?: number;
    connectTimeoutMs?: number;
    /** Off behind a pooler that cannot keep named statements (PgBouncer in transaction mode before 1.21). */
    preparedStatements?: boolean;
  } = {},
): Database {
  // A refused connection (PostgreSQL down) fails at once whatever this timeout; the timeout also bounds
  // the wait for a free pooled connection under load, which must not turn busy moments into 503s.
  const acquireListeners = new Set<(pool: PoolName, seconds: number) => void>();
  const newPool = (max: number, name: PoolName) => {
    const created = new pg.Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    });
    // A dropped idle connection must not crash the process; the next query reconnects.
    created.on('error', () => {});
    // pg.Pool only listens to its idle clients: a connection dropped while checked out (PostgreSQL
    // stopped mid-transaction: 57P01, "Connection terminated unexpectedly") emits 'error' on the
    // Client, which with no listener kills the process. The query in progress, or the next one,
    // fails (a 503 for the request) and the pool discards the dead client on release.
    created.on('connect', (client) => {
      client.on('error', () => {});
    });
    if (options.preparedStatements ?? true) created.on('connect', prepareStatements);
    // The wait for a connection, for /metrics: pool.query and tenantTransaction both check out here.
    const connect = created.connect.bind(created) as (callback?: unknown) => unknown;
    const observe = (started: number) => {
      const seconds = (performance.now() - started) / 1000;
      for (const listener of acquireListeners) listener(name, seconds);
    };
    created.connect = ((callback?: (error: Error | undefined, ...rest: unknown[]) => void) => {
      const started = performance.now();
      if (typeof callback === 'function') {
        return connect((error: Error | undefined, ...rest: unknown[]) => {
          if (!error) observe(started);
          callback(error, ...rest);
        });
      }
      return (connect() as Promise<pg.PoolClient>).then((client) => {
        observe(started);
        return client;
      });
    }) as typeof created.connect;
    return created;
  };
  const pool = newPool(options.max ?? 20, 'main');
  // pg pools connect lazily: an instance that serves no report opens none of these.
  const reportsPool = newPool(options.reportsMax ?? 4, 'reports');
  const drizzleOptions = { schema, ...(options.logger ? { logger: options.logger } : {}) };
  const db = drizzleNodePg(pool, drizzleOptions) as unknown as Db;
  const dialect = new PgDialect();
  // The relational config drizzle built for `db` (defined: a schema was given).
  const relations = {
    fullSchema: db._.fullSchema,
    schema: db._.schema as NonNullable<typeof db._.schema>,
    tableNamesMap: db._.tableNamesMap,
  };
  /*
   * drizzle's own transaction sends BEGIN, then each statement, one round trip each; a request's
   * transaction starts with BEGIN, its tenant settings and the account check, i.e. three round trips
   * before any work (a CPU profile under load put 38 % of the server's time in socket writes). Here
   * the three go as one multi-statement simple query, with their values inlined as escaped literals
   * (the simple protocol takes no parameters); the transaction object is drizzle's own, bound to the
   * connection, so savepoints (`tx.transaction`) and every query builder work as usual.
   */
  async function tenantTransaction<T>(
    which: 'main' | 'reports',
    scope: TenantScope,
    first: FirstStatement,
    work: (tx: Tx, firstRows: Record<string, unknown>[]) => Promise<T>,
  ): Promise<T> {
    const client = await (which === 'reports' ? reportsPool : pool).connect();
    const session = new NodePgSession(client, dialect, relations, { logger: options.logger });
    const tx = new NodePgTransaction(dialect, session, relations) as unknown as Tx;
    let broken = false;
    try {
      const settings = inline(tenantSettings(scope));
      const check = inline(first);
      // Logged as the three statements they are (query-count tests count statements, not round trips).
      for (const statement of ['begin', settings, check]) options.logger?.logQuery(statement, []);
      const results = (await client.query(`begin; ${settings}; ${check}`)) as unknown as pg.QueryResult[];
      const result = await work(tx, (results[2]?.rows ?? []) as Record<string, unknown>[]);
      await tx.execute(sql`commit`);
      return result;
    } catch (error) {
      await tx.execute(sql`rollback`).catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is dropped, not handed to the next request.
      client.release(broken);
    }
  }
  return {
    kind: 'postgres',
    db,
    reportsDb: drizzleNodePg(reportsPool, drizzleOptions) as unknown as Db,
    tenantTransaction,
    async migrate(migrationsFolder) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        // A migration waiting for a table lock queues every query behind it: the service stalls. So
        // it gives up after MIGRATION_LOCK_TIMEOUT instead (all pending migrations are one transaction:
        // nothing is half applied) and is run again at a quieter moment (docs/operations.md). Set after
        // the advisory lock, which may rightly wait for another instance's migration.
        await client.query(`set lock_timeout = ${pg.escapeLiteral(MIGRATION_LOCK_TIMEOUT)}`);
        await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
      } finally {
        await client.query('reset lock_timeout').catch(() => {});
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await Promise.all([pool.end(), reportsPool.end()]);
    },
    poolStats: () =>
      (
        [
          ['main', pool],
          ['reports', reportsPool],
        ] as const
      ).map(([name, p]) => ({
        pool: name,
        max: p.options.max,
        total: p.totalCount,
        idle: p.idleCount,
        waiting: p.waitingCount,
      })),
    observeAcquire(listener) {
      acquireListeners.add(listener);
      return () => acquireListeners.delete(listener);
    },
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    return openPostgres(target.url, {
      max: target.poolMax,
      reportsMax: target.reportsPoolMax,
      preparedStatements: target.preparedStatements,
    });
  }
  mkdirSync(target.dataDir, { recursive: true });
  const unlock = lockDataDir(target.dataDir);
  try {
    const client = await createPglite({ dataDir: target.dataDir });
    const database = openPglite(client);
    return {
      ...database,
      async close() {
        await database.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
