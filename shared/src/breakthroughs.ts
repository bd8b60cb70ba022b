import { z } from 'zod';
import { CostCategory, CostUnit, ScenarioLine } from './avoided-costs.js';
import { boundedDate, MAX_PRICE_CENTS } from './bounds.js';
import { ProblemDomain } from './casework.js';
import { breakthroughExample } from './examples.js';
import { PageQuery } from './pagination.js';
import { ComputedAt } from './reports.js';
import { text } from './text.js';

/*
 * The breakthrough method (Heerlen, Doorbraakmethode): a family coach and a breakthrough plan per
 * household; breakthroughs are unusual, concrete actions that unblock the rest, often paid from a
 * small budget and signed off by a coordinator. Their proof is the avoided social cost, computed
 * from a catalogue of unit costs with a price history (see avoided-costs.ts for the maths).
 */

const datetime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const Cents = z.number().int().min(0).max(MAX_PRICE_CENTS);
const inputDate = boundedDate();

/* ---------- Social cost catalogue ---------- */

export const Labels = z.object({
  fr: text().trim().min(1).max(200),
  nl: text().trim().min(1).max(200),
  en: text().trim().min(1).max(200),
});
export type Labels = z.infer<typeof Labels>;

export const CostPrice = z
  .object({
    id: z.uuid(),
    validFrom: isoDate,
    unitPriceCents: z.number().int(),
    note: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: datetime,
    recordedAt: datetime.meta({
      description:
        'When this price was entered (may be after validFrom: a price recorded late); figures frozen before then used the previous price',
    }),
  })
  .meta({ id: 'CostPrice' });
export type CostPrice = z.infer<typeof CostPrice>;

export const CostCatalogueItem = z
  .object({
    id: z.uuid(),
    code: z.string(),
    // As stored: an answer never fails over text the input rules (text()) would refuse today.
    labels: z.object({ fr: z.string(), nl: z.string(), en: z.string() }),
    category: CostCategory,
    unit: CostUnit,
    sourceNote: z.string().nullable(),
    isDefault: z.boolean().meta({ description: 'Seeded from public figures when the organisation was created' }),
    toReview: z.boolean().meta({ description: 'The figure has not been checked by an admin of this organisation yet' }),
    active: z.boolean(),
    currentPriceCents: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The price valid today; null before the first' }),
    prices: z.array(CostPrice).meta({ description: 'The whole price history, oldest first' }),
    updatedAt: datetime,
  })
  .meta({ id: 'CostCatalogueItem' });
export type CostCatalogueItem = z.infer<typeof CostCatalogueItem>;

const Code = text()
  .trim()
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_.-]{0,59}$/, 'Lower-case letters, digits, _ . - (max 60)');

export const CostCatalogueItemCreate = z
  .strictObject({
    code: Code,
    labels: Labels,
    category: CostCategory,
    unit: CostUnit,
    sourceNote: text().trim().max(2000).nullable().default(null),
    firstPrice: z.strictObject({
      validFrom: inputDate,
      unitPriceCents: Cents,
      note: text().trim().max(1000).nullable().default(null),
    }),
  })
  .meta({ id: 'CostCatalogueItemCreate' });
export type CostCatalogueItemCreate = z.input<typeof CostCatalogueItemCreate>;

export const CostCatalogueItemUpdate = z
  .strictObject({
    labels: Labels,
    sourceNote: text().trim().max(2000).nullable(),
    active: z.boolean(),
    toReview: z.boolean(),
  })
  .partial()
  .meta({ id: 'CostCatalogueItemUpdate' });
export type CostCatalogueItemUpdate = z.input<typeof CostCatalogueItemUpdate>;

export const CostPriceCreate = z
  .strictObject({
    validFrom: inputDate.meta({
      description: 'Must be later than the start of the latest price: the past is never rewritten',
    }),
    unitPriceCents: Cents,
    note: text().trim().max(1000).nullable().default(null),
  })
  .meta({ id: 'CostPriceCreate' });
export type CostPriceCreate = z.input<typeof CostPriceCreate>;

export const CostCatalogueQuery = PageQuery.extend({
  includeInactive: z.stringbool().meta({ maxLength: 8 }).default(false),
});
export type CostCatalogueQuery = z.infer<typeof CostCatalogueQuery>;

/* ---------- Breakthrough plan ---------- */

export const planStatuses = ['draft', 'active', 'completed'] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PLAN_MOVES: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['active'],
  active: ['completed'],
  completed: [],
};
export const allowedPlanMoves = (from: PlanStatus): readonly PlanStatus[] => PLAN_MOVES[from];

/** What keeps a household stuck: a rule, a waiting list, a debt that blocks help... */
export const deadlockKinds = ['rule', 'waiting_list', 'debt', 'other'] as const;
export const DeadlockKind = z.enum(deadlockKinds);
export type DeadlockKind = z.infer<typeof DeadlockKind>;

