import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD } from '../../../test/app.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';

function forgeToken(header: object, payload: object, secret = SECRET) {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode(header)}.${encode(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('sign-in and sessions', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Ville A', ['admin', 'case_worker', 'coordinator']);
  });
  afterAll(() => ctx.close());

  const login = (payload: unknown) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object });
  const me = (token: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
  const refresh = (token: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { percee_refresh: token } });

  it('signs in with the right password: access token, httpOnly SameSite=Strict refresh cookie, and /me', async () => {
    const response = await login({ email: org.byRole.case_worker.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const cookie = response.cookies.find((c) => c.name === 'percee_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(response.headers['cache-control']).toBe('no-store');

    const profile = await me(body.accessToken);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      id: org.byRole.case_worker.id,
      role: 'case_worker',
      organisation: { id: org.organisationId, name: 'Ville A', isDemo: false },
    });
  });

  it.each([
    ['a wrong password', () => ({ email: org.byRole.admin.email, password: 'not the password at all' })],
    ['an unknown account', () => ({ email: 'nobody@nowhere.test', password: TEST_PASSWORD })],
  ])('refuses %s with the same 401 problem', async (_label, payload) => {
    const response = await login(payload());
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, detail: 'Invalid e-mail or password' });
    expect(response.cookies).toHaveLength(0);
  });

  it('rejects unknown body fields and a malformed e-mail, naming the fields', async () => {
    const response = await login({ email: 'not-an-email', password: 'x', remember: true });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.type).toBe('urn:percee:problem:validation');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.email' }),
        expect.objectContaining({ path: 'body.remember', message: 'Unknown field' }),
      ]),
    );
  });

  it('rejects missing, expired, tampered, alg:none and foreign tokens', async () => {
    const now = Math.floor(Date.now() / 1000);
    // An open session of the account, so that only the token's own faults are tested.
    const { sid } = ctx.app.jwt.decode<{ sid: string }>(
      (await signIn(ctx.app, org.byRole.admin.email)).accessToken,
    ) as { sid: string };
    const claims = {
      sub: org.byRole.admin.id,
      org: org.organisationId,
      role: 'admin',
      sid,
      iss: 'percee',
      aud: 'percee-api',
    };
    const valid = forgeToken({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now, exp: now + 60 });
    expect((await me(valid)).statusCode).toBe(200);

    const noToken = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(noToken.statusCode).toBe(401);
    const expired = forgeToken({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 });
    const [h, , s] = valid.split('.');
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'coordinator', iat: now, exp: now + 60 })).toString(
      'base64url',
    );
    const tampered = `${h}.${elevated}.${s}`;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: now + 60 })).toString('base64url')}.`;
    const otherSecret = forgeToken(
      { alg: 'HS256' },
      { ...claims, exp: now + 60 },
      'another-secret-another-secret-another',
    );
    const otherAudience = forgeToken({ alg: 'HS256' }, { ...claims, aud: 'someone-else', exp: now + 60 });
    for (const token of [expired, tampered, none, otherSecret, otherAudience, 'garbage']) {
      const response = await me(token);
      expect(response.statusCode, token).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('rotates the refresh token, and a reused one ends the whole session family', async () => {
    const session = await signIn(ctx.app, org.byRole.coordinator.email);
    const first = await refresh(session.refreshToken);
    expect(first.statusCode).toBe(200);
    const rotated = first.cookies.find((c) => c.name === 'percee_refresh')?.value as string;
    expect(rotated).toBeTruthy();
    expect(rotated).not.toBe(session.refreshToken);
    expect((await me(first.json().accessToken)).statusCode).toBe(200);

    // The old token is replayed (stolen): refused, and the rotated one dies with it.
    const replay = await refresh(session.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/reused/);
    expect((await refresh(rotated)).statusCode).toBe(401);
  });

  it('ends a session left idle, and any session past its absolute lifetime', async () => {
    const { refreshTokens } = await import('../../db/schema.js');
    const { eq, sql } = await import('drizzle-orm');
    // The test connects as the database owner (superuser): it can age tokens directly.
    const idle = await signIn(ctx.app, org.byRole.coordinator.email);
    await ctx.database.db
      .update(refreshTokens)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(refreshTokens.userId, org.byRole.coordinator.id));
    const idleRefresh = await refresh(idle.refreshToken);
    expect(idleRefresh.statusCode).toBe(401);
    expect(idleRefresh.json().detail).toMatch(/idle/);

    const old = await signIn(ctx.app, org.byRole.coordinator.email);
    await ctx.database.db
      .update(refreshTokens)
      .set({ createdAt: sql`now() - interval '13 hours'` })
      .where(eq(refreshTokens.userId, org.byRole.coordinator.id));
    const expired = await refresh(old.refreshToken);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/sign in again/);

    // A fresh session still refreshes.
    const fresh = await signIn(ctx.app, org.byRole.coordinator.email);
    expect((await refresh(fresh.refreshToken)).statusCode).toBe(200);
  });

  it('logout revokes the refresh token', async () => {
    const session = await signIn(ctx.app, org.byRole.coordinator.email);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { percee_refresh: session.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
  });

  it('disabling a user ends their sessions at once and blocks sign-in', async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    expect((await me(worker.accessToken)).statusCode).toBe(200);

    const disable = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${org.byRole.case_worker.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(disable.statusCode).toBe(200);
    expect(disable.json().active).toBe(false);

    expect((await me(worker.accessToken)).statusCode).toBe(401);
    expect((await refresh(worker.refreshToken)).statusCode).toBe(401);
    const again = await login({ email: org.byRole.case_worker.email, password: TEST_PASSWORD });
    expect(again.statusCode).toBe(401);
    expect(again.json().detail).toBe('Invalid e-mail or password');
  });
});

describe('failed sign-in rate limit', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp({ LOGIN_RATE_LIMIT_MAX: '3', LOGIN_RATE_LIMIT_WINDOW: '1 minute' });
  });
  afterAll(() => ctx.close());

  it('answers 429 problem+json with Retry-After once the limit is reached', async () => {
    const attempt = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'victim@ville.test', password: 'guess guess guess' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json()).toMatchObject({ status: 429, type: 'urn:percee:problem:rate-limited' });
  });
});
