import { z } from 'zod';

/*
 * Plausible values at entry, so that nothing stored can break a report later (issue 16.5).
 *
 * Dates: every date and instant a request gives lies in 1900-01-01 .. 2100-12-31 (UTC). Outside it,
 * drivers and PostgreSQL disagree (years 0-99 read back as 1900-1999 through JavaScript dates, year
 * 0 does not exist), and no case file is about such dates. Birth dates are also not in the future.
 *
 * Money: integer cents, bounded so that a whole organisation's history sums exactly in a JavaScript
 * number (2^53 − 1 ≈ 9.0e15 cents) and in PostgreSQL bigint:
 *   - a unit price or an intervention cost: at most EUR 10 million (1e9 cents);
 *   - a scenario line: price × quantity (≤ 100 000) × probability is refused past EUR 100 million;
 *   - a scenario's total (≤ 50 lines each side): at most EUR 100 million (1e10 cents) each side;
 * so one breakthrough's figures stay within ±2e10 cents, and 400 000 achieved breakthroughs still sum
 * below 2^53. The avoided-cost summary also sums in numeric and saturates, for rows stored earlier.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const LATEST_MS = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);
const WINDOW_MESSAGE = `Must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`;

// A value that is not a date at all gets the format's error only.
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) in the window. */
export const boundedDate = () =>
  z.iso.date().refine((value) => !DATE_SHAPE.test(value) || (value >= EARLIEST_DATE && value <= LATEST_DATE), {
    message: WINDOW_MESSAGE,
  });

/** An instant (ISO 8601 with offset) in the window. */
export const boundedInstant = () =>
  z.iso.datetime({ offset: true }).refine(
    (value) => {
      const time = Date.parse(value);
      return Number.isNaN(time) || (time >= EARLIEST_MS && time <= LATEST_MS);
    },
    { message: WINDOW_MESSAGE },
  );

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A birth date: in the window and not after today (UTC). */
export const birthDate = () =>
  boundedDate().refine((value) => !DATE_SHAPE.test(value) || value <= todayUtc(), {
    message: 'A birth date cannot be in the future',
  });

/** A unit price, an intervention cost: EUR 0 to 10 million, in cents. */
export const MAX_PRICE_CENTS = 1_000_000_000;
/** One side of a scenario (sum of its lines), and one line: at most EUR 100 million, in cents. */
export const MAX_SCENARIO_CENTS = 10_000_000_000;
/** A scenario line's quantity (units over the horizon): at most 100 000. */
export const MAX_QUANTITY = 100_000;
/** An aid amount: at most EUR 1 million, in cents. */
export const MAX_AID_CENTS = 100_000_000;
