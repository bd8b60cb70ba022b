import { type Breakthrough, type CostCatalogueItem, lineCents, priceOn } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp } from '../../../test/app.js';
import { HEERLEN } from './heerlen.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './seed.js';

describe('the demo reproduces the Heerlen breakthrough figures', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
    expect(await seedDemoIfEmpty(ctx.database.db)).toBe(true);
  });
  afterAll(() => ctx.close());

  const get = async (email: string, url: string) => {
    const session = await signIn(ctx.app, email, DEMO_PASSWORD);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('answers 13 followed, 8 with a plan, 6 with a breakthrough, 9 breakthroughs, > EUR 500,000 avoided', async () => {
    const summary = await get('analyste@demo.percee.test', '/avoided-costs/summary');
    expect(summary).toMatchObject({
      householdsFollowed: 13,
      householdsWithPlan: 8,
      householdsWithBreakthrough: 6,
      breakthroughs: 9,
    });
    expect(HEERLEN).toEqual({ followed: 13, withPlan: 8, withBreakthrough: 6, breakthroughs: 9 });
    expect(summary.grossAvoidedCents).toBeGreaterThan(50_000_000);
    expect(summary.netAvoidedCents).toBeGreaterThan(50_000_000);
    expect(summary.netAvoidedCents).toBe(summary.grossAvoidedCents - summary.interventionCents);
  });

  it('computes the money from the stored scenarios and the catalogue prices, not from typed-in totals', async () => {
    const coordinator = 'coordinatrice@demo.percee.test';
    const catalogue: CostCatalogueItem[] = (await get(coordinator, '/cost-catalogue')).items;
    const cases: { id: string; programName: string }[] = (await get(coordinator, '/cases?limit=200')).items;
    let gross = 0;
    let intervention = 0;
    let achieved = 0;
    for (const { id } of cases) {
      const listed: { items: Breakthrough[]; nextCursor: string | null } = await get(
        coordinator,
        `/cases/${id}/breakthroughs?limit=200`,
      );
      expect(listed.nextCursor).toBeNull(); // every breakthrough of the case is summed
      const items = listed.items;
      for (const breakthrough of items.filter((b) => b.status === 'achieved')) {
        // Re-price every line with the catalogue's history on the achievement date.
        const cost = (lines: Breakthrough['scenario']['without']) =>
          lines.reduce((sum, line) => {
            const item = catalogue.find((entry) => entry.id === line.catalogueItemId) as CostCatalogueItem;
            const unitPriceCents = priceOn(item.prices, breakthrough.achievedOn as string) as number;
            return (
              sum + lineCents({ unitPriceCents, quantity: line.quantity, probabilityPercent: line.probabilityPercent })
            );
          }, 0);
        const lineGross = cost(breakthrough.scenario.without) - cost(breakthrough.scenario.with);
        expect(lineGross).toBeGreaterThan(0);
        expect(breakthrough.realised?.grossAvoidedCents).toBe(lineGross);
        gross += lineGross;
        intervention += breakthrough.interventionCents;
        achieved++;
      }
    }
    expect(achieved).toBe(9);
    const summary = await get('analyste@demo.percee.test', '/avoided-costs/summary');
    expect(summary.grossAvoidedCents).toBe(gross);
    expect(summary.interventionCents).toBe(intervention);
  });
});
