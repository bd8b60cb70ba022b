import { accompanimentTypes, programMethods } from '@percee/shared';
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';

export const programMethod = pgEnum('program_method', programMethods);

export const accompanimentType = pgEnum('accompaniment_type', accompanimentTypes);

export const programs = pgTable(
  'programs',
  {
    ...tenantKey(),
    name: text('name').notNull(),
    method: programMethod('method').notNull(),
    caseloadLimit: integer('caseload_limit').notNull(),
    contactIntervalDays: integer('contact_interval_days').notNull(),
    expectedDurationMonths: integer('expected_duration_months'),
    accompanimentTypes: accompanimentType('accompaniment_types').array().notNull(),
    eligibilityChecklist: jsonb('eligibility_checklist').$type<{ code: string; label: string }[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('programs_org_name_idx').on(t.organisationId, t.name, t.id),
  ],
);
