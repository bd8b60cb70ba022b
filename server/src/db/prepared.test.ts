import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { rowsOf } from '../lib/sql.js';
import { openPostgres } from './client.js';

const target = inject('testDatabase');

/** node-postgres connections prepare each parameterised statement once, so PostgreSQL can keep its plan. */
describe.runIf(target.kind === 'postgres')('prepared statements on PostgreSQL', () => {
  // The cluster's own database: the test needs no table of ours, and the template must stay unused.
  const url = target.kind === 'postgres' ? target.url : '';
  const sessionStatements = (prepared: boolean) => {
    // One connection, so every statement below runs on the session it inspects.
    const database = openPostgres(url, { max: 1, preparedStatements: prepared });
    const run = () =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select count(*) from pg_class where relname = ${'pg_class'}`);
        return rowsOf<{ statement: string }>(
          tx,
          sql`select statement from pg_prepared_statements where not from_sql and statement like ${'%from pg_class%'}`,
        );
      });
    return { database, run };
  };

  it('parses a statement once per connection and reuses it', async () => {
    const { database, run } = sessionStatements(true);
    try {
      const first = await run();
      const second = await run();
      expect(first.map((row) => row.statement)).toEqual(['select count(*) from pg_class where relname = $1']);
      // The same text is the same statement: running it again prepares nothing new.
      expect(second).toHaveLength(first.length);
    } finally {
      await database.close();
    }
  });

  it('can be turned off (DATABASE_PREPARED_STATEMENTS=false, for poolers that cannot keep them)', async () => {
    const { database, run } = sessionStatements(false);
    try {
      expect(await run()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
