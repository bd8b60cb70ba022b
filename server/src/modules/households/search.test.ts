import { Household } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;

describe('typo-tolerant household search (pg_trgm)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let worker: Session;
  let otherCoordinator: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '0' });
    org = await createTestOrganisation(ctx.database, 'Search', ['coordinator', 'case_worker']);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    worker = await signIn(ctx.app, org.byRole.case_worker.email);
    otherCoordinator = await signIn(ctx.app, other.byRole.coordinator.email);
    const household = async (session: Session, firstName: string, lastName: string, address: string) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: session.headers,
        payload: {
          address,
          postalCode: '7100',
          municipality: 'La Louvière',
          members: [{ firstName, lastName, birthDate: '1980-02-03', role: 'applicant' }],
          confirmNotDuplicate: true,
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return Household.parse(response.json()).id;
    };
    ids.dupont = await household(coordinator, 'Hélène', 'Dupont', '3 rue Haute');
    ids.durand = await household(coordinator, 'Marc', 'Durand', '8 place Verte');
    ids.celik = await household(coordinator, 'Ayşe', 'Çelik', '1 chaussée de Mons');
    ids.otherDupont = await household(otherCoordinator, 'Hélène', 'Dupont', '3 rue Haute');
    // The case worker works with one household only (a case of their own).
    const program = await insertProgram(ctx.database, org.organisationId);
    const own = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
      lastName: 'Dupontel',
    });
    ids.dupontel = own.household.id;
  });
  afterAll(() => ctx.close());

  async function search(session: Session, q: string) {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/households?q=${encodeURIComponent(q)}`,
      headers: session.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: { id: string }[] }>().items.map((item) => item.id);
  }

  it('finds "Dupont" when searching "Dupond" (one letter wrong)', async () => {
    expect(await search(coordinator, 'Dupond')).toContain(ids.dupont);
    expect(await search(coordinator, 'dupont')).toContain(ids.dupont);
    expect(await search(coordinator, 'Duppont')).toContain(ids.dupont);
    expect(await search(coordinator, 'Dupond')).not.toContain(ids.durand);
  });

  it('ignores case and accents, in the query and in the names', async () => {
    expect(await search(coordinator, 'DUPÔND')).toContain(ids.dupont);
    expect(await search(coordinator, 'helene dupond')).toContain(ids.dupont);
    expect(await search(coordinator, 'HÉLÈNE')).toContain(ids.dupont);
    expect(await search(coordinator, 'celik ayse')).toContain(ids.celik);
  });

  it('still finds substrings (reference digits, part of a name), and every word must match', async () => {
    expect(await search(coordinator, 'upon')).toContain(ids.dupont);
    expect(await search(coordinator, 'dupond marc')).toEqual([]);
    expect(await search(coordinator, 'zzzznotthere')).toEqual([]);
  });

  it('never returns households of another organisation', async () => {
    const found = await search(coordinator, 'Dupond');
    expect(found).not.toContain(ids.otherDupont);
    expect(await search(otherCoordinator, 'Dupond')).toEqual([ids.otherDupont]);
  });

  it('keeps a case worker to the households they work with', async () => {
    expect(await search(worker, 'Dupond')).toEqual([ids.dupontel]);
  });

  it('returns nothing from the search function without a tenant, even to the application role', async () => {
    const rows = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'percee_app', true)`);
      return (await tx.execute(sql`select app.household_search_ids(array['dupont']) as id`)) as unknown;
    });
    const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
    expect(list).toEqual([]);
    const scoped = await inTenant(ctx.database.db, { organisationId: other.organisationId }, async (tx) => {
      const result = (await tx.execute(sql`select app.household_search_ids(array['dupond']) as id`)) as unknown;
      return (Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows) as { id: string }[];
    });
    expect(scoped.map((row) => row.id)).toEqual([ids.otherDupont]);
  });
});
