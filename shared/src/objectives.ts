import { z } from 'zod';
import { boundedDate, boundedInstant } from './bounds.js';
import { PageQuery } from './pagination.js';
import { text } from './text.js';

/*
 * Objectives agreed with the person (issue 18.1), for every method: set in the planning stage, each
 * with its actions (who does what) and a due date, the person's agreement on record, and an outcome at
 * evaluation. A re-assessment carries the open ones over to the new round
 * (docs/decisions/0020-objectives.md).
 */

const datetime = z.iso.datetime({ offset: true });

/**
 * The life domains an objective belongs to: the 13 domains of the self-sufficiency matrix (ZRM 2017,
 * the default assessment instrument, whose domain codes these are), and `other`.
 */
export const lifeDomains = [
  'finances',
  'work_education',
  'time_use',
  'housing',
  'domestic_relations',
  'mental_health',
  'physical_health',
  'substance_use',
  'basic_adl',
  'instrumental_adl',
  'social_network',
  'community_participation',
  'justice',
  'other',
] as const;
export const LifeDomain = z.enum(lifeDomains);
export type LifeDomain = z.infer<typeof LifeDomain>;

/** `open` until an evaluation marks it; `partly` stays open (it is carried over at re-assessment). */
export const objectiveStatuses = ['open', 'reached', 'partly', 'not_reached'] as const;
export const ObjectiveStatus = z.enum(objectiveStatuses);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

export const objectiveOutcomes = ['reached', 'partly', 'not_reached'] as const;
export const ObjectiveOutcome = z.enum(objectiveOutcomes);
export type ObjectiveOutcome = z.infer<typeof ObjectiveOutcome>;

/** The statuses of an objective still being worked on. */
export const OPEN_OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = ['open', 'partly'];

/** Who carries out an action: the person, the worker, or a partner service. */
export const actionActors = ['person', 'worker', 'partner'] as const;
export const ActionActor = z.enum(actionActors);
export type ActionActor = z.infer<typeof ActionActor>;

export const agreementMethods = ['signed', 'oral'] as const;
export const AgreementMethod = z.enum(agreementMethods);
export type AgreementMethod = z.infer<typeof AgreementMethod>;

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

const ids = {
  objective: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a21',
  evaluation: '7f8a9b0c-1d2e-4f3a-9b4c-5d6e7f8a9b22',
  caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
  worker: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405',
  partner: '8a9b0c1d-2e3f-4a4b-8c5d-6e7f8a9b0c23',
};

export const ObjectiveActionInput = z
  .strictObject({
    description: text().trim().min(1).max(500),
    by: ActionActor,
    partnerServiceId: z
      .uuid()
      .nullable()
      .default(null)
      .meta({ description: 'The partner service, required when `by` is `partner`' }),
  })
  .refine((action) => (action.by === 'partner') === (action.partnerServiceId !== null), {
    message: 'A partner action names its partner service (and only a partner action does)',
    path: ['partnerServiceId'],
  });

export const ObjectiveAction = z.object({
  description: z.string(),
  by: ActionActor,
  partnerServiceId: z.uuid().nullable(),
});
export type ObjectiveAction = z.infer<typeof ObjectiveAction>;

export const ObjectiveAgreement = z
  .object({
    agreedOn: z.iso.date(),
    method: AgreementMethod,
    recordedBy: z.object({ id: z.uuid(), displayName: z.string() }),
    recordedAt: datetime,
  })
  .meta({ id: 'ObjectiveAgreement' });

const objectiveExample = {
  id: ids.objective,
  caseId: ids.caseId,
  round: 2,
  setInRound: 1,
  carriedOver: true,
  domain: 'housing',
  text: 'Find a two-room flat before winter',
  actions: [
    { description: 'Register with the social housing agency', by: 'person', partnerServiceId: null },
    { description: 'Ask the housing service for a priority', by: 'partner', partnerServiceId: ids.partner },
  ],
  dueOn: '2027-01-31',
  status: 'partly',
  breakthroughId: null,
  agreement: {
    agreedOn: '2026-11-20',
    method: 'signed',
    recordedBy: { id: ids.worker, displayName: 'Claire Dubois' },
    recordedAt: '2026-11-20T10:12:00.000Z',
  },
  lastOutcome: { outcome: 'partly', note: 'Registered; no offer yet', evaluatedAt: '2026-12-01T09:00:00.000Z' },
  createdBy: ids.worker,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-12-02T08:00:00.000Z',
  version: 3,
} as const;

