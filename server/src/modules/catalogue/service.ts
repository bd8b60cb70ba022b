import {
  type CostCatalogueItem,
  type CostCatalogueItemCreate,
  type CostCatalogueItemUpdate,
  type CostCatalogueQuery,
  CostCategory,
  type CostPriceCreate,
  can,
  priceOn,
} from '@percee/shared';
import { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { badCursor, decodeCursor, toPage } from '../../lib/cursor.js';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors.js';
import { conflict, forbidden, notFound } from '../../lib/problem.js';
import { todayIso } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import * as repo from './repo.js';

function toItem(row: repo.CatalogueItemRow, prices: repo.PriceRow[], on = todayIso()): CostCatalogueItem {
  return {
    id: row.id,
    code: row.code,
    labels: { fr: row.labelFr, nl: row.labelNl, en: row.labelEn },
    category: row.category,
    unit: row.unit,
    sourceNote: row.sourceNote,
    isDefault: row.isDefault,
    toReview: row.toReview,
    active: row.active,
    currentPriceCents: priceOn(repo.toPricePoints(prices), on),
    prices: prices.map((price) => ({
      id: price.id,
      validFrom: price.validFrom,
      unitPriceCents: price.unitPriceCents,
      note: price.note,
      createdBy: price.createdBy,
      createdAt: price.createdAt,
      // The row's insertion time: prices are never updated, so this is when the price was entered.
      recordedAt: price.createdAt,
    })),
    updatedAt: row.updatedAt,
  };
}

async function withPrices(tx: Tx, organisationId: string, rows: repo.CatalogueItemRow[]) {
  const prices = await repo.pricesOf(
    tx,
    organisationId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toItem(row, prices.get(row.id) ?? []));
}

async function reload(tx: Tx, organisationId: string, id: string) {
  const row = await repo.findItem(tx, organisationId, id);
  if (!row) throw notFound('Cost catalogue item');
  return (await withPrices(tx, organisationId, [row]))[0] as CostCatalogueItem;
}

/** A (category, code, id) cursor, checked before it reaches SQL (an unknown category would be a 500 there). */
const CatalogueCursor = z.tuple([CostCategory, z.string(), z.uuid()]);

export async function listCatalogue(tx: Tx, actor: Actor, query: CostCatalogueQuery) {
  if (!can(actor.role, 'catalogue.read')) throw forbidden('Your role has no access to the cost catalogue');
  let after: z.infer<typeof CatalogueCursor> | undefined;
  if (query.cursor) {
    const parsed = CatalogueCursor.safeParse(decodeCursor(query.cursor, 3));
    if (!parsed.success) badCursor();
    after = parsed.data;
  }
  const rows = await repo.listItems(tx, actor.organisationId, query.includeInactive, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.category, row.code, row.id]);
  return { items: await withPrices(tx, actor.organisationId, page.items), nextCursor: page.nextCursor };
}

export async function createItem(tx: Tx, actor: Actor, input: CostCatalogueItemCreate) {
  const row = await repo.insertItemUnlessCodeTaken(tx, {
    organisationId: actor.organisationId,
    code: input.code,
    labelFr: input.labels.fr,
    labelNl: input.labels.nl,
    labelEn: input.labels.en,
    category: input.category,
    unit: input.unit,
    sourceNote: input.sourceNote ?? null,
  });
  if (!row) throw conflict('duplicate-code', `The catalogue already has an item with code ${input.code}`);
  await repo.insertPrice(tx, {
    organisationId: actor.organisationId,
    itemId: row.id,
    validFrom: input.firstPrice.validFrom,
    unitPriceCents: input.firstPrice.unitPriceCents,
    note: input.firstPrice.note ?? null,
    createdBy: actor.userId,
  });
  await audit(tx, actor, {
    action: 'cost_item.create',
    entityType: 'cost_item',
    entityId: row.id,
    changes: { code: row.code, firstPrice: input.firstPrice },
  });
  return reload(tx, actor.organisationId, row.id);
}

export async function updateItem(tx: Tx, actor: Actor, id: string, patch: CostCatalogueItemUpdate) {
  const before = await repo.findItem(tx, actor.organisationId, id, true);
  if (!before) throw notFound('Cost catalogue item');
  const set = {
    ...(patch.labels ? { labelFr: patch.labels.fr, labelNl: patch.labels.nl, labelEn: patch.labels.en } : {}),
    ...(patch.sourceNote !== undefined ? { sourceNote: patch.sourceNote } : {}),
    ...(patch.active !== undefined ? { active: patch.active } : {}),
    ...(patch.toReview !== undefined ? { toReview: patch.toReview } : {}),
  };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) {
    const old = before[key as keyof typeof before];
    if (old !== value) changes[key] = [old, value];
  }
  await repo.touchItem(tx, actor.organisationId, id, set);
  await audit(tx, actor, { action: 'cost_item.update', entityType: 'cost_item', entityId: id, changes });
  return reload(tx, actor.organisationId, id);
}

/**
 * Adds a price from a date. The history is never rewritten: the new price must start after the
 * latest one. Open breakthroughs priced with this item get their expected figures re-priced (their
 * reference date may fall under the new price); achieved ones keep their frozen realised figures.
 */
/**
 * What another module does, in the same transaction, when an item gets a new price; returns how many of
 * its records it re-priced (for the audit entry). The catalogue knows no such module: app.ts hands the
 * listener in (breakthroughs' re-pricing), so the dependency runs one way, breakthroughs → catalogue.
 */
export type PriceChangedListener = (tx: Tx, organisationId: string, itemId: string) => Promise<number>;

export async function addPrice(
  tx: Tx,
  actor: Actor,
  id: string,
  input: CostPriceCreate,
  onPriceChanged: PriceChangedListener = async () => 0,
) {
  const item = await repo.findItem(tx, actor.organisationId, id, true);
  if (!item) throw notFound('Cost catalogue item');
  const history = (await repo.pricesOf(tx, actor.organisationId, [id])).get(id) ?? [];
  const latest = history.at(-1);
  if (latest && input.validFrom <= latest.validFrom) {
    throw conflict(
      'price-history',
      `A new price must start after the latest one (${latest.validFrom}); past prices are never rewritten`,
      { latestValidFrom: latest.validFrom },
    );
  }
  try {
    await repo.insertPrice(tx, {
      organisationId: actor.organisationId,
      itemId: id,
      validFrom: input.validFrom,
      unitPriceCents: input.unitPriceCents,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw conflict('price-history', 'A price from this date already exists');
    throw error;
  }
  await repo.touchItem(tx, actor.organisationId, id);
  const repriced = await onPriceChanged(tx, actor.organisationId, id);
  await audit(tx, actor, {
    action: 'cost_item.price',
    entityType: 'cost_item',
    entityId: id,
    changes: { validFrom: input.validFrom, unitPriceCents: input.unitPriceCents, repricedBreakthroughs: repriced },
  });
  return reload(tx, actor.organisationId, id);
}
