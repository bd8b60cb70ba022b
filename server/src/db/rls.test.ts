import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { sqlState } from '../lib/pg-errors.js';
import { auditLog, users } from './schema.js';
import { APP_ROLE, inTenant } from './tenant.js';

type Row = Record<string, unknown>;
const INSUFFICIENT_PRIVILEGE = '42501';

async function sqlStateOf(attempt: Promise<unknown>) {
  try {
    await attempt;
  } catch (error) {
    return sqlState(error);
  }
  return 'no error';
}

describe('row-level security', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let a: Awaited<ReturnType<typeof createTestOrganisation>>;
  let b: Awaited<ReturnType<typeof createTestOrganisation>>;
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await ctx.database.db.execute(query)) as unknown as { rows: Row[] }).rows;

  beforeAll(async () => {
    ctx = await startTestApp();
    a = await createTestOrganisation(ctx.database, 'Org A', ['admin', 'case_worker']);
    b = await createTestOrganisation(ctx.database, 'Org B', ['admin', 'case_worker']);
  });
  afterAll(() => ctx.close());

  it('is enabled and forced on every table holding tenant data, with a tenant policy', async () => {
    const tables = await rows(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation'
                     and p.qual like '%current_org_id()%' and p.with_check like '%current_org_id()%') as has_policy
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
                     where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'organisation_id')
             or c.relname = 'organisations')`);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables)
      expect(table, String(table.table)).toMatchObject({ enabled: true, forced: true, has_policy: true });
  });

  it('runs the application as a role that owns nothing and cannot bypass it', async () => {
    const [role] = await rows(
      sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${APP_ROLE}`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const owned = await rows(sql`
      select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`);
    expect(owned).toEqual([]);
    const current = await inTenant(
      ctx.database.db,
      { organisationId: a.organisationId },
      async (tx) => ((await tx.execute(sql`select current_user as who`)) as unknown as { rows: Row[] }).rows,
    );
    expect(current[0]?.who).toBe(APP_ROLE);
  });

  it('returns nothing to a query with no tenant set', async () => {
    const seen = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
      return tx.select({ id: users.id }).from(users);
    });
    expect(seen).toEqual([]);
    // ...while the rows are there: each tenant sees exactly its own.
    const seenByA = await inTenant(ctx.database.db, { organisationId: a.organisationId }, (tx) =>
      tx.select({ organisationId: users.organisationId }).from(users),
    );
    expect(seenByA).toHaveLength(2);
    expect(new Set(seenByA.map((u) => u.organisationId))).toEqual(new Set([a.organisationId]));
  });

  it('refuses to write a row into another organisation', async () => {
    const attempt = inTenant(ctx.database.db, { organisationId: a.organisationId }, (tx) =>
      tx.insert(auditLog).values({ organisationId: b.organisationId, action: 'x', entityType: 'y' }),
    );
    expect(await sqlStateOf(attempt)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('keeps the audit trail append-only for the application role', async () => {
    const update = inTenant(ctx.database.db, { organisationId: a.organisationId }, (tx) =>
      tx.update(auditLog).set({ action: 'forged' }),
    );
    expect(await sqlStateOf(update)).toBe(INSUFFICIENT_PRIVILEGE);
    const remove = inTenant(ctx.database.db, { organisationId: a.organisationId }, (tx) => tx.delete(auditLog));
    expect(await sqlStateOf(remove)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('isolates organisations through the API: lists, reads and writes', async () => {
    const adminA = await signIn(ctx.app, a.byRole.admin.email);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: adminA.headers });
    expect(list.statusCode).toBe(200);
    const emails = list.json().items.map((u: { email: string }) => u.email);
    expect(emails.sort()).toEqual([a.byRole.admin.email, a.byRole.case_worker.email].sort());

    const patchForeignUser = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${b.byRole.case_worker.id}`,
      headers: adminA.headers,
      payload: { active: false },
    });
    expect(patchForeignUser.statusCode).toBe(404);
    const patchForeignSite = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sites/${b.headOfficeId}`,
      headers: adminA.headers,
      payload: { name: 'Taken over' },
    });
    expect(patchForeignSite.statusCode).toBe(404);
    // A user of A cannot be attached to a site of B.
    const foreignSite = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: adminA.headers,
      payload: {
        email: 'new@a.test',
        displayName: 'New',
        role: 'case_worker',
        siteId: b.headOfficeId,
        password: 'a long enough password',
      },
    });
    expect(foreignSite.statusCode).toBe(422);

    const adminB = await signIn(ctx.app, b.byRole.admin.email);
    const bUsers = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: adminB.headers });
    expect(bUsers.json().items.find((u: { id: string }) => u.id === b.byRole.case_worker.id)).toMatchObject({
      active: true,
    });
  });
});
