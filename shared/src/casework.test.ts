import { describe, expect, it } from 'vitest';
import {
  caseloadState,
  contactDueAt,
  DUE_SOON_DAYS,
  daysOverdue,
  daysUntilDue,
  isOverdue,
  takesAnotherCase,
} from './casework.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);
const plus = (iso: string, ms: number) => new Date(at(iso).getTime() + ms);

describe('the contact due rule (one for the server and the web)', () => {
  const due = '2026-12-07T10:00:00.000Z';

  it('is not overdue at the instant it is due, and is from the next millisecond', () => {
    expect(isOverdue(due, at(due))).toBe(false);
    expect(daysUntilDue(due, at(due))).toBe(0);
    expect(isOverdue(due, plus(due, 1))).toBe(true);
    expect(daysUntilDue(due, plus(due, 1))).toBe(0);
    expect(Object.is(daysUntilDue(due, plus(due, 1)), 0)).toBe(true); // never -0
    expect(daysOverdue(daysUntilDue(due, plus(due, 1)))).toBe(1);
  });

  it('counts whole elapsed days towards zero, at the edges of a day', () => {
    expect(daysUntilDue(due, plus(due, DAY - 1))).toBe(0);
    expect(daysUntilDue(due, plus(due, DAY))).toBe(-1);
    expect(daysUntilDue(due, plus(due, 2 * DAY - 1))).toBe(-1);
    expect(daysUntilDue(due, plus(due, -(DAY - 1)))).toBe(0);
    expect(daysUntilDue(due, plus(due, -DAY))).toBe(1);
    expect(daysUntilDue(due, plus(due, -DUE_SOON_DAYS * DAY))).toBe(DUE_SOON_DAYS);
  });

  it('says the same number on every screen: 11½ days late is 11 days overdue (not 12)', () => {
    const now = plus(due, 11.5 * DAY);
    expect(daysUntilDue(due, now)).toBe(-11);
    expect(daysOverdue(daysUntilDue(due, now))).toBe(11);
  });

  it('counts elapsed time across daylight-saving changes, whatever the clock of the browser or server says', () => {
    // Brussels springs forward on 29 March 2026 (02:00 → 03:00): 00:30 to 00:30 the next day is 23 hours.
    expect(daysUntilDue('2026-03-29T00:30:00+01:00', at('2026-03-30T00:30:00+02:00'))).toBe(0);
    expect(daysUntilDue('2026-03-29T00:30:00+01:00', at('2026-03-30T01:30:00+02:00'))).toBe(-1);
    // ... and falls back on 25 October 2026: 00:30 to 00:30 the next day is 25 hours.
    expect(daysUntilDue('2026-10-25T00:30:00+02:00', at('2026-10-26T00:30:00+01:00'))).toBe(-1);
    expect(daysUntilDue('2026-10-25T00:30:00+02:00', at('2026-10-25T23:30:00+01:00'))).toBe(-1);
    expect(daysUntilDue('2026-10-25T00:30:00+02:00', at('2026-10-25T23:29:00+01:00'))).toBe(0);
  });

  it('sets the next contact due the program interval after the last one, or the opening', () => {
    expect(contactDueAt(null, '2026-03-20T09:00:00.000Z', 14)).toBe('2026-04-03T09:00:00.000Z');
    expect(contactDueAt('2026-03-25T09:00:00.000Z', '2026-03-20T09:00:00.000Z', 14)).toBe('2026-04-08T09:00:00.000Z');
  });
});

describe('the caseload limit (one for assigning, the accept form and the team dashboard)', () => {
  it('is full at the limit: no new case without an override; over beyond it', () => {
    expect(caseloadState(9, 10)).toBe('under');
    expect(takesAnotherCase(9, 10)).toBe(true);
    expect(caseloadState(10, 10)).toBe('full');
    expect(takesAnotherCase(10, 10)).toBe(false);
    expect(caseloadState(11, 10)).toBe('over');
    expect(takesAnotherCase(11, 10)).toBe(false);
  });
});
