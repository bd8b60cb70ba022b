import fastifyJwt from '@fastify/jwt';
import { type ApiScope, can, type Permission, Role } from '@percee/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Tx } from '../db/client.js';
import { type Actor, NO_USER } from '../db/tenant.js';
import { forbidden, HttpProblem, unauthorized } from '../lib/problem.js';
import { mustEnrolTotp } from '../lib/totp.js';

/**
 * `sid` is the session (refresh-token family) the token was issued to, checked on every request.
 * `enrol: true` marks a session that may only enrol a second factor (see `totpEnrolment` routes).
 */
const AccessClaims = z.object({
  sub: z.uuid(),
  org: z.uuid(),
  role: Role,
  sid: z.uuid(),
  enrol: z.literal(true).optional(),
});
type AccessClaims = z.infer<typeof AccessClaims>;

/**
 * A machine client's token (OAuth2 client credentials, issued by modules/integrations/oauth.ts):
 * `kind: 'client'` marks it, `scope` is space-separated (RFC 9068), `cv` the credential version.
 */
const ClientClaims = z.object({
  sub: z.uuid(),
  org: z.uuid(),
  kind: z.literal('client'),
  client_id: z.uuid(),
  scope: z.string(),
  cv: z.number().int(),
});
type ClientClaims = z.infer<typeof ClientClaims>;

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims | ClientClaims;
    user: AccessClaims | ClientClaims;
  }
}

/**
 * The role a machine client acts with on a route its scope opens: the visibility services apply
 * (a coordinator's sees the organisation's referrals, households and cases; reports are read with
 * an analyst's small-count suppression). Routes, not this role, decide what a client may do: every
 * route not opened with `requireScope` refuses client tokens.
 */
const SCOPE_ROLE: Record<ApiScope, Role> = {
  'referrals:write': 'coordinator',
  'referrals:read': 'coordinator',
  'households:read': 'coordinator',
  'households:write': 'coordinator',
  'cases:read': 'coordinator',
  'reports:read': 'analyst',
  'events:subscribe': 'coordinator',
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to a session that may only enrol a second factor (the enrolment steps, /me). */
    totpEnrolment?: boolean;
  }
  interface FastifyInstance {
    /** onRequest: a valid access token is required. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** onRequest hook factory: a valid access token of a role holding this permission is required. */
    requirePermission: (permission: Permission) => (request: FastifyRequest) => Promise<void>;
    /**
     * onRequest hook factory for routes open to machine clients: a user token (of a role holding
     * `permission`, when given), or a client token holding `scope` (403 otherwise).
     */
    requireScope: (scope: ApiScope, permission?: Permission) => (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** One transaction as the signed-in user's tenant; fails with 401 if the account was disabled meanwhile. */
    /** `pool: 'reports'` runs on the reports' own connections (heavy aggregates). */
    inTenant<T>(work: (tx: Tx, actor: Actor) => Promise<T>, options?: { pool?: 'main' | 'reports' }): Promise<T>;
  }
}

/*
 * The checks every request's transaction starts with, in the same round trip as its BEGIN (see
 * Database.tenantTransaction): plain SQL, as they are sent as a simple query with inlined values.
 * A user's session (the token's refresh family) is open while the family has tokens and none is
 * revoked: logout, reuse detection and an account's password or second-factor reset or disabling revoke
 * them; no row (never issued, another account's) is closed; any revoked token closes it, also when a
 * refresh racing the revocation left one unrevoked (decision 4).
 */
const accountCheck = (actor: Actor) => ({
  text: `select u.active, u.role, u.totp_enabled_at is not null as totp_enabled,
    coalesce((select bool_and(t.revoked_at is null) from refresh_tokens t
      where t.organisation_id = u.organisation_id and t.family_id = $3 and t.user_id = u.id), false) as session_open
    from users u where u.organisation_id = $1 and u.id = $2`,
  values: [actor.organisationId, actor.userId, actor.sessionId ?? NO_USER],
});
const clientCheck = (actor: Actor) => ({
  text: 'select active, credential_version, scopes::text[] as scopes from api_clients where organisation_id = $1 and id = $2',
  values: [actor.organisationId, actor.clientId ?? NO_USER],
});

