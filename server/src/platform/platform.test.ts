import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Problem } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig } from '../../test/app.js';
import { buildApp } from '../app.js';

/** Cross-cutting behaviour of the HTTP surface: problems, health, OpenAPI, headers, the web app. */
describe('platform', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('answers every error as RFC 9457 problem+json', async () => {
    const cases = [
      { request: { method: 'GET' as const, url: '/api/v1/nothing-here' }, status: 404 },
      {
        request: {
          method: 'POST' as const,
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '{"email": ',
        },
        status: 400,
      },
      {
        request: {
          method: 'POST' as const,
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'text/plain' },
          payload: 'hello',
        },
        status: 415,
      },
      {
        request: {
          method: 'POST' as const,
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) }),
        },
        status: 413,
      },
      { request: { method: 'GET' as const, url: '/api/v1/admin/users?limit=0' }, status: 401 },
    ];
    for (const { request, status } of cases) {
      const response = await ctx.app.inject(request);
      expect(response.statusCode, request.url).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = Problem.parse(response.json());
      expect(problem.status).toBe(status);
      expect(problem.instance).toBe(response.headers['x-request-id']);
    }
  });

  it('challenges every 401 as RFC 6750 says, and documents the challenge on every 401', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="percee"');
    const refused = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer not.a.token' },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="percee", error="invalid_token"');
    const wrongPassword = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@platform.test', password: 'not the right one at all' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.headers['www-authenticate']).toBe('Bearer realm="percee"');

    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, { content?: object; headers?: object }> }>>;
    }>();
    const undeclared = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => {
          const response = operation.responses['401'];
          return response?.content && 'application/problem+json' in response.content
            ? !(response.headers && 'WWW-Authenticate' in response.headers)
            : false;
        })
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('reports liveness and readiness (the database answers)', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: ctx.database.kind });
  });

  it('publishes an OpenAPI 3.1 document of every business route, and the docs UI', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const paths = Object.keys(document.paths);
    for (const route of ['/api/v1/auth/login', '/api/v1/me', '/api/v1/admin/users', '/api/v1/admin/users/{id}']) {
      expect(paths).toContain(route);
    }
    // Every business route lives under /api/v1.
    expect(paths.filter((p) => !p.startsWith('/api/v1/') && !p.startsWith('/health/'))).toEqual([]);
    expect(document.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema).toBeDefined();
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers and keeps API answers out of caches', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('keeps a caller-supplied request id only when it is safe to log', async () => {
    const safe = await ctx.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'abc-123' } });
    expect(safe.headers['x-request-id']).toBe('abc-123');
    const unsafe = await ctx.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'evil\nlog line' },
    });
    expect(unsafe.headers['x-request-id']).not.toContain('evil');
  });
});

describe('the web app', () => {
  it('is served by the same process, with client-side routes falling back to index.html', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'percee-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Percée</title><div id="root"></div>');
    const ctx = await startTestAppWithWeb(dist);
    try {
      const home = await ctx.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<title>Percée</title>');
      const deepLink = await ctx.app.inject({ method: 'GET', url: '/admin/users' });
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.headers['content-type']).toContain('text/html');
      const api = await ctx.app.inject({ method: 'GET', url: '/api/v1/unknown' });
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/problem+json');
    } finally {
      await ctx.close();
    }
  });
});

async function startTestAppWithWeb(webDistDir: string) {
  const ctx = await startTestApp();
  await ctx.app.close();
  const app = await buildApp(testConfig({ WEB_DIST_DIR: webDistDir }), { database: ctx.database, logger: false });
  return { app, close: async () => Promise.all([app.close(), ctx.database.close()]) };
}

describe('when PostgreSQL cannot be reached', () => {
  it('answers 503 with Retry-After within a second, and the process stays up', async () => {
    const { openPostgres } = await import('../db/client.js');
    // Nothing listens on port 1: every connection is refused, as when PostgreSQL is stopped.
    const database = openPostgres('postgres://nobody@127.0.0.1:1/none');
    const app = await buildApp(testConfig(), { database, logger: false });
    try {
      const token = app.jwt.sign({
        sub: '00000000-0000-4000-8000-000000000001',
        org: '00000000-0000-4000-8000-000000000002',
        role: 'coordinator',
        sid: '00000000-0000-4000-8000-000000000003',
      });
      const started = Date.now();
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.headers['content-type']).toContain('application/problem+json');
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
