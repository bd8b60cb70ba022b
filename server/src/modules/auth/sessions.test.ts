import { and, eq, isNotNull } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD } from '../../../test/app.js';
import { refreshTokens } from '../../db/schema.js';

/*
 * Issue 15, finding 2: what ends a session ends its access tokens too, on the very next request, not
 * at their expiry (15 minutes later). Each case signs in a fresh account, so they do not depend on
 * each other.
 */
type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type Session = Awaited<ReturnType<typeof signIn>>;

describe('what ends a session ends its access tokens at once', () => {
  let ctx: Ctx;
  let admin: Session;
  let sequence = 0;

  beforeAll(async () => {
    ctx = await startTestApp();
    const org = await createTestOrganisation(ctx.database, 'Sessions', ['admin']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
  });
  afterAll(() => ctx.close());

  /** A new case worker of the organisation, created through the admin API. */
  async function newWorker() {
    const email = `worker-${++sequence}@sessions.test`;
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin.headers,
      payload: { email, displayName: `Worker ${sequence}`, role: 'case_worker', password: TEST_PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    return { id: created.json<{ id: string }>().id, email };
  }

  const get = (url: string, session: Pick<Session, 'headers'>) =>
    ctx.app.inject({ method: 'GET', url, headers: session.headers });
  const refresh = (refreshToken: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { percee_refresh: refreshToken } });
  const patchUser = (id: string, payload: object) =>
    ctx.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, headers: admin.headers, payload });
  const bearer = (accessToken: string) => ({ headers: { authorization: `Bearer ${accessToken}` } });

  /** `GET /me` and `GET /cases` both answer this status. */
  async function expectAccess(session: Pick<Session, 'headers'>, status: 200 | 401) {
    for (const url of ['/api/v1/me', '/api/v1/cases']) {
      const response = await get(url, session);
      expect(response.statusCode, url).toBe(status);
      if (status === 401) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 401 });
      }
    }
  }

  it("an admin's password reset ends the account's access tokens on the next request", async () => {
    const worker = await newWorker();
    const first = await signIn(ctx.app, worker.email);
    const second = await signIn(ctx.app, worker.email);
    await expectAccess(first, 200);

    const newPassword = 'a brand new passphrase for sessions';
    expect((await patchUser(worker.id, { password: newPassword })).statusCode).toBe(200);

    await expectAccess(first, 401);
    await expectAccess(second, 401);
    expect((await refresh(first.refreshToken)).statusCode).toBe(401);
    // The new password opens a new session.
    await expectAccess(await signIn(ctx.app, worker.email, newPassword), 200);
    // The admin's own session is untouched (admins read no cases: /me only).
    expect((await get('/api/v1/me', admin)).statusCode).toBe(200);
  });

  it("an admin's reset of the second factor ends the account's access tokens on the next request", async () => {
    const worker = await newWorker();
    const enrolling = await signIn(ctx.app, worker.email);
    const started = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enrolment',
      headers: enrolling.headers,
    });
    expect(started.statusCode).toBe(201);
    const code = new TOTP({
      secret: Secret.fromBase32(started.json<{ secret: string }>().secret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    }).generate();
    const confirmed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enrolment/confirm',
      headers: enrolling.headers,
      payload: { code },
    });
    expect(confirmed.statusCode).toBe(200);
    const [recoveryCode] = confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes;

    // A second session, opened with the second factor (a recovery code).
    const password = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: worker.email, password: TEST_PASSWORD },
    });
    const challenge = password.json<{ challenge: string }>().challenge;
    const completed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { challenge, recoveryCode },
    });
    expect(completed.statusCode).toBe(200);
    const withSecondFactor = bearer(completed.json<{ accessToken: string }>().accessToken);
    await expectAccess(enrolling, 200);
    await expectAccess(withSecondFactor, 200);

    const reset = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${worker.id}/totp`,
      headers: admin.headers,
    });
    expect(reset.statusCode).toBe(204);

    await expectAccess(enrolling, 401);
    await expectAccess(withSecondFactor, 401);
    // Without a second factor now, the password alone opens a new session.
    await expectAccess(await signIn(ctx.app, worker.email), 200);
  });

  it("logout ends that session's access token; the account's other sessions go on", async () => {
    const worker = await newWorker();
    const leaving = await signIn(ctx.app, worker.email);
    const staying = await signIn(ctx.app, worker.email);
    await expectAccess(leaving, 200);

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { percee_refresh: leaving.refreshToken },
    });
    expect(out.statusCode).toBe(204);

    await expectAccess(leaving, 401);
    await expectAccess(staying, 200);
    expect((await refresh(staying.refreshToken)).statusCode).toBe(200);
  });

  it("a reused refresh token ends the whole family's access tokens; other sessions go on", async () => {
    const worker = await newWorker();
    const stolen = await signIn(ctx.app, worker.email);
    const other = await signIn(ctx.app, worker.email);
    const rotated = await refresh(stolen.refreshToken);
    expect(rotated.statusCode).toBe(200);
    const rotatedAccess = bearer(rotated.json<{ accessToken: string }>().accessToken);
    await expectAccess(stolen, 200);
    await expectAccess(rotatedAccess, 200);

    // The first refresh token is replayed: reuse detected, the family revoked.
    const replay = await refresh(stolen.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/reused/);

    await expectAccess(stolen, 401);
    await expectAccess(rotatedAccess, 401);
    await expectAccess(other, 200);
  });

  it('a family with any revoked token is ended, also for a token a revocation missed (refresh racing it)', async () => {
    const worker = await newWorker();
    const session = await signIn(ctx.app, worker.email);
    const rotated = await refresh(session.refreshToken);
    expect(rotated.statusCode).toBe(200);
    const latest = rotated.cookies.find((c) => c.name === 'percee_refresh')?.value as string;
    const latestAccess = bearer(rotated.json<{ accessToken: string }>().accessToken);
    await expectAccess(latestAccess, 200);
    // What a logout racing that refresh leaves behind: the first token revoked, the one issued meanwhile not.
    // (The test connects as the database owner: it can write tokens directly.)
    await ctx.database.db
      .update(refreshTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(refreshTokens.userId, worker.id), isNotNull(refreshTokens.usedAt)));

    await expectAccess(latestAccess, 401);
    const again = await refresh(latest);
    expect(again.statusCode).toBe(401);
    expect(again.json().detail).toBe('Session ended');
  });

  it('disabling ends the access tokens; re-enabling does not bring them back, a new sign-in works', async () => {
    const worker = await newWorker();
    const before = await signIn(ctx.app, worker.email);
    await expectAccess(before, 200);

    expect((await patchUser(worker.id, { active: false })).statusCode).toBe(200);
    await expectAccess(before, 401);

    expect((await patchUser(worker.id, { active: true })).statusCode).toBe(200);
    await expectAccess(before, 401);
    expect((await refresh(before.refreshToken)).statusCode).toBe(401);
    await expectAccess(await signIn(ctx.app, worker.email), 200);
  });

  it('a role change ends the access tokens; changing it back does not bring them back', async () => {
    const worker = await newWorker();
    const before = await signIn(ctx.app, worker.email);
    await expectAccess(before, 200);

    expect((await patchUser(worker.id, { role: 'analyst' })).statusCode).toBe(200);
    await expectAccess(before, 401);

    expect((await patchUser(worker.id, { role: 'case_worker' })).statusCode).toBe(200);
    await expectAccess(before, 401);
    expect((await refresh(before.refreshToken)).statusCode).toBe(401);
    await expectAccess(await signIn(ctx.app, worker.email), 200);
  });

  it('refuses an access token whose session id names no session of this account', async () => {
    const worker = await newWorker();
    const own = await signIn(ctx.app, worker.email);
    const claims = ctx.app.jwt.decode<Record<string, unknown>>(own.accessToken) as Record<string, unknown>;
    expect(claims.sid).toEqual(expect.any(String));
    // Another account's session, or one that never existed, opens nothing (tokens signed with the real key).
    const others = await signIn(ctx.app, (await newWorker()).email);
    const otherSid = (ctx.app.jwt.decode<Record<string, unknown>>(others.accessToken) as Record<string, unknown>).sid;
    const { iat: _iat, exp: _exp, iss: _iss, aud: _aud, ...base } = claims;
    for (const sid of [otherSid, '00000000-0000-4000-8000-000000000000', undefined, 'not-a-uuid']) {
      const forged = ctx.app.jwt.sign({ ...base, sid } as never);
      await expectAccess(bearer(forged), 401);
    }
  });
});