export const Objective = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    round: z.number().int().meta({ description: 'The round of the cycle it belongs to now (1 + re-assessments)' }),
    setInRound: z.number().int().meta({ description: 'The round it was agreed in' }),
    carriedOver: z.boolean().meta({ description: 'Carried over from an earlier round by a re-assessment' }),
    domain: LifeDomain,
    text: z.string(),
    actions: z.array(ObjectiveAction),
    dueOn: z.iso.date().nullable(),
    status: ObjectiveStatus,
    breakthroughId: z.uuid().nullable().meta({ description: 'The breakthrough that serves this objective, if any' }),
    agreement: ObjectiveAgreement.nullable().meta({ description: 'The person’s agreement; null until recorded' }),
    lastOutcome: z.object({ outcome: ObjectiveOutcome, note: z.string().nullable(), evaluatedAt: datetime }).nullable(),
    createdBy: z.uuid(),
    createdAt: datetime,
    updatedAt: datetime,
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
  })
  .meta({ id: 'Objective', examples: [objectiveExample] });
export type Objective = z.infer<typeof Objective>;

const objectiveFields = {
  domain: LifeDomain,
  text: text().trim().min(3).max(1000),
  actions: z.array(ObjectiveActionInput).max(20),
  dueOn: boundedDate().nullable(),
  breakthroughId: z.uuid().nullable().meta({ description: 'A breakthrough of the same case' }),
};

export const ObjectiveCreate = z
  .strictObject({
    ...objectiveFields,
    actions: objectiveFields.actions.default([]),
    dueOn: objectiveFields.dueOn.default(null),
    breakthroughId: objectiveFields.breakthroughId.default(null),
  })
  .meta({
    id: 'ObjectiveCreate',
    examples: [
      {
        domain: 'housing',
        text: 'Find a two-room flat before winter',
        actions: [{ description: 'Register with the social housing agency', by: 'person' }],
        dueOn: '2027-01-31',
      },
    ],
  });
export type ObjectiveCreate = z.input<typeof ObjectiveCreate>;

export const ObjectiveUpdate = z
  .strictObject({
    domain: objectiveFields.domain.optional(),
    text: objectiveFields.text.optional(),
    actions: objectiveFields.actions.optional(),
    dueOn: objectiveFields.dueOn.optional(),
    breakthroughId: objectiveFields.breakthroughId.optional(),
  })
  .meta({ id: 'ObjectiveUpdate', examples: [{ dueOn: '2027-02-28' }] });
export type ObjectiveUpdate = z.input<typeof ObjectiveUpdate>;

export const AgreementCreate = z
  .strictObject({ agreedOn: boundedDate(), method: AgreementMethod })
  .meta({ id: 'AgreementCreate', examples: [{ agreedOn: '2026-11-20', method: 'signed' }] });
export type AgreementCreate = z.input<typeof AgreementCreate>;

export const ObjectiveListQuery = z
  .object({
    open: z.stringbool().meta({ maxLength: 8, description: 'Only open (or only closed) objectives' }).optional(),
  })
  .extend(PageQuery.shape);
export type ObjectiveListQuery = z.infer<typeof ObjectiveListQuery>;

export const ObjectiveEvaluationCreate = z
  .strictObject({
    evaluatedAt: boundedInstant(),
    satisfaction: z
      .number()
      .int()
      .min(SATISFACTION_MIN)
      .max(SATISFACTION_MAX)
      .nullable()
      .meta({ description: 'The person’s satisfaction, 1 (not at all) to 5 (fully); null if they did not say' }),
    note: text().trim().max(4000).nullable().default(null),
    outcomes: z
      .array(
        z.strictObject({
          objectiveId: z.uuid(),
          outcome: ObjectiveOutcome,
          note: text().trim().max(1000).nullable().default(null),
        }),
      )
      .min(1)
      .max(50),
  })
  .meta({
    id: 'ObjectiveEvaluationCreate',
    examples: [
      {
        evaluatedAt: '2026-12-01T09:00:00.000Z',
        satisfaction: 4,
        outcomes: [{ objectiveId: ids.objective, outcome: 'partly', note: 'Registered; no offer yet' }],
      },
    ],
  });
export type ObjectiveEvaluationCreate = z.input<typeof ObjectiveEvaluationCreate>;

export const ObjectiveEvaluation = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    round: z.number().int(),
    evaluatedAt: datetime,
    satisfaction: z.number().int().nullable(),
    note: z.string().nullable(),
    outcomes: z.array(z.object({ objectiveId: z.uuid(), outcome: ObjectiveOutcome, note: z.string().nullable() })),
    recordedBy: z.uuid(),
  })
  .meta({
    id: 'ObjectiveEvaluation',
    examples: [
      {
        id: ids.evaluation,
        caseId: ids.caseId,
        round: 1,
        evaluatedAt: '2026-12-01T09:00:00.000Z',
        satisfaction: 4,
        note: null,
        outcomes: [{ objectiveId: ids.objective, outcome: 'partly', note: 'Registered; no offer yet' }],
        recordedBy: ids.worker,
      },
    ],
  });
export type ObjectiveEvaluation = z.infer<typeof ObjectiveEvaluation>;
