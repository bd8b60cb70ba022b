import { Breakthrough, CostCatalogueItem, costCategories } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';
import { costPrices } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { sqlState } from '../../lib/pg-errors.js';
import { DEFAULT_COST_CATALOGUE } from './defaults.js';

type Session = Awaited<ReturnType<typeof signIn>>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('the social cost catalogue and its price history', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;
  let worker: Session;
  let partner: Session;
  let analyst: Session;
  let programId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Catalogue', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    [admin, coordinator, worker, partner, analyst] = await Promise.all([
      signIn(ctx.app, org.byRole.admin.email),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, org.byRole.partner.email),
      signIn(ctx.app, org.byRole.analyst.email),
    ]);
    programId = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' })).id;
  });
  afterAll(() => ctx.close());

  function call(session: Session, method: Method, url: string, payload?: object, headers: Record<string, string> = {}) {
    return ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
  }
  async function write(session: Session, method: Method, readUrl: string, url: string, payload: object) {
    const current = await call(session, 'GET', readUrl);
    return call(session, method, url, payload, { 'if-match': current.headers.etag as string });
  }

  async function newItem(code: string, unitPriceCents: number, validFrom = '2020-01-01') {
    const created = await call(admin, 'POST', '/cost-catalogue', {
      code,
      labels: { fr: `Article ${code}`, nl: `Post ${code}`, en: `Item ${code}` },
      category: 'housing',
      unit: 'day',
      sourceNote: 'Test figure',
      firstPrice: { validFrom, unitPriceCents },
    });
    expect(created.statusCode, created.body).toBe(201);
    return CostCatalogueItem.parse(created.json());
  }
  const addPrice = (id: string, validFrom: string, unitPriceCents: number) =>
    call(admin, 'POST', `/cost-catalogue/${id}/prices`, { validFrom, unitPriceCents, note: 'New tariff' });

  /** A breakthrough proposed today whose without-scenario is 10 units of the item at 50%. */
  async function proposeWith(itemId: string) {
    const { case: created } = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
    });
    expect((await call(worker, 'POST', `/cases/${created.id}/plan`, {})).statusCode).toBe(201);
    const proposed = await call(worker, 'POST', `/cases/${created.id}/breakthroughs`, {
      title: 'Shelter avoided',
      domain: 'housing',
      category: 'new_housing',
      responsible: 'Coach',
      interventionCents: 1_000,
      scenario: {
        horizonMonths: 12,
        without: [{ catalogueItemId: itemId, quantity: 10, probabilityPercent: 50 }],
        with: [],
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    return Breakthrough.parse(proposed.json());
  }
  const move = (session: Session, id: string, body: object) =>
    write(session, 'POST', `/breakthroughs/${id}`, `/breakthroughs/${id}/transitions`, body);
  const read = async (id: string) => Breakthrough.parse((await call(worker, 'GET', `/breakthroughs/${id}`)).json());

  it('is seeded for every new organisation from the public figures, flagged default and to review, with sources', async () => {
    const items: CostCatalogueItem[] = (await call(analyst, 'GET', '/cost-catalogue')).json().items;
    const defaults = items.filter((item) => item.isDefault);
    expect(defaults.map((item) => item.code).sort()).toEqual(DEFAULT_COST_CATALOGUE.map((item) => item.code).sort());
    for (const item of defaults) {
      expect(item.toReview).toBe(true);
      expect(item.sourceNote).toMatch(/to review/);
      expect(item.prices).toHaveLength(1);
    }
    const byCode = Object.fromEntries(defaults.map((item) => [item.code, item]));
    expect(byCode.shelter_night).toMatchObject({ unit: 'day', currentPriceCents: 10_000, category: 'housing' });
    expect(byCode.shelter_night?.sourceNote).toMatch(/hvr-velp\.nl/);
    expect(byCode.homeless_shelter_year).toMatchObject({ unit: 'year', currentPriceCents: 2_323_600 });
    expect(byCode.homeless_shelter_year?.sourceNote).toMatch(/Cebeon/);
    expect(byCode.minor_detention_day?.currentPriceCents).toBe(54_700);
  });

  it('is read by case roles, analysts and admins, and managed by admins only', async () => {
    for (const session of [admin, coordinator, worker, analyst]) {
      expect((await call(session, 'GET', '/cost-catalogue')).statusCode).toBe(200);
    }
    expect((await call(partner, 'GET', '/cost-catalogue')).statusCode).toBe(403);
    const item = await newItem('admin_only', 500);
    for (const session of [coordinator, worker, analyst, partner]) {
      expect((await call(session, 'PATCH', `/cost-catalogue/${item.id}`, { active: false })).statusCode).toBe(403);
      expect(
        (await call(session, 'POST', `/cost-catalogue/${item.id}/prices`, { validFrom: isoDay(0), unitPriceCents: 1 }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await call(session, 'POST', '/cost-catalogue', {
            code: 'x',
            labels: item.labels,
            category: 'other',
            unit: 'event',
            firstPrice: { validFrom: '2020-01-01', unitPriceCents: 1 },
          })
        ).statusCode,
      ).toBe(403);
    }
    expect(
      (
        await call(admin, 'POST', '/cost-catalogue', {
          code: 'admin_only',
          labels: item.labels,
          category: 'other',
          unit: 'event',
          firstPrice: { validFrom: '2020-01-01', unitPriceCents: 1 },
        })
      ).statusCode,
    ).toBe(409);

    const patched = await call(admin, 'PATCH', `/cost-catalogue/${item.id}`, {
      labels: { fr: 'Nuit', nl: 'Nacht', en: 'Night' },
      sourceNote: 'Checked against our 2026 tariff',
      toReview: false,
      active: false,
    });
    expect(patched.json()).toMatchObject({
      labels: { en: 'Night' },
      toReview: false,
      active: false,
      currentPriceCents: 500,
    });
    const active: CostCatalogueItem[] = (await call(worker, 'GET', '/cost-catalogue')).json().items;
    expect(active.some((entry) => entry.id === item.id)).toBe(false);
    const all: CostCatalogueItem[] = (await call(worker, 'GET', '/cost-catalogue?includeInactive=true')).json().items;
    expect(all.some((entry) => entry.id === item.id)).toBe(true);
    expect(
      (await call(admin, 'PATCH', '/cost-catalogue/00000000-0000-4000-8000-000000000000', { active: true })).statusCode,
    ).toBe(404);
  });

  it('pages through the catalogue by category and code, each item once with its prices', async () => {
    const inactive = await newItem('paging-inactive', 100);
    await call(admin, 'PATCH', `/cost-catalogue/${inactive.id}`, { active: false });
    for (const includeInactive of [false, true]) {
      const url = `/cost-catalogue?includeInactive=${includeInactive}`;
      const get = (path: string) => call(worker, 'GET', path);
      const whole: CostCatalogueItem[] = (await get(`${url}&limit=200`)).json().items;
      expect(whole.length).toBeGreaterThan(6);
      const { rows, pages } = await walkPages<CostCatalogueItem>(get, url, 3);
      expect(pages).toBeGreaterThan(2);
      expect(rows).toEqual(whole);
      expect(new Set(rows.map((item) => item.code)).size).toBe(rows.length);
      const ranks = rows.map((item) => costCategories.indexOf(item.category));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(rows.some((item) => item.id === inactive.id)).toBe(includeInactive);
      expect(rows.every((item) => item.prices.length > 0)).toBe(true);
      // A well-formed key naming no category is refused before it reaches SQL.
      const unknownCategory = Buffer.from(JSON.stringify(['nope', 'x', inactive.id])).toString('base64url');
      await expectBadCursorRefused(get, url, [unknownCategory]);
    }
  });

  it('never rewrites the past: a new price starts after the latest one, and stored prices cannot be updated', async () => {
    const item = await newItem('history', 10_000, '2020-01-01');
    expect((await addPrice(item.id, '2020-01-01', 12_000)).statusCode).toBe(409);
    expect((await addPrice(item.id, '2019-06-01', 12_000)).statusCode).toBe(409);
    const added = await addPrice(item.id, '2024-01-01', 12_000);
    expect(added.statusCode).toBe(201);
    expect(
      added.json().prices.map((p: { validFrom: string; unitPriceCents: number }) => [p.validFrom, p.unitPriceCents]),
    ).toEqual([
      ['2020-01-01', 10_000],
      ['2024-01-01', 12_000],
    ]);
    expect(added.json().currentPriceCents).toBe(12_000);
    expect((await addPrice(item.id, '2023-01-01', 11_000)).statusCode).toBe(409);

    // The application role may not change or delete a stored price.
    const attempt = (work: Parameters<typeof inTenant>[2]) =>
      inTenant(ctx.database.db, { organisationId: org.organisationId }, work).then(
        () => 'no error',
        (error) => sqlState(error),
      );
    expect(await attempt((tx) => tx.update(costPrices).set({ unitPriceCents: 1 }))).toBe('42501');
    expect(await attempt((tx) => tx.delete(costPrices))).toBe('42501');
    expect(await attempt((tx) => tx.execute(sql`delete from breakthrough_plan_versions`))).toBe('42501');
  });

  it('prices expected figures on the proposal date: a price from that date re-prices them, a later one does not', async () => {
    const item = await newItem('expected_night', 10_000, '2020-01-01');
    const proposed = await proposeWith(item.id);
    expect(proposed.expected).toMatchObject({
      referenceDate: isoDay(0),
      withoutCents: 50_000,
      grossAvoidedCents: 50_000,
    });

    expect((await addPrice(item.id, isoDay(0), 20_000)).statusCode).toBe(201);
    expect((await read(proposed.id)).expected).toMatchObject({ withoutCents: 100_000, netAvoidedCents: 99_000 });
    expect((await read(proposed.id)).scenario.without[0]).toMatchObject({ unitPriceCents: 20_000, cents: 100_000 });

    expect((await addPrice(item.id, isoDay(1), 40_000)).statusCode).toBe(201);
    expect((await read(proposed.id)).expected).toMatchObject({ withoutCents: 100_000 });
  });

  it('freezes realised figures at achievement: a price added later for that very date does not change them', async () => {
    const item = await newItem('realised_night', 10_000, '2020-01-01');
    const proposed = await proposeWith(item.id);
    await move(coordinator, proposed.id, { to: 'approved' });
    await move(worker, proposed.id, { to: 'in_progress' });
    const achieved = Breakthrough.parse((await move(worker, proposed.id, { to: 'achieved' })).json());
    const frozen = {
      referenceDate: isoDay(0),
      withoutCents: 50_000,
      withCents: 0,
      grossAvoidedCents: 50_000,
      interventionCents: 1_000,
      netAvoidedCents: 49_000,
    };
    expect(achieved.realised).toEqual(frozen);
    const summaryBefore = (await call(coordinator, 'GET', '/avoided-costs/summary')).json();

    // A new price valid from the achievement date itself: it would change a re-computation, not the realised figures.
    const repriced = await addPrice(item.id, isoDay(0), 30_000);
    expect(repriced.json().currentPriceCents).toBe(30_000);
    const after = await read(proposed.id);
    expect(after.realised).toEqual(frozen);
    expect(after.scenario.without[0]).toMatchObject({ unitPriceCents: 10_000, cents: 50_000 });
    // The summary sums the frozen figures.
    expect((await call(coordinator, 'GET', '/avoided-costs/summary')).json()).toEqual({
      ...summaryBefore,
      computedAt: expect.any(String),
    });
  });

  it('keeps when each price was recorded, so a frozen figure is explained by a price recorded late', async () => {
    const item = await newItem('late_night', 10_000, '2020-01-01');
    const proposed = await proposeWith(item.id);
    await move(coordinator, proposed.id, { to: 'approved' });
    await move(worker, proposed.id, { to: 'in_progress' });
    const achieved = Breakthrough.parse((await move(worker, proposed.id, { to: 'achieved' })).json());
    const frozenBy = new Date().toISOString();
    // Recorded after the figures froze, valid from a date before their reference date: recorded late.
    const late = await addPrice(item.id, isoDay(-10), 30_000);
    expect(late.statusCode, late.body).toBe(201);
    // The price history as the catalogue answers it.
    const history = CostCatalogueItem.parse(late.json()).prices;
    const [first, recordedLate] = history;
    expect(recordedLate).toMatchObject({ validFrom: isoDay(-10), unitPriceCents: 30_000 });
    expect(Date.parse(recordedLate?.recordedAt as string)).toBeGreaterThan(Date.parse(frozenBy) - 1);
    expect(Date.parse(first?.recordedAt as string)).toBeLessThan(Date.parse(frozenBy));
    // From the history alone: the price valid on the reference date among those recorded by the freeze.
    const referenceDate = achieved.realised?.referenceDate as string;
    const known = history.filter(
      (price) => Date.parse(price.recordedAt) <= Date.parse(frozenBy) && price.validFrom <= referenceDate,
    );
    expect(known.at(-1)?.unitPriceCents).toBe(10_000);
    const after = await read(proposed.id);
    expect(after.scenario.without[0]).toMatchObject({ unitPriceCents: 10_000, cents: 50_000 });
    expect(after.realised).toEqual(achieved.realised);
  });

  it('dates an achievement on or after its proposal and not in the future', async () => {
    const item = await newItem('dated_night', 10_000, '2020-01-01');
    const proposed = await proposeWith(item.id);
    await move(coordinator, proposed.id, { to: 'approved' });
    await move(worker, proposed.id, { to: 'in_progress' });
    const future = await move(worker, proposed.id, { to: 'achieved', achievedOn: isoDay(2) });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('body.achievedOn');
    expect((await move(worker, proposed.id, { to: 'achieved', achievedOn: isoDay(-3) })).statusCode).toBe(422);
    expect((await move(worker, proposed.id, { to: 'abandoned', comment: 'x', achievedOn: isoDay(0) })).statusCode).toBe(
      422,
    );
  });
});
