import { Problem } from '@percee/shared';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD, testConfig } from '../../../test/app.js';
import { registerClient } from '../../../test/clients.js';
import { buildApp } from '../../app.js';
import { APP_ROLE } from '../../db/client.js';
import { sqlState } from '../../lib/pg-errors.js';
import { createOrganisation } from '../organisations/service.js';

/**
 * Failed credential attempts (issue 15, finding 1): limited per account and address, per account and
 * per address (a far higher ceiling), never counting successes, and counted in PostgreSQL so that
 * every server process sees the same counts.
 */
const LIMITS = {
  LOGIN_RATE_LIMIT_MAX: '3',
  LOGIN_RATE_LIMIT_ACCOUNT_MAX: '5',
  LOGIN_RATE_LIMIT_ADDRESS_MAX: '12',
  LOGIN_RATE_LIMIT_WINDOW: '15 minutes',
};

type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type App = Ctx['app'];

const login = (app: App, email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

const token = (app: App, clientId: string, clientSecret: string, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }).toString(),
    remoteAddress,
  });

/** 429 problem+json with Retry-After within the window. */
function expectLimited(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(Problem.parse(response.json())).toMatchObject({ status: 429, type: 'urn:percee:problem:rate-limited' });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
}

const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

describe('failed credential attempts', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  beforeAll(async () => {
    ctx = await startTestApp(LIMITS);
    org = await createTestOrganisation(ctx.database, 'Attempts', ['admin', 'coordinator', 'case_worker', 'analyst']);
  });
  afterAll(() => ctx.close());

  it('lets 30 colleagues behind one address sign in within the window: successes are not counted', async () => {
    const office = await createOrganisation(ctx.database.db, {
      name: 'CPAS behind one NAT',
      kind: 'municipality',
      headOffice: { name: 'CPAS' },
      accounts: Array.from({ length: 30 }, (_, i) => ({
        email: `colleague-${i}@cpas.test`,
        displayName: `Colleague ${i}`,
        role: 'case_worker' as const,
        password: TEST_PASSWORD,
      })),
    });
    for (const account of office.accounts) {
      const response = await login(ctx.app, account.email, TEST_PASSWORD, '198.51.100.1');
      expect(response.statusCode, account.email).toBe(200);
    }
  });

  it('blocks one account guessed at from an address, while a colleague there still signs in', async () => {
    const address = '198.51.100.2';
    const victim = 'nobody-or-somebody@cpas.test';
    for (let i = 0; i < 3; i++)
      expect((await login(ctx.app, victim, 'wrong password 1', address)).statusCode).toBe(401);
    expectLimited(await login(ctx.app, victim, 'wrong password 1', address));
    // The colleague at the same address.
    expect((await login(ctx.app, org.byRole.coordinator.email, TEST_PASSWORD, address)).statusCode).toBe(200);
  });

  it('limits one account from any address, and a blocked account is not checked even with its password', async () => {
    const { email } = org.byRole.analyst;
    for (const address of ['198.51.100.3', '198.51.100.3', '198.51.100.4', '198.51.100.4', '198.51.100.5']) {
      expect((await login(ctx.app, email, 'wrong password 2', address)).statusCode).toBe(401);
    }
    // Five failures in all: the account's own limit, from a sixth address, right password included.
    expectLimited(await login(ctx.app, email, TEST_PASSWORD, '198.51.100.6'));
    expectLimited(await login(ctx.app, email, 'wrong password 2', '198.51.100.7'));
    // A colleague from those addresses is not affected.
    expect((await login(ctx.app, org.byRole.case_worker.email, TEST_PASSWORD, '198.51.100.3')).statusCode).toBe(200);
  });

  it('has a far higher ceiling per address (IPv6 by its /64), which still triggers', async () => {
    // 4 accounts x 3 failures = 12, the ceiling, from hosts of one /64.
    for (let account = 0; account < 4; account++) {
      for (let i = 0; i < 3; i++) {
        const response = await login(ctx.app, `sprayed-${account}@cpas.test`, 'Winter2026!', `2001:db8:1:2::${i + 1}`);
        expect(response.statusCode).toBe(401);
      }
    }
    expectLimited(await login(ctx.app, 'sprayed-4@cpas.test', 'Winter2026!', '2001:db8:1:2::ff'));
    // Everyone behind that address waits; another network does not.
    expectLimited(await login(ctx.app, org.byRole.admin.email, TEST_PASSWORD, '2001:db8:1:2:abcd::1'));
    expect((await login(ctx.app, org.byRole.admin.email, TEST_PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  it('limits wrong codes at the second step per account (a colleague at the same address completes it), and per address', async () => {
    const enrolled = await createTestOrganisation(ctx.database, 'Totp attempts', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    const secrets: Record<string, string> = {};
    for (const { email } of Object.values(enrolled.byRole)) {
      const { headers } = await signIn(ctx.app, email);
      const started = await ctx.app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers });
      const { secret } = started.json<{ secret: string }>();
      const confirmed = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/me/totp/enrolment/confirm',
        headers,
        payload: { code: codeFor(secret, -1) },
      });
      expect(confirmed.statusCode).toBe(200);
      secrets[email] = secret;
    }
    const address = '198.51.100.8';
    const challengeOf = async (email: string, from = address) => {
      const first = await login(ctx.app, email, TEST_PASSWORD, from);
      expect(first.statusCode).toBe(200);
      return first.json<{ challenge: string }>().challenge;
    };
    const secondStep = (challenge: string, code: string, from = address) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/totp',
        payload: { challenge, code },
        remoteAddress: from,
      });
    const guessed = enrolled.byRole.coordinator.email;
    const challenge = await challengeOf(guessed);
    const wrong = codeFor(secrets[guessed] as string, 20);
    for (let i = 0; i < 3; i++) expect((await secondStep(challenge, wrong)).statusCode).toBe(401);
    expectLimited(await secondStep(challenge, wrong));
    expectLimited(await secondStep(await challengeOf(guessed), codeFor(secrets[guessed] as string)));
    // The colleague, same address, password and code.
    const colleague = enrolled.byRole.case_worker.email;
    const done = await secondStep(await challengeOf(colleague), codeFor(secrets[colleague] as string));
    expect(done.statusCode).toBe(200);

    // The ceiling per address: three more accounts x 3 wrong codes make 12 failures there.
    for (const { email } of [enrolled.byRole.admin, enrolled.byRole.partner, enrolled.byRole.analyst]) {
      const theirs = await challengeOf(email);
      for (let i = 0; i < 3; i++) {
        expect((await secondStep(theirs, codeFor(secrets[email] as string, 20))).statusCode).toBe(401);
      }
    }
    const next = codeFor(secrets[colleague] as string, 1);
    expectLimited(await secondStep(await challengeOf(colleague), next));
    const elsewhere = '198.51.100.99';
    expect((await secondStep(await challengeOf(colleague, elsewhere), next, elsewhere)).statusCode).toBe(200);
  });

  it('limits wrong secrets at the token endpoint per client, while another client at the same address gets tokens', async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const guessed = await registerClient(ctx.app, admin.headers, ['cases:read'], 'Guessed register');
    const other = await registerClient(ctx.app, admin.headers, ['cases:read'], 'Other register');
    const address = '203.0.113.9';
    for (let i = 0; i < 3; i++) {
      const response = await token(ctx.app, guessed.clientId, 'not the secret', address);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'invalid_client' });
    }
    expectLimited(await token(ctx.app, guessed.clientId, 'not the secret', address));
    expectLimited(await token(ctx.app, guessed.clientId, guessed.clientSecret, address));
    // Another client behind the same address, many times: successes are not counted.
    for (let i = 0; i < 15; i++) {
      expect((await token(ctx.app, other.clientId, other.clientSecret, address)).statusCode).toBe(200);
    }
    // The ceiling per address: 3 more client ids x 3 wrong secrets reach 12 failures.
    for (const clientId of ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'x']) {
      for (let i = 0; i < 3; i++) expect((await token(ctx.app, clientId, 'guess', address)).statusCode).toBe(401);
    }
    expectLimited(await token(ctx.app, other.clientId, other.clientSecret, address));
    expect((await token(ctx.app, other.clientId, other.clientSecret, '203.0.113.10')).statusCode).toBe(200);
  });

  it('keeps no e-mail or address in clear, and housekeeping removes counters whose window has ended', async () => {
    const email = 'kept-in-clear@cpas.test';
    const address = '192.0.2.77';
    for (let i = 0; i < 3; i++) expect((await login(ctx.app, email, 'wrong password 3', address)).statusCode).toBe(401);
    expectLimited(await login(ctx.app, email, 'wrong password 3', address));
    const stored = JSON.stringify(
      (await ctx.database.db.execute(sql`select * from app.credential_attempts`)) as unknown as { rows: unknown[] },
    );
    expect(stored).not.toContain(email);
    expect(stored).not.toContain('kept-in-clear');
    expect(stored).not.toContain(address);

    // The window ends (moved back in time here): the account may try again, and the counters go.
    await ctx.database.db.execute(sql`update app.credential_attempts set window_ends_at = now() - interval '1 second'`);
    expect((await login(ctx.app, email, 'wrong password 3', address)).statusCode).toBe(401);
    await ctx.database.db.execute(sql`update app.credential_attempts set window_ends_at = now() - interval '1 second'`);
    const round = await ctx.app.housekeeping.runOnce();
    expect(round.cleaned?.credentialAttempts).toBeGreaterThan(0);
    const left = (await ctx.database.db.execute(
      sql`select count(*)::int as n from app.credential_attempts`,
    )) as unknown as {
      rows: { n: number }[];
    };
    expect(left.rows[0]?.n).toBe(0);
  });

  it('lets the application role count but not delete counters, under forced row-level security', async () => {
    const [table] = (
      (await ctx.database.db.execute(
        sql`select relrowsecurity as enabled, relforcerowsecurity as forced from pg_class where oid = 'app.credential_attempts'::regclass`,
      )) as unknown as { rows: { enabled: boolean; forced: boolean }[] }
    ).rows;
    expect(table).toEqual({ enabled: true, forced: true });
    let state: unknown = 'no error';
    try {
      await ctx.database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
        await tx.execute(sql`delete from app.credential_attempts`);
      });
    } catch (error) {
      state = sqlState(error);
    }
    expect(state).toBe('42501');
  });

  it('documents 429 with Retry-After, and sends and documents no counter headers, on the three credential operations', async () => {
    // Counter headers would tell anyone how often an account was guessed at.
    const answer = await login(ctx.app, 'counted@cpas.test', 'wrong password 6', '192.0.2.90');
    expect(answer.statusCode).toBe(401);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
    const document = ctx.app.swagger() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    for (const path of ['/api/v1/auth/login', '/api/v1/auth/login/totp', '/api/v1/oauth/token']) {
      const responses = document.paths[path]?.post?.responses ?? {};
      expect(responses['429']?.headers, path).toHaveProperty('Retry-After');
      for (const [status, response] of Object.entries(responses)) {
        expect(Object.keys(response.headers ?? {}), `${path} ${status}`).not.toContain('X-RateLimit-Remaining');
      }
    }
  });
});

