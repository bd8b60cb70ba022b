import { z } from 'zod';
import { boundedDate, boundedInstant, MAX_AID_CENTS } from './bounds.js';
import {
  AccompanimentType,
  AidKind,
  AidNature,
  CaseStage,
  ClosureReason,
  ContactType,
  InquiryChannel,
  InquiryOutcome,
} from './casework.js';
import { CorrectionReason, correctionFields } from './corrections.js';
import { caseExample, contactExample, contactSavedExample } from './examples.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

const datetime = z.iso.datetime({ offset: true });
const inputInstant = boundedInstant();

export const Case = z
  .object({
    id: z.uuid(),
    household: z.object({ id: z.uuid(), reference: z.string(), displayName: z.string() }),
    programId: z.uuid(),
    programName: z.string(),
    primaryWorker: z.object({ id: z.uuid(), displayName: z.string() }),
    coWorkerIds: z.array(z.uuid()),
    accompanimentType: AccompanimentType,
    stage: CaseStage,
    allowedMoves: z.array(CaseStage),
    openedAt: datetime,
    closedAt: datetime.nullable(),
    closureReason: ClosureReason.nullable(),
    lastContactAt: datetime.nullable(),
    contactDueAt: datetime.nullable().meta({ description: 'When the next contact is due; null once closed' }),
    overdue: z.boolean(),
    updatedAt: datetime,
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
  })
  .meta({ id: 'Case', examples: [caseExample] });
export type Case = z.infer<typeof Case>;

