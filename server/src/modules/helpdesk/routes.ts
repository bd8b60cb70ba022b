import {
  CsvQuery,
  Inquiry,
  InquiryChannel,
  InquiryCreate,
  InquiryOutcome,
  PageQuery,
  Problem,
  page,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvResponse, streamCsv } from '../../lib/csv.js';
import * as service from './service.js';

const instant = z.iso.datetime({ offset: true });

const period = {
  from: instant.optional().meta({ description: 'Received at or after this instant' }),
  to: instant.optional().meta({ description: 'Received before this instant' }),
  channel: InquiryChannel.optional(),
  outcome: InquiryOutcome.optional(),
};
const periodInOrder = (query: { from?: string; to?: string }) =>
  !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to);

/** The page query plus an optional period [from, to). */
const InquiryListQuery = PageQuery.extend(period).refine(periodInOrder, {
  message: '`to` must come after `from`',
  path: ['to'],
});
const InquiryCsvQuery = CsvQuery.extend(period).refine(periodInOrder, {
  message: '`to` must come after `from`',
  path: ['to'],
});

export const helpdeskRoutes: FastifyPluginAsyncZod = async (app) => {
  const desk = app.requirePermission('helpdesk.use');
  const tags = ['help desk'];

  app.post(
    '/inquiries',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'Log a help-desk inquiry',
        description:
          'Reception logs every inquiry of the one-stop social office, for activity figures. **Entries hold no ' +
          'personal data by design: never enter names, addresses, phone numbers or national numbers in `topic` or ' +
          '`routedTo`** — describe the question ("rent arrears, eviction notice"), not the person. When the outcome ' +
          'is `referral_created`, `referralId` names the referral (400 if missing, 422 if unknown); only then may it ' +
          'be given. `siteId`, if given, must be a site of the organisation (422). `receivedAt` cannot be in the future.',
        body: InquiryCreate,
        response: { 201: Inquiry, 400: Problem, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const inquiry = await request.inTenant((tx, actor) => service.createInquiry(tx, actor, request.body));
      return reply.code(201).send(inquiry);
    },
  );

  app.get(
    '/inquiries',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'List help-desk inquiries, newest first',
        description:
          'Optionally within a period: `from` (inclusive) and `to` (exclusive), ISO 8601 instants; and of one `channel` or `outcome`.',
        querystring: InquiryListQuery,
        response: { 200: page(Inquiry), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.listInquiries(tx, actor, request.query)),
  );

  app.get(
    '/inquiries.csv',
    {
      onRequest: desk,
      schema: {
        tags,
        summary: 'The help-desk log as CSV, newest first (same filters as the list); the export is audited',
        querystring: InquiryCsvQuery,
        produces: ['text/csv'],
        response: { 200: csvResponse('CSV: one line per inquiry'), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { delimiter, ...period } = request.query;
      return streamCsv(request, reply, {
        fileName: 'inquiries.csv',
        header: ['received_at', 'channel', 'topic', 'outcome', 'routed_to', 'referral_id', 'site'],
        delimiter,
        first: (tx, actor, limits) => service.startInquiryExport(tx, actor, period, limits),
        next: (tx, actor, cursor, pageSize) => service.inquiryExportPage(tx, actor, period, cursor, pageSize),
        toRow: ({ inquiry, siteName }) => [
          inquiry.receivedAt,
          inquiry.channel,
          inquiry.topic,
          inquiry.outcome,
          inquiry.routedTo,
          inquiry.referralId,
          siteName,
        ],
      });
    },
  );
};
