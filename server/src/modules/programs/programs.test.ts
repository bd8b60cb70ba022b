import { Program, ProgramOption, type Role } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertProgram } from '../../../test/fixtures.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';

type Session = Awaited<ReturnType<typeof signIn>>;
const ROLES: Role[] = ['admin', 'coordinator', 'case_worker', 'partner', 'analyst'];

describe('programs', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  const sessions = {} as Record<Role, Session>;
  let activeId: string;
  let inactiveId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Programs', ROLES);
    const elsewhere = await createTestOrganisation(ctx.database, 'Elsewhere', ['admin']);
    for (const role of ROLES) sessions[role] = await signIn(ctx.app, org.byRole[role].email);
    activeId = (
      await insertProgram(ctx.database, org.organisationId, { name: 'Housing first', method: 'housing_support_asll' })
    ).id;
    inactiveId = (await insertProgram(ctx.database, org.organisationId, { name: 'Old program' })).id;
    await insertProgram(ctx.database, elsewhere.organisationId, { name: 'Foreign program' });
    const closed = await call('admin', 'PATCH', `/programs/${inactiveId}`, { active: false });
    expect(closed.statusCode).toBe(200);
  });
  afterAll(() => ctx.close());

  const call = (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: sessions[role].headers, ...(payload ? { payload } : {}) });

  it('shows every signed-in role the active programs as options, with nothing but id, name and method', async () => {
    for (const role of ROLES) {
      const response = await call(role, 'GET', '/programs/options');
      expect(response.statusCode, role).toBe(200);
      const { items } = z.object({ items: z.array(ProgramOption) }).parse(response.json());
      expect(items, role).toEqual([{ id: activeId, name: 'Housing first', method: 'housing_support_asll' }]);
      // Only the three fields: no caseload limit, checklist or settings leave for partners and analysts.
      for (const item of response.json().items)
        expect(Object.keys(item).sort(), role).toEqual(['id', 'method', 'name']);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/programs/options' })).statusCode).toBe(401);
  });

  it('keeps the program settings for the staff: not partners, nor analysts (their reports filter by option)', async () => {
    for (const role of ['admin', 'coordinator', 'case_worker'] as const) {
      const response = await call(role, 'GET', '/programs?includeInactive=true');
      expect(response.statusCode, role).toBe(200);
      const { items } = z.object({ items: z.array(Program) }).parse(response.json());
      expect(items.map((program) => program.id).sort(), role).toEqual([activeId, inactiveId].sort());
    }
    for (const role of ['partner', 'analyst'] as const) {
      const refused = await call(role, 'GET', '/programs?includeInactive=true');
      expect(refused.statusCode, role).toBe(403);
      expect(refused.headers['content-type'], role).toContain('application/problem+json');
    }
  });

  it('lets admins only create and edit programs', async () => {
    const body = {
      name: 'Outreach',
      method: 'outreach',
      caseloadLimit: 8,
      contactIntervalDays: 7,
      accompanimentTypes: ['outreach'],
    };
    for (const role of ['coordinator', 'case_worker', 'partner', 'analyst'] as const) {
      expect((await call(role, 'POST', '/programs', body)).statusCode, role).toBe(403);
      expect((await call(role, 'PATCH', `/programs/${activeId}`, { name: 'X' })).statusCode, role).toBe(403);
    }
    const created = await call('admin', 'POST', '/programs', body);
    expect(created.statusCode).toBe(201);
    expect(Program.parse(created.json())).toMatchObject({ ...body, expectedDurationMonths: null, active: true });
    const edited = await call('admin', 'PATCH', `/programs/${created.json().id}`, {
      caseloadLimit: 12,
      eligibilityChecklist: [{ code: 'consent', label: 'The household agrees' }],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ caseloadLimit: 12, eligibilityChecklist: [{ code: 'consent' }] });
    expect((await call('admin', 'PATCH', `/programs/${created.json().id}`, { caseloadLimit: 0 })).statusCode).toBe(400);
  });

  it('pages through programs and program options by name, ties broken by id', async () => {
    // Names are not unique: three namesakes must each come once, across page boundaries.
    for (let i = 0; i < 3; i++) await insertProgram(ctx.database, org.organisationId, { name: 'Namesake' });
    await insertProgram(ctx.database, org.organisationId, { name: 'Zeta' });
    for (const [role, url] of [
      ['coordinator', '/programs'],
      ['admin', '/programs?includeInactive=true'],
      ['partner', '/programs/options'],
    ] as const) {
      const get = (path: string) => call(role, 'GET', path);
      const whole: { id: string; name: string }[] = (
        await get(`${url}${url.includes('?') ? '&' : '?'}limit=200`)
      ).json().items;
      const { rows, pages } = await walkPages<{ id: string; name: string }>(get, url, 2);
      expect(pages, url).toBeGreaterThan(2);
      expect(rows, url).toEqual(whole);
      expect(new Set(rows.map((program) => program.id)).size, url).toBe(rows.length);
      const namesakes = rows.filter((program) => program.name === 'Namesake').map((program) => program.id);
      expect(namesakes, url).toEqual([...namesakes].sort());
      expect(namesakes, url).toHaveLength(3);
      expect(rows.at(-1)?.name, url).toBe('Zeta');
      expect(
        rows.some((program) => program.id === inactiveId),
        url,
      ).toBe(url.includes('includeInactive'));
      await expectBadCursorRefused(get, url);
    }
  });
});
