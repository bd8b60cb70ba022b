import { IdParam, Problem, RecoveryCodes, TotpConfirmRequest, TotpEnrolment } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import * as service from './service.js';

/** Two-factor sign-in (TOTP): a user's own enrolment, and an admin's reset. Secrets are sealed with `app.secrets`. */
export const totpRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app) => {
  app.post(
    '/me/totp/enrolment',
    {
      onRequest: app.authenticate,
      config: { totpEnrolment: true },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up two-factor sign-in (TOTP): a new secret, shown this once',
        description:
          'The secret is kept encrypted and pending until `POST /api/v1/me/totp/enrolment/confirm` receives a first valid code. Starting again replaces a pending secret.',
        response: { 201: TotpEnrolment, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const enrolment = await request.inTenant((tx, actor) => service.startEnrolment(tx, actor, app.secrets));
      return reply.code(201).send(enrolment);
    },
  );

  app.post(
    '/me/totp/enrolment/confirm',
    {
      onRequest: app.authenticate,
      config: { totpEnrolment: true },
      schema: {
        tags: ['auth'],
        summary: 'Confirm two-factor sign-in with a first valid code; returns single-use recovery codes, shown once',
        description:
          'An enrolment-only session (an admin where TOTP is required) gets a full one with `POST /api/v1/auth/refresh` afterwards.',
        body: TotpConfirmRequest,
        response: { 200: RecoveryCodes, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.confirmEnrolment(tx, actor, app.secrets, request.body.code)),
  );

  app.delete(
    '/admin/users/:id/totp',
    {
      onRequest: app.requirePermission('user.manage'),
      schema: {
        tags: ['administration'],
        summary: "Reset a user's two-factor sign-in (lost phone): they enrol again; their sessions end",
        description:
          "All the user's sessions end at once: their refresh tokens are revoked and their access tokens are refused (401) from the next request on.",
        params: IdParam,
        response: { 204: z.undefined(), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await request.inTenant((tx, actor) => service.resetTotp(tx, actor, request.params.id));
      return reply.code(204).send();
    },
  );
};
