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

/** Today's calendar date (YYYY-MM-DD) in a time zone: the organisation's day, not the server's. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Records of what happened cannot be dated in the future (beyond a little clock skew). */
export function assertNotInFuture(value: string, path: string, now = new Date()) {
  if (new Date(value).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidField(path, 'Cannot be in the future');
  }
}
