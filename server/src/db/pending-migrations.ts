import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

export interface MigrationEntry {
  /** The file name without `.sql`, e.g. `0031_jobs`. */
  tag: string;
  /** drizzle-kit's timestamp of the migration: what the database records as applied. */
  when: number;
}

/**
 * The migrations `migrate()` would apply, in order, without applying any: drizzle's migrator
 * applies every journal entry newer than the newest one recorded in drizzle.__drizzle_migrations
 * (a database without that table has none applied). Reads only; creates nothing.
 */
export async function pendingMigrations(db: Db, migrationsFolder: string): Promise<MigrationEntry[]> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: MigrationEntry[];
  };
  const { rows } = (await db.execute(sql`
    select to_regclass('drizzle.__drizzle_migrations') is not null as present`)) as unknown as {
    rows: { present: boolean }[];
  };
  let last = Number.NEGATIVE_INFINITY;
  if (rows[0]?.present) {
    const applied = (await db.execute(
      sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`,
    )) as unknown as {
      rows: { last: string | null }[];
    };
    if (applied.rows[0]?.last != null) last = Number(applied.rows[0].last);
  }
  return journal.entries.filter((entry) => entry.when > last).map(({ tag, when }) => ({ tag, when }));
}
