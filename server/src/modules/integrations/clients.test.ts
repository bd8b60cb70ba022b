import { ApiClient, TokenResponse } from '@percee/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;

describe('machine clients: registration, OAuth2 client credentials, scopes', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Register', ['admin', 'coordinator', 'case_worker']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
  });
  afterAll(() => ctx.close());

  const token = (payload: string | object, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: {
        'content-type': typeof payload === 'string' ? 'application/x-www-form-urlencoded' : 'application/json',
        ...headers,
      },
      payload,
    });
  const get = (url: string, headers: Record<string, string>) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  it('lets admins register a client whose secret is shown once and stored hashed', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-clients',
      headers: admin.headers,
      payload: { name: 'Population register', scopes: ['referrals:write', 'referrals:read', 'referrals:write'] },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.clientSecret).toMatch(/^pcs_[A-Za-z0-9_-]{43}$/);
    expect(ApiClient.parse(body.client)).toMatchObject({ scopes: ['referrals:write', 'referrals:read'], active: true });
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`/api/v1/admin/api-clients/${body.clientId}`);

    const read = await get(`/admin/api-clients/${body.clientId}`, admin.headers);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(body.clientSecret);
    expect(read.headers.etag).toBe('"1"');
    const list = await get('/admin/api-clients', admin.headers);
    expect(list.json().items.map((c: ApiClient) => c.id)).toContain(body.clientId);
    expect(list.body).not.toContain('secret');

    const stored = (await ctx.database.db.execute(
      sql`select secret_hash from api_clients where id = ${body.clientId}`,
    )) as unknown as { rows: { secret_hash: string }[] };
    expect(stored.rows[0]?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.secret_hash).not.toContain(body.clientSecret);

    // Only admins, and with user tokens.
    const byCoordinator = await get('/admin/api-clients', coordinator.headers);
    expect(byCoordinator.statusCode).toBe(403);
    const invalid = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/api-clients',
      headers: admin.headers,
      payload: { name: 'x', scopes: ['everything'] },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('issues short-lived client tokens (form, JSON, HTTP Basic) with RFC 6749 answers', async () => {
    const client = await registerClient(ctx.app, admin.headers, ['referrals:read', 'cases:read']);
    const form = await token(
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }).toString(),
    );
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    const issued = TokenResponse.parse(form.json());
    expect(issued).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'referrals:read cases:read' });
    const claims = ctx.app.jwt.decode<Record<string, unknown>>(issued.access_token) as Record<string, unknown>;
    expect(claims).toMatchObject({
      sub: client.clientId,
      client_id: client.clientId,
      org: org.organisationId,
      kind: 'client',
      scope: 'referrals:read cases:read',
    });
    expect(claims.role).toBeUndefined();
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    // ...and user tokens live ACCESS_TOKEN_TTL_SECONDS (900 s), not 1000 times longer.
    const user = ctx.app.jwt.decode<{ exp: number; iat: number }>(admin.accessToken);
    expect((user?.exp ?? 0) - (user?.iat ?? 0)).toBe(900);

    const json = await token({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: 'cases:read',
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().scope).toBe('cases:read');

    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
    const viaBasic = await token('grant_type=client_credentials', { authorization: `Basic ${basic}` });
    expect(viaBasic.statusCode).toBe(200);

    const wrongSecret = await token(
      `grant_type=client_credentials&client_id=${client.clientId}&client_secret=pcs_wrong`,
    );
    expect(wrongSecret.statusCode).toBe(401);
    expect(wrongSecret.json()).toMatchObject({ error: 'invalid_client' });
    const wrongBasic = await token('grant_type=client_credentials', {
      authorization: `Basic ${Buffer.from(`${client.clientId}:nope`).toString('base64')}`,
    });
    expect(wrongBasic.statusCode).toBe(401);
    expect(wrongBasic.headers['www-authenticate']).toMatch(/^Basic /);
    const unknownClient = await token('grant_type=client_credentials&client_id=nobody&client_secret=x');
    expect(unknownClient.statusCode).toBe(401);
    expect(unknownClient.json().error).toBe('invalid_client');

    const password = await token(`grant_type=password&client_id=${client.clientId}&client_secret=x`);
    expect(password.statusCode).toBe(400);
    expect(password.json().error).toBe('unsupported_grant_type');
    const noGrant = await token(`client_id=${client.clientId}`);
    expect(noGrant.json().error).toBe('invalid_request');
    const tooMuch = await token({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: 'cases:read households:write',
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error).toBe('invalid_scope');
  });

  it('opens only the routes of its scopes, and refuses user-only routes to client tokens (403)', async () => {
    const client = await registerClient(ctx.app, admin.headers, ['referrals:read']);
    const { headers } = await clientToken(ctx.app, client.clientId, client.clientSecret);
    expect((await get('/referrals', headers)).statusCode).toBe(200);

    const missingScope = await get('/cases', headers);
    expect(missingScope.statusCode).toBe(403);
    expect(missingScope.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missingScope.json()).toMatchObject({
      type: 'urn:percee:problem:insufficient-scope',
      requiredScope: 'cases:read',
    });
    expect(missingScope.headers['www-authenticate']).toBe('Bearer error="insufficient_scope", scope="cases:read"');

    for (const url of ['/me', '/caseload', '/admin/users', '/admin/api-clients', '/programs', '/reports/team']) {
      const refused = await get(url, headers);
      expect(refused.statusCode, url).toBe(403);
    }
    const decide = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/referrals/00000000-0000-4000-8000-000000000000/decline',
      headers,
      payload: { reason: 'other' },
    });
    expect(decide.statusCode).toBe(403);
    // Users keep using the same routes with their roles.
    expect((await get('/referrals', coordinator.headers)).statusCode).toBe(200);
    expect((await get('/cases', coordinator.headers)).statusCode).toBe(200);
  });

  it('stops tokens at once on rotation, scope narrowing and revocation', async () => {
    const client = await registerClient(ctx.app, admin.headers, ['referrals:read', 'cases:read']);
    const first = await clientToken(ctx.app, client.clientId, client.clientSecret);
    expect((await get('/referrals', first.headers)).statusCode).toBe(200);

    const rotated = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/admin/api-clients/${client.clientId}/rotate`,
      headers: { ...admin.headers, 'if-match': '"1"' },
    });
    expect(rotated.statusCode).toBe(200);
    const newSecret = rotated.json().clientSecret as string;
    expect(newSecret).not.toBe(client.clientSecret);
    const afterRotation = await get('/referrals', first.headers);
    expect(afterRotation.statusCode).toBe(401);
    const oldSecret = await token(
      `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`,
    );
    expect(oldSecret.statusCode).toBe(401);
    const second = await clientToken(ctx.app, client.clientId, newSecret);
    expect((await get('/cases', second.headers)).statusCode).toBe(200);

    // Narrowing the scopes ends tokens that carry the removed one; If-Match is required and checked.
    const noIfMatch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/api-clients/${client.clientId}`,
      headers: admin.headers,
      payload: { scopes: ['referrals:read'] },
    });
    expect(noIfMatch.statusCode).toBe(428);
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/api-clients/${client.clientId}`,
      headers: { ...admin.headers, 'if-match': '"1"' },
      payload: { scopes: ['referrals:read'] },
    });
    expect(stale.statusCode).toBe(412);
    const narrowed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/api-clients/${client.clientId}`,
      headers: { ...admin.headers, 'if-match': rotated.headers.etag as string },
      payload: { scopes: ['referrals:read'] },
    });
    expect(narrowed.statusCode).toBe(200);
    expect((await get('/referrals', second.headers)).statusCode).toBe(401);
    const third = await clientToken(ctx.app, client.clientId, newSecret);
    expect((await get('/referrals', third.headers)).statusCode).toBe(200);

    const revoked = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/api-clients/${client.clientId}`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const afterRevocation = await get('/referrals', third.headers);
    expect(afterRevocation.statusCode).toBe(401);
    expect(afterRevocation.json().detail).toMatch(/revoked/);
    const noMore = await token(`grant_type=client_credentials&client_id=${client.clientId}&client_secret=${newSecret}`);
    expect(noMore.statusCode).toBe(401);
    const shown = await get(`/admin/api-clients/${client.clientId}`, admin.headers);
    expect(shown.json()).toMatchObject({ active: false, revokedAt: expect.any(String) });
  });

  it('records every write by a client in the audit trail as done by that client', async () => {
    const client = await registerClient(ctx.app, admin.headers, ['referrals:write']);
    const { headers } = await clientToken(ctx.app, client.clientId, client.clientSecret);
    const sent = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers,
      payload: {
        referrerService: 'Population register',
        reason: 'Registered at an emergency address',
        personAgreed: true,
        household: { members: [{ firstName: 'Ana', lastName: 'Audit', birthDate: '1990-01-01', role: 'applicant' }] },
      },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().createdBy).toBeNull();
    const trail = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.actorClientId, client.clientId))),
    );
    const actions = trail.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['api_client.token', 'household.create', 'referral.create']));
    for (const entry of trail) expect(entry.actorUserId).toBeNull();
  });
});
