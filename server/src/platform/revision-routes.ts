import {
  IdParam,
  type PageQuery,
  PageQuery as PageQuerySchema,
  page,
  RecordRevision,
  VoidRequest,
} from '@percee/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Tx } from '../db/client.js';
import type { Actor } from '../db/tenant.js';
import { changeIfMatch, withEtag } from '../lib/etag.js';
import { lookupErrors, writeErrors } from '../lib/openapi.js';

type App = Parameters<FastifyPluginAsyncZod>[0];
type Versioned = { version: number };
type Page<T> = { items: T[]; nextCursor: string | null };

/** What a route says of itself in the OpenAPI document. */
interface Doc {
  summary: string;
  description?: string;
}

/**
 * The routes every correctable record has (decision 19), under `/<records>/:id`: optionally the record
 * with its version as the ETag, then its corrections and its void (both under If-Match, answering the
 * new ETag) and its history. Each module gives its own words, schemas and service functions.
 */
export function registerCorrectionRoutes<Body extends z.ZodType>(
  app: App,
  records: {
    /** e.g. `/aid/:id` */
    path: string;
    tags: string[];
    /** What a correction and a void answer. */
    saved: z.ZodType<Versioned>;
    get?: Doc & { response: z.ZodType; load: (tx: Tx, actor: Actor, id: string) => Promise<Versioned> };
    correct: Doc & {
      body: Body;
      run: (tx: Tx, actor: Actor, id: string, version: number, body: z.output<Body>) => Promise<Versioned>;
    };
    void: Doc & {
      run: (tx: Tx, actor: Actor, id: string, version: number, body: VoidRequest) => Promise<Versioned>;
    };
    history: Doc & { list: (tx: Tx, actor: Actor, id: string, query: PageQuery) => Promise<Page<RecordRevision>> };
  },
) {
  const { path, tags, get } = records;
  const onRequest = app.authenticate;
  const doc = ({ summary, description }: Doc) => ({ tags, summary, ...(description ? { description } : {}) });

  if (get) {
    app.get(
      path,
      { onRequest, schema: { ...doc(get), params: IdParam, response: { 200: get.response, ...lookupErrors } } },
      async (request, reply) =>
        withEtag(
          reply,
          request.inTenant((tx, actor) => get.load(tx, actor, request.params.id)),
        ),
    );
  }

  app.post(
    `${path}/corrections`,
    {
      onRequest,
      schema: {
        ...doc(records.correct),
        params: IdParam,
        body: records.correct.body,
        response: { 200: records.saved, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) =>
          records.correct.run(tx, actor, request.params.id, version, request.body as z.output<Body>),
        ),
      ),
  );

  app.post(
    `${path}/void`,
    {
      onRequest,
      schema: {
        ...doc(records.void),
        params: IdParam,
        body: VoidRequest,
        response: { 200: records.saved, ...writeErrors },
      },
    },
    async (request, reply) =>
      changeIfMatch(request, reply, (version) =>
        request.inTenant((tx, actor) => records.void.run(tx, actor, request.params.id, version, request.body)),
      ),
  );

  app.get(
    `${path}/history`,
    {
      onRequest,
      schema: {
        ...doc(records.history),
        params: IdParam,
        querystring: PageQuerySchema,
        response: { 200: page(RecordRevision), ...lookupErrors },
      },
    },
    async (request) =>
      request.inTenant((tx, actor) => records.history.list(tx, actor, request.params.id, request.query)),
  );
}
