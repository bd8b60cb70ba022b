import { AccessToken, LoginRequest, LoginResponse, Me, Problem, TotpLoginRequest } from '@percee/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { unauthorized } from '../../lib/problem.js';
import * as service from './service.js';

const REFRESH_COOKIE = 'percee_refresh';
const COOKIE_PATH = '/api/v1/auth';
/** How long the password step of a TOTP sign-in stays good for. */
const CHALLENGE_TTL_SECONDS = 300;

export const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const limits = config.session;
  const requireTotp = config.totp.requiredForAdmins;

  function sendSession(reply: FastifyReply, session: service.Session) {
    const { organisationId, userId, role } = session.actor;
    const claims = {
      sub: userId,
      org: organisationId,
      role,
      sid: session.sessionId,
      ...(session.enrolmentOnly ? { enrol: true as const } : {}),
    };
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: limits.absoluteHours * 3_600,
    });
    reply.header('cache-control', 'no-store');
    return {
      accessToken: app.jwt.sign(claims),
      tokenType: 'Bearer' as const,
      expiresIn: config.jwt.accessTtlSeconds,
    };
  }

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description:
          'Returns a short-lived access token and sets a rotating refresh token in an httpOnly, SameSite=Strict cookie. For an account with two-factor sign-in, returns instead a short-lived `challenge` (not a session) to complete with `POST /api/v1/auth/login/totp`.',
        security: [],
        body: LoginRequest,
        response: { 200: LoginResponse, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      // Failed attempts limited per account and address, account, and address (see attempts.ts); the
      // e-mail is already normalised by its schema, so the same account is one key however typed.
      const outcome = await app.attempts.guard('password', request.body.email, request.ip, () =>
        service.signIn(app.db, { ...request.body, requestId: request.id }, limits, requireTotp),
      );
      if ('pending' in outcome) {
        reply.header('cache-control', 'no-store');
        const { organisationId, userId } = outcome.pending;
        const challenge = app.jwt.sign({ sub: userId, org: organisationId, kind: 'mfa' } as never, {
          expiresIn: CHALLENGE_TTL_SECONDS,
        });
        return { secondFactorRequired: true as const, challenge, expiresIn: CHALLENGE_TTL_SECONDS };
      }
      return sendSession(reply, outcome.session);
    },
  );

  app.post(
    '/auth/login/totp',
    {
      schema: {
        tags: ['auth'],
        summary: 'Finish a sign-in with a TOTP code or a recovery code',
        description:
          'The `challenge` comes from `POST /api/v1/auth/login`. A code is accepted once (a replay within its 30-second window is refused); a recovery code works once.',
        security: [],
        body: TotpLoginRequest,
        response: { 200: AccessToken, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      let claims: { sub?: unknown; org?: unknown; kind?: unknown };
      try {
        claims = app.jwt.verify(request.body.challenge);
      } catch {
        throw unauthorized('The sign-in challenge is invalid or expired; sign in again');
      }
      if (claims.kind !== 'mfa' || typeof claims.sub !== 'string' || typeof claims.org !== 'string') {
        throw unauthorized('The sign-in challenge is invalid or expired; sign in again');
      }
      // Limited by the account the (verified) challenge names: six digits are not guessed in 10 tries.
      const { org, sub } = claims;
      const session = await app.attempts.guard('code', sub, request.ip, () =>
        service.completeSecondFactor(
          app.db,
          { organisationId: org, userId: sub, requestId: request.id },
          request.body,
          app.secrets,
          limits,
        ),
      );
      return sendSession(reply, session);
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token (and a new refresh cookie)',
        description:
          'The new access token belongs to the same session. A refresh token presented a second time (replay) ends the whole session: every refresh token of it is revoked and its access tokens are refused (401) from the next request on.',
        security: [],
        response: { 200: AccessToken, 401: Problem },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw unauthorized('No session');
      try {
        return sendSession(reply, await service.refresh(app.db, token, request.id, limits, requireTotp));
      } catch (error) {
        reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End this session (revokes its refresh tokens)',
        description:
          "Ends the session the refresh cookie names: its refresh tokens are revoked and the access tokens issued to it are refused (401) from the next request on. The account's other sessions go on.",
        security: [],
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (token) await service.signOut(app.db, token, request.id);
      reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.authenticate,
      config: { totpEnrolment: true },
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Me, 401: Problem } },
    },
    async (request) => request.inTenant((tx, actor) => service.me(tx, actor, requireTotp)),
  );
};
