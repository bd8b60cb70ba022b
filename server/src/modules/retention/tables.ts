import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamptz } from '../../db/columns.js';
import { households } from '../households/tables.js';
import { tenantKey } from '../organisations/tables.js';
import { users } from '../users/tables.js';

/**
 * A legal hold on a household (litigation, an inquiry by the authorities...): while one is active
 * (not released) the retention job never touches the household. Rows are released, never deleted.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    ...tenantKey(),
    householdId: uuid('household_id').notNull(),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by').notNull(),
    placedAt: timestamptz('placed_at').notNull().default(sql`now()`),
    releasedBy: uuid('released_by'),
    releasedAt: timestamptz('released_at'),
    releaseReason: text('release_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('legal_holds_household_idx').on(t.organisationId, t.householdId, t.placedAt),
    // At most one active hold per household.
    uniqueIndex('legal_holds_active_key').on(t.organisationId, t.householdId).where(sql`${t.releasedAt} is null`),
    tenantRef(t, t.householdId, households),
    tenantRef(t, t.placedBy, users),
    tenantRef(t, t.releasedBy, users),
  ],
);
