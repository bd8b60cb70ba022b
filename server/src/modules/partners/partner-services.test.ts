import type { PartnerService } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';

describe('the list of partner services', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Partners', ['admin', 'case_worker', 'partner']);
    const elsewhere = await createTestOrganisation(ctx.database, 'Elsewhere', ['admin']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
    const foreignAdmin = await signIn(ctx.app, elsewhere.byRole.admin.email);
    const create = async (headers: Record<string, string>, name: string) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/admin/partner-services',
        headers,
        payload: { name },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as PartnerService;
    };
    for (const name of ['Mission locale', 'CMP adultes', 'Banque alimentaire', 'Epicerie sociale', 'Dettes conseil']) {
      await create(admin.headers, name);
    }
    const closed = await create(admin.headers, 'Ancien service');
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/partner-services/${closed.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    await create(foreignAdmin.headers, 'Foreign service');
  });
  afterAll(() => ctx.close());

  it('pages through every service of the organisation by name, inactive ones included', async () => {
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    const get = (url: string) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: worker.headers });
    const whole: PartnerService[] = (await get('/partner-services?limit=200')).json().items;
    const { rows, pages } = await walkPages<PartnerService>(get, '/partner-services', 2);
    expect(pages).toBe(3);
    expect(rows).toEqual(whole);
    expect(rows.map((service) => service.name)).toEqual([
      'Ancien service',
      'Banque alimentaire',
      'CMP adultes',
      'Dettes conseil',
      'Epicerie sociale',
      'Mission locale',
    ]);
    expect(rows.find((service) => service.name === 'Ancien service')?.active).toBe(false);
    await expectBadCursorRefused(get, '/partner-services');
  });

  it('stays closed to partner accounts', async () => {
    const partner = await signIn(ctx.app, org.byRole.partner.email);
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/partner-services', headers: partner.headers });
    expect(response.statusCode).toBe(403);
  });
});
