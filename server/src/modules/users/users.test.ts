import { User } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';

describe('administration of sites and users', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CCAS', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    admin = await signIn(ctx.app, org.byRole.admin.email);
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = admin.headers) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

  it('lets only admins manage sites and users', async () => {
    for (const role of ['coordinator', 'case_worker', 'partner', 'analyst'] as const) {
      const session = await signIn(ctx.app, org.byRole[role].email);
      for (const url of ['/admin/users', '/admin/sites']) {
        const response = await call('GET', url, undefined, session.headers);
        expect(response.statusCode, `${role} ${url}`).toBe(403);
      }
      expect((await call('POST', '/admin/sites', { name: 'X', kind: 'antenna' }, session.headers)).statusCode).toBe(
        403,
      );
    }
  });

  it('creates an antenna and a user attached to it, who can then sign in', async () => {
    const site = await call('POST', '/admin/sites', { name: 'Antenne Nord', kind: 'antenna', municipality: 'Lille' });
    expect(site.statusCode).toBe(201);
    expect(site.json()).toMatchObject({ name: 'Antenne Nord', kind: 'antenna', active: true, address: null });

    const created = await call('POST', '/admin/users', {
      email: 'Nadia.Coach@CCAS.test',
      displayName: 'Nadia Coach',
      role: 'case_worker',
      siteId: site.json().id,
      password: 'twelve chars or more',
    });
    expect(created.statusCode).toBe(201);
    const user = User.parse(created.json());
    expect(user).toMatchObject({ email: 'nadia.coach@ccas.test', siteId: site.json().id, locale: 'fr', active: true });
    expect(created.body).not.toContain('password');

    const session = await signIn(ctx.app, 'nadia.coach@ccas.test', 'twelve chars or more');
    const me = await call('GET', '/me', undefined, session.headers);
    expect(me.json()).toMatchObject({ displayName: 'Nadia Coach', role: 'case_worker' });
  });

  it('refuses a short password, a taken e-mail and an unknown site with clear problems', async () => {
    const short = await call('POST', '/admin/users', {
      email: 'short@ccas.test',
      displayName: 'Short',
      role: 'analyst',
      password: 'too short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'body.password' })]);

    // Long enough, but common or a keyboard walk: refused.
    for (const password of ['password1234', 'iloveyou1234', 'qwertyuiopasdf']) {
      const weak = await call('POST', '/admin/users', {
        email: 'weak.user@ccas.test',
        displayName: 'Weak User',
        role: 'analyst',
        password,
      });
      expect(weak.statusCode, password).toBe(400);
      expect(weak.json().errors).toEqual([expect.objectContaining({ path: 'body.password' })]);
    }

    const taken = await call('POST', '/admin/users', {
      email: org.byRole.partner.email,
      displayName: 'Dup',
      role: 'partner',
      password: 'a long enough password',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().type).toBe('urn:percee:problem:email-taken');

    const unknownSite = await call('POST', '/admin/users', {
      email: 'nosite@ccas.test',
      displayName: 'No Site',
      role: 'partner',
      siteId: '00000000-0000-4000-8000-000000000000',
      password: 'a long enough password',
    });
    expect(unknownSite.statusCode).toBe(422);
  });

  it('pages through users with an opaque cursor, without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await call('POST', '/admin/users', {
        email: `pager${i}@ccas.test`,
        displayName: `Pager ${i}`,
        role: 'analyst',
        password: 'a long enough password',
      });
      expect(response.statusCode).toBe(201);
    }
    const all = (await call('GET', '/admin/users?limit=200')).json().items.map((u: { id: string }) => u.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await call('GET', `/admin/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
    expect((await call('GET', '/admin/users?cursor=not-a-cursor')).statusCode).toBe(400);
  });

  it('records who changed what in the audit trail, without the password', async () => {
    const response = await call('PATCH', `/admin/users/${org.byRole.analyst.id}`, {
      displayName: 'Anna Renamed',
      password: 'a brand new long password',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().displayName).toBe('Anna Renamed');
    const { inTenant } = await import('../../db/tenant.js');
    const { auditLog } = await import('../../db/schema.js');
    const { and, eq } = await import('drizzle-orm');
    const entries = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.update'), eq(auditLog.entityId, org.byRole.analyst.id))),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: org.byRole.admin.id,
      changes: { displayName: ['analyst of CCAS', 'Anna Renamed'], passwordHash: '[changed]' },
    });
    expect(JSON.stringify(entries[0])).not.toContain('a brand new long password');
  });

  it('lists active sites (names only) for report filters, to every role but partners', async () => {
    // (The analyst's password was reset above.)
    const analyst = await signIn(ctx.app, org.byRole.analyst.email, 'a brand new long password');
    const sites = await call('GET', '/sites', undefined, analyst.headers);
    expect(sites.statusCode).toBe(200);
    expect(sites.json().items.map((s: { name: string }) => s.name)).toContain('CCAS HQ');
    expect(Object.keys(sites.json().items[0]).sort()).toEqual(['id', 'kind', 'name']);
    const partner = await signIn(ctx.app, org.byRole.partner.email);
    expect((await call('GET', '/sites', undefined, partner.headers)).statusCode).toBe(403);
  });

  it('stops an admin from locking themselves out', async () => {
    const response = await call('PATCH', `/admin/users/${org.byRole.admin.id}`, { active: false });
    expect(response.statusCode).toBe(409);
  });

  it('pages through the active sites (names only), inactive ones left out', async () => {
    for (const name of ['Antenne Est', 'Antenne Ouest', 'Antenne Sud', 'Antenne Fermée']) {
      const site = await call('POST', '/admin/sites', { name, kind: 'antenna' });
      expect(site.statusCode).toBe(201);
      if (name === 'Antenne Fermée') await call('PATCH', `/admin/sites/${site.json().id}`, { active: false });
    }
    const coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    const get = (url: string) => call('GET', url, undefined, coordinator.headers);
    const whole: { id: string; name: string }[] = (await get('/sites?limit=200')).json().items;
    const { rows, pages } = await walkPages<{ id: string; name: string }>(get, '/sites', 2);
    expect(pages).toBeGreaterThan(1);
    expect(rows).toEqual(whole);
    expect(new Set(rows.map((site) => site.id)).size).toBe(rows.length);
    const names = rows.map((site) => site.name);
    expect(names).toEqual(expect.arrayContaining(['CCAS HQ', 'Antenne Est', 'Antenne Ouest', 'Antenne Sud']));
    expect(names).not.toContain('Antenne Fermée');
    expect(names.indexOf('Antenne Est')).toBeLessThan(names.indexOf('Antenne Ouest'));
    expect(names.indexOf('Antenne Ouest')).toBeLessThan(names.indexOf('Antenne Sud'));
    await expectBadCursorRefused(get, '/sites');
  });

  it('pages through the team (active case workers and coordinators, by name) with their caseload', async () => {
    for (const [displayName, role, active] of [
      ['Team Bravo', 'case_worker', true],
      ['Team Alpha', 'coordinator', true],
      ['Team Charlie', 'case_worker', true],
      ['Team Delta', 'case_worker', false],
      ['Team Echo', 'analyst', true],
    ] as const) {
      const created = await call('POST', '/admin/users', {
        email: `${displayName.replace(' ', '.').toLowerCase()}@ccas.test`,
        displayName,
        role,
        password: 'a long enough password',
      });
      expect(created.statusCode).toBe(201);
      if (!active) await call('PATCH', `/admin/users/${created.json().id}`, { active: false });
    }
    const coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    const get = (url: string) => call('GET', url, undefined, coordinator.headers);
    type Member = { id: string; displayName: string; role: string; openCases: number };
    const whole: Member[] = (await get('/team?limit=200')).json().items;
    const { rows, pages } = await walkPages<Member>(get, '/team', 2);
    expect(pages).toBeGreaterThan(1);
    expect(rows).toEqual(whole);
    expect(new Set(rows.map((member) => member.id)).size).toBe(rows.length);
    const team = rows.map((member) => member.displayName).filter((name) => name.startsWith('Team '));
    expect(team).toEqual(['Team Alpha', 'Team Bravo', 'Team Charlie']);
    expect(rows.every((member) => ['case_worker', 'coordinator'].includes(member.role))).toBe(true);
    expect(rows.every((member) => member.openCases === 0)).toBe(true);
    await expectBadCursorRefused(get, '/team');
  });
});