export const PlanGoal = z.strictObject({ domain: ProblemDomain, text: text().trim().min(1).max(2000) });
export type PlanGoal = z.infer<typeof PlanGoal>;
export const Deadlock = z.strictObject({ kind: DeadlockKind, description: text().trim().min(1).max(2000) });
// As stored, in answers: they never fail over text the input rules (text()) would refuse today.
const StoredGoal = z.object({ domain: ProblemDomain, text: z.string() });
const StoredDeadlock = z.object({ kind: DeadlockKind, description: z.string() });
export type Deadlock = z.infer<typeof Deadlock>;

export const Plan = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    status: PlanStatus,
    allowedMoves: z.array(PlanStatus),
    goals: z.array(StoredGoal),
    deadlocks: z.array(StoredDeadlock),
    createdBy: z.uuid(),
    createdAt: datetime,
    activatedAt: datetime.nullable(),
    completedAt: datetime.nullable(),
    updatedAt: datetime,
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

export const PlanCreate = z
  .strictObject({
    goals: z.array(PlanGoal).max(50).default([]),
    deadlocks: z.array(Deadlock).max(50).default([]),
  })
  .meta({ id: 'PlanCreate' });
export type PlanCreate = z.input<typeof PlanCreate>;

export const PlanUpdate = z
  .strictObject({ goals: z.array(PlanGoal).max(50), deadlocks: z.array(Deadlock).max(50) })
  .partial()
  .meta({ id: 'PlanUpdate' });
export type PlanUpdate = z.input<typeof PlanUpdate>;

export const PlanTransition = z
  .strictObject({ to: PlanStatus, note: text().trim().max(4000).nullable().default(null) })
  .meta({ id: 'PlanTransition' });
export type PlanTransition = z.input<typeof PlanTransition>;

export const planChanges = ['created', 'revised', 'status_change'] as const;
export const PlanVersion = z
  .object({
    version: z.number().int(),
    change: z.enum(planChanges),
    status: PlanStatus,
    goals: z.array(StoredGoal),
    deadlocks: z.array(StoredDeadlock),
    changedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    changedAt: datetime,
  })
  .meta({ id: 'PlanVersion', description: 'An immutable snapshot of the plan as it was after one change' });
export type PlanVersion = z.infer<typeof PlanVersion>;

/* ---------- Breakthroughs ---------- */

export const breakthroughCategories = [
  'new_housing',
  'eviction_prevention',
  'benefit_acceleration',
  'school_supplies',
  'transport',
  'debt_settlement',
  'care_access',
  'other',
] as const;
export const BreakthroughCategory = z.enum(breakthroughCategories);
export type BreakthroughCategory = z.infer<typeof BreakthroughCategory>;

export const breakthroughStatuses = ['proposed', 'approved', 'in_progress', 'achieved', 'abandoned'] as const;
export const BreakthroughStatus = z.enum(breakthroughStatuses);
export type BreakthroughStatus = z.infer<typeof BreakthroughStatus>;

/**
 * Allowed moves. proposed → abandoned is a rejection (a coordinator, with a reason). A breakthrough
 * that needs no sign-off (no money, no bent rule) may also start straight from proposed.
 */
export const BREAKTHROUGH_MOVES: Readonly<Record<BreakthroughStatus, readonly BreakthroughStatus[]>> = {
  proposed: ['approved', 'abandoned'],
  approved: ['in_progress', 'abandoned'],
  in_progress: ['achieved', 'abandoned'],
  achieved: [],
  abandoned: [],
};

export function allowedBreakthroughMoves(from: BreakthroughStatus, needsApproval: boolean): BreakthroughStatus[] {
  const moves = [...BREAKTHROUGH_MOVES[from]];
  if (from === 'proposed' && !needsApproval) moves.splice(1, 0, 'in_progress');
  return moves;
}

export const canMoveBreakthrough = (from: BreakthroughStatus, to: BreakthroughStatus, needsApproval: boolean) =>
  allowedBreakthroughMoves(from, needsApproval).includes(to);

/** Moves only a coordinator may make: the sign-off (approval) and its refusal (rejection). */
export const isCoordinatorMove = (from: BreakthroughStatus, to: BreakthroughStatus) =>
  from === 'proposed' && (to === 'approved' || to === 'abandoned');

export const isFinalBreakthroughStatus = (status: BreakthroughStatus) =>
  status === 'achieved' || status === 'abandoned';

export const BreakthroughScenario = z
  .strictObject({
    horizonMonths: z.number().int().min(1).max(36).meta({ description: 'Horizon of both scenarios, 1 to 36 months' }),
    without: z.array(ScenarioLine).max(50).meta({ description: 'Business as usual: what muddling on would cost' }),
    with: z.array(ScenarioLine).max(50).meta({ description: 'The breakthrough path (without its intervention cost)' }),
  })
  .meta({ id: 'BreakthroughScenario' });
