import { AccessToken, LoginRequest, Me, Problem } from '@percee/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { unauthorized } from '../../lib/problem.js';
import * as service from './service.js';

export const REFRESH_COOKIE = 'percee_refresh';
const COOKIE_PATH = '/api/v1/auth';

export const authRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const limits = config.session;

  function sendSession(reply: FastifyReply, session: service.Session) {
    const { organisationId, userId, role } = session.actor;
    reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: limits.absoluteHours * 3_600,
    });
    reply.header('cache-control', 'no-store');
    return {
      accessToken: app.jwt.sign({ sub: userId, org: organisationId, role }),
      tokenType: 'Bearer' as const,
      expiresIn: config.jwt.accessTtlSeconds,
    };
  }

  app.post(
    '/auth/login',
    {
      config: {
        rateLimit: {
          max: config.loginRateLimit.max,
          timeWindow: config.loginRateLimit.timeWindow,
          // Per address and account: slows guessing one password and spraying many accounts.
          keyGenerator: (request) => {
            const email = (request.body as { email?: unknown } | undefined)?.email;
            return `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
          },
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description:
          'Returns a short-lived access token and sets a rotating refresh token in an httpOnly, SameSite=Strict cookie.',
        security: [],
        body: LoginRequest,
        response: { 200: AccessToken, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const session = await service.signIn(app.db, { ...request.body, requestId: request.id }, limits);
      return sendSession(reply, session);
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token (and a new refresh cookie)',
        security: [],
        response: { 200: AccessToken, 401: Problem },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw unauthorized('No session');
      try {
        return sendSession(reply, await service.refresh(app.db, token, request.id, limits));
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
      schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Me, 401: Problem } },
    },
    async (request) => request.inTenant((tx, actor) => service.me(tx, actor)),
  );
};