export const authPlugin = fp(
  async (app: FastifyInstance, config: Config) => {
    await app.register(fastifyJwt, {
      secret: config.jwt.secret,
      sign: {
        algorithm: 'HS256',
        iss: config.jwt.issuer,
        aud: config.jwt.audience,
        // @fastify/jwt reads a number as seconds (it was given milliseconds: tokens lived 1000x too long).
        expiresIn: config.jwt.accessTtlSeconds,
      },
      verify: {
        algorithms: ['HS256'],
        allowedIss: config.jwt.issuer,
        allowedAud: config.jwt.audience,
      },
    });

    const mustEnrol = (role: Role, totpEnabledAt: string | null) =>
      mustEnrolTotp(config.totp.requiredForAdmins, role, totpEnabledAt);

    app.decorateRequest('actor', null);
    app.decorateRequest('inTenant', async function inRequestTenant<
      T,
    >(this: FastifyRequest, work: (tx: Tx, actor: Actor) => Promise<T>, options: { pool?: 'main' | 'reports' } = {}): Promise<T> {
      const actor = this.actor;
      if (!actor) throw unauthorized();
      const pool = options.pool ?? 'main';
      if (actor.kind === 'client') {
        return app.database.tenantTransaction(pool, actor, clientCheck(actor), async (tx, [client]) => {
          // Revoking a client, rotating its secret or narrowing its scopes ends its tokens at once.
          if (!client?.active) throw unauthorized('This API client was revoked or no longer exists');
          if (client.credential_version !== actor.credentialVersion) {
            throw unauthorized('This API client was rotated; get a new token');
          }
          const granted = client.scopes as readonly string[];
          if (actor.scopes?.some((scope) => !granted.includes(scope))) {
            throw unauthorized('The scopes of this API client changed; get a new token');
          }
          return work(tx, actor);
        });
      }
      return app.database.tenantTransaction(pool, actor, accountCheck(actor), async (tx, [account]) => {
        // Disabling an account or changing its role takes effect on the next request, not at token expiry.
        if (!account?.active) throw unauthorized('This account is disabled or no longer exists');
        // Logged out, replayed refresh token, password or second factor reset, disabled since: not at expiry.
        if (account.session_open !== true) throw unauthorized('This session has ended; sign in again');
        if (account.role !== actor.role) throw unauthorized('The role of this account changed; sign in again');
        // An admin whose second factor was reset (or who became admin) keeps no full session meanwhile.
        if (mustEnrol(actor.role, account.totp_enabled ? 'enabled' : null) && !actor.enrolmentOnly) {
          throw unauthorized('This account must use a second factor; sign in again');
        }
        return work(tx, actor);
      });
    });

    /** The actor of a valid access token: a user, or a machine client (not yet given a role). */
    async function verify(request: FastifyRequest): Promise<Actor> {
      let claims: unknown;
      try {
        claims = await request.jwtVerify();
      } catch {
        throw unauthorized('Missing, invalid or expired access token');
      }
      const kind = (claims as { kind?: unknown }).kind;
      // A second-factor challenge (kind: 'mfa') or any other kind of token is not an access token.
      if (kind !== undefined && kind !== 'client') throw unauthorized('Invalid access token');
      if ((claims as { kind?: unknown }).kind === 'client') {
        const client = ClientClaims.safeParse(claims);
        if (!client.success) throw unauthorized('Invalid access token');
        return {
          organisationId: client.data.org,
          userId: NO_USER,
          // The least-seeing role until requireScope sets the one of the route's scope.
          role: 'analyst',
          requestId: request.id,
          kind: 'client',
          clientId: client.data.sub,
          scopes: client.data.scope.split(' ').filter(Boolean),
          credentialVersion: client.data.cv,
        };
      }
      const parsed = AccessClaims.safeParse(claims);
      if (!parsed.success) throw unauthorized('Invalid access token');
      return {
        organisationId: parsed.data.org,
        userId: parsed.data.sub,
        role: parsed.data.role,
        requestId: request.id,
        kind: 'user',
        sessionId: parsed.data.sid,
        ...(parsed.data.enrol ? { enrolmentOnly: true } : {}),
      };
    }

    /** A session that may only enrol a second factor reaches the enrolment routes, nothing else. */
    function checkEnrolment(request: FastifyRequest, actor: Actor) {
      if (actor.enrolmentOnly && request.routeOptions.config.totpEnrolment !== true) {
        throw new HttpProblem(
          403,
          'totp-enrolment-required',
          'Forbidden',
          'Set up two-factor sign-in (TOTP) first: POST /api/v1/me/totp/enrolment',
        );
      }
    }

    /** Routes for people: a machine client's token is refused (403) unless a route opens itself with requireScope. */
    async function authenticate(request: FastifyRequest) {
      const actor = await verify(request);
      if (actor.kind === 'client') {
        throw forbidden('This route is for signed-in users; machine clients cannot call it');
      }
      checkEnrolment(request, actor);
      request.actor = actor;
    }

    app.decorate('authenticate', authenticate);
    app.decorate('requirePermission', (permission: Permission) => async (request: FastifyRequest) => {
      await authenticate(request);
      if (!can((request.actor as Actor).role, permission)) throw forbidden('Your role does not allow this action');
    });
    app.decorate('requireScope', (scope: ApiScope, permission?: Permission) => async (request: FastifyRequest) => {
      const actor = await verify(request);
      if (actor.kind === 'client') {
        if (!actor.scopes?.includes(scope)) {
          throw new HttpProblem(403, 'insufficient-scope', 'Forbidden', `This API client lacks the scope ${scope}`, {
            requiredScope: scope,
            headers: { 'www-authenticate': `Bearer error="insufficient_scope", scope="${scope}"` },
          });
        }
        actor.role = SCOPE_ROLE[scope];
      } else {
        checkEnrolment(request, actor);
        if (permission && !can(actor.role, permission)) throw forbidden('Your role does not allow this action');
      }
      request.actor = actor;
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
