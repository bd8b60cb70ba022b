import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { caseStage, cases } from '../cases/tables.js';
import { tenant, tenantKey } from '../organisations/tables.js';

export const assessmentInstruments = pgTable(
  'assessment_instruments',
  {
    ...tenantKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    domains: jsonb('domains').$type<{ code: string; label: Record<string, string> }[]>().notNull(),
    levels: jsonb('levels').$type<{ score: number; label: Record<string, string> }[]>().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('assessment_instruments_code_key').on(t.organisationId, t.code),
    index('assessment_instruments_name_idx').on(t.organisationId, t.name, t.id),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    ...tenantKey(),
    caseId: uuid('case_id').notNull(),
    instrumentId: uuid('instrument_id').notNull(),
    assessedAt: timestamptz('assessed_at').notNull(),
    stage: caseStage('stage').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('assessments_case_idx').on(t.organisationId, t.caseId, t.assessedAt),
    tenantRef(t, t.caseId, cases),
    tenantRef(t, t.instrumentId, assessmentInstruments),
  ],
);

export const assessmentScores = pgTable(
  'assessment_scores',
  {
    organisationId: tenant(),
    assessmentId: uuid('assessment_id').notNull(),
    domain: text('domain').notNull(),
    score: integer('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.assessmentId, t.domain] }),
    tenantRef(t, t.assessmentId, assessments),
  ],
);
