import {
  agreementMethods,
  lifeDomains,
  type ObjectiveAction,
  objectiveStatuses,
  objectiveOutcomes as outcomeValues,
} from '@percee/shared';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { isoDate, tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { breakthroughs } from '../breakthroughs/tables.js';
import { cases } from '../cases/tables.js';
import { tenant } from '../organisations/tables.js';
import { users } from '../users/tables.js';

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * An objective agreed with the person (issue 18.1). `round` is the case's round it belongs to now, moved
 * forward by a re-assessment while it is open; `set_in_round` the round it was agreed in. Its status is
 * the outcome of its latest evaluation (objective_outcomes keeps every one), `open` before any.
 */
export const objectives = pgTable(
  'objectives',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    round: integer('round').notNull(),
    setInRound: integer('set_in_round').notNull(),
    domain: text('domain', { enum: lifeDomains }).notNull(),
    text: text('text').notNull(),
    actions: jsonb('actions').$type<ObjectiveAction[]>().notNull().default(sql`'[]'::jsonb`),
    dueOn: isoDate('due_on'),
    status: text('status', { enum: objectiveStatuses }).notNull().default('open'),
    statusNote: text('status_note'),
    evaluatedAt: timestamptz('evaluated_at'),
    breakthroughId: uuid('breakthrough_id'),
    agreedOn: isoDate('agreed_on'),
    agreementMethod: text('agreement_method', { enum: agreementMethods }),
    agreementRecordedBy: uuid('agreement_recorded_by'),
    agreementRecordedAt: timestamptz('agreement_recorded_at'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // The case page's list, oldest first.
    index('objectives_case_idx').on(t.organisationId, t.caseId, t.createdAt, t.id),
    // The caseload's next objective due per case, and the tasks' "objective due" rule: open ones only.
    index('objectives_open_due_idx')
      .on(t.organisationId, t.caseId, t.dueOn)
      .where(sql`${t.status} in ('open', 'partly')`),
    index('objectives_org_open_due_idx')
      .on(t.organisationId, t.dueOn, t.id)
      .where(sql`${t.status} in ('open', 'partly') and ${t.dueOn} is not null`),
    // The activity report: objectives set in the period.
    index('objectives_org_created_idx').on(t.organisationId, t.createdAt),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.breakthroughId, breakthroughs),
    tenantRef(t, t.agreementRecordedBy, users),
    tenantRef(t, t.createdBy, users),
    check('objectives_domain_check', sql`${t.domain} in (${inList(lifeDomains)})`),
    check('objectives_status_check', sql`${t.status} in (${inList(objectiveStatuses)})`),
    check(
      'objectives_agreement_check',
      sql`(${t.agreedOn} is null) = (${t.agreementMethod} is null) and (${t.agreedOn} is null) = (${t.agreementRecordedBy} is null) and (${t.agreedOn} is null) = (${t.agreementRecordedAt} is null)`,
    ),
    check('objectives_agreement_method_check', sql`${t.agreementMethod} in (${inList(agreementMethods)})`),
    check('objectives_round_check', sql`${t.round} >= ${t.setInRound} and ${t.setInRound} >= 1`),
  ],
);

/** An evaluation of the case's objectives with the person: their satisfaction, and an outcome per objective. */
export const objectiveEvaluations = pgTable(
  'objective_evaluations',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    round: integer('round').notNull(),
    evaluatedAt: timestamptz('evaluated_at').notNull(),
    satisfaction: integer('satisfaction'),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('objective_evaluations_case_idx').on(t.organisationId, t.caseId, t.evaluatedAt, t.id),
    index('objective_evaluations_org_at_idx').on(t.organisationId, t.evaluatedAt),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.recordedBy, users),
    check('objective_evaluations_satisfaction_check', sql`${t.satisfaction} between 1 and 5`),
  ],
);

export const objectiveOutcomes = pgTable(
  'objective_outcomes',
  {
    organisationId: tenant(),
    evaluationId: uuid('evaluation_id').notNull(),
    objectiveId: uuid('objective_id').notNull(),
    outcome: text('outcome', { enum: outcomeValues }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.evaluationId, t.objectiveId] }),
    index('objective_outcomes_objective_idx').on(t.organisationId, t.objectiveId),
    tenantRef(t, t.evaluationId, objectiveEvaluations),
    tenantRef(t, t.objectiveId, objectives),
    check('objective_outcomes_outcome_check', sql`${t.outcome} in (${inList(outcomeValues)})`),
  ],
);
