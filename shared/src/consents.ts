import { z } from 'zod';
import { boundedDate, boundedInstant } from './bounds.js';
import { CaseStage } from './casework.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

const datetime = z.iso.datetime({ offset: true });

/** What personal data is processed or shared for (GDPR art. 5(1)(b): one legal basis per purpose). */
export const consentPurposes = ['case_support', 'information_sharing', 'referral'] as const;
export const ConsentPurpose = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/** GDPR art. 6(1) (a)–(f). Consent alone is not always enough: the register records which basis applies. */
export const legalBases = [
  'consent',
  'legal_obligation',
  'public_task',
  'vital_interests',
  'contract',
  'legitimate_interest',
] as const;
export const LegalBasis = z.enum(legalBases);
export type LegalBasis = z.infer<typeof LegalBasis>;

/** A partner service (housing, debt help, school, CPAS/OCMW...) that may receive data under a legal basis. */
export const PartnerService = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    active: z.boolean(),
    createdAt: datetime,
  })
  .meta({ id: 'PartnerService' });
export type PartnerService = z.infer<typeof PartnerService>;

const PartnerServiceFields = {
  name: text().trim().min(1).max(200),
  description: text().trim().max(2000).nullable(),
};
export const PartnerServiceCreate = z
  .strictObject({ ...PartnerServiceFields, description: PartnerServiceFields.description.default(null) })
  .meta({ id: 'PartnerServiceCreate' });
export type PartnerServiceCreate = z.input<typeof PartnerServiceCreate>;
export const PartnerServiceUpdate = z
  .strictObject({ ...PartnerServiceFields, active: z.boolean() })
  .partial()
  .meta({ id: 'PartnerServiceUpdate' });
export type PartnerServiceUpdate = z.input<typeof PartnerServiceUpdate>;

const Ref = z.object({ id: z.uuid(), displayName: z.string() });

/** One line of the consent and legal-basis register. Never deleted: a withdrawal is recorded on it. */
export const Consent = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    person: z.object({
      id: z.uuid(),
      displayName: z
        .string()
        .nullable()
        .meta({ description: "The member's name; null for admins, who keep the register without reading the file" }),
    }),
    purpose: ConsentPurpose,
    recipient: z.object({ id: z.uuid(), name: z.string() }),
    legalBasis: LegalBasis,
    grantedAt: datetime,
    expiresAt: datetime.nullable(),
    withdrawnAt: datetime.nullable(),
    withdrawalReason: z.string().nullable().meta({ description: 'Null for admins too (file content)' }),
    withdrawnBy: Ref.nullable(),
    recordedBy: Ref.nullable(),
    evidenceNote: z.string().nullable().meta({ description: 'Null for admins too (file content)' }),
    status: z.enum(['active', 'expired', 'withdrawn', 'future']),
    createdAt: datetime,
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof Consent>;

export const ConsentCreate = z
  .strictObject({
    personId: z.uuid(),
    purpose: ConsentPurpose,
    partnerServiceId: z.uuid(),
    legalBasis: LegalBasis,
    grantedAt: boundedInstant().optional().meta({ description: 'Defaults to now' }),
    expiresAt: boundedInstant().nullable().default(null),
    evidenceNote: text().trim().max(4000).nullable().default(null),
  })
  .refine((c) => !c.expiresAt || new Date(c.expiresAt).getTime() > new Date(c.grantedAt ?? Date.now()).getTime(), {
    path: ['expiresAt'],
    message: 'Must be after grantedAt',
  })
  .meta({ id: 'ConsentCreate' });
export type ConsentCreate = z.input<typeof ConsentCreate>;

export const ConsentWithdrawal = z
  .strictObject({ reason: text().trim().min(1).max(2000) })
  .meta({ id: 'ConsentWithdrawal' });
export type ConsentWithdrawal = z.input<typeof ConsentWithdrawal>;

export const ConsentListQuery = z.object({ personId: z.uuid().optional() }).extend(PageQuery.shape);
export type ConsentListQuery = z.infer<typeof ConsentListQuery>;

