import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

/** Strong ETag from a row version. */
export const etagOf = (version: number) => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number) {
  reply.header('etag', etagOf(version));
}

/**
 * The version the client last saw, from If-Match. Required on updates of resources that several
 * people edit: without it a concurrent edit would be silently overwritten (428).
 */
export function requiredIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) {
    throw new HttpProblem(
      428,
      'precondition-required',
      'Precondition Required',
      'Send If-Match with the ETag you last read',
    );
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!match)
    throw new HttpProblem(412, 'stale', 'Precondition Failed', 'If-Match does not name a version of this resource');
  return Number(match[1]);
}

export function assertVersion(expected: number, actual: number) {
  if (expected !== actual) {
    throw new HttpProblem(
      412,
      'stale',
      'Precondition Failed',
      'Someone else changed this resource since you read it; reload and try again',
      { currentVersion: actual },
    );
  }
}

/** Answers a versioned resource with its ETag. */
export async function withEtag<T extends { version: number }>(reply: FastifyReply, found: Promise<T>): Promise<T> {
  const value = await found;
  setEtag(reply, value.version);
  return value;
}

/**
 * A change under If-Match (`requiredIfMatch`, checked before any work): `change` gets the version the
 * client last saw, and the answer carries the new ETag.
 */
export async function changeIfMatch<T extends { version: number }>(
  request: FastifyRequest,
  reply: FastifyReply,
  change: (version: number) => Promise<T>,
): Promise<T> {
  return withEtag(reply, change(requiredIfMatch(request)));
}
