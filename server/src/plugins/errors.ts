import type { Socket } from 'node:net';
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '@percee/shared';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { databaseRefusal, isDatabaseUnavailable } from '../lib/pg-errors.js';
import { HttpProblem, problemType } from '../lib/problem.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'bad-request',
  408: 'request-timeout',
  413: 'too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  431: 'request-header-fields-too-large',
};

/**
 * RFC 9110 11.6.1 / RFC 6750 3: every 401 names the scheme to use; a bearer token that was sent and
 * refused is also called `invalid_token`, so a client knows to get a new one rather than a first one.
 */
function bearerChallenge(request: FastifyRequest) {
  const sentToken = /^bearer\s/i.test(request.headers.authorization ?? '');
  return sentToken ? 'Bearer realm="percee", error="invalid_token"' : 'Bearer realm="percee"';
}

function send(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  if (problem.status === 401 && !reply.hasHeader('www-authenticate')) {
    reply.header('www-authenticate', bearerChallenge(reply.request));
  }
  reply.code(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE);
  // Serialized by hand: the route's response schemas describe success bodies, not problems.
  return reply.serializer((body: unknown) => JSON.stringify(body)).send(problem);
}

/** One place turns every error into RFC 9457 problem+json (the app factory sets the not-found handler). */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const instance = request.id;
    if (error instanceof HttpProblem) {
      const { headers, ...extra } = error.extra;
      return send(
        reply,
        {
          // Extension members first: they never override the standard ones.
          ...extra,
          type: problemType(error.slug),
          title: error.title,
          status: error.status,
          ...(error.detail ? { detail: error.detail } : {}),
          instance,
        },
        headers,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.flatMap((issue) => {
        const trail = issue.instancePath.split('/').filter(Boolean);
        const at = (extra: string[] = []) => [context, ...trail, ...extra].join('.');
        const unknownKeys = (issue.params as { keys?: unknown }).keys;
        if (issue.keyword === 'unrecognized_keys' && Array.isArray(unknownKeys)) {
          // One error per unknown field, at the field itself.
          return unknownKeys.map((key) => ({ path: at([String(key)]), message: 'Unknown field', code: issue.keyword }));
        }
        return [{ path: at(), message: issue.message ?? 'Invalid value', code: issue.keyword }];
      });
      return send(reply, {
        type: problemType('validation'),
        title: 'Validation failed',
        status: 400,
        detail: 'The request does not match the expected schema; see `errors`.',
        instance,
        errors,
      });
    }
    if (isResponseSerializationError(error)) {
      // Paths only: the values may be personal data.
      const paths = error.cause.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
      request.log.error({ paths }, 'response did not match its schema');
      return send(reply, { type: problemType('internal'), title: TITLES[500] as string, status: 500, instance });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ code: (error as { code?: string }).code }, 'database unavailable');
      return send(
        reply,
        {
          type: problemType('unavailable'),
          title: TITLES[503] as string,
          status: 503,
          detail: 'The database is unavailable; retry shortly.',
          instance,
        },
        { 'retry-after': '5' },
      );
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      // The transaction has rolled back: nothing of the request was written.
      request.log.info({ err: error }, 'database refused the request');
      return send(reply, {
        ...(refusal.path ? { errors: [{ path: refusal.path, message: refusal.detail }] } : {}),
        type: problemType(refusal.slug),
        title: TITLES[refusal.status] as string,
        status: refusal.status,
        detail: refusal.detail,
        instance,
      });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return send(reply, { type: problemType('internal'), title: TITLES[500] as string, status: 500, instance });
    }
    const headers: Record<string, string> = {};
    const retryAfter = reply.getHeader('retry-after');
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    return send(
      reply,
      {
        type: problemType(SLUGS[status] ?? `http-${status}`),
        title: TITLES[status] ?? 'Error',
        status,
        // Framework messages (bad JSON, wrong content type, too large) are safe and useful.
        detail: error.message,
        instance,
      },
      headers,
    );
  });
});

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, {
    type: problemType('not-found'),
    title: 'Not Found',
    status: 404,
    detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    instance: request.id,
  });
}

/**
 * Fastify's `frameworkErrors`: what the router refuses before any route or hook runs (a malformed URL
 * 400, a path parameter longer than maxParamLength 414) is problem+json like every other error.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed in the router');
  return send(reply, {
    type: problemType(SLUGS[status] ?? (status >= 500 ? 'internal' : `http-${status}`)),
    title: TITLES[status] ?? 'Error',
    status,
    // The path itself stays out: it may hold personal data.
    ...(status < 500 ? { detail: status === 414 ? 'A path segment is too long' : 'Malformed URL' } : {}),
    instance: request.id,
  });
}

/** In a request head over Node's limit, a request line longer than this (half the limit) makes it a 414. */
const LONG_REQUEST_LINE = 8 * 1024;

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses a request before Fastify sees it (headers
 * over the 16 KiB limit, which counts the request line; a timeout; garbage). The answer is written on
 * the socket by hand, as problem+json like every other error; an oversized request line is a 414.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket) {
  // A reset connection, or one already gone: nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = 408;
  else if (error.code === 'HPE_HEADER_OVERFLOW') {
    // A Buffer at run time (Fastify's type describes its JSON form).
    const raw: unknown = error.rawPacket;
    const start = Buffer.isBuffer(raw) ? raw.subarray(0, LONG_REQUEST_LINE + 2).toString('latin1') : '';
    const lineEnd = start.indexOf('\r\n');
    status = /^[A-Z]+ /.test(start) && (lineEnd === -1 || lineEnd > LONG_REQUEST_LINE) ? 414 : 431;
  }
  const detail = {
    400: 'The request could not be parsed as HTTP',
    408: 'The request took too long to arrive',
    414: 'The URL is too long',
    431: 'The request headers are too large',
  }[status];
  const body = JSON.stringify({
    type: problemType(SLUGS[status] as string),
    title: TITLES[status] as string,
    status,
    detail,
  } satisfies Problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${TITLES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
