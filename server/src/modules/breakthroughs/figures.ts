import {
  type AvoidedCost,
  avoidedCost,
  type BreakthroughScenario,
  lineCents,
  MAX_SCENARIO_CENTS,
  priceOn,
  type ScenarioLine,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { breakthroughScenarioLines, breakthroughs } from '../../db/schema.js';
import { HttpProblem } from '../../lib/problem.js';
import * as catalogue from '../catalogue/index.js';
import {
  deleteScenarioLines,
  insertScenarioLines,
  openBreakthroughsUsingItem,
  setBreakthroughColumns,
  storedLines,
  writeLinePrices,
} from './repo.js';

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
): Promise<{
  lines: PricedLine[];
  cost: (interventionCents: number) => AvoidedCost;
  /** The catalogue codes of the items read, by id: what the API view of the lines shows. */
  codes: Map<string, string>;
}> {
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
  return {
    lines,
    cost: (interventionCents) => avoidedCost(of('without'), of('with'), interventionCents),
    codes: new Map([...items.values()].map((item) => [item.id, item.code])),
  };
}

export const expectedColumns = (cost: AvoidedCost) => ({
  expectedWithoutCents: cost.withoutCents,
  expectedWithCents: cost.withCents,
  expectedGrossCents: cost.grossAvoidedCents,
  expectedNetCents: cost.netAvoidedCents,
});

/** What the figures of a breakthrough depend on: its scenario's dates and its intervention cost. */
export type FigureBasis = Pick<typeof breakthroughs.$inferSelect, 'id' | 'proposedOn' | 'interventionCents'>;

export type LineRow = typeof breakthroughScenarioLines.$inferSelect;

/** Lines in the order the API shows them (a scenario's lines by position), whatever order a write returned. */
const inOrder = (lines: LineRow[]) =>
  lines.sort((a, b) => (a.scenario === b.scenario ? a.position - b.position : a.scenario === 'without' ? -1 : 1));

export { storedLines };

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
 * Replaces the scenario of a breakthrough (validated against the catalogue, priced on the proposal date):
 * its lines in one insert (after deleting the old ones, unless it is new). Returns the horizon and
 * expected figures for the caller to write on the breakthrough's row.
 */
export async function replaceScenario(
  tx: Tx,
  organisationId: string,
  row: FigureBasis,
  scenario: BreakthroughScenario,
  pathPrefix: string,
  options: { isNew?: boolean } = {},
) {
  const priced = await priceScenario(tx, organisationId, scenario, row.proposedOn, { pathPrefix, requireActive: true });
  return storeScenario(tx, organisationId, row, scenario.horizonMonths, priced, options);
}

/** Writes priced lines (one insert) and returns the row's horizon and expected figures; see replaceScenario. */
export async function storeScenario(
  tx: Tx,
  organisationId: string,
  row: Pick<FigureBasis, 'id' | 'interventionCents'>,
  horizonMonths: number,
  priced: Awaited<ReturnType<typeof priceScenario>>,
  options: { isNew?: boolean } = {},
) {
  if (!options.isNew) {
    await deleteScenarioLines(tx, organisationId, row.id);
  }
  const lines =
    priced.lines.length === 0
      ? []
      : await insertScenarioLines(
          tx,
          priced.lines.map((line) => ({
            organisationId,
            breakthroughId: row.id,
            scenario: line.scenario,
            position: line.position,
            catalogueItemId: line.catalogueItemId,
            quantity: line.quantity,
            probabilityPercent: line.probabilityPercent,
            expectedUnitPriceCents: line.unitPriceCents,
          })),
        );
  return {
    columns: { horizonMonths, ...expectedColumns(priced.cost(row.interventionCents)) },
    lines: inOrder(lines),
    codes: priced.codes,
  };
}

/**
 * Re-prices the stored lines on a date and writes the unit prices of every line in one statement
 * (UPDATE … FROM (VALUES …)), whatever their number. Returns the cost and the lines as now stored.
 */
async function repriceLines(
  tx: Tx,
  organisationId: string,
  row: FigureBasis,
  date: string,
  which: 'expected' | 'realised',
) {
  const stored = await storedLines(tx, organisationId, [row.id]);
  const priced = await priceScenario(tx, organisationId, asScenario(stored), date, {
    pathPrefix: 'scenario',
    requireActive: false,
  });
  if (priced.lines.length === 0) return { cost: priced.cost(row.interventionCents), lines: [], codes: priced.codes };
  const lines = await writeLinePrices(tx, organisationId, row.id, priced.lines, which);
  return { cost: priced.cost(row.interventionCents), lines: inOrder(lines), codes: priced.codes };
}

/**
 * Re-prices the expected figures from the stored lines (after a new price or a new intervention cost):
 * the lines are written here, the row's expected columns are returned for the caller's one write.
 */
export async function recomputeExpected(tx: Tx, organisationId: string, row: FigureBasis) {
  const { cost, lines, codes } = await repriceLines(tx, organisationId, row, row.proposedOn, 'expected');
  return { columns: expectedColumns(cost), lines, codes };
}

/**
 * The realised figures, priced on the achievement date, frozen on the row and on each line: a price
 * added later never changes them. The lines are written here; the row's columns are returned to be
 * set with the status change.
 */
export async function realisedColumns(tx: Tx, organisationId: string, row: FigureBasis, achievedOn: string) {
  const { cost, lines, codes } = await repriceLines(tx, organisationId, row, achievedOn, 'realised');
  return {
    columns: {
      achievedOn,
      realisedWithoutCents: cost.withoutCents,
      realisedWithCents: cost.withCents,
      realisedGrossCents: cost.grossAvoidedCents,
      realisedNetCents: cost.netAvoidedCents,
    },
    lines,
    codes,
  };
}

/** After a new price of an item: re-prices the expected figures of every open breakthrough using it. */
export async function recomputeExpectedForItem(tx: Tx, organisationId: string, itemId: string) {
  const affected = await openBreakthroughsUsingItem(tx, organisationId, itemId);
  for (const row of affected) {
    const { columns } = await recomputeExpected(tx, organisationId, row);
    await setBreakthroughColumns(tx, organisationId, row.id, columns);
  }
  return affected.length;
}

/** A stored line as the API shows it, with the unit price of the figures it belongs to. */
export function pricedLineView(row: LineRow, code: string, realised: boolean) {
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
