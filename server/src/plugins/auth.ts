import fastifyJwt from '@fastify/jwt';
import { Role } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Tx } from '../db/client.js';
import { users } from '../db/schema.js';
import { type Actor, inTenant } from '../db/tenant.js';
import { forbidden, unauthorized } from '../lib/problem.js';

const AccessClaims = z.object({ sub: z.uuid(), org: z.uuid(), role: Role });
export type AccessClaims = z.infer<typeof AccessClaims>;

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest: a valid access token is required. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** onRequest hook factory: a valid access token of one of these roles is required. */
    requireRole: (...roles: Role[]) => (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** One transaction as the signed-in user's tenant; fails with 401 if the account was disabled meanwhile. */
    inTenant<T>(work: (tx: Tx, actor: Actor) => Promise<T>): Promise<T>;
  }
}

export const authPlugin = fp(
  async (app: FastifyInstance, config: Config) => {
    await app.register(fastifyJwt, {
      secret: config.jwt.secret,
      sign: {
        algorithm: 'HS256',
        iss: config.jwt.issuer,
        aud: config.jwt.audience,
        expiresIn: config.jwt.accessTtlSeconds * 1000,
      },
      verify: {
        algorithms: ['HS256'],
        allowedIss: config.jwt.issuer,
        allowedAud: config.jwt.audience,
      },
    });

    app.decorateRequest('actor', null);
    app.decorateRequest('inTenant', async function inRequestTenant<
      T,
    >(this: FastifyRequest, work: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
      const actor = this.actor;
      if (!actor) throw unauthorized();
      return inTenant(app.db, actor, async (tx) => {
        // Disabling an account or changing its role takes effect on the next request, not at token expiry.
        const [account] = await tx
          .select({ active: users.active, role: users.role })
          .from(users)
          .where(and(eq(users.organisationId, actor.organisationId), eq(users.id, actor.userId)));
        if (!account?.active) throw unauthorized('This account is disabled or no longer exists');
        if (account.role !== actor.role) throw unauthorized('The role of this account changed; sign in again');
        return work(tx, actor);
      });
    });

    async function authenticate(request: FastifyRequest) {
      let claims: unknown;
      try {
        claims = await request.jwtVerify();
      } catch {
        throw unauthorized('Missing, invalid or expired access token');
      }
      const parsed = AccessClaims.safeParse(claims);
      if (!parsed.success) throw unauthorized('Invalid access token');
      request.actor = {
        organisationId: parsed.data.org,
        userId: parsed.data.sub,
        role: parsed.data.role,
        requestId: request.id,
      };
    }

    app.decorate('authenticate', authenticate);
    app.decorate('requireRole', (...allowed: Role[]) => async (request: FastifyRequest) => {
      await authenticate(request);
      if (!allowed.includes((request.actor as Actor).role)) throw forbidden('Your role does not allow this action');
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
