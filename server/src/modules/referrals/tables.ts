import { declineReasons, referralStatuses } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamptz, versioned } from '../../db/columns.js';
import { households } from '../households/tables.js';
import { tenantKey } from '../organisations/tables.js';
import { programs } from '../programs/tables.js';

export const referralStatus = pgEnum('referral_status', referralStatuses);

export const declineReason = pgEnum('decline_reason', declineReasons);

export const referrals = pgTable(
  'referrals',
  {
    ...tenantKey(),
    status: referralStatus('status').notNull().default('new'),
    referrerService: text('referrer_service').notNull(),
    referrerContact: text('referrer_contact'),
    reason: text('reason').notNull(),
    personAgreed: boolean('person_agreed').notNull(),
    programId: uuid('program_id'),
    householdId: uuid('household_id').notNull(),
    createdBy: uuid('created_by'),
    receivedAt: timestamptz('received_at').notNull().default(sql`now()`),
    decidedAt: timestamptz('decided_at'),
    decidedBy: uuid('decided_by'),
    declineReason: declineReason('decline_reason'),
    decisionNote: text('decision_note'),
    caseId: uuid('case_id'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('referrals_org_status_idx').on(t.organisationId, t.status, t.receivedAt, t.id),
    index('referrals_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('referrals_org_creator_idx').on(t.organisationId, t.createdBy, t.receivedAt),
    tenantRef(t, t.householdId, households),
    tenantRef(t, t.programId, programs),
  ],
);
