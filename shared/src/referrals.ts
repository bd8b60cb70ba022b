import { z } from 'zod';
import { boundedInstant } from './bounds.js';
import { AccompanimentType, DeclineReason, ReferralStatus } from './casework.js';
import { referralExample } from './examples.js';
import { HouseholdCreate } from './households.js';
import { text } from './text.js';

const HouseholdRef = z.object({
  id: z.uuid(),
  reference: z.string(),
  displayName: z.string().nullable().meta({
    description:
      "The applicant's name; null for whoever may not read the household's file (admins, partners, case workers not working on it)",
  }),
});

export const ReferralCreate = z
  .strictObject({
    referrerService: text().trim().min(1).max(200).meta({ description: 'The referring service, e.g. "CPAS Nord"' }),
    referrerContact: text().trim().max(300).nullable().default(null),
    reason: text().trim().min(1).max(4000),
    personAgreed: z.boolean().meta({ description: 'The person asked for, or agreed to, this referral' }),
    programId: z.uuid().nullable().default(null),
    householdId: z.uuid().optional().meta({
      description:
        'An existing household you may read (coordinators; case workers, one they work on; 422 otherwise: admins and partners refer new households only); or give `household`',
    }),
    household: HouseholdCreate.optional().meta({ description: 'A new household; or give `householdId`' }),
  })
  .refine((referral) => (referral.householdId ? 1 : 0) + (referral.household ? 1 : 0) === 1, {
    message: 'Give exactly one of householdId and household',
    path: ['householdId'],
  })
  .meta({ id: 'ReferralCreate' });
export type ReferralCreate = z.input<typeof ReferralCreate>;

export const Referral = z
  .object({
    id: z.uuid(),
    status: ReferralStatus,
    referrerService: z.string(),
    referrerContact: z.string().nullable(),
    reason: z.string(),
    personAgreed: z.boolean(),
    programId: z.uuid().nullable(),
    household: HouseholdRef,
    receivedAt: z.iso.datetime({ offset: true }),
    createdBy: z.uuid().nullable(),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    decidedBy: z.uuid().nullable(),
    declineReason: DeclineReason.nullable(),
    decisionNote: z.string().nullable().meta({
      description:
        "The coordinator's note on the decision (a decline's note is for the referrer); an acceptance's note is null for whoever may not read the household's file (it opens the case's timeline)",
    }),
    caseId: z.uuid().nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
  })
  .meta({ id: 'Referral', examples: [referralExample] });
export type Referral = z.infer<typeof Referral>;

export const ReferralListQuery = z.object({
  status: ReferralStatus.optional(),
  updatedSince: boundedInstant().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor from this API')
    .optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

export const ReferralAccept = z
  .strictObject({
    programId: z.uuid(),
    primaryWorkerId: z.uuid(),
    accompanimentType: AccompanimentType,
    /** Each criterion of the program's eligibility checklist, checked or not. All must be met. */
    eligibility: z.record(text().max(100), z.boolean()).default({}),
    /** Assign beyond the worker's caseload limit; needs a reason. */
    caseloadOverrideReason: text().trim().min(3).max(1000).optional(),
    /**
     * Open a second case although the household already has an open case in this program (coordinators
     * and admins only); the reason is kept on the case and the report counts these cases apart.
     */
    duplicateOverride: z.strictObject({ reason: text().trim().min(3).max(1000) }).optional(),
    note: text().trim().max(2000).optional(),
  })
  .meta({ id: 'ReferralAccept' });
export type ReferralAccept = z.input<typeof ReferralAccept>;

export const ReferralDecline = z
  .strictObject({ reason: DeclineReason, note: text().trim().max(2000).nullable().default(null) })
  .meta({ id: 'ReferralDecline' });
export type ReferralDecline = z.input<typeof ReferralDecline>;

export const ReferralWithdraw = z
  .strictObject({ note: text().trim().max(2000).nullable().default(null) })
  .meta({ id: 'ReferralWithdraw' });
