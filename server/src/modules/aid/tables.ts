import { aidKinds, aidNatures } from '@percee/shared';
import { bigint, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { isoDate, tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { cases } from '../cases/tables.js';
import { tenantKey } from '../organisations/tables.js';

export const aidKind = pgEnum('aid_kind', aidKinds);

export const aidNature = pgEnum('aid_nature', aidNatures);

export const aidGrants = pgTable(
  'aid_grants',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    kind: aidKind('kind').notNull(),
    nature: aidNature('nature').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }),
    grantedOn: isoDate('granted_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
    // Corrections (decision 19): a voided entry stays, marked, and counts in no total.
    version: integer('version').notNull().default(1),
    correctedAt: timestamptz('corrected_at'),
    voidedAt: timestamptz('voided_at'),
    voidedBy: uuid('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('aid_grants_case_idx').on(t.organisationId, t.caseId, t.grantedOn),
    index('aid_grants_org_date_idx').on(t.organisationId, t.grantedOn),
    tenantRef(t, t.caseId, cases),
  ],
);
