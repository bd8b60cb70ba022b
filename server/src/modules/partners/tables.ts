import { boolean, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';

/** Partner services (housing, debt help, school, CPAS/OCMW...) an organisation shares with under a legal basis. */
export const partnerServices = pgTable(
  'partner_services',
  {
    ...tenantKey(),
    name: text('name').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('partner_services_org_name_key').on(t.organisationId, t.name),
  ],
);
