import { Problem } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '../../lib/problem.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']).optional() });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health/live',
    {
      logLevel: 'warn',
      schema: { tags: ['health'], summary: 'The process is up', security: [], response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      logLevel: 'warn',
      schema: {
        tags: ['health'],
        summary: 'The database answers',
        security: [],
        response: { 200: Health, 503: Problem },
      },
    },
    async () => {
      try {
        await app.database.ping();
      } catch {
        throw new HttpProblem(503, 'unavailable', 'Service Unavailable', 'The database does not answer', {
          headers: { 'retry-after': '5' },
        });
      }
      return { status: 'ok' as const, database: app.database.kind };
    },
  );
};
