import { invalidField } from './problem.js';

/** Clocks drift: a moment up to this far ahead of the server's clock still counts as "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The instant as a canonical UTC ISO string (millisecond precision, `Z`), so stored values, string
 * comparisons and keyset cursors all agree whatever offset the client sent.
 */
/** Today's date (UTC) as YYYY-MM-DD. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

export const canonicalInstant = (value: string) => new Date(value).toISOString();

/** Records of what happened cannot be dated in the future (beyond a little clock skew). */
export function assertNotInFuture(value: string, path: string, now = new Date()) {
  if (new Date(value).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidField(path, 'Cannot be in the future');
  }
}
