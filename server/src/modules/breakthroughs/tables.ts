import {
  breakthroughCategories,
  breakthroughStatuses,
  type Deadlock,
  type PlanGoal,
  planStatuses,
} from '@percee/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { isoDate, tenantRef, timestamptz, versioned } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { costCatalogueItems } from '../catalogue/tables.js';
import { problemDomain } from '../households/tables.js';
import { tenant, tenantKey } from '../organisations/tables.js';
import { users } from '../users/tables.js';

export const planStatus = pgEnum('plan_status', planStatuses);

export const breakthroughCategory = pgEnum('breakthrough_category', breakthroughCategories);

export const breakthroughStatus = pgEnum('breakthrough_status', breakthroughStatuses);

export const scenarioKind = pgEnum('scenario_kind', ['without', 'with']);

/** One breakthrough plan per case; each change also lands as an immutable row in breakthrough_plan_versions. */
export const breakthroughPlans = pgTable(
  'breakthrough_plans',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    status: planStatus('status').notNull().default('draft'),
    goals: jsonb('goals').$type<PlanGoal[]>().notNull(),
    deadlocks: jsonb('deadlocks').$type<Deadlock[]>().notNull(),
    createdBy: uuid('created_by').notNull(),
    activatedAt: timestamptz('activated_at'),
    completedAt: timestamptz('completed_at'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('breakthrough_plans_case_key').on(t.organisationId, t.caseId),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.createdBy, users),
  ],
);

/** Append-only snapshots of a plan, one per version. */
export const breakthroughPlanVersions = pgTable(
  'breakthrough_plan_versions',
  {
    organisationId: tenant(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    change: text('change').$type<'created' | 'revised' | 'status_change'>().notNull(),
    status: planStatus('status').notNull(),
    goals: jsonb('goals').$type<PlanGoal[]>().notNull(),
    deadlocks: jsonb('deadlocks').$type<Deadlock[]>().notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamptz('changed_at').notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.planId, t.version] }), tenantRef(t, t.planId, breakthroughPlans)],
);

/**
 * A breakthrough of a plan. Its avoided-cost figures are stored computed (cents), so the summary is a
 * SQL sum: expected ones priced on the proposal date (kept up to date while not achieved), realised
 * ones priced on the achievement date and frozen then.
 */
export const breakthroughs = pgTable(
  'breakthroughs',
  {
    ...tenantKey(),
    planId: uuid('plan_id').notNull(),
    caseId: uuid('case_id').notNull(),
    title: text('title').notNull(),
    domain: problemDomain('domain').notNull(),
    category: breakthroughCategory('category').notNull(),
    responsible: text('responsible').notNull(),
    interventionCents: bigint('intervention_cents', { mode: 'number' }).notNull().default(0),
    dueDate: isoDate('due_date'),
    needsApproval: boolean('needs_approval').notNull(),
    status: breakthroughStatus('status').notNull().default('proposed'),
    horizonMonths: integer('horizon_months').notNull().default(12),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamptz('proposed_at').notNull().default(sql`now()`),
    /** Reference date of the expected figures. */
    proposedOn: isoDate('proposed_on').notNull(),
    decisionOutcome: text('decision_outcome').$type<'approved' | 'rejected'>(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
    decisionComment: text('decision_comment'),
    startedAt: timestamptz('started_at'),
    /** Reference date of the realised figures. */
    achievedOn: isoDate('achieved_on'),
    abandonedAt: timestamptz('abandoned_at'),
    abandonReason: text('abandon_reason'),
    expectedWithoutCents: bigint('expected_without_cents', { mode: 'number' }).notNull().default(0),
    expectedWithCents: bigint('expected_with_cents', { mode: 'number' }).notNull().default(0),
    expectedGrossCents: bigint('expected_gross_cents', { mode: 'number' }).notNull().default(0),
    expectedNetCents: bigint('expected_net_cents', { mode: 'number' }).notNull().default(0),
    realisedWithoutCents: bigint('realised_without_cents', { mode: 'number' }),
    realisedWithCents: bigint('realised_with_cents', { mode: 'number' }),
    realisedGrossCents: bigint('realised_gross_cents', { mode: 'number' }),
    realisedNetCents: bigint('realised_net_cents', { mode: 'number' }),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('breakthroughs_case_idx').on(t.organisationId, t.caseId, t.proposedAt),
    index('breakthroughs_plan_idx').on(t.organisationId, t.planId),
    index('breakthroughs_achieved_idx').on(t.organisationId, t.status, t.achievedOn),
    tenantRef(t, t.planId, breakthroughPlans),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.proposedBy, users),
    tenantRef(t, t.decidedBy, users),
    check('breakthroughs_horizon_check', sql`${t.horizonMonths} between 1 and 36`),
    check('breakthroughs_intervention_check', sql`${t.interventionCents} >= 0`),
    check(
      'breakthroughs_realised_check',
      sql`(${t.status} = 'achieved') = (${t.achievedOn} is not null and ${t.realisedGrossCents} is not null)`,
    ),
  ],
);

/** The lines of a breakthrough's two scenarios, with the unit price each set of figures used. */
export const breakthroughScenarioLines = pgTable(
  'breakthrough_scenario_lines',
  {
    organisationId: tenant(),
    breakthroughId: uuid('breakthrough_id').notNull(),
    scenario: scenarioKind('scenario').notNull(),
    position: integer('position').notNull(),
    catalogueItemId: uuid('catalogue_item_id').notNull(),
    quantity: integer('quantity').notNull(),
    probabilityPercent: integer('probability_percent').notNull(),
    expectedUnitPriceCents: bigint('expected_unit_price_cents', { mode: 'number' }).notNull(),
    realisedUnitPriceCents: bigint('realised_unit_price_cents', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.breakthroughId, t.scenario, t.position] }),
    index('breakthrough_scenario_lines_item_idx').on(t.organisationId, t.catalogueItemId),
    tenantRef(t, t.breakthroughId, breakthroughs),
    tenantRef(t, t.catalogueItemId, costCatalogueItems),
    check('breakthrough_scenario_lines_quantity_check', sql`${t.quantity} >= 0`),
    check('breakthrough_scenario_lines_probability_check', sql`${t.probabilityPercent} between 0 and 100`),
  ],
);
