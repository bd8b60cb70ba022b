import { organisationKinds, RETENTION_MONTHS_DEFAULT } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';

export const organisationKind = pgEnum('organisation_kind', organisationKinds);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * Months after the last case of a household closed before its personal data is pseudonymised
     * (see docs/decisions/0006-retention-pseudonymisation.md). Set by the organisation's admins.
     */
    retentionMonths: integer('retention_months').notNull().default(RETENTION_MONTHS_DEFAULT),
    /** IANA time zone in which report periods are read (a day, month or year starts at local midnight). */
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    /** Days after closing during which a coordinator may reopen a case (issue 18, decision 19). */
    caseReopenDays: integer('case_reopen_days').notNull().default(90),
    ...timestamps,
  },
  (t) => [
    check('organisations_retention_months_check', sql`${t.retentionMonths} between 1 and 600`),
    check('organisations_case_reopen_days_check', sql`${t.caseReopenDays} between 0 and 3650`),
  ],
);

/** The tenant column every tenant-owned table leads with. */
export const tenant = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);

/** The key of a tenant row: its organisation, then its own id; the primary key is (organisation_id, id). */
export const tenantKey = () => ({
  organisationId: tenant(),
  id: uuid('id').notNull().defaultRandom(),
});
