import { PersonExport, Problem } from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from './service.js';

export const subjectRightsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/export',
    {
      onRequest: app.requirePermission('subjectData.export'),
      schema: {
        tags: ['subject-rights'],
        summary:
          'Everything held about a person, as JSON (GDPR art. 15 and 20; coordinators, who may read the file; audited)',
        description:
          'The person, their household (other members are counted, not shown), problems, referrals, cases with timeline, contacts, assessments, aid, objectives and their evaluations, plans and breakthroughs, linked help-desk inquiries, legal holds, and the audit of reads and changes of the file.',
        params: z.object({ id: z.uuid() }),
        response: { 200: PersonExport, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const exported = await request.inTenant((tx, actor) => service.exportPerson(tx, actor, request.params.id));
      // A download by default; the web app renders the same JSON as a printable page.
      reply.header('content-disposition', 'attachment; filename="person-export.json"');
      return exported;
    },
  );
};
