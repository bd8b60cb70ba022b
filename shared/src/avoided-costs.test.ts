import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  avoidedCost,
  lineCents,
  type PricedLine,
  priceOn,
  returnPerEuroHundredths,
  scenarioCents,
  sumAvoidedCosts,
} from './avoided-costs.js';
import { parseEuroToCents } from './money.js';

const line = fc.record({
  unitPriceCents: fc.integer({ min: 0, max: 20_000_000 }),
  quantity: fc.integer({ min: 0, max: 1_000 }),
  probabilityPercent: fc.integer({ min: 0, max: 100 }),
});
const lines = fc.array(line, { maxLength: 20 });

describe('avoided-cost maths', () => {
  it('computes the Heerlen-style example exactly', () => {
    // Without: eviction (EUR 7,500, 80%) and 60 shelter nights at EUR 120 (70%); with: a debt-help trajectory.
    const without: PricedLine[] = [
      { unitPriceCents: 750_000, quantity: 1, probabilityPercent: 80 },
      { unitPriceCents: 12_000, quantity: 60, probabilityPercent: 70 },
    ];
    const withBreakthrough: PricedLine[] = [{ unitPriceCents: 150_000, quantity: 1, probabilityPercent: 100 }];
    expect(avoidedCost(without, withBreakthrough, 250_000)).toEqual({
      withoutCents: 600_000 + 504_000,
      withCents: 150_000,
      grossAvoidedCents: 954_000,
      interventionCents: 250_000,
      netAvoidedCents: 704_000,
    });
    expect(returnPerEuroHundredths(954_000, 250_000)).toBe(382);
    expect(returnPerEuroHundredths(954_000, 0)).toBeNull();
  });

  it('rounds each line half away from zero, to the cent', () => {
    expect(lineCents({ unitPriceCents: 1, quantity: 1, probabilityPercent: 50 })).toBe(1);
    expect(lineCents({ unitPriceCents: 1, quantity: 1, probabilityPercent: 49 })).toBe(0);
    expect(lineCents({ unitPriceCents: 333, quantity: 3, probabilityPercent: 33 })).toBe(330);
    expect(() => lineCents({ unitPriceCents: 1.5, quantity: 1, probabilityPercent: 10 })).toThrow(RangeError);
  });

  it('totals are additive: the total of two lists is the sum of their totals', () => {
    fc.assert(fc.property(lines, lines, (a, b) => scenarioCents([...a, ...b]) === scenarioCents(a) + scenarioCents(b)));
  });

  it('totals do not depend on the order of lines', () => {
    fc.assert(
      fc.property(lines, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort((x, y) => ((x.quantity * 31 + seed) % 7) - ((y.quantity * 31 + seed) % 7));
        return scenarioCents(shuffled) === scenarioCents(list);
      }),
    );
  });

  it('is exact: integer results, equal to the exact rational rounded per line', () => {
    fc.assert(
      fc.property(line, (l) => {
        const cents = lineCents(l);
        const exactTimes100 = l.unitPriceCents * l.quantity * l.probabilityPercent; // < 2^53 in this range
        return Number.isInteger(cents) && Math.abs(cents * 100 - exactTimes100) <= 50;
      }),
    );
  });

  it('sums avoided costs field by field, and net = gross − intervention holds for sums', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lines, lines, fc.integer({ min: 0, max: 10_000_000 })), { maxLength: 8 }),
        (items) => {
          const costs = items.map(([w, b, i]) => avoidedCost(w, b, i));
          const total = sumAvoidedCosts(costs);
          return (
            total.netAvoidedCents === total.grossAvoidedCents - total.interventionCents &&
            total.grossAvoidedCents === total.withoutCents - total.withCents &&
            total.withoutCents === costs.reduce((s, c) => s + c.withoutCents, 0)
          );
        },
      ),
    );
  });

  it('uses the price valid on the reference date, so past figures never change', () => {
    const history = [
      { validFrom: '2014-01-01', unitPriceCents: 10_000 },
      { validFrom: '2020-01-01', unitPriceCents: 12_000 },
    ];
    expect(priceOn(history, '2013-12-31')).toBeNull();
    expect(priceOn(history, '2016-06-01')).toBe(10_000);
    expect(priceOn(history, '2020-01-01')).toBe(12_000);
    const later = [...history, { validFrom: '2026-01-01', unitPriceCents: 15_000 }];
    expect(priceOn(later, '2016-06-01')).toBe(10_000);
  });

  it('parses euros typed by a person into cents without floats', () => {
    expect(parseEuroToCents('1 234,56')).toBe(123_456);
    expect(parseEuroToCents('12.5')).toBe(1_250);
    expect(parseEuroToCents('€ 40')).toBe(4_000);
    expect(parseEuroToCents('1.234')).toBe(123_400);
    expect(parseEuroToCents('0,10')).toBe(10);
    expect(parseEuroToCents('abc')).toBeNull();
    expect(parseEuroToCents('1,2,3')).toBeNull();
  });
});
