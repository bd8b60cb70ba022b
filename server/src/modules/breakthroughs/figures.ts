import {
  type AvoidedCost,
  avoidedCost,
  type BreakthroughScenario,
  lineCents,
  MAX_SCENARIO_CENTS,
  priceOn,
  type ScenarioLine,
} from '@percee/shared';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { breakthroughScenarioLines, breakthroughs } from '../../db/schema.js';
import { HttpProblem } from '../../lib/problem.js';
import * as catalogue from '../catalogue/index.js';

/*
 * The avoided-cost figures of a breakthrough, computed with the shared maths (avoided-costs.ts) from
 * its stored scenario lines and the catalogue's price history, and stored back in cents so that any
 * summary is a SQL sum. Expected figures use the prices valid on the proposal date and follow price
 * changes while the breakthrough is not achieved; realised figures use the prices valid on the
 * achievement date and are frozen when it is achieved.
 */

/** Today as an ISO date (UTC): the default reference date of new proposals and achievements. */
export { todayIso } from '../../lib/time.js';

export type ScenarioKind = 'without' | 'with';
const KINDS: readonly ScenarioKind[] = ['without', 'with'];

interface PricedLine extends ScenarioLine {
  scenario: ScenarioKind;
  position: number;
  unitPriceCents: number;
}

const unprocessable = (errors: { path: string; message: string }[]) =>
  new HttpProblem(422, 'unknown-cost-item', 'Unprocessable Content', errors[0]?.message ?? 'Invalid scenario', {
    errors,
  });

/**
 * A line, and each side's total, at most MAX_SCENARIO_CENTS (shared/src/bounds.ts): computed exactly
 * (bigint) before any figure is stored, so that the sums of a whole history stay exact numbers.
 */
function assertWithinBounds(lines: PricedLine[], pathPrefix: string) {
  const max = BigInt(MAX_SCENARIO_CENTS);
  const errors: { path: string; message: string }[] = [];
  const totals: Record<ScenarioKind, bigint> = { without: 0n, with: 0n };
  for (const line of lines) {
    const cents = (BigInt(line.unitPriceCents) * BigInt(line.quantity) * BigInt(line.probabilityPercent)) / 100n;
    totals[line.scenario] += cents;
    if (cents > max) {
      errors.push({
        path: `${pathPrefix}.${line.scenario}.${line.position}.quantity`,
        message: `This line comes to more than EUR ${MAX_SCENARIO_CENTS / 100} at its unit price`,
      });
    }
  }
  for (const kind of KINDS) {
    if (totals[kind] > max) {
      errors.push({
        path: `${pathPrefix}.${kind}`,
        message: `This scenario comes to more than EUR ${MAX_SCENARIO_CENTS / 100}`,
      });
    }
  }
  if (errors.length > 0) {
    throw new HttpProblem(422, 'amount-too-large', 'Unprocessable Content', errors[0]?.message, { errors });
  }
}

/**
 * Prices scenario lines on a date. Lines naming an item that is not in this organisation's
 * catalogue (or inactive, for new scenarios), or that has no price on the date, fail with 422 at
 * `${pathPrefix}.${scenario}.${index}.catalogueItemId`.
 */
