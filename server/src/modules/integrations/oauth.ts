import { OAuthError, Problem, TokenRequest, TokenResponse } from '@percee/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Config } from '../../config.js';
import { grantClientCredentials } from './clients.js';

type OAuthErrorCode = OAuthError['error'];

/**
 * OAuth2 client credentials (RFC 6749 section 4.4) for machine clients: `POST /oauth/token` with a
 * form-encoded (or JSON) body; the client authenticates with HTTP Basic or `client_id` and
 * `client_secret` in the body. Answers use RFC 6749 shapes, not problem+json.
 */
export const oauthRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // Form bodies for this route only (this plugin is encapsulated).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  function fail(reply: FastifyReply, status: 400 | 401, error: OAuthErrorCode, description: string, basic = false) {
    reply.code(status).header('cache-control', 'no-store').header('pragma', 'no-cache');
    // RFC 6749 5.2: a client that tried HTTP Basic gets a Basic challenge with its 401.
    if (status === 401 && basic) reply.header('www-authenticate', 'Basic realm="percee", charset="UTF-8"');
    return reply.send({ error, error_description: description });
  }

  app.post(
    '/oauth/token',
    {
      attachValidation: true,
      schema: {
        tags: ['integrations'],
        operationId: 'oauthToken',
        summary: 'Get an access token for a machine client (OAuth2 client credentials)',
        description:
          'RFC 6749 section 4.4. Send `grant_type=client_credentials` form-encoded (or as JSON), with the client id and secret in HTTP Basic authentication or in the body. The token is a JWT valid for 5 to 15 minutes (`expires_in`), carrying `sub` = client id, `org`, `scope` and `kind: "client"`. Revoking or rotating the client ends its tokens at once.',
        security: [{ clientBasic: [] }, {}],
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        body: TokenRequest,
        response: {
          200: TokenResponse,
          400: OAuthError,
          401: OAuthError,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      const body = (request.validationError ? {} : (request.body ?? {})) as z.infer<typeof TokenRequest>;
      if (request.validationError) return fail(reply, 400, 'invalid_request', 'Malformed token request');
      let clientId = body.client_id;
      let clientSecret = body.client_secret;
      const authorization = request.headers.authorization;
      const basic = typeof authorization === 'string' && /^basic /i.test(authorization);
      if (basic) {
        const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0 || clientId || clientSecret) {
          return fail(reply, 400, 'invalid_request', 'Use HTTP Basic or body credentials, not both');
        }
        // RFC 6749 2.3.1: both parts are form-encoded before Basic encoding.
        clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
        clientSecret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
      }
      if (body.grant_type === undefined) return fail(reply, 400, 'invalid_request', 'grant_type is required');
      if (body.grant_type !== 'client_credentials') {
        return fail(reply, 400, 'unsupported_grant_type', 'Only client_credentials is supported');
      }
      if (!clientId || !clientSecret) return fail(reply, 401, 'invalid_client', 'Client authentication failed', basic);
      // Wrong secrets limited per client id and address, client id, and address (auth/attempts.ts).
      const presented = { clientId, clientSecret };
      const grant = await app.attempts.guard(
        'client-secret',
        clientId,
        request.ip,
        () => grantClientCredentials(app.db, { ...presented, scope: body.scope, requestId: request.id }),
        (result) => !result.ok && result.error === 'invalid_client',
      );
      if (!grant.ok) {
        return grant.error === 'invalid_client'
          ? fail(reply, 401, 'invalid_client', grant.description, basic)
          : fail(reply, 400, grant.error, grant.description);
      }
      const ttl = config.integrations.clientTokenTtlSeconds;
      const scope = grant.scopes.join(' ');
      const accessToken = app.jwt.sign(
        {
          sub: grant.clientId,
          org: grant.organisationId,
          kind: 'client',
          client_id: grant.clientId,
          scope,
          cv: grant.credentialVersion,
        },
        { expiresIn: ttl }, // seconds
      );
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      return { access_token: accessToken, token_type: 'Bearer' as const, expires_in: ttl, scope };
    },
  );
};
