import { Problem } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { clientToken, registerClient } from '../../test/clients.js';

/** API_RATE_LIMIT_PER_MINUTE and CLIENT_RATE_LIMIT_PER_MINUTE: per user and per client id, not per address. */
describe('rate limits per user and per machine client', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  beforeAll(async () => {
    ctx = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '4', CLIENT_RATE_LIMIT_PER_MINUTE: '2' });
    org = await createTestOrganisation(ctx.database, 'Limits', ['admin', 'coordinator', 'case_worker']);
  });
  afterAll(() => ctx.close());

  it('answers 429 problem+json with Retry-After to one user, while another user from the same address goes on', async () => {
    const coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    for (let i = 0; i < 4; i++) {
      const ok = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: coordinator.headers });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['x-ratelimit-limit']).toBe('4');
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(3 - i));
    }
    const blocked = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: coordinator.headers });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(Problem.parse(blocked.json())).toMatchObject({ status: 429, type: 'urn:percee:problem:rate-limited' });
    // Same address (app.inject), another account: its own budget.
    const other = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: worker.headers });
    expect(other.statusCode).toBe(200);
  });

  it('limits a machine client by its client id, whatever token it presents', async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const { clientId, clientSecret } = await registerClient(ctx.app, admin.headers, ['cases:read']);
    const first = await clientToken(ctx.app, clientId, clientSecret);
    const second = await clientToken(ctx.app, clientId, clientSecret);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: first.headers })).statusCode).toBe(
      200,
    );
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: second.headers })).statusCode).toBe(
      200,
    );
    const blocked = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: first.headers });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // A new token does not reset the budget: it is the client's.
    const third = await clientToken(ctx.app, clientId, clientSecret);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: third.headers })).statusCode).toBe(
      429,
    );
  });

  it('documents 429 with Retry-After on every secured operation', async () => {
    const document = ctx.app.swagger() as unknown as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, { headers?: object }> }>>;
    };
    const me = document.paths['/api/v1/me']?.get;
    expect(me?.responses['429']?.headers).toHaveProperty('Retry-After');
    const cases = document.paths['/api/v1/cases']?.get;
    expect(cases?.responses['429']?.headers).toHaveProperty('Retry-After');
  });
});
