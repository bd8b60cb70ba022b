import type { Role } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../app.js';
import { ATTACKS, type Ids, type Method, seedOperationsData } from '../operations.js';

/*
 * Tenant isolation, route by route: every operation of the OpenAPI document is tried by users of
 * another organisation with real ids of this one. Reads, updates and deletes of those ids answer 404;
 * lists and creations never return or link this organisation's data. An operation missing from the
 * table in test/operations.ts fails the suite, so a new route cannot ship without its isolation check.
 */

describe('tenant isolation on every operation of the OpenAPI document', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Ids;
  /** Strings that must never reach the other organisation. */
  let secrets: string[];
  const attackers: Partial<Record<Role, { authorization: string }>> = {};

  beforeAll(async () => {
    ctx = await startTestApp();
    const victim = await createTestOrganisation(ctx.database, 'Victim', ['admin', 'coordinator', 'case_worker']);
    const attacker = await createTestOrganisation(ctx.database, 'Attacker', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
    ]);
    for (const role of ['admin', 'coordinator', 'case_worker', 'partner'] as const) {
      attackers[role] = (await signIn(ctx.app, attacker.byRole[role].email)).headers;
    }
    // The attacker's partner account works for a service of its own organisation.
    const attackerAdmin = attackers.admin as { authorization: string };
    const attackerService = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/partner-services',
      headers: attackerAdmin,
      payload: { name: 'Attacker service' },
    });
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${attacker.byRole.partner.id}`,
      headers: attackerAdmin,
      payload: { partnerServiceId: attackerService.json().id },
    });
    const seeded = await seedOperationsData(ctx, victim);
    ids = seeded.ids;
    const household = seeded.household;
    secrets = [
      ...Object.values(ids),
      ...Object.values(seeded.markers),
      household.reference,
      'Victim',
      'Vera',
      victim.byRole.case_worker.email,
    ];
  });
  afterAll(() => ctx.close());

  it('covers every operation of the OpenAPI document', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(
      operations.filter((operation) => !(operation in ATTACKS)),
      'operations without an isolation check',
    ).toEqual([]);
    expect(
      Object.keys(ATTACKS).filter((operation) => !operations.includes(operation)),
      'checks of operations that no longer exist',
    ).toEqual([]);
  });

  it.each(Object.entries(ATTACKS).filter(([, attack]) => attack.expect !== 'not-applicable'))(
    '%s never reaches the other organisation',
    async (operation, attack) => {
      const method = operation.split(' ')[0] as Method;
      const response = await ctx.app.inject({
        method,
        url: attack.path(ids),
        headers: { ...attackers[attack.as], 'if-match': '"1"' },
        ...(attack.body ? { payload: attack.body(ids) as object } : {}),
      });
      if (attack.expect === '404') expect(response.statusCode, response.body).toBe(404);
      expect(response.statusCode, response.body).toBeLessThan(500);
      for (const secret of secrets) expect(response.body, `${operation} leaked ${secret}`).not.toContain(secret);
    },
  );
});