export async function priceScenario(
  tx: Tx,
  organisationId: string,
  scenario: Pick<BreakthroughScenario, 'without' | 'with'>,
  date: string,
  options: { pathPrefix: string; requireActive: boolean },
): Promise<{ lines: PricedLine[]; cost: (interventionCents: number) => AvoidedCost }> {
  const ids = [...new Set(KINDS.flatMap((kind) => scenario[kind].map((line) => line.catalogueItemId)))];
  const items = new Map((await catalogue.itemsByIds(tx, organisationId, ids)).map((item) => [item.id, item]));
  const prices = await catalogue.pricesOf(tx, organisationId, ids);
  const errors: { path: string; message: string }[] = [];
  const lines: PricedLine[] = [];
  for (const kind of KINDS) {
    scenario[kind].forEach((line, position) => {
      const path = `${options.pathPrefix}.${kind}.${position}.catalogueItemId`;
      const item = items.get(line.catalogueItemId);
      if (!item || (options.requireActive && !item.active)) {
        errors.push({ path, message: 'Unknown or inactive cost catalogue item' });
        return;
      }
      const unitPriceCents = priceOn(catalogue.toPricePoints(prices.get(item.id) ?? []), date);
      if (unitPriceCents === null) {
        errors.push({ path, message: `No price of ${item.code} is valid on ${date}` });
        return;
      }
      lines.push({ ...line, scenario: kind, position, unitPriceCents });
    });
  }
  if (errors.length > 0) throw unprocessable(errors);
  assertWithinBounds(lines, options.pathPrefix);
  const of = (kind: ScenarioKind) => lines.filter((line) => line.scenario === kind);
  return { lines, cost: (interventionCents) => avoidedCost(of('without'), of('with'), interventionCents) };
}

const expectedColumns = (cost: AvoidedCost) => ({
  expectedWithoutCents: cost.withoutCents,
  expectedWithCents: cost.withCents,
  expectedGrossCents: cost.grossAvoidedCents,
  expectedNetCents: cost.netAvoidedCents,
});

async function findBreakthrough(tx: Tx, organisationId: string, id: string) {
  const [row] = await tx
    .select()
    .from(breakthroughs)
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)));
  if (!row) throw new Error(`breakthrough ${id} not found`);
  return row;
}

export async function storedLines(tx: Tx, organisationId: string, breakthroughIds: string[]) {
  if (breakthroughIds.length === 0) return [];
  return tx
    .select()
    .from(breakthroughScenarioLines)
    .where(
      and(
        eq(breakthroughScenarioLines.organisationId, organisationId),
        inArray(breakthroughScenarioLines.breakthroughId, breakthroughIds),
      ),
    )
    .orderBy(
      asc(breakthroughScenarioLines.breakthroughId),
      asc(breakthroughScenarioLines.scenario),
      asc(breakthroughScenarioLines.position),
    );
}

const asScenario = (rows: Awaited<ReturnType<typeof storedLines>>) => {
  const of = (kind: ScenarioKind) =>
    rows
      .filter((row) => row.scenario === kind)
      .map((row) => ({
        catalogueItemId: row.catalogueItemId,
        quantity: row.quantity,
        probabilityPercent: row.probabilityPercent,
      }));
  return { without: of('without'), with: of('with') };
};

/**
 * Replaces the scenario of a breakthrough (validated against the catalogue) and stores its expected
 * figures, priced on the proposal date.
 */
export async function replaceScenario(
  tx: Tx,
  organisationId: string,
  breakthroughId: string,
  scenario: BreakthroughScenario,
  pathPrefix: string,
) {
  const row = await findBreakthrough(tx, organisationId, breakthroughId);
  const priced = await priceScenario(tx, organisationId, scenario, row.proposedOn, { pathPrefix, requireActive: true });
  await tx
    .delete(breakthroughScenarioLines)
    .where(
      and(
        eq(breakthroughScenarioLines.organisationId, organisationId),
        eq(breakthroughScenarioLines.breakthroughId, breakthroughId),
      ),
    );
  if (priced.lines.length > 0) {
    await tx.insert(breakthroughScenarioLines).values(
      priced.lines.map((line) => ({
        organisationId,
        breakthroughId,
        scenario: line.scenario,
        position: line.position,
        catalogueItemId: line.catalogueItemId,
        quantity: line.quantity,
        probabilityPercent: line.probabilityPercent,
        expectedUnitPriceCents: line.unitPriceCents,
      })),
    );
  }
  await tx
    .update(breakthroughs)
    .set({ horizonMonths: scenario.horizonMonths, ...expectedColumns(priced.cost(row.interventionCents)) })
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, breakthroughId)));
}

