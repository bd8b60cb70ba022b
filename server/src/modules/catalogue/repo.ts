import type { CostCategory, PricePoint } from '@percee/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { costCatalogueItems, costPrices } from '../../db/schema.js';

export type CatalogueItemRow = typeof costCatalogueItems.$inferSelect;
export type PriceRow = typeof costPrices.$inferSelect;

/** By category (its enum order), code, then id; `after` is the (category, code, id) of the last row seen. */
export async function listItems(
  tx: Tx,
  organisationId: string,
  includeInactive: boolean,
  limit: number,
  after?: readonly [CostCategory, string, string],
) {
  return tx
    .select()
    .from(costCatalogueItems)
    .where(
      and(
        eq(costCatalogueItems.organisationId, organisationId),
        includeInactive ? undefined : eq(costCatalogueItems.active, true),
        after
          ? sql`(${costCatalogueItems.category}, ${costCatalogueItems.code}, ${costCatalogueItems.id}) > (${after[0]}::cost_category, ${after[1]}, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(costCatalogueItems.category), asc(costCatalogueItems.code), asc(costCatalogueItems.id))
    .limit(limit + 1);
}

export async function findItem(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(costCatalogueItems)
    .where(and(eq(costCatalogueItems.organisationId, organisationId), eq(costCatalogueItems.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function itemsByIds(tx: Tx, organisationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(costCatalogueItems)
    .where(and(eq(costCatalogueItems.organisationId, organisationId), inArray(costCatalogueItems.id, ids)));
}

/** Price rows of these items, oldest first per item. */
export async function pricesOf(tx: Tx, organisationId: string, itemIds: string[]) {
  const byItem = new Map<string, PriceRow[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await tx
    .select()
    .from(costPrices)
    .where(and(eq(costPrices.organisationId, organisationId), inArray(costPrices.itemId, itemIds)))
    .orderBy(asc(costPrices.itemId), asc(costPrices.validFrom));
  for (const row of rows) byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  return byItem;
}

export const toPricePoints = (rows: readonly PriceRow[]): PricePoint[] =>
  rows.map((row) => ({ validFrom: row.validFrom, unitPriceCents: row.unitPriceCents }));

/** The new item, or none when the organisation already has its code. */
export async function insertItemUnlessCodeTaken(tx: Tx, values: typeof costCatalogueItems.$inferInsert) {
  const [row] = await tx.insert(costCatalogueItems).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertPrice(tx: Tx, values: typeof costPrices.$inferInsert) {
  await tx.insert(costPrices).values(values);
}

/** Changes an item (or only marks it changed: a new price). */
export async function touchItem(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof costCatalogueItems> = {},
) {
  await tx
    .update(costCatalogueItems)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(costCatalogueItems.organisationId, organisationId), eq(costCatalogueItems.id, id)));
}

/** Inserts the items whose code the organisation does not have yet; returns those inserted. */
export const insertItemsIfNew = (tx: Tx, items: (typeof costCatalogueItems.$inferInsert)[]) =>
  tx
    .insert(costCatalogueItems)
    .values(items)
    .onConflictDoNothing()
    .returning({ id: costCatalogueItems.id, code: costCatalogueItems.code });

export async function insertPrices(tx: Tx, prices: (typeof costPrices.$inferInsert)[]) {
  await tx.insert(costPrices).values(prices);
}

export const itemIdsByCode = (tx: Tx, organisationId: string, codes: string[]) =>
  tx
    .select({ id: costCatalogueItems.id, code: costCatalogueItems.code })
    .from(costCatalogueItems)
    .where(and(eq(costCatalogueItems.organisationId, organisationId), inArray(costCatalogueItems.code, codes)));
