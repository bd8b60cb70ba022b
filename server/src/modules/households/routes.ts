import {
  CsvQuery,
  DuplicateCandidate,
  DuplicateCheck,
  Household,
  HouseholdCreate,
  HouseholdSearchQuery,
  HouseholdSummary,
  HouseholdUpdate,
  IdParam,
  PageQuery,
  Person,
  PersonInput,
  PersonUpdate,
  Problem,
  page,
  RecordRevision,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_PREFIX } from '../../api-prefix.js';
import { streamCsv } from '../../lib/csv.js';
import { changeIfMatch, etagOf, withEtag } from '../../lib/etag.js';
import { lookupErrors as errors, scoped } from '../../lib/openapi.js';
import { IdempotencyHeaders, idempotent } from '../../platform/idempotency.js';
import * as service from './service.js';

export const householdRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['households'];
  const onRequest = app.authenticate;

  // Search, read, register and update are open to machine clients (households:read / households:write).
  app.get(
    '/households',
    {
      onRequest: app.requireScope('households:read'),
      schema: {
        tags,
        summary: 'Search households by name, reference or address (accent- and case-insensitive)',
        description:
          'With `updatedSince`, a sync: every household changed since then, oldest change first, ordered by (updatedAt, id) with a stable cursor.',
        security: scoped('households:read'),
        querystring: HouseholdSearchQuery,
        response: { 200: page(HouseholdSummary), ...errors },
      },
    },
    async (request) => request.inTenant((tx, actor) => service.searchHouseholds(tx, actor, request.query)),
  );

  app.get(
    '/households.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The household list as CSV (same filters as the search; UTF-8 with BOM, opens in Excel)',
        querystring: HouseholdSearchQuery.omit({ cursor: true, limit: true }).extend(CsvQuery.shape),
        produces: ['text/csv'],
        response: {
          200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { delimiter, ...filters } = request.query;
      return streamCsv(request, reply, {
        fileName: 'households.csv',
        header: ['reference', 'name', 'municipality', 'members', 'open_cases', 'updated_at'],
        delimiter,
        first: (tx, actor, limits) => service.startHouseholdExport(tx, actor, filters, limits),
        next: (tx, actor, cursor, pageSize) => service.householdExportPage(tx, actor, filters, cursor, pageSize),
        toRow: (h) => [h.reference, h.displayName, h.municipality, h.memberCount, h.openCaseCount, h.updatedAt],
      });
    },
  );

  app.post(
    '/households',
    {
      onRequest: app.requireScope('households:write'),
      schema: {
        tags,
        summary: 'Register a household with its members and problems',
        description:
          'Answers 409 `possible-duplicate` with `duplicates` (references only) when a member (name + birth date) or the address matches a known household; send `confirmNotDuplicate: true` after checking. Honours Idempotency-Key.',
        security: scoped('households:write'),
        headers: IdempotencyHeaders,
        body: HouseholdCreate,
        response: { 201: Household, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      idempotent(request, reply, 201, async (tx, actor) => {
        const household = await service.createAndShow(tx, actor, request.body);
        return {
          body: household,
          headers: { etag: etagOf(household.version), location: `${API_PREFIX}/households/${household.id}` },
        };
      }),
  );

  app.post(
    '/households/duplicate-check',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Possible duplicates of a household being registered (references and reasons only)',
        body: DuplicateCheck,
        response: { 200: z.object({ items: z.array(DuplicateCandidate) }), ...errors },
      },
    },
    async (request) => ({
      items: await request.inTenant((tx, actor) => service.duplicateCandidates(tx, actor, request.body)),
    }),
  );

  app.get(
    '/households/:id',
    {
      onRequest: app.requireScope('households:read'),
      schema: {
        tags,
        summary: 'A household file: members and problems (its ETag is its version)',
        security: scoped('households:read'),
        params: IdParam,
        response: { 200: Household, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getHousehold(tx, actor, request.params.id)),
      ),
  );

  app.patch(
    '/households/:id',
    {
      onRequest: app.requireScope('households:write'),
      schema: {
        tags,
        summary: 'Update the address or problems of a household (requires If-Match)',
        security: scoped('households:write'),
        params: IdParam,
        body: HouseholdUpdate,
        response: { 200: Household, ...errors, 412: Problem, 422: Problem, 428: Problem },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => service.updateHousehold(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.post(
    '/households/:id/members',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a member to a household',
        params: IdParam,
        body: PersonInput,
        response: { 201: Person, ...errors },
      },
    },
    async (request, reply) => {
      const person = await request.inTenant((tx, actor) =>
        service.addMember(tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(person);
    },
  );

  const MemberParams = z.object({ id: z.uuid(), personId: z.uuid() });

  app.get(
    '/households/:id/members/:personId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'A member of a household, with its age and version (its ETag)',
        description:
          'Phone and e-mail are null for roles without `household.contactDetails`. Reading a member is an audited read of the file.',
        params: MemberParams,
        response: { 200: Person, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        request.inTenant((tx, actor) => service.getMember(tx, actor, request.params.id, request.params.personId)),
      ),
  );

  app.patch(
    '/households/:id/members/:personId',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Correct a member of a household: contact details, relationship, birth date, joined or left (requires If-Match)',
        description:
          'A member who moves out gets `leftOn` (the row stays: the composition shows who left); a newborn is a new member (POST) with `joinedOn`. The earlier version is kept with who, when and the required `reason` (`GET .../history`).',
        params: MemberParams,
        body: PersonUpdate,
        response: { 200: Person, ...errors, 412: Problem, 422: Problem, 428: Problem },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          service.updateMember(tx, actor, request.params.id, request.params.personId, version, request.body),
        ),
      ),
  );

  app.get(
    '/households/:id/members/:personId/history',
    {
      onRequest,
      schema: {
        tags,
        summary: "A member's earlier versions, newest first: who replaced each, when and why",
        params: MemberParams,
        querystring: PageQuery,
        response: { 200: page(RecordRevision), ...errors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) =>
        service.memberHistory(tx, actor, request.params.id, request.params.personId, request.query),
      ),
  );
};