/** Re-prices the expected figures from the stored lines (after a new price or a new intervention cost). */
export async function recomputeExpected(tx: Tx, organisationId: string, breakthroughId: string) {
  const row = await findBreakthrough(tx, organisationId, breakthroughId);
  const rows = await storedLines(tx, organisationId, [breakthroughId]);
  const priced = await priceScenario(tx, organisationId, asScenario(rows), row.proposedOn, {
    pathPrefix: 'scenario',
    requireActive: false,
  });
  for (const line of priced.lines) {
    await tx
      .update(breakthroughScenarioLines)
      .set({ expectedUnitPriceCents: line.unitPriceCents })
      .where(
        and(
          eq(breakthroughScenarioLines.organisationId, organisationId),
          eq(breakthroughScenarioLines.breakthroughId, breakthroughId),
          eq(breakthroughScenarioLines.scenario, line.scenario),
          eq(breakthroughScenarioLines.position, line.position),
        ),
      );
  }
  await tx
    .update(breakthroughs)
    .set(expectedColumns(priced.cost(row.interventionCents)))
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, breakthroughId)));
}

/**
 * The realised figures, priced on the achievement date, frozen on the row and on each line: a price
 * added later never changes them. Returns the column values to set with the status change.
 */
export async function realisedColumns(tx: Tx, organisationId: string, breakthroughId: string, achievedOn: string) {
  const row = await findBreakthrough(tx, organisationId, breakthroughId);
  const rows = await storedLines(tx, organisationId, [breakthroughId]);
  const priced = await priceScenario(tx, organisationId, asScenario(rows), achievedOn, {
    pathPrefix: 'scenario',
    requireActive: false,
  });
  for (const line of priced.lines) {
    await tx
      .update(breakthroughScenarioLines)
      .set({ realisedUnitPriceCents: line.unitPriceCents })
      .where(
        and(
          eq(breakthroughScenarioLines.organisationId, organisationId),
          eq(breakthroughScenarioLines.breakthroughId, breakthroughId),
          eq(breakthroughScenarioLines.scenario, line.scenario),
          eq(breakthroughScenarioLines.position, line.position),
        ),
      );
  }
  const cost = priced.cost(row.interventionCents);
  return {
    achievedOn,
    realisedWithoutCents: cost.withoutCents,
    realisedWithCents: cost.withCents,
    realisedGrossCents: cost.grossAvoidedCents,
    realisedNetCents: cost.netAvoidedCents,
  };
}

/** After a new price of an item: re-prices the expected figures of every open breakthrough using it. */
export async function recomputeExpectedForItem(tx: Tx, organisationId: string, itemId: string) {
  const affected = await tx
    .selectDistinct({ id: breakthroughs.id })
    .from(breakthroughs)
    .innerJoin(
      breakthroughScenarioLines,
      and(
        eq(breakthroughScenarioLines.organisationId, breakthroughs.organisationId),
        eq(breakthroughScenarioLines.breakthroughId, breakthroughs.id),
      ),
    )
    .where(
      and(
        eq(breakthroughs.organisationId, organisationId),
        eq(breakthroughScenarioLines.catalogueItemId, itemId),
        notInArray(breakthroughs.status, ['achieved', 'abandoned']),
      ),
    );
  for (const { id } of affected) await recomputeExpected(tx, organisationId, id);
  return affected.length;
}

/** A stored line as the API shows it, with the unit price of the figures it belongs to. */
export function pricedLineView(row: Awaited<ReturnType<typeof storedLines>>[number], code: string, realised: boolean) {
  const unitPriceCents = (realised ? row.realisedUnitPriceCents : null) ?? row.expectedUnitPriceCents;
  return {
    catalogueItemId: row.catalogueItemId,
    code,
    quantity: row.quantity,
    probabilityPercent: row.probabilityPercent,
    unitPriceCents,
    cents: lineCents({ unitPriceCents, quantity: row.quantity, probabilityPercent: row.probabilityPercent }),
  };
}
