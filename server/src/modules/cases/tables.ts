import { caseStages, closureReasons } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamptz, versioned } from '../../db/columns.js';
import { households } from '../households/tables.js';
import { tenant, tenantKey } from '../organisations/tables.js';
import { accompanimentType, programs } from '../programs/tables.js';
import { users } from '../users/tables.js';

export const caseStage = pgEnum('case_stage', caseStages);

export const closureReason = pgEnum('closure_reason', closureReasons);

export const cases = pgTable(
  'cases',
  {
    ...tenantKey(),
    householdId: uuid('household_id').notNull(),
    programId: uuid('program_id').notNull(),
    referralId: uuid('referral_id'),
    primaryWorkerId: uuid('primary_worker_id').notNull(),
    accompanimentType: accompanimentType('accompaniment_type').notNull(),
    stage: caseStage('stage').notNull().default('intake'),
    openedAt: timestamptz('opened_at').notNull().default(sql`now()`),
    closedAt: timestamptz('closed_at'),
    closureReason: closureReason('closure_reason'),
    /** When the accompaniment proper began: the first move to planning (a plan agreed with the person). */
    accompanimentStartedAt: timestamptz('accompaniment_started_at'),
    /** The stage the case was in when it exited: intake/assessment exits are diagnostics without accompaniment. */
    exitedFromStage: caseStage('exited_from_stage'),
    /**
     * Set when a coordinator opened this case although the household already had an open case in the
     * same program: their reason. The activity report counts these cases apart.
     */
    duplicateOverrideReason: text('duplicate_override_reason'),
    lastContactAt: timestamptz('last_contact_at'),
    nextPlannedContactAt: timestamptz('next_planned_contact_at'),
    /** last contact (or opening) + the program's interval; null once closed. Kept by the service. */
    contactDueAt: timestamptz('contact_due_at'),
    /** The round of the cycle: 1, plus one per re-assessment (evaluation → assessment). Objectives belong to one. */
    round: integer('round').notNull().default(1),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('cases_worker_due_idx').on(t.organisationId, t.primaryWorkerId, t.contactDueAt, t.id),
    index('cases_org_due_idx').on(t.organisationId, t.contactDueAt, t.id),
    // The case list's "due" order: no due date (closed cases) last, as its keyset compares it.
    index('cases_org_due_sort_idx').on(
      t.organisationId,
      sql`coalesce(${t.contactDueAt}, 'infinity'::timestamptz)`,
      t.id,
    ),
    index('cases_org_stage_idx').on(t.organisationId, t.stage, t.id),
    index('cases_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('cases_org_opened_idx').on(t.organisationId, t.openedAt, t.id),
    index('cases_household_idx').on(t.organisationId, t.householdId),
    index('cases_program_idx').on(t.organisationId, t.programId),
    index('cases_org_closed_idx').on(t.organisationId, t.closedAt),
    index('cases_org_accompaniment_idx').on(t.organisationId, t.accompanimentStartedAt),
    tenantRef(t, t.householdId, households),
    tenantRef(t, t.programId, programs),
    tenantRef(t, t.primaryWorkerId, users),
  ],
);

export const caseCoWorkers = pgTable(
  'case_co_workers',
  {
    organisationId: tenant(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.caseId, t.userId] }),
    index('case_co_workers_user_idx').on(t.organisationId, t.userId),
    tenantRef(t, t.caseId, cases).onDelete('cascade'),
    tenantRef(t, t.userId, users),
  ],
);