export type BreakthroughScenario = z.infer<typeof BreakthroughScenario>;

export const PricedScenarioLine = z
  .object({
    catalogueItemId: z.uuid(),
    code: z.string(),
    quantity: z.number().int(),
    probabilityPercent: z.number().int(),
    unitPriceCents: z.number().int().meta({ description: 'The price valid on the reference date of the figures' }),
    cents: z.number().int().meta({ description: 'unit price × quantity × probability, rounded to the cent' }),
  })
  .meta({ id: 'PricedScenarioLine' });

export const AvoidedCostFigures = z
  .object({
    referenceDate: isoDate.meta({ description: 'Prices are those valid on this date' }),
    withoutCents: z.number().int(),
    withCents: z.number().int(),
    grossAvoidedCents: z.number().int().meta({ description: 'without − with' }),
    interventionCents: z.number().int(),
    netAvoidedCents: z.number().int().meta({ description: 'gross − intervention' }),
  })
  .meta({ id: 'AvoidedCostFigures' });
export type AvoidedCostFigures = z.infer<typeof AvoidedCostFigures>;

const Person = z.object({ id: z.uuid(), displayName: z.string() });

export const Breakthrough = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    caseId: z.uuid(),
    title: z.string(),
    domain: ProblemDomain,
    category: BreakthroughCategory,
    responsible: z.string().meta({ description: 'Who carries it out: a person or a partner service' }),
    interventionCents: z.number().int(),
    dueDate: isoDate.nullable(),
    needsApproval: z.boolean(),
    status: BreakthroughStatus,
    allowedMoves: z.array(BreakthroughStatus),
    proposedBy: Person,
    proposedOn: isoDate,
    decision: z
      .object({
        outcome: z.enum(['approved', 'rejected']),
        by: Person,
        at: datetime,
        comment: z.string().nullable(),
      })
      .nullable()
      .meta({ description: "The coordinator's sign-off or refusal" }),
    startedAt: datetime.nullable(),
    achievedOn: isoDate.nullable(),
    abandonedAt: datetime.nullable(),
    abandonReason: z.string().nullable(),
    scenario: z.object({
      horizonMonths: z.number().int(),
      without: z.array(PricedScenarioLine),
      with: z.array(PricedScenarioLine),
    }),
    expected: AvoidedCostFigures.meta({ description: 'Priced on the proposal date' }),
    realised: AvoidedCostFigures.nullable().meta({
      description: 'Priced on the achievement date and frozen at achievement; null until achieved',
    }),
    updatedAt: datetime,
    version: z.number().int().meta({ description: 'Also sent as the ETag; send it back in If-Match to update' }),
  })
  .meta({ id: 'Breakthrough', examples: [breakthroughExample] });
export type Breakthrough = z.infer<typeof Breakthrough>;

export const BreakthroughCreate = z
  .strictObject({
    title: text().trim().min(1).max(300),
    domain: ProblemDomain,
    category: BreakthroughCategory,
    responsible: text().trim().min(1).max(300),
    interventionCents: Cents.default(0),
    dueDate: inputDate.nullable().default(null),
    needsApproval: z
      .boolean()
      .optional()
      .meta({ description: 'Money or a bent rule needs a sign-off; defaults to true when it costs money' }),
    scenario: BreakthroughScenario.optional(),
  })
  .meta({ id: 'BreakthroughCreate' });
export type BreakthroughCreate = z.input<typeof BreakthroughCreate>;

export const BreakthroughUpdate = z
  .strictObject({
    title: text().trim().min(1).max(300),
    domain: ProblemDomain,
    category: BreakthroughCategory,
    responsible: text().trim().min(1).max(300),
    dueDate: inputDate.nullable(),
    interventionCents: Cents.meta({ description: 'Only while proposed' }),
    needsApproval: z.boolean().meta({ description: 'Only while proposed' }),
  })
  .partial()
  .meta({ id: 'BreakthroughUpdate' });
export type BreakthroughUpdate = z.input<typeof BreakthroughUpdate>;

export const BreakthroughTransition = z
  .strictObject({
    to: BreakthroughStatus,
    comment: text()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .meta({ description: 'Approval comment, or the reason: required to reject or abandon' }),
    achievedOn: inputDate
      .optional()
      .meta({ description: 'When achieved (defaults to today); the realised figures use the prices of this date' }),
  })
  .refine((move) => move.to !== 'abandoned' || move.comment, {
    message: 'A reason is required to reject or abandon a breakthrough',
    path: ['comment'],
  })
  .meta({ id: 'BreakthroughTransition' });