export const caseSorts = ['due', 'opened', 'updated'] as const;
export const CaseListQuery = z.object({
  stage: CaseStage.optional(),
  programId: z.uuid().optional(),
  workerId: z.uuid().optional(),
  householdId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  overdue: z.stringbool().meta({ maxLength: 8 }).optional(),
  open: z.stringbool().meta({ maxLength: 8 }).optional(),
  updatedSince: inputInstant.optional(),
  sort: z.enum(caseSorts).default('due'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor from this API')
    .optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseTransition = z
  .strictObject({
    to: CaseStage,
    note: text().trim().max(4000).nullable().default(null),
    closureReason: ClosureReason.optional().meta({ description: 'Required when moving to exit' }),
  })
  .refine((move) => move.to !== 'exit' || move.closureReason, {
    message: 'A closure reason is required to exit',
    path: ['closureReason'],
  })
  .meta({ id: 'CaseTransition' });
export type CaseTransition = z.input<typeof CaseTransition>;

export const CaseAssignment = z
  .strictObject({
    primaryWorkerId: z.uuid(),
    reason: text().trim().min(3).max(2000),
    caseloadOverrideReason: text().trim().min(3).max(1000).optional(),
  })
  .meta({ id: 'CaseAssignment' });
export type CaseAssignment = z.input<typeof CaseAssignment>;

export const CoWorkers = z.strictObject({ userIds: z.array(z.uuid()).max(10) }).meta({ id: 'CoWorkers' });

export const timelineKinds = [
  'opened',
  'stage_change',
  'assignment',
  'contact',
  'assessment',
  'aid',
  'plan',
  'breakthrough',
  'appointment',
  'reminder',
  'objective',
  'corrected',
  'voided',
  'reopened',
  'partner_update',
] as const;
export const TimelineEntry = z
  .object({
    at: datetime,
    kind: z.enum(timelineKinds),
    actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    summary: z.string().meta({ description: 'Machine-readable summary, e.g. "assessment→planning"' }),
    note: z.string().nullable(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ContactCreate = z
  .strictObject({
    occurredAt: inputInstant,
    type: ContactType,
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .nullable()
      .default(null),
    participants: text().trim().max(500).nullable().default(null),
    notes: text().trim().max(10_000).nullable().default(null),
    nextPlannedAt: inputInstant.nullable().default(null),
  })
  .meta({ id: 'ContactCreate' });
export type ContactCreate = z.input<typeof ContactCreate>;

/** A contact's correction: the fields that change (the others stay), and why. */
export const ContactCorrection = z
  .strictObject({
    reason: CorrectionReason,
    occurredAt: inputInstant.optional(),
    type: ContactType.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .nullable()
      .optional(),
    participants: text().trim().max(500).nullable().optional(),
    notes: text().trim().max(10_000).nullable().optional(),
    nextPlannedAt: inputInstant.nullable().optional(),
  })
  .meta({
    id: 'ContactCorrection',
    examples: [{ reason: 'Wrong date typed: the visit was on the Tuesday', occurredAt: '2025-03-04T10:00:00Z' }],
  });
export type ContactCorrection = z.input<typeof ContactCorrection>;

export const Contact = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    occurredAt: datetime,
    type: ContactType,
    durationMinutes: z.number().int().nullable(),
    participants: z.string().nullable(),
    notes: z.string().nullable(),
    nextPlannedAt: datetime.nullable(),
    recordedBy: z.uuid(),
    createdAt: datetime,
    version: z.number().int().meta({ description: 'Send it back in If-Match to correct or void the contact' }),
    ...correctionFields,
  })
  .meta({ id: 'Contact', examples: [contactExample] });
export type Contact = z.infer<typeof Contact>;

/**
 * What recording a contact answers: the contact (its fields at the top level, as before) and what the
 * case screen shows that the contact changed, so that no client has to read them again.
 */
export const ContactSaved = Contact.extend({
  case: Case,
  timelineEntry: TimelineEntry,
}).meta({
  id: 'ContactSaved',
  description:
    'The contact, plus `case`: the case after it (contact clock, overdue flag, new version) and `timelineEntry`: ' +
    'the line it added to the case timeline',
  examples: [contactSavedExample],
});
export type ContactSaved = z.infer<typeof ContactSaved>;

export const InstrumentDomain = z.object({ code: z.string(), label: z.record(z.string(), z.string()) });
export const InstrumentLevel = z.object({ score: z.number().int(), label: z.record(z.string(), z.string()) });
export const AssessmentInstrument = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    domains: z.array(InstrumentDomain),
    levels: z.array(InstrumentLevel),
  })
  .meta({ id: 'AssessmentInstrument' });
export type AssessmentInstrument = z.infer<typeof AssessmentInstrument>;

export const AssessmentCreate = z
  .strictObject({
    instrumentId: z.uuid(),
    assessedAt: inputInstant,
    scores: z
      .array(z.strictObject({ domain: text().min(1).max(60), score: z.number().int() }))
      .min(1)
      .max(50),
    note: text().trim().max(4000).nullable().default(null),
  })
  .meta({ id: 'AssessmentCreate' });
export type AssessmentCreate = z.input<typeof AssessmentCreate>;

export const Assessment = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    instrumentId: z.uuid(),
    assessedAt: datetime,
    stage: CaseStage,
    scores: z.array(z.object({ domain: z.string(), score: z.number().int() })),
    note: z.string().nullable(),
    recordedBy: z.uuid(),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentProgress = z
  .object({
    instrumentId: z.uuid().nullable(),
    domains: z.array(
      z.object({
        domain: z.string(),
        first: z.number().int().nullable(),
        latest: z.number().int().nullable(),
        change: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'AssessmentProgress' });
export type AssessmentProgress = z.infer<typeof AssessmentProgress>;

export const AidCreate = z
  .strictObject({
    kind: AidKind,
    nature: AidNature,
    amountCents: z.number().int().min(0).max(MAX_AID_CENTS).nullable().default(null),
    grantedOn: boundedDate(),
    note: text().trim().max(2000).nullable().default(null),
  })
  .meta({ id: 'AidCreate' });
export type AidCreate = z.input<typeof AidCreate>;

/** An aid entry's correction: the fields that change, and why. */
export const AidCorrection = z
  .strictObject({
    reason: CorrectionReason,
    kind: AidKind.optional(),
    nature: AidNature.optional(),
    amountCents: z.number().int().min(0).max(MAX_AID_CENTS).nullable().optional(),
    grantedOn: boundedDate().optional(),
    note: text().trim().max(2000).nullable().optional(),
  })
  .meta({ id: 'AidCorrection', examples: [{ reason: 'The voucher was 45 €, not 54 €', amountCents: 4500 }] });
export type AidCorrection = z.input<typeof AidCorrection>;

export const Aid = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: AidKind,
    nature: AidNature,
    amountCents: z.number().int().nullable(),
    grantedOn: z.iso.date(),
    note: z.string().nullable(),
    recordedBy: z.uuid(),
    version: z.number().int().meta({ description: 'Send it back in If-Match to correct or void the entry' }),
    ...correctionFields,
  })
  .meta({
    id: 'Aid',
    examples: [
      {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d16',
        caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
        kind: 'food',
        nature: 'material',
        amountCents: 4500,
        grantedOn: '2025-03-05',
        note: 'Food voucher',
        recordedBy: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405',
        version: 2,
        correctedAt: '2025-03-06T08:30:00.000Z',
        voided: null,
      },
    ],
  });
export type Aid = z.infer<typeof Aid>;

export const AidTotal = z
  .object({
    grants: z.number().int().min(0),
    totalCents: z.number().int().meta({ description: 'Sum of the amounts in cents; grants without an amount add 0' }),
  })
  .meta({ id: 'AidTotal' });
export type AidTotal = z.infer<typeof AidTotal>;

export const InquiryCreate = z
  .strictObject({
    channel: InquiryChannel,
    topic: text().trim().min(1).max(300),
    outcome: InquiryOutcome,
    routedTo: text().trim().max(200).nullable().default(null),
    referralId: z.uuid().nullable().default(null),
    siteId: z.uuid().nullable().default(null),
    receivedAt: inputInstant,
  })
  .meta({ id: 'InquiryCreate' });
export type InquiryCreate = z.input<typeof InquiryCreate>;

export const Inquiry = z
  .object({
    id: z.uuid(),
    channel: InquiryChannel,
    topic: z.string().nullable().meta({
      description:
        "Null for admins when the inquiry led to a referral: it then belongs to that household's file, which admins do not read",
    }),
    outcome: InquiryOutcome,
    routedTo: z.string().nullable().meta({ description: 'Null for admins too in that case' }),
    referralId: z.uuid().nullable(),
    siteId: z.uuid().nullable(),
    receivedAt: datetime,
    handledBy: z.uuid(),
  })
  .meta({ id: 'Inquiry' });
export type Inquiry = z.infer<typeof Inquiry>;

export const CaseloadEntry = z
  .object({
    case: Case,
    daysUntilDue: z.number().int().nullable().meta({ description: 'Negative when overdue' }),
    nextPlannedContactAt: datetime.nullable(),
    nextObjectiveDueOn: z.iso
      .date()
      .nullable()
      .meta({ description: 'The earliest due date of the case’s open objectives; null when none has one' }),
    pendingActions: z.array(
      z.enum(['contact_overdue', 'assessment_missing', 'evaluation_due', 'planned_contact_soon']),
    ),
  })
  .meta({ id: 'CaseloadEntry' });
export type CaseloadEntry = z.infer<typeof CaseloadEntry>;

export const CaseloadQuery = z
  .object({
    workerId: z.uuid().optional().meta({ description: "Another worker's caseload (coordinators)" }),
    stage: CaseStage.optional().meta({ description: 'Only the cases at this stage' }),
  })
  .extend(PageQuery.shape);
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;
