import type { ApiScope } from '@percee/shared';
import type { startTestApp } from './app.js';

type App = Awaited<ReturnType<typeof startTestApp>>['app'];

/** Registers an API client through the admin API; returns its id and its (shown once) secret. */
export async function registerClient(
  app: App,
  adminHeaders: Record<string, string>,
  scopes: ApiScope[],
  name = 'Test register',
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/api-clients',
    headers: adminHeaders,
    payload: { name, scopes },
  });
  if (response.statusCode !== 201)
    throw new Error(`client registration failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ clientId: string; clientSecret: string; client: { version: number } }>();
  return { clientId: body.clientId, clientSecret: body.clientSecret, version: body.client.version };
}

/** A client-credentials token, as bearer headers. */
export async function clientToken(app: App, clientId: string, clientSecret: string, scope?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      ...(scope ? { scope } : {}),
    }).toString(),
  });
  if (response.statusCode !== 200) throw new Error(`token failed: ${response.statusCode} ${response.body}`);
  const token = response.json<{ access_token: string }>().access_token;
  return { token, headers: { authorization: `Bearer ${token}` } };
}
