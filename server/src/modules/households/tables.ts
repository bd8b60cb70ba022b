import { householdRoles, problemDomains, residenceStatuses, severities } from '@percee/shared';
import { index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { isoDate, tenantRef, timestamps, timestamptz, versioned } from '../../db/columns.js';
import { tenant, tenantKey } from '../organisations/tables.js';
import { sites } from '../sites/tables.js';

export const problemDomain = pgEnum('problem_domain', problemDomains);

export const severity = pgEnum('severity', severities);

export const householdRole = pgEnum('household_role', householdRoles);

export const residenceStatus = pgEnum('residence_status', residenceStatuses);

export const households = pgTable(
  'households',
  {
    ...tenantKey(),
    reference: text('reference').notNull(),
    /** The applicant's name (or the first member's), kept by the service for lists. */
    displayName: text('display_name').notNull(),
    address: text('address'),
    postalCode: text('postal_code'),
    municipality: text('municipality'),
    siteId: uuid('site_id'),
    /** Lower-cased, accent-free names, reference and address, for search. Maintained by the service. */
    searchText: text('search_text').notNull().default(''),
    /** Normalised address + postal code, for the duplicate warning. */
    addressKey: text('address_key'),
    /** Set when the retention job replaced its personal data by placeholders (the figures stay). */
    pseudonymisedAt: timestamptz('pseudonymised_at'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('households_org_reference_key').on(t.organisationId, t.reference),
    index('households_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('households_org_name_idx').on(t.organisationId, t.displayName, t.id),
    index('households_org_address_idx').on(t.organisationId, t.addressKey),
    // Trigram search (LIKE and word similarity) within an organisation: app.household_search_ids().
    index('households_org_search_trgm_idx').using('gin', t.organisationId, t.searchText.op('gin_trgm_ops')),
    tenantRef(t, t.siteId, sites),
  ],
);

export const persons = pgTable(
  'persons',
  {
    ...tenantKey(),
    householdId: uuid('household_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Normalised "lastname firstname" (lower case, no accents) for duplicate detection. */
    nameKey: text('name_key').notNull(),
    birthDate: isoDate('birth_date'),
    role: householdRole('role').notNull(),
    residenceStatus: residenceStatus('residence_status').notNull().default('unknown'),
    phone: text('phone'),
    email: text('email'),
    /** Joined the household (a birth, a move in); null: from the start. */
    joinedOn: isoDate('joined_on'),
    /** Left the household (moved out); null: still a member. The row stays: the composition keeps who left. */
    leftOn: isoDate('left_on'),
    /** The member's version (If-Match); each correction keeps the earlier one in record_revisions. */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('persons_household_idx').on(t.organisationId, t.householdId),
    index('persons_name_key_idx').on(t.organisationId, t.nameKey, t.birthDate),
    tenantRef(t, t.householdId, households),
  ],
);

export const householdProblems = pgTable(
  'household_problems',
  {
    organisationId: tenant(),
    householdId: uuid('household_id').notNull(),
    domain: problemDomain('domain').notNull(),
    severity: severity('severity').notNull(),
    since: isoDate('since'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.householdId, t.domain] }),
    tenantRef(t, t.householdId, households),
  ],
);