export type BreakthroughTransition = z.input<typeof BreakthroughTransition>;

/* ---------- Avoided-cost summary ---------- */

export const summaryGroupings = ['month', 'program', 'site', 'category'] as const;
export const SummaryGrouping = z.enum(summaryGroupings);
export type SummaryGrouping = z.infer<typeof SummaryGrouping>;

const summaryFilters = {
  from: inputDate.optional().meta({ description: 'First day of the period (inclusive); open-ended when absent' }),
  to: inputDate.optional().meta({ description: 'Last day of the period (inclusive); open-ended when absent' }),
  programId: z.uuid().optional(),
  siteId: z.uuid().optional().meta({ description: "The household's site (antenna)" }),
  coachId: z.uuid().optional().meta({ description: "The case's primary worker (the family coach)" }),
  category: BreakthroughCategory.optional().meta({ description: 'Restricts the breakthrough figures' }),
};
const periodInOrder: [
  (query: { from?: string | undefined; to?: string | undefined }) => boolean,
  { message: string; path: string[] },
] = [
  (query) => !query.from || !query.to || query.from <= query.to,
  { message: '`from` must not be after `to`', path: ['to'] },
];

export const AvoidedCostSummaryQuery = z
  .object({ ...summaryFilters, groupBy: SummaryGrouping.optional() })
  .refine(...periodInOrder);
export type AvoidedCostSummaryQuery = z.infer<typeof AvoidedCostSummaryQuery>;

/** The filters of the dashboard: those of the summary, without groupBy (the dashboard has its groupings). */
export const AvoidedCostDashboardQuery = z.object(summaryFilters).refine(...periodInOrder);
export type AvoidedCostDashboardQuery = z.infer<typeof AvoidedCostDashboardQuery>;

const Count = z.number().int().min(0);
const SummaryFigures = {
  householdsFollowed: Count.nullable().meta({
    description: 'Households with a case in a breakthrough program open at some time in the period',
  }),
  householdsWithPlan: Count.nullable().meta({
    description: 'Of those, households whose plan was activated on or before the end of the period',
  }),
  householdsWithBreakthrough: Count.meta({
    description: 'Of those, households with at least one breakthrough achieved in the period',
  }),
  breakthroughs: Count.meta({ description: 'Breakthroughs achieved in the period' }),
  grossAvoidedCents: z.number().int().meta({ description: 'Sum of their realised gross avoided costs' }),
  interventionCents: z.number().int().meta({ description: 'Sum of their intervention costs' }),
  netAvoidedCents: z.number().int().meta({ description: 'gross − intervention' }),
  returnPerEuroHundredths: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'gross / intervention in hundredths (190 = EUR 1.90 per euro); null when nothing spent' }),
};

const SummaryGroup = z.object({
  key: z.string().meta({ description: 'YYYY-MM, a program or site id ("none" for no site), or a category' }),
  label: z.string(),
  ...SummaryFigures,
});
const SummaryTotal = {
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }),
  computedAt: ComputedAt,
  ...SummaryFigures,
  householdsFollowed: Count,
  householdsWithPlan: Count,
};

export const AvoidedCostSummary = z
  .object({
    ...SummaryTotal,
    groups: z.array(SummaryGroup).optional().meta({
      description: 'Present with groupBy; by category, the household counts not tied to a category are null',
    }),
  })
  .meta({ id: 'AvoidedCostSummary', description: 'Aggregate figures only: no names, no case ids' });
export type AvoidedCostSummary = z.infer<typeof AvoidedCostSummary>;

/**
 * The avoided-cost screen in one answer: the period's figures (computed once) and the same figures by
 * month, by breakthrough category and by program, as `GET /avoided-costs/summary` gives them.
 */
export const AvoidedCostDashboard = z
  .object({
    ...SummaryTotal,
    byMonth: z.array(SummaryGroup).meta({ description: 'As groupBy=month: every month of the period' }),
    byCategory: z
      .array(SummaryGroup)
      .meta({ description: 'As groupBy=category: household counts not tied to a category are null' }),
    byProgram: z.array(SummaryGroup).meta({ description: 'As groupBy=program' }),
  })
  .meta({ id: 'AvoidedCostDashboard', description: 'Aggregate figures only: no names, no case ids' });
export type AvoidedCostDashboard = z.infer<typeof AvoidedCostDashboard>;

/** A breakthrough waiting for a coordinator's sign-off, with the household it is for. */
export const ApprovalQueueItem = z
  .object({
    breakthrough: Breakthrough,
    household: z.object({ id: z.uuid(), reference: z.string(), displayName: z.string() }),
    proposedAt: datetime,
  })
  .meta({ id: 'ApprovalQueueItem' });
export type ApprovalQueueItem = z.infer<typeof ApprovalQueueItem>;
