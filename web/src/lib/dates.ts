/**
 * Date helpers for forms. `<input type="datetime-local">` and `<input type="date">` work in the
 * person's local time without an offset; the API wants ISO 8601 instants (with an offset) and dates.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** A local calendar date, `YYYY-MM-DD` (today by default). */
export function localDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of a datetime-local input for this instant, in local time: `YYYY-MM-DDTHH:mm`. */
export function toDateTimeLocal(date: Date = new Date()): string {
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; `''` when empty or not a date (the schema then says why). */
export function dateTimeLocalToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '';
  const date = new Date(value); // no offset: read as local time
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Whole days until a due date: the shared rule, the very one behind the API's `daysUntilDue`. */
export { daysUntilDue as daysUntil } from '@percee/shared';

/** The previous calendar year, the default period of yearly activity reports. */
export function lastCalendarYear(today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear() - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The twelve months up to today: from the same day a year ago (the day after) to today. */
export function lastTwelveMonths(today: Date = new Date()): { from: string; to: string } {
  const start = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return { from: localDate(start), to: localDate(today) };
}

/** An ISO calendar date (`YYYY-MM-DD`) that exists. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00`);
  return !Number.isNaN(date.getTime()) && localDate(date) === value;
}
