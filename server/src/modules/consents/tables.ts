import { consentPurposes, legalBases } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { households, persons } from '../households/tables.js';
import { tenantKey } from '../organisations/tables.js';
import { partnerServices } from '../partners/tables.js';
import { users } from '../users/tables.js';

export const consentPurpose = pgEnum('consent_purpose', consentPurposes);

export const legalBasis = pgEnum('legal_basis', legalBases);

/**
 * One line of the register: a person's consent or another legal basis for one purpose and one
 * recipient. Never deleted (the application role may only set the withdrawal columns).
 */
export const consents = pgTable(
  'consents',
  {
    ...tenantKey(),
    householdId: uuid('household_id').notNull(),
    personId: uuid('person_id').notNull(),
    purpose: consentPurpose('purpose').notNull(),
    partnerServiceId: uuid('partner_service_id').notNull(),
    legalBasis: legalBasis('legal_basis').notNull(),
    grantedAt: timestamptz('granted_at').notNull().default(sql`now()`),
    expiresAt: timestamptz('expires_at'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnBy: uuid('withdrawn_by'),
    recordedBy: uuid('recorded_by'),
    evidenceNote: text('evidence_note'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('consents_household_idx').on(t.organisationId, t.householdId, t.grantedAt),
    index('consents_service_purpose_idx').on(t.organisationId, t.partnerServiceId, t.purpose, t.householdId),
    tenantRef(t, t.householdId, households),
    tenantRef(t, t.personId, persons),
    tenantRef(t, t.partnerServiceId, partnerServices),
    tenantRef(t, t.recordedBy, users),
    tenantRef(t, t.withdrawnBy, users),
    check('consents_expiry_after_grant', sql`${t.expiresAt} is null or ${t.expiresAt} > ${t.grantedAt}`),
    check('consents_withdrawal_reason', sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`),
  ],
);

/**
 * A partner service involved in a case for a purpose; ended, never deleted. The partners module keeps
 * it, but it lives beside the register it is checked against: partner_services is referenced by users,
 * and users by this table, so owning both in one file would make the table files import each other.
 */
export const caseInvolvements = pgTable(
  'case_involvements',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    partnerServiceId: uuid('partner_service_id').notNull(),
    purpose: consentPurpose('purpose').notNull(),
    note: text('note'),
    startedAt: timestamptz('started_at').notNull().default(sql`now()`),
    startedBy: uuid('started_by'),
    endedAt: timestamptz('ended_at'),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('case_involvements_case_idx').on(t.organisationId, t.caseId),
    index('case_involvements_service_idx').on(t.organisationId, t.partnerServiceId, t.caseId),
    uniqueIndex('case_involvements_active_key')
      .on(t.organisationId, t.caseId, t.partnerServiceId, t.purpose)
      .where(sql`ended_at is null`),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.partnerServiceId, partnerServices),
    tenantRef(t, t.startedBy, users),
    tenantRef(t, t.endedBy, users),
  ],
);

/**
 * Short updates a partner account adds to a case it may see (issue 18.7): what was done, the next step,
 * an optional date. Written by the partners module, shown on the case's timeline to staff; the text is
 * cleared by retention with the household's other notes, and is part of the person's export.
 */
export const partnerUpdates = pgTable(
  'partner_updates',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    partnerServiceId: uuid('partner_service_id').notNull(),
    authorId: uuid('author_id').notNull(),
    done: text('done').notNull(),
    nextStep: text('next_step'),
    nextDate: date('next_date', { mode: 'string' }),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('partner_updates_case_idx').on(t.organisationId, t.caseId, t.createdAt, t.id),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.partnerServiceId, partnerServices),
    tenantRef(t, t.authorId, users),
    // The schema's bounds, kept by the database too.
    check('partner_updates_done_length', sql`char_length(${t.done}) between 1 and 1000`),
    check('partner_updates_next_step_length', sql`char_length(${t.nextStep}) <= 500`),
  ],
);
