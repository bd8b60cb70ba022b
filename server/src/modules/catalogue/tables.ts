import { costCategories, costUnits } from '@percee/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { isoDate, tenantRef, timestamps } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';
import { users } from '../users/tables.js';

export const costCategory = pgEnum('cost_category', costCategories);

export const costUnit = pgEnum('cost_unit', costUnits);

/** The social cost catalogue: unit costs an organisation prices its avoided-cost scenarios with. */
export const costCatalogueItems = pgTable(
  'cost_catalogue_items',
  {
    ...tenantKey(),
    code: text('code').notNull(),
    labelFr: text('label_fr').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    category: costCategory('category').notNull(),
    unit: costUnit('unit').notNull(),
    sourceNote: text('source_note'),
    /** Seeded from the public figures of the domain brief when the organisation was created. */
    isDefault: boolean('is_default').notNull().default(false),
    /** Not yet checked by an admin of this organisation. */
    toReview: boolean('to_review').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('cost_catalogue_items_code_key').on(t.organisationId, t.code),
    // The catalogue's list order (keyset pages).
    index('cost_catalogue_items_list_idx').on(t.organisationId, t.category, t.code, t.id),
  ],
);

/** Price history: append-only (the application role may insert and read). A price applies from its date on. */
export const costPrices = pgTable(
  'cost_prices',
  {
    ...tenantKey(),
    itemId: uuid('item_id').notNull(),
    validFrom: isoDate('valid_from').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('cost_prices_item_date_key').on(t.organisationId, t.itemId, t.validFrom),
    tenantRef(t, t.itemId, costCatalogueItems),
    tenantRef(t, t.createdBy, users),
    check('cost_prices_price_check', sql`${t.unitPriceCents} >= 0`),
  ],
);
