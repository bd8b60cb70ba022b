import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD, testConfig } from '../../../test/app.js';
import { buildApp } from '../../app.js';
import { auditLog, users } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { keyIdOf, SecretBox, toSecretKey } from '../../lib/secrets.js';
import { resealTotpSecrets } from './reseal.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;

/** A code of the authenticator app, `steps` periods of 30 s from now (the server accepts one step either side). */
const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

async function enrol(ctx: Ctx, headers: Record<string, string>) {
  const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers });
  expect(started.statusCode).toBe(201);
  const { secret, otpauthUri } = started.json<{ secret: string; otpauthUri: string }>();
  const confirmed = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/me/totp/enrolment/confirm',
    headers,
    payload: { code: codeFor(secret) },
  });
  expect(confirmed.statusCode).toBe(200);
  return { secret, otpauthUri, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

type App = Ctx['app'];
const login = (ctx: { app: App }, email: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
const secondStep = (ctx: { app: App }, payload: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login/totp', payload });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('two-factor sign-in (TOTP)', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Totp', ['admin', 'coordinator', 'case_worker']);
  });
  afterAll(() => ctx.close());

  it('enrols: the secret is shown once (text and otpauth URI), stored encrypted, confirmed by a first valid code', async () => {
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers: worker.headers });
    expect(started.statusCode).toBe(201);
    const { secret, otpauthUri } = started.json<{ secret: string; otpauthUri: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Perc%C3%A9e:/);
    expect(otpauthUri).toContain(`secret=${secret}`);

    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enrolment/confirm',
      headers: worker.headers,
      payload: { code: codeFor(secret, 5) },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ type: 'urn:percee:problem:invalid-totp-code' });
    const meBefore = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: worker.headers });
    expect(meBefore.json().totp).toEqual({ enabled: false, required: false, enrolmentOnly: false });

    const confirmed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enrolment/confirm',
      headers: worker.headers,
      payload: { code: codeFor(secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    // Never again: a second enrolment is refused, /me tells only that it is on.
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers: worker.headers });
    expect(again.statusCode).toBe(409);
    const meAfter = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: worker.headers });
    expect(meAfter.json().totp).toEqual({ enabled: true, required: false, enrolmentOnly: false });
    expect(meAfter.body).not.toContain(secret);

    const stored = await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const [row] = await tx.select().from(users).where(eq(users.id, org.byRole.case_worker.id));
      const trail = await tx.select().from(auditLog).where(eq(auditLog.entityId, org.byRole.case_worker.id));
      return { row, trail };
    });
    // Sealed with the server's secrets key, its id in front (rotation finds old rows by it).
    expect(stored.row?.totpSecret?.startsWith(`${ctx.app.secrets.current.id}:`)).toBe(true);
    expect(stored.row?.totpSecret).not.toContain(secret);
    expect(stored.row?.totpPendingSecret).toBeNull();
    expect(stored.row?.totpRecoveryHashes).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.row?.totpRecoveryHashes).not.toContain(code);
    expect(JSON.stringify(stored.trail)).not.toContain(secret);
    expect(stored.trail.map((entry) => entry.action)).toContain('user.totp_enabled');
  });

  it('asks for the second factor at sign-in: a short-lived challenge, no session; a code completes it once', async () => {
    const { email } = org.byRole.coordinator;
    const { secret } = await enrol(ctx, (await signIn(ctx.app, email)).headers);

    const first = await login(ctx, email);
    expect(first.statusCode).toBe(200);
    const body = first.json<{ secondFactorRequired: boolean; challenge: string; expiresIn: number }>();
    expect(body).toMatchObject({ secondFactorRequired: true, expiresIn: 300 });
    expect(body).not.toHaveProperty('accessToken');
    expect(first.cookies.find((c) => c.name === 'percee_refresh')).toBeUndefined();
    // The challenge is not an access token.
    const asToken = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(body.challenge) });
    expect(asToken.statusCode).toBe(401);

    const wrong = await secondStep(ctx, { challenge: body.challenge, code: codeFor(secret, 4) });
    expect(wrong.statusCode).toBe(401);

    // The enrolment used the previous step; the next one is still inside the accepted window.
    const code = codeFor(secret, 1);
    const done = await secondStep(ctx, { challenge: body.challenge, code });
    expect(done.statusCode).toBe(200);
    expect(done.cookies.find((c) => c.name === 'percee_refresh')).toMatchObject({ httpOnly: true });
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(done.json<{ accessToken: string }>().accessToken),
    });
    expect(me.json()).toMatchObject({ role: 'coordinator', totp: { enabled: true } });

    // The same code again, even with a fresh challenge, within its window: refused (replay).
    const second = (await login(ctx, email)).json<{ challenge: string }>();
    const replay = await secondStep(ctx, { challenge: second.challenge, code });
    expect(replay.statusCode).toBe(401);
    // And an earlier step than the last used one, though still in the window.
    expect((await secondStep(ctx, { challenge: second.challenge, code: codeFor(secret) })).statusCode).toBe(401);
  });

  it('takes each recovery code once, and refuses bad challenges and malformed bodies', async () => {
    const admin = await createTestOrganisation(ctx.database, 'Recovery', ['admin']);
    const { recoveryCodes } = await enrol(ctx, (await signIn(ctx.app, admin.byRole.admin.email)).headers);
    const recoveryCode = recoveryCodes[0] as string;

    const { challenge } = (await login(ctx, admin.byRole.admin.email)).json<{ challenge: string }>();
    const used = await secondStep(ctx, { challenge, recoveryCode: recoveryCode.toUpperCase() });
    expect(used.statusCode).toBe(200);
    const again = await secondStep(ctx, { challenge, recoveryCode });
    expect(again.statusCode).toBe(401);

    expect((await secondStep(ctx, { challenge: 'not-a-jwt', code: '123456' })).statusCode).toBe(401);
    const accessToken = used.json<{ accessToken: string }>().accessToken;
    // An access token is not a challenge either.
    expect((await secondStep(ctx, { challenge: accessToken, code: '123456' })).statusCode).toBe(401);
    expect((await secondStep(ctx, { challenge })).statusCode).toBe(400);
    expect((await secondStep(ctx, { challenge, code: '123456', recoveryCode })).statusCode).toBe(400);
    expect((await secondStep(ctx, { challenge, code: '12345a' })).statusCode).toBe(400);
  });

  it("lets an admin reset a user's second factor: the user's sessions end, the next sign-in needs a password only", async () => {
    const reset = await createTestOrganisation(ctx.database, 'Reset', ['admin', 'case_worker']);
    const worker = await signIn(ctx.app, reset.byRole.case_worker.email);
    await enrol(ctx, worker.headers);
    const adminHeaders = (await signIn(ctx.app, reset.byRole.admin.email)).headers;

    const byWorker = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${reset.byRole.admin.id}/totp`,
      headers: worker.headers,
    });
    expect(byWorker.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${org.byRole.case_worker.id}/totp`,
      headers: adminHeaders,
    });
    expect(foreign.statusCode).toBe(404);

    const done = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${reset.byRole.case_worker.id}/totp`,
      headers: adminHeaders,
    });
    expect(done.statusCode).toBe(204);
    const refreshed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { percee_refresh: worker.refreshToken },
    });
    expect(refreshed.statusCode).toBe(401);
    const next = await login(ctx, reset.byRole.case_worker.email);
    expect(next.json()).toHaveProperty('accessToken');
    const trail = await inTenant(ctx.database.db, { organisationId: reset.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'user.totp_reset'), eq(auditLog.entityId, reset.byRole.case_worker.id))),
    );
    expect(trail).toHaveLength(1);
  });
});

describe('TOTP required for admins (REQUIRE_ADMIN_TOTP=true)', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  beforeAll(async () => {
    ctx = await startTestApp({ REQUIRE_ADMIN_TOTP: 'true' });
    org = await createTestOrganisation(ctx.database, 'Strict', ['admin', 'coordinator']);
  });
  afterAll(() => ctx.close());

  it('gives an admin without TOTP an enrolment-only session until enrolled, then a full one', async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: admin.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().totp).toEqual({ enabled: false, required: true, enrolmentOnly: true });
    const users = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: admin.headers });
    expect(users.statusCode).toBe(403);
    expect(users.json()).toMatchObject({ type: 'urn:percee:problem:totp-enrolment-required' });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/sites', headers: admin.headers })).statusCode).toBe(
      403,
    );

    const { secret } = await enrol(ctx, admin.headers);
    // Still the enrolment-only token; the refresh cookie of this sign-in now gives a full one.
    const refreshed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { percee_refresh: admin.refreshToken },
    });
    expect(refreshed.statusCode).toBe(200);
    const full = bearer(refreshed.json<{ accessToken: string }>().accessToken);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: full })).statusCode).toBe(200);

    const next = (await login(ctx, org.byRole.admin.email)).json<{ challenge: string }>();
    expect(next.challenge).toBeTruthy();
    expect((await secondStep(ctx, { challenge: next.challenge, code: codeFor(secret, 1) })).statusCode).toBe(200);
  });

  it('does not ask other roles', async () => {
    const coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: coordinator.headers })).statusCode,
    ).toBe(200);
  });
});

describe('TOTP secrets across a SECRETS_KEY rotation', () => {
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const oldId = keyIdOf(Buffer.from(oldKey, 'base64'));
  const newId = keyIdOf(Buffer.from(newKey, 'base64'));
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startTestApp({ SECRETS_KEY: oldKey });
  });
  afterAll(() => ctx.close());

  /** Another app over the same database, with other keys (as after a restart with a new configuration). */
  async function appWith(env: Record<string, string>) {
    const app = await buildApp(testConfig(env), { database: ctx.database, logger: false });
    await app.ready();
    return app;
  }
  const keyIds = async () =>
    (
      (await ctx.database.db.execute(
        sql`select split_part(totp_secret, ':', 1) as active, split_part(totp_pending_secret, ':', 1) as pending
            from users where totp_secret is not null or totp_pending_secret is not null`,
      )) as unknown as { rows: { active: string | null; pending: string | null }[] }
    ).rows.flatMap((row) => [row.active, row.pending].filter((id) => id !== null && id !== ''));

  it('signs in with a secret sealed under the previous key, and rotation (CLI, housekeeping) leaves none under it', async () => {
    const org = await createTestOrganisation(ctx.database, 'Rotation', ['admin', 'coordinator', 'case_worker']);
    const { secret: adminSecret } = await enrol(ctx, (await signIn(ctx.app, org.byRole.admin.email)).headers);
    const { secret: coordinatorSecret } = await enrol(
      ctx,
      (await signIn(ctx.app, org.byRole.coordinator.email)).headers,
    );
    // An enrolment started, not yet confirmed, under the old key too.
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers: worker.headers });
    const workerSecret = started.json<{ secret: string }>().secret;
    expect(new Set(await keyIds())).toEqual(new Set([oldId]));

    const rotated = await appWith({ SECRETS_KEY: newKey, SECRETS_KEY_PREVIOUS: oldKey });
    try {
      expect(rotated.secrets.current.id).toBe(newId);
      // Before any resealing: the old row opens with the previous key.
      const { challenge } = (await login({ app: rotated }, org.byRole.admin.email)).json<{ challenge: string }>();
      const signedIn = await secondStep({ app: rotated }, { challenge, code: codeFor(adminSecret, 1) });
      expect(signedIn.statusCode).toBe(200);

      // Without the previous key, resealing fails loudly and changes nothing.
      const newOnly = new SecretBox(toSecretKey(Buffer.from(newKey, 'base64')));
      await expect(resealTotpSecrets(ctx.database.db, newOnly)).rejects.toThrow(/SECRETS_KEY_PREVIOUS/);
      expect(new Set(await keyIds())).toEqual(new Set([oldId]));

      // What `pnpm admin rotate-secrets` runs, in batches of one here; then housekeeping finds nothing left.
      expect(await resealTotpSecrets(ctx.database.db, rotated.secrets, 1)).toEqual({ resealed: 3 });
      expect(new Set(await keyIds())).toEqual(new Set([newId]));
      expect(await rotated.jobs.runNow('totp-reseal')).toEqual({ resealed: 0 });
    } finally {
      await rotated.close();
    }

    // The old key is gone from the configuration: the resealed secrets still work.
    const after = await appWith({ SECRETS_KEY: newKey });
    try {
      const { challenge } = (await login({ app: after }, org.byRole.coordinator.email)).json<{ challenge: string }>();
      const signedIn = await secondStep({ app: after }, { challenge, code: codeFor(coordinatorSecret, 1) });
      expect(signedIn.statusCode).toBe(200);
      const confirmed = await after.inject({
        method: 'POST',
        url: '/api/v1/me/totp/enrolment/confirm',
        headers: (await signIn(after, org.byRole.case_worker.email)).headers,
        payload: { code: codeFor(workerSecret) },
      });
      expect(confirmed.statusCode).toBe(200);
      expect(await keyIds()).not.toContain(oldId);
    } finally {
      await after.close();
    }
  });

  it('housekeeping seals secrets of the previous key with the current one', async () => {
    const org = await createTestOrganisation(ctx.database, 'Housekeeping', ['case_worker']);
    const { secret } = await enrol(ctx, (await signIn(ctx.app, org.byRole.case_worker.email)).headers);
    const newer = randomBytes(32).toString('base64');
    const rotated = await appWith({ SECRETS_KEY: newer, SECRETS_KEY_PREVIOUS: `${newKey},${oldKey}` });
    try {
      const round = await rotated.jobs.runNow<{ resealed: number }>('totp-reseal');
      expect(round.resealed).toBeGreaterThanOrEqual(1);
      expect(new Set(await keyIds())).toEqual(new Set([rotated.secrets.current.id]));
      const { challenge } = (await login({ app: rotated }, org.byRole.case_worker.email)).json<{ challenge: string }>();
      expect((await secondStep({ app: rotated }, { challenge, code: codeFor(secret, 1) })).statusCode).toBe(200);
    } finally {
      await rotated.close();
    }
  });
});
