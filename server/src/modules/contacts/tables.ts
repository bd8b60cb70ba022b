import { contactTypes } from '@percee/shared';
import { index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { tenantKey } from '../organisations/tables.js';

export const contactType = pgEnum('contact_type', contactTypes);

export const contacts = pgTable(
  'contacts',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    type: contactType('type').notNull(),
    durationMinutes: integer('duration_minutes'),
    participants: text('participants'),
    notes: text('notes'),
    nextPlannedAt: timestamptz('next_planned_at'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
    // Corrections (decision 19): a voided contact stays, marked, and counts in no figure.
    version: integer('version').notNull().default(1),
    correctedAt: timestamptz('corrected_at'),
    voidedAt: timestamptz('voided_at'),
    voidedBy: uuid('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('contacts_case_idx').on(t.organisationId, t.caseId, t.occurredAt),
    // Period queries (activity report): the period's contacts in one index-only scan, with what the
    // report groups by (replaces contacts_org_time_idx, same leading columns).
    index('contacts_org_time_cover_idx').on(t.organisationId, t.occurredAt, t.caseId, t.type, t.id),
    tenantRef(t, t.caseId, cases),
  ],
);
