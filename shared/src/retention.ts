import { z } from 'zod';
import { page } from './pagination.js';
import { text } from './text.js';

const datetime = z.iso.datetime({ offset: true });

/* ---------- Retention (issue 7, point 5) ---------- */

/** Months after a household's last case closed before pseudonymisation, unless its organisation sets another. */
export const RETENTION_MONTHS_DEFAULT = 60;

export const RetentionSettings = z
  .object({
    retentionMonths: z.number().int().meta({
      description: 'Months after the last case of a household closed before its personal data is pseudonymised',
    }),
  })
  .meta({ id: 'RetentionSettings' });
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const RetentionSettingsUpdate = z
  .strictObject({ retentionMonths: z.number().int().min(1).max(600) })
  .meta({ id: 'RetentionSettingsUpdate' });
export type RetentionSettingsUpdate = z.input<typeof RetentionSettingsUpdate>;

/** A household the retention job would pseudonymise (or would, but for a legal hold): references and counts only. */
export const RetentionCandidate = z
  .object({
    householdId: z.uuid(),
    reference: z.string(),
    /** The last case closed (or, for a household never taken on, the last referral decided) then. */
    lastClosedAt: datetime,
    held: z.boolean(),
    counts: z.object({
      persons: z.number().int(),
      cases: z.number().int(),
      referrals: z.number().int(),
      contacts: z.number().int(),
    }),
  })
  .meta({ id: 'RetentionCandidate' });
export type RetentionCandidate = z.infer<typeof RetentionCandidate>;

/** One page of the candidates (oldest closure first), with the totals of the whole run. */
export const RetentionPreview = page(RetentionCandidate)
  .extend({
    retentionMonths: z.number().int(),
    /** Households whose last closure is before this instant are due. */
    cutoff: datetime,
    due: z.number().int().meta({ description: 'Households a run would pseudonymise now (all pages)' }),
    held: z.number().int().meta({ description: 'Households due but under a legal hold, never touched (all pages)' }),
  })
  .meta({ id: 'RetentionPreview' });
export type RetentionPreview = z.infer<typeof RetentionPreview>;

export const RetentionRunResult = z
  .object({
    retentionMonths: z.number().int(),
    cutoff: datetime,
    pseudonymised: z.array(z.object({ householdId: z.uuid(), reference: z.string() })),
    skippedHeld: z.number().int(),
  })
  .meta({ id: 'RetentionRunResult' });
export type RetentionRunResult = z.infer<typeof RetentionRunResult>;

/* ---------- Legal holds ---------- */

const ActorRef = z.object({ id: z.uuid(), displayName: z.string() });

export const LegalHold = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    reason: z.string(),
    placedBy: ActorRef,
    placedAt: datetime,
    releasedBy: ActorRef.nullable(),
    releasedAt: datetime.nullable(),
    releaseReason: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'LegalHold' });
export type LegalHold = z.infer<typeof LegalHold>;

export const LegalHoldCreate = z
  .strictObject({ reason: text().trim().min(3).max(1000) })
  .meta({ id: 'LegalHoldCreate' });
export type LegalHoldCreate = z.input<typeof LegalHoldCreate>;

export const LegalHoldRelease = z
  .strictObject({ reason: text().trim().min(3).max(1000) })
  .meta({ id: 'LegalHoldRelease' });
export type LegalHoldRelease = z.input<typeof LegalHoldRelease>;

/* ---------- Export of everything held about a person (GDPR art. 15 and 20) ---------- */

/** A record as stored (column names in camelCase); the export is the data itself, not a view of it. */
const Row = z.record(z.string(), z.unknown());

export const PersonExport = z
  .object({
    exportedAt: datetime,
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    person: Row,
    household: Row.meta({ description: 'The household the person belongs to (address, reference)' }),
    otherMembers: z.number().int().meta({ description: 'Other members are other people: only their number is given' }),
    householdProblems: z.array(Row),
    referrals: z.array(Row),
    cases: z.array(
      z.object({
        case: Row,
        timeline: z.array(Row),
        contacts: z.array(Row),
        assessments: z.array(z.object({ assessment: Row, scores: z.array(Row) })),
        aid: z.array(Row),
        objectives: z.array(Row).meta({ description: 'Objectives agreed with the person (issue 18.1)' }),
        objectiveEvaluations: z.array(z.object({ evaluation: Row, outcomes: z.array(Row) })),
        plan: Row.nullable(),
        planVersions: z.array(Row),
        breakthroughs: z.array(z.object({ breakthrough: Row, scenarioLines: z.array(Row) })),
        involvements: z.array(Row).meta({ description: 'Partner services involved in the case, and on what purpose' }),
        partnerUpdates: z.array(Row).meta({ description: "Partners' updates on the case: what was done, next step" }),
        tasks: z.array(Row).meta({ description: 'Tasks on the case, written by staff or kept by a rule (issue 18.4)' }),
        notifications: z
          .array(Row)
          .meta({ description: 'In-app notifications to staff about the case (ids and a kind, no text)' }),
      }),
    ),
    inquiries: z.array(Row),
    legalHolds: z.array(Row),
    appointments: z.array(Row).meta({ description: 'The household’s appointments (issue 18)' }),
    reminderMessages: z
      .array(Row)
      .meta({ description: 'Reminders the local sink kept (development installations only)' }),
    revisions: z.array(Row).meta({
      description:
        'Earlier versions of the contacts, aid entries and appointments corrected or voided since, with the reason (decision 19)',
    }),
    consents: z.array(Row).meta({ description: "The person's lines of the consent and legal-basis register" }),
    audit: z.array(Row).meta({ description: 'Every recorded read and change of the file (household, person, cases)' }),
  })
  .meta({ id: 'PersonExport' });
export type PersonExport = z.infer<typeof PersonExport>;
