import { siteKinds } from '@percee/shared';
import { boolean, index, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';

export const siteKind = pgEnum('site_kind', siteKinds);

export const sites = pgTable(
  'sites',
  {
    ...tenantKey(),
    name: text('name').notNull(),
    kind: siteKind('kind').notNull(),
    address: text('address'),
    municipality: text('municipality'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('sites_org_name_idx').on(t.organisationId, t.name, t.id),
  ],
);
