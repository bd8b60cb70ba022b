import {
  Contact,
  ContactCorrection,
  ContactCreate,
  ContactSaved,
  CsvQuery,
  IdParam,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvResponse, streamCsv } from '../../lib/csv.js';
import { registerCorrectionRoutes } from '../../platform/revision-routes.js';
import * as service from './service.js';

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['contacts'];

  app.post(
    '/cases/:id/contacts',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Record a contact with the household',
        description:
          'Journals a contact (visit, call, meeting…) and moves the case’s contact clock: the latest contact, the next ' +
          'planned one and when the next contact is due. `occurredAt` cannot be in the future (5 minutes of clock ' +
          'skew allowed); `nextPlannedAt` must come after it. The case timeline shows the type and duration only, ' +
          'never the notes. Closed cases take no new contacts (409 `case-closed`). The answer is the contact with, ' +
          'added, the case as it now is (`case`: contact clock, overdue flag, new version for If-Match) and the ' +
          'line added to its timeline (`timelineEntry`): a client updates its screen without reading them again.',
        params: IdParam,
        body: ContactCreate,
        response: { 201: ContactSaved, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const contact = await request.inTenant((tx, actor) =>
        service.createContact(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(contact);
    },
  );

  app.get(
    '/cases/:id/contacts',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'List the contacts of a case, newest first',
        description:
          'Voided contacts stay in the list, marked (`voided`), and count in no figure; `version` goes back in If-Match ' +
          'to correct or void one.',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: page(Contact), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => service.listContacts(tx, actor, request.params.id, request.query)),
  );

  app.get(
    '/cases/:id/contacts.csv',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The contact journal of a case as CSV, newest first (notes included); the export is audited',
        params: IdParam,
        querystring: CsvQuery,
        produces: ['text/csv'],
        response: {
          200: csvResponse('CSV: one line per contact'),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const caseId = request.params.id;
      return streamCsv(request, reply, {
        fileName: 'contacts.csv',
        header: [
          'household_reference',
          'occurred_at',
          'type',
          'duration_minutes',
          'participants',
          'notes',
          'next_planned_at',
          'recorded_by',
        ],
        delimiter: request.query.delimiter,
        first: (tx, actor, limits) => service.startContactExport(tx, actor, caseId, limits),
        next: (tx, actor, cursor, pageSize) => service.contactExportPage(tx, actor, caseId, cursor, pageSize),
        toRow: ({ householdReference, contact, recordedByName }) => [
          householdReference,
          contact.occurredAt,
          contact.type,
          contact.durationMinutes,
          contact.participants,
          contact.notes,
          contact.nextPlannedAt,
          recordedByName,
        ],
      });
    },
  );

  registerCorrectionRoutes(app, {
    path: '/contacts/:id',
    tags,
    saved: ContactSaved,
    get: {
      summary: 'A contact, with its version as the ETag (for a correction’s If-Match)',
      response: Contact,
      load: service.getContact,
    },
    correct: {
      summary: 'Correct a contact (its author or a coordinator), with a reason',
      description:
        'The fields given change, the others stay; they pass the rules of recording a contact (422 ' +
        '`before-case-opened`, not in the future, `nextPlannedAt` after it; 422 `no-change` if nothing changes). ' +
        'The earlier version stays in the history (`GET /contacts/{id}/history`), the correction is on the ' +
        'timeline ("corrected", with the reason) and in the audit trail (notes and participants: that they ' +
        'changed, not what they say). The case’s contact clock follows. Others on the case 403; a voided contact ' +
        'or a closed case 409 (reopen it first). Requires If-Match with the contact’s `version`.',
      body: ContactCorrection,
      run: service.correctContact,
    },
    void: {
      summary: 'Void a contact (its author or a coordinator), with a reason',
      description:
        'Nothing is deleted: the contact stays, marked voided, and counts in no figure (activity report, contact ' +
        'clock: the case’s last contact falls back to the previous one). On the timeline ("voided") and in the ' +
        'audit trail. Requires If-Match with the contact’s `version`.',
      run: service.voidContact,
    },
    history: {
      summary: 'The earlier versions of a contact, newest first: who replaced each, when and why',
      list: service.contactHistory,
    },
  });
};
