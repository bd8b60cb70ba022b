import type { FastifyRequest } from 'fastify';
import { sqlState } from './pg-errors.js';

/*
 * What an error may put in the logs. Error messages are never logged: drizzle's DrizzleQueryError
 * message holds the query's parameters (names, notes, addresses), a PostgreSQL message or `detail`
 * can quote a value ("Key (x)=(value)", 'invalid input syntax for type uuid: "..."'), a JSON parse
 * error quotes the body. Kept: the class names along the cause chain, the SQLSTATE, the constraint,
 * table and column names, and the stack frames (code locations, without the message line).
 */
interface SafeError {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string[];
}

const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,120}$/;
const identifier = (value: unknown) => (typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined);

function safeError(error: unknown): SafeError {
  const types: string[] = [];
  const found: Omit<SafeError, 'type' | 'stack'> = {};
  let code: string | undefined;
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') {
      types.push(typeof current);
      break;
    }
    const item = current as Record<string, unknown>;
    types.push(identifier(item.constructor?.name) ?? 'Object');
    // Framework codes (FST_ERR_CTP_BODY_TOO_LARGE, ECONNRESET) and SQLSTATEs are fixed identifiers.
    code ??= identifier(item.code);
    found.constraint ??= identifier(item.constraint);
    found.table ??= identifier(item.table);
    found.column ??= identifier(item.column);
    current = item.cause;
  }
  const stack =
    error instanceof Error && typeof error.stack === 'string'
      ? error.stack
          .split('\n')
          .filter((line) => /^\s+at [^\s]/.test(line))
          .slice(0, 12)
          .map((line) => line.trim())
      : undefined;
  const state = sqlState(error);
  return {
    type: types.join(' < '),
    ...((state ?? code) ? { code: state ?? code } : {}),
    ...Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)),
    ...(stack?.length ? { stack } : {}),
  };
}

/**
 * The logger's serializers. A request is logged by its route's URL template
 * (`/api/v1/households/:id`), never the raw URL (a path or a query string can hold what a person typed);
 * no headers (tokens, cookies), no bodies.
 */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    id: request.id,
    method: request.method,
    route: request.routeOptions?.url ?? '(no route)',
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: safeError,
};
