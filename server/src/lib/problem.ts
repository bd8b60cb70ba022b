import type { FieldError } from '@percee/shared';

/** An error that becomes an RFC 9457 problem+json response with this status. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } & Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export const notFound = (what = 'Resource') => new HttpProblem(404, 'not-found', `${what} not found`);
export const forbidden = (detail?: string) => new HttpProblem(403, 'forbidden', 'Forbidden', detail);
export const conflict = (slug: string, detail: string, extra: Record<string, unknown> = {}) =>
  new HttpProblem(409, slug, 'Conflict', detail, extra);
export const unauthorized = (detail = 'Authentication required') =>
  new HttpProblem(401, 'unauthorized', 'Unauthorized', detail);

/** A field-level 400, shaped like the schema validation errors. */
export const invalidField = (path: string, message: string) =>
  new HttpProblem(400, 'validation', 'Validation failed', message, { errors: [{ path, message }] });

export const problemType = (slug: string) => `urn:percee:problem:${slug}`;
