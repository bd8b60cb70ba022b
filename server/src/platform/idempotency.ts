import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Tx } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';
import { HttpProblem, invalidField } from '../lib/problem.js';

/** How long a key and its first response are kept. */
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The header, for route schemas (documented in OpenAPI on every POST that honours it). */
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().max(255).optional().meta({
    pattern: '^[\\x21-\\x7e]{1,255}$',
    description:
      'Any unique string (a UUID is best), at most 255 printable ASCII characters. A retry with the same key and body within 24 h gets the first response again (with `Idempotent-Replayed: true`); the same key with another request answers 422.',
  }),
});

export interface Outcome<T> {
  body: T;
  headers?: Record<string, string>;
}

const actorIdOf = (actor: Actor) => (actor.kind === 'client' ? (actor.clientId as string) : actor.userId);

/**
 * Runs a POST's work in the request's tenant transaction, honouring `Idempotency-Key`.
 *
 * Insert-first: the key row is inserted before the work, in the same transaction. A concurrent
 * retry's insert waits on the primary key until the first transaction ends; it then finds the
 * stored response and replays it (or, if the first rolled back, does the work itself). So exactly
 * one record is created, on PostgreSQL as on PGlite. Only successful responses are stored: a
 * failed request leaves no key, and its retry runs again.
 *
 * `bodyHash` replaces the JSON body in the request hash (streamed imports hash their raw bytes). A
 * body read by the work itself (a staged upload) gives its hash `after` the work, and `replay` reads
 * the body only to hash it when the key was already used.
 */
export async function idempotent<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  work: (tx: Tx, actor: Actor) => Promise<Outcome<T>>,
  bodyHash?: string | { after: () => string; replay: () => Promise<string> },
): Promise<T> {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) {
    const outcome = await request.inTenant(work);
    reply.code(status).headers(outcome.headers ?? {});
    return outcome.body;
  }
  const key = Array.isArray(raw) ? '' : raw;
  if (!KEY.test(key)) {
    throw invalidField('headers.idempotency-key', 'At most 255 printable ASCII characters, no spaces');
  }
  const hashOf = (body: string) =>
    createHash('sha256').update(`${request.method} ${request.url}\n`).update(body).digest('hex');
  const lazy = typeof bodyHash === 'object';
  // A lazily hashed body is known only after the work; the key row holds a placeholder until then.
  let requestHash = lazy ? 'pending' : hashOf(bodyHash ?? JSON.stringify(request.body ?? null));
  const result = await request.inTenant(async (tx, actor) => {
    const scope = and(
      eq(idempotencyKeys.organisationId, actor.organisationId),
      eq(idempotencyKeys.actorId, actorIdOf(actor)),
    );
    await tx.delete(idempotencyKeys).where(and(scope, sql`${idempotencyKeys.expiresAt} < now()`));
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({
        organisationId: actor.organisationId,
        actorId: actorIdOf(actor),
        key,
        requestHash,
        expiresAt: sql`now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [first] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(scope, eq(idempotencyKeys.key, key)));
      if (!first || first.status === null) {
        throw new HttpProblem(409, 'idempotency-in-progress', 'Conflict', 'A request with this key is in progress', {
          headers: { 'retry-after': '1' },
        });
      }
      if (lazy) requestHash = hashOf(await bodyHash.replay());
      if (first.requestHash !== requestHash) {
        throw new HttpProblem(
          422,
          'idempotency-key-reused',
          'Unprocessable Content',
          'This Idempotency-Key was used for another request; use a new key for a new request',
        );
      }
      return { replayed: true, status: first.status, body: first.response as T, headers: first.headers ?? {} };
    }
    const outcome = await work(tx, actor);
    if (lazy) requestHash = hashOf(bodyHash.after());
    await tx
      .update(idempotencyKeys)
      .set({ status, requestHash, response: outcome.body as object, headers: outcome.headers ?? {} })
      .where(and(scope, eq(idempotencyKeys.key, key)));
    return { replayed: false, status, body: outcome.body, headers: outcome.headers ?? {} };
  });
  reply.code(result.status).headers(result.headers);
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return result.body;
}