describe('failed credential attempts across server processes', () => {
  let ctx: Ctx;
  let second: App;
  beforeAll(async () => {
    ctx = await startTestApp(LIMITS);
    // Another process of the same installation: same configuration, same database, its own memory.
    second = await buildApp(testConfig(LIMITS), { database: ctx.database, logger: false });
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await ctx.close();
  });

  it('shares the counts: failures split across two instances still trip the per-account limit', async () => {
    const org = await createTestOrganisation(ctx.database, 'Two instances', ['coordinator', 'admin']);
    const { email } = org.byRole.coordinator;
    const address = '198.51.100.20';
    expect((await login(ctx.app, email, 'wrong password 4', address)).statusCode).toBe(401);
    expect((await login(second, email, 'wrong password 4', address)).statusCode).toBe(401);
    expect((await login(ctx.app, email, 'wrong password 4', address)).statusCode).toBe(401);
    expectLimited(await login(second, email, 'wrong password 4', address));
    expectLimited(await login(ctx.app, email, TEST_PASSWORD, address));
    // Five across addresses and instances: the account's own limit.
    expect((await login(second, email, 'wrong password 4', '198.51.100.21')).statusCode).toBe(401);
    expect((await login(ctx.app, email, 'wrong password 4', '198.51.100.22')).statusCode).toBe(401);
    expectLimited(await login(second, email, TEST_PASSWORD, '198.51.100.23'));
    // And neither instance blocks the colleague.
    expect((await login(second, org.byRole.admin.email, TEST_PASSWORD, address)).statusCode).toBe(200);
    expect((await login(ctx.app, org.byRole.admin.email, TEST_PASSWORD, address)).statusCode).toBe(200);
  });

  it('holds under concurrent guesses: no more failures get through than the limit', async () => {
    const email = 'burst@cpas.test';
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(i % 2 ? second : ctx.app, email, 'wrong password 5', '198.51.100.30')),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });
});
