import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation } from '../../test/app.js';
import { openTestDatabase } from '../../test/database.js';
import { rowsOf } from '../lib/sql.js';
import type { Database } from './client.js';
import { sites } from './schema.js';

/*
 * The transaction every request runs in (request.inTenant): on PostgreSQL its BEGIN, tenant settings and
 * first statement go as one simple query with inlined literals, so these check what that must keep:
 * the role and tenant, the quoting, rollback, savepoints, and a pool that survives failures.
 */
describe('Database.tenantTransaction', () => {
  let database: Database;
  let organisationId: string;
  let userId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const org = await createTestOrganisation(database, 'Transactions', ['case_worker']);
    organisationId = org.organisationId;
    userId = org.byRole.case_worker.id;
  });
  afterAll(() => database.close());

  const echo = (value: string) => ({ text: 'select $1::text as echo', values: [value] });
  const siteNames = () =>
    database.tenantTransaction('main', { organisationId }, echo(''), async (tx) =>
      (await tx.select({ name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)))
        .map((site) => site.name)
        .sort(),
    );

  it('runs as the application role in the tenant, and hands over the first statement’s rows', async () => {
    const seen = await database.tenantTransaction(
      'main',
      { organisationId, userId },
      { text: 'select $1::text as echo, current_user as role', values: ['hello'] },
      async (tx, firstRows) => ({
        firstRows,
        settings: await rowsOf(
          tx,
          sql`select current_user as role, current_setting('app.org_id') as org, current_setting('app.user_id') as "user"`,
        ),
      }),
    );
    expect(seen.firstRows).toEqual([{ echo: 'hello', role: 'percee_app' }]);
    expect(seen.settings).toEqual([{ role: 'percee_app', org: organisationId, user: userId }]);
  });

  it('keeps a value with quotes, a semicolon and backslashes as one literal', async () => {
    const hostile = "x'; drop table sites; -- \\' \"";
    const [row] = await database.tenantTransaction(
      'main',
      { organisationId },
      echo(hostile),
      async (_tx, rows) => rows,
    );
    expect(row).toEqual({ echo: hostile });
    expect(await siteNames()).toContain('Transactions HQ');
  });

  it('rolls back everything when the work fails, and rolls back only a failed savepoint', async () => {
    const before = await siteNames();
    await expect(
      database.tenantTransaction('main', { organisationId }, echo(''), async (tx) => {
        await tx.insert(sites).values({ organisationId, name: 'Lost site', kind: 'antenna' });
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(await siteNames()).toEqual(before);

    await database.tenantTransaction('main', { organisationId }, echo(''), async (tx) => {
      await tx.insert(sites).values({ organisationId, name: 'Kept site', kind: 'antenna' });
      await tx
        .transaction(async (inner) => {
          await inner.insert(sites).values({ organisationId, name: 'Savepoint site', kind: 'antenna' });
          throw new Error('inner failed');
        })
        .catch(() => {});
      await tx
        .update(sites)
        .set({ municipality: 'Lille' })
        .where(and(eq(sites.organisationId, organisationId), eq(sites.name, 'Kept site')));
    });
    expect(await siteNames()).toEqual([...before, 'Kept site'].sort());
  });

  it('fails cleanly when the first statement fails, and the pool stays usable', async () => {
    const failure = await database
      .tenantTransaction('main', { organisationId }, { text: 'select 1 / 0', values: [] }, async () => 'ran')
      .catch((error: unknown) => error);
    // drizzle (PGlite) wraps the driver's error; node-postgres gives it as is.
    expect(String((failure as Error).cause ?? failure)).toMatch(/division by zero/);
    // More transactions than the pool has connections: none is left in a failed transaction.
    for (let i = 0; i < 8; i++) {
      const [row] = await database.tenantTransaction(
        'main',
        { organisationId },
        echo(`run ${i}`),
        async (_tx, rows) => rows,
      );
      expect(row).toEqual({ echo: `run ${i}` });
    }
  });

  it('leaves no role or tenant on the connection once it ends', async () => {
    await database.tenantTransaction('main', { organisationId, userId }, echo(''), async () => undefined);
    const outside = await database.db.execute(
      sql`select current_user <> 'percee_app' as own_role, coalesce(current_setting('app.org_id', true), '') as org`,
    );
    expect((outside as unknown as { rows: unknown[] }).rows).toEqual([{ own_role: true, org: '' }]);
  });
});
