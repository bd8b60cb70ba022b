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