/** Status of a register line at `now` (the server decides access in SQL; this is for display). */
export function consentStatus(
  consent: { grantedAt: string; expiresAt: string | null; withdrawnAt: string | null },
  now = new Date(),
): Consent['status'] {
  if (consent.withdrawnAt) return 'withdrawn';
  if (new Date(consent.grantedAt).getTime() > now.getTime()) return 'future';
  if (consent.expiresAt && new Date(consent.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** A partner service involved in a case for a purpose. Ended, never deleted. */
export const Involvement = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    partnerService: z.object({ id: z.uuid(), name: z.string() }),
    purpose: ConsentPurpose,
    note: z.string().nullable(),
    startedAt: datetime,
    startedBy: Ref.nullable(),
    endedAt: datetime.nullable(),
    endedBy: Ref.nullable(),
    endReason: z.string().nullable(),
    consentActive: z.boolean().meta({
      description: 'Whether an active consent or legal basis covers it now (the partner sees the case only then)',
    }),
  })
  .meta({ id: 'Involvement' });
export type Involvement = z.infer<typeof Involvement>;

export const InvolvementCreate = z
  .strictObject({
    partnerServiceId: z.uuid(),
    purpose: ConsentPurpose,
    note: text().trim().max(2000).nullable().default(null),
  })
  .meta({ id: 'InvolvementCreate' });
export type InvolvementCreate = z.input<typeof InvolvementCreate>;

export const InvolvementEnd = z
  .strictObject({ reason: text().trim().max(2000).nullable().default(null) })
  .meta({ id: 'InvolvementEnd' });
export type InvolvementEnd = z.input<typeof InvolvementEnd>;

export const InvolvementParams = z.object({ id: z.uuid(), involvementId: z.uuid() });

/** What a partner sees of a case: enough to work together, nothing of the file itself. */
export const PartnerCase = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ description: "The household's reference (no name)" }),
    stage: CaseStage,
    programName: z.string(),
    nextContactAt: datetime.nullable(),
    involvements: z.array(
      z.object({ id: z.uuid(), purpose: ConsentPurpose, startedAt: datetime, note: z.string().nullable() }),
    ),
    caseManager: z
      .object({ displayName: z.string(), workPhone: z.string().nullable() })
      .meta({ description: 'The case manager (primary worker): name and work phone, to reach them (issue 18.7)' }),
  })
  .meta({
    id: 'PartnerCase',
    examples: [
      {
        id: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
        reference: 'HL-2025-0007',
        stage: 'planning',
        programName: 'Accompagnement renforcé',
        nextContactAt: '2025-03-12T09:00:00.000Z',
        involvements: [
          {
            id: '06b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c13',
            purpose: 'case_support',
            startedAt: '2025-02-01T10:00:00.000Z',
            note: null,
          },
        ],
        caseManager: { displayName: 'Lotte Peeters', workPhone: '+32 2 555 01 23' },
      },
    ],
  });
export type PartnerCase = z.infer<typeof PartnerCase>;

/** A partner's short update on a case it may see (issue 18.7): what was done, the next step, a date. */
export const PartnerUpdateCreate = z
  .strictObject({
    done: text().trim().min(1).max(1000).meta({ description: 'What the partner did' }),
    nextStep: text().trim().max(500).nullable().default(null).meta({ description: 'The next step, if any' }),
    nextDate: boundedDate().nullable().default(null).meta({ description: 'When the next step is due (YYYY-MM-DD)' }),
  })
  .meta({
    id: 'PartnerUpdateCreate',
    examples: [
      { done: 'Met the landlord about the arrears', nextStep: 'Payment plan to sign', nextDate: '2025-03-20' },
    ],
  });
export type PartnerUpdateCreate = z.input<typeof PartnerUpdateCreate>;

const partnerUpdateExample = {
  id: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c14',
  caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
  partnerService: { id: '06b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c13', name: 'Service logement' },
  author: { id: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405', displayName: 'Marc Janssens' },
  done: 'Met the landlord about the arrears',
  nextStep: 'Payment plan to sign',
  nextDate: '2025-03-20',
  createdAt: '2025-03-04T08:30:00.000Z',
};

export const PartnerUpdate = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    partnerService: z.object({ id: z.uuid(), name: z.string() }),
    author: z.object({ id: z.uuid(), displayName: z.string() }),
    done: z.string(),
    nextStep: z.string().nullable(),
    nextDate: z.iso.date().nullable(),
    createdAt: datetime,
  })
  .meta({ id: 'PartnerUpdate', examples: [partnerUpdateExample] });
export type PartnerUpdate = z.infer<typeof PartnerUpdate>;
