import { z } from 'zod';
import { BreakthroughCategory, BreakthroughStatus } from './breakthroughs.js';
import { CaseStage, ContactType } from './casework.js';
import { ConsentPurpose } from './consents.js';
import { Household } from './households.js';
import { LifeDomain, ObjectiveStatus } from './objectives.js';

/*
 * The household as a family (issue 18.6): ages, phone numbers typed any way, references, and the
 * printable case summary. Pure rules, used by the server (search, answers) and the web alike.
 */

/** Whole years between a birth date and a day (both YYYY-MM-DD): the age on that day. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * A phone number as digits, whatever way it was typed: spaces, dots, dashes, slashes and brackets
 * dropped, and the international prefix of Belgium, the Netherlands and France (+32, 0032, +31, +33...)
 * replaced by the national 0, so "+32 470/12.34.56" and "0470 12 34 56" are the same number. Another
 * country keeps its prefix as 00.
 */
export function normalisePhone(raw: string): string {
  const compact = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  const national = compact.replace(/^(?:\+|00)(?:32|31|33)/, '0');
  return national.replace(/^\+/, '00').replace(/\+/g, '');
}

/** Whether a search looks like a phone number: digits with separators only, 6 digits or more. */
export const looksLikePhone = (query: string) =>
  /^\+?[\d\s./()-]+$/.test(query.trim()) && query.replace(/\D/g, '').length >= 6;

/** A household reference as the server issues them (H-2026-00042), typed in any case. */
export const isHouseholdReference = (query: string) => /^HH?-\d{4}-\d{3,6}$/i.test(query.trim());

/** The printable case summary: for supervision and for handing a file over (reading it is audited). */
export const HouseholdCaseSummary = z
  .object({
    household: Household,
    generatedAt: z.iso.datetime({ offset: true }),
    /** The organisation's day, in its time zone: the members' ages are on this day. */
    today: z.iso.date(),
    cases: z.array(
      z.object({
        id: z.uuid(),
        programName: z.string(),
        stage: CaseStage,
        openedAt: z.iso.datetime({ offset: true }),
        closedAt: z.iso.datetime({ offset: true }).nullable(),
        primaryWorker: z.string(),
        objectives: z.array(
          z.object({ domain: LifeDomain, text: z.string(), status: ObjectiveStatus, dueOn: z.iso.date().nullable() }),
        ),
        recentContacts: z.array(
          z.object({
            occurredAt: z.iso.datetime({ offset: true }),
            type: ContactType,
            durationMinutes: z.number().int().nullable(),
            notes: z.string().nullable(),
          }),
        ),
        breakthroughs: z.array(
          z.object({
            title: z.string(),
            status: BreakthroughStatus,
            dueDate: z.iso.date().nullable(),
            category: BreakthroughCategory,
          }),
        ),
        partners: z.array(
          z.object({
            name: z.string(),
            purpose: ConsentPurpose,
            startedAt: z.iso.datetime({ offset: true }),
            endedAt: z.iso.datetime({ offset: true }).nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'HouseholdCaseSummary' });
export type HouseholdCaseSummary = z.infer<typeof HouseholdCaseSummary>;
