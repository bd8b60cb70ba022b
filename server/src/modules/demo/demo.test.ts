import { roles } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from './seed.js';

describe('demo organisation', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('is created on an empty installation, once, with one sign-in per role', async () => {
    expect(await seedDemoIfEmpty(ctx.database.db)).toBe(true);
    expect(await seedDemoIfEmpty(ctx.database.db)).toBe(false);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(roles));
    for (const account of DEMO_ACCOUNTS) {
      const session = await signIn(ctx.app, account.email, DEMO_PASSWORD);
      const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
      expect(me.json()).toMatchObject({ role: account.role, organisation: { isDemo: true } });
    }
  });

  it('reproduces the Soliha 2016 activity report from its stored cases', async () => {
    const coordinator = await signIn(ctx.app, 'coordinatrice@demo.percee.test', DEMO_PASSWORD);
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/activity?from=2016-01-01&to=2016-12-31',
      headers: coordinator.headers,
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.diagnostics.done).toBe(129);
    expect(report.diagnostics.withoutAccompaniment).toBe(26);
    expect(report.accompaniments.active).toBe(163);
    expect(
      Object.fromEntries(
        report.accompaniments.activeByType.map((g: { key: string; count: number }) => [g.key, g.count]),
      ),
    ).toEqual({
      housing_keeping: 104,
      housing_search: 38,
      housing_access: 17,
      masp: 4,
    });
  });

  it('gives every screen something to show: a caseload with overdue cases, an inbox, assessments', async () => {
    const coach = await signIn(ctx.app, 'coach@demo.percee.test', DEMO_PASSWORD);
    const caseload = (await ctx.app.inject({ method: 'GET', url: '/api/v1/caseload', headers: coach.headers })).json()
      .items;
    expect(caseload.length).toBeGreaterThan(3);
    expect(caseload.some((entry: { case: { overdue: boolean } }) => entry.case.overdue)).toBe(true);
    const coordinator = await signIn(ctx.app, 'coordinatrice@demo.percee.test', DEMO_PASSWORD);
    const inbox = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/referrals?status=new',
      headers: coordinator.headers,
    });
    expect(inbox.json().items.length).toBe(5);
    const stages = new Set(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/cases?limit=200&open=true', headers: coordinator.headers }))
        .json()
        .items.map((c: { stage: string }) => c.stage),
    );
    expect(stages).toEqual(new Set(['intake', 'assessment', 'planning', 'monitoring', 'evaluation']));
    // The partner's service is involved in a few cases under an active consent: "our cases" is not empty.
    const partner = await signIn(ctx.app, 'partenaire@demo.percee.test', DEMO_PASSWORD);
    const ours = await ctx.app.inject({ method: 'GET', url: '/api/v1/partner/cases', headers: partner.headers });
    expect(ours.statusCode, ours.body).toBe(200);
    expect(ours.json().items.length).toBeGreaterThan(0);
    const first = ours.json().items[0] as { id: string };
    const one = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/partner/cases/${first.id}`,
      headers: partner.headers,
    });
    expect(one.statusCode, one.body).toBe(200);
  });
});

describe('demo seed on an installation that already has data', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('never adds the demo organisation', async () => {
    await createTestOrganisation(ctx.database, 'Real City', ['admin']);
    expect(await seedDemoIfEmpty(ctx.database.db)).toBe(false);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO_ACCOUNTS[0]?.email, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
  });
});
