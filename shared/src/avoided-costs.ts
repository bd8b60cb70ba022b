import { z } from 'zod';
import { MAX_QUANTITY } from './bounds.js';

/*
 * Avoided social costs, the proof of the breakthrough method (MKBA practice): a "business as usual"
 * scenario (without the breakthrough) against the breakthrough scenario, each a list of events
 * x probability x unit cost over a horizon. Money is integer cents; no floating point touches it.
 *
 * Rounding rule: each line is rounded once, half away from zero, to the cent:
 *   lineCents = round(unitPriceCents x quantity x probabilityPercent / 100)
 * A scenario's total is the sum of its lines, so totals are additive and order-independent.
 */

export const costCategories = ['housing', 'youth_care', 'justice', 'health', 'income', 'education', 'other'] as const;
export const CostCategory = z.enum(costCategories);
export type CostCategory = z.infer<typeof CostCategory>;

export const costUnits = ['event', 'day', 'month', 'year'] as const;
export const CostUnit = z.enum(costUnits);
export type CostUnit = z.infer<typeof CostUnit>;

export const ScenarioLine = z.strictObject({
  catalogueItemId: z.uuid(),
  quantity: z
    .number()
    .int()
    .min(0)
    .max(MAX_QUANTITY)
    .meta({ description: 'Units over the horizon, e.g. 60 shelter nights' }),
  probabilityPercent: z.number().int().min(0).max(100),
});
export type ScenarioLine = z.infer<typeof ScenarioLine>;

/** A scenario line with the unit price that applies to it (valid on the reference date). */
export interface PricedLine {
  unitPriceCents: number;
  quantity: number;
  probabilityPercent: number;
}

/** Integer division rounding half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (d * 2n);
  return negative ? -rounded : rounded;
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError('Amount out of range');
  }
  return Number(value);
}

export function lineCents(line: PricedLine): number {
  assertInteger(line.unitPriceCents, 'unitPriceCents');
  assertInteger(line.quantity, 'quantity');
  assertInteger(line.probabilityPercent, 'probabilityPercent');
  return toSafeNumber(
    divRound(BigInt(line.unitPriceCents) * BigInt(line.quantity) * BigInt(line.probabilityPercent), 100n),
  );
}

export function scenarioCents(lines: readonly PricedLine[]): number {
  return lines.reduce((total, line) => total + lineCents(line), 0);
}

export interface AvoidedCost {
  /** Expected cost of muddling on (without the breakthrough). */
  withoutCents: number;
  /** Expected cost on the breakthrough path. */
  withCents: number;
  /** without − with */
  grossAvoidedCents: number;
  interventionCents: number;
  /** gross − intervention */
  netAvoidedCents: number;
}

export function avoidedCost(
  without: readonly PricedLine[],
  withBreakthrough: readonly PricedLine[],
  interventionCents: number,
): AvoidedCost {
  assertInteger(interventionCents, 'interventionCents');
  const withoutCents = scenarioCents(without);
  const withCents = scenarioCents(withBreakthrough);
  const grossAvoidedCents = withoutCents - withCents;
  return {
    withoutCents,
    withCents,
    grossAvoidedCents,
    interventionCents,
    netAvoidedCents: grossAvoidedCents - interventionCents,
  };
}

/** Adds up avoided costs (e.g. all breakthroughs of a period). */
export function sumAvoidedCosts(costs: readonly AvoidedCost[]): AvoidedCost {
  return costs.reduce(
    (sum, cost) => ({
      withoutCents: sum.withoutCents + cost.withoutCents,
      withCents: sum.withCents + cost.withCents,
      grossAvoidedCents: sum.grossAvoidedCents + cost.grossAvoidedCents,
      interventionCents: sum.interventionCents + cost.interventionCents,
      netAvoidedCents: sum.netAvoidedCents + cost.netAvoidedCents,
    }),
    { withoutCents: 0, withCents: 0, grossAvoidedCents: 0, interventionCents: 0, netAvoidedCents: 0 },
  );
}

/**
 * Return per euro invested: gross avoided / intervention cost, in hundredths (190 = EUR 1.90 per euro),
 * rounded half away from zero; null when nothing was invested.
 */
export function returnPerEuroHundredths(grossAvoidedCents: number, interventionCents: number): number | null {
  if (interventionCents === 0) return null;
  return toSafeNumber(divRound(BigInt(grossAvoidedCents) * 100n, BigInt(interventionCents)));
}

export interface PricePoint {
  validFrom: string; // ISO date
  unitPriceCents: number;
}

/**
 * The price valid on a date: the one with the latest start on or before it. Past figures keep the
 * price of their date when a new price is added later. Null before the first price.
 */
export function priceOn(history: readonly PricePoint[], date: string): number | null {
  let best: PricePoint | null = null;
  for (const point of history) {
    if (point.validFrom <= date && (!best || point.validFrom > best.validFrom)) best = point;
  }
  return best?.unitPriceCents ?? null;
}

function assertInteger(value: number, name: string) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer`);
}
