import {
  AvoidedCostDashboard,
  AvoidedCostSummary,
  Breakthrough,
  type BreakthroughCategory,
  type CostCatalogueItem,
} from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { breakthroughPlans, breakthroughs, cases, households } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;
type Method = 'GET' | 'POST' | 'PATCH';

/*
 * A small world with known dates (written through the API, then moved in time in the database):
 *   h1: case c1 (program A, head office, coach W1) 2025-01-15 → open, plan activated 2025-02-01,
 *       b1 achieved 2025-03-10 (new_housing), b2 achieved 2025-05-20 (transport);
 *       and case c5 (program B, coach W2) 2025-03-01 → 2025-03-31, no plan.
 *   h2: case c2 (program A, antenna, coach W2) 2025-02-01 → 2025-04-30, plan activated 2025-02-15,
 *       b3 achieved 2025-04-10 (new_housing).
 *   h3: case c3 (program B, antenna, coach W1) 2025-06-01 → open, no plan.
 *   h4: case c4 in a case-management program: never counted.
 */
describe('the avoided-cost summary', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let analyst: Session;
  let programA: string;
  let programB: string;
  let antennaId: string;
  let coach1: string;
  let coach2: string;
  const gross: Record<string, number> = {};
  const intervention: Record<string, number> = {};
  const names: string[] = [];
  const caseIds: string[] = [];

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Summary', ['admin', 'coordinator', 'case_worker', 'analyst']);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    analyst = await signIn(ctx.app, org.byRole.analyst.email);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    coach1 = org.byRole.case_worker.id;
    coach2 = org.byRole.coordinator.id;
    const antenna = await call(admin, 'POST', '/admin/sites', { name: 'Antenne Nord', kind: 'antenna' });
    expect(antenna.statusCode, antenna.body).toBe(201);
    antennaId = antenna.json().id;
    programA = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough', name: 'Doorbraak A' }))
      .id;
    programB = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough', name: 'Doorbraak B' }))
      .id;
    const other = (await insertProgram(ctx.database, org.organisationId, { method: 'case_management' })).id;
    const items: CostCatalogueItem[] = (await call(coordinator, 'GET', '/cost-catalogue')).json().items;
    const itemId = (code: string) => items.find((item) => item.code === code)?.id as string;

    const open = async (programId: string, workerId: string, lastName: string) => {
      const { case: created, household } = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: workerId,
        stage: 'monitoring',
        lastName,
      });
      names.push(lastName);
      caseIds.push(created.id, household.id);
      return { caseId: created.id, householdId: household.id };
    };
    const c1 = await open(programA, coach1, 'Alpha');
    const c2 = await open(programA, coach2, 'Bravo');
    const c3 = await open(programB, coach1, 'Charlie');
    const c4 = await open(other, coach1, 'Delta');

    const planFor = async (caseId: string) => {
      expect((await call(coordinator, 'POST', `/cases/${caseId}/plan`, {})).statusCode).toBe(201);
      const current = await call(coordinator, 'GET', `/cases/${caseId}/plan`);
      const active = await call(
        coordinator,
        'POST',
        `/cases/${caseId}/plan/transitions`,
        { to: 'active' },
        { 'if-match': current.headers.etag as string },
      );
      expect(active.statusCode).toBe(200);
    };
    await planFor(c1.caseId);
    await planFor(c2.caseId);

    const achieve = async (
      key: string,
      caseId: string,
      category: BreakthroughCategory,
      quantity: number,
      cost: number,
    ) => {
      const created = await call(coordinator, 'POST', `/cases/${caseId}/breakthroughs`, {
        title: key,
        domain: 'housing',
        category,
        responsible: 'Coach',
        interventionCents: cost,
        scenario: {
          horizonMonths: 12,
          without: [{ catalogueItemId: itemId('shelter_night'), quantity, probabilityPercent: 80 }],
          with: [{ catalogueItemId: itemId('debt_help_trajectory'), quantity: 1, probabilityPercent: 100 }],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      let current = Breakthrough.parse(created.json());
      for (const to of ['approved', 'in_progress', 'achieved']) {
        const moved = await call(
          coordinator,
          'POST',
          `/breakthroughs/${current.id}/transitions`,
          { to },
          { 'if-match': `"${current.version}"` },
        );
        expect(moved.statusCode, moved.body).toBe(200);
        current = Breakthrough.parse(moved.json());
      }
      gross[key] = current.realised?.grossAvoidedCents as number;
      intervention[key] = cost;
      return current.id;
    };
    const b1 = await achieve('b1', c1.caseId, 'new_housing', 100, 10_000);
    const b2 = await achieve('b2', c1.caseId, 'transport', 200, 20_000);
    const b3 = await achieve('b3', c2.caseId, 'new_housing', 300, 0);
    // Proposed only: never counted.
    await call(coordinator, 'POST', `/cases/${c1.caseId}/breakthroughs`, {
      title: 'pending',
      domain: 'debt',
      category: 'transport',
      responsible: 'Coach',
      interventionCents: 5,
    });

    // Move everything to its place in time.
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const org_ = org.organisationId;
      const setCase = (caseId: string, openedAt: string, closedAt: string | null) =>
        tx
          .update(cases)
          .set({
            openedAt,
            closedAt,
            ...(closedAt ? { stage: 'exit' as const, closureReason: 'goals_reached' as const } : {}),
          })
          .where(and(eq(cases.organisationId, org_), eq(cases.id, caseId)));
      await setCase(c1.caseId, '2025-01-15T09:00:00.000Z', null);
      await setCase(c2.caseId, '2025-02-01T09:00:00.000Z', '2025-04-30T16:00:00.000Z');
      await setCase(c3.caseId, '2025-06-01T09:00:00.000Z', null);
      await setCase(c4.caseId, '2025-01-01T09:00:00.000Z', null);
      const [c5] = await tx
        .insert(cases)
        .values({
          organisationId: org_,
          householdId: c1.householdId,
          programId: programB,
          primaryWorkerId: coach2,
          accompanimentType: 'family_coaching',
          stage: 'exit',
          openedAt: '2025-03-01T09:00:00.000Z',
          closedAt: '2025-03-31T09:00:00.000Z',
          closureReason: 'transferred',
        })
        .returning({ id: cases.id });
      caseIds.push((c5 as { id: string }).id);
      await tx
        .update(households)
        .set({ siteId: antennaId })
        .where(and(eq(households.organisationId, org_), eq(households.id, c2.householdId)));
      await tx
        .update(households)
        .set({ siteId: antennaId })
        .where(and(eq(households.organisationId, org_), eq(households.id, c3.householdId)));
      await tx
        .update(households)
        .set({ siteId: org.headOfficeId })
        .where(and(eq(households.organisationId, org_), eq(households.id, c1.householdId)));
      const setPlan = (caseId: string, activatedAt: string) =>
        tx
          .update(breakthroughPlans)
          .set({ activatedAt })
          .where(and(eq(breakthroughPlans.organisationId, org_), eq(breakthroughPlans.caseId, caseId)));
      await setPlan(c1.caseId, '2025-02-01T10:00:00.000Z');
      await setPlan(c2.caseId, '2025-02-15T10:00:00.000Z');
      const setAchieved = (id: string, day: string) =>
        tx
          .update(breakthroughs)
          .set({ proposedOn: '2025-01-20', achievedOn: day })
          .where(and(eq(breakthroughs.organisationId, org_), eq(breakthroughs.id, id)));
      await setAchieved(b1, '2025-03-10');
      await setAchieved(b2, '2025-05-20');
      await setAchieved(b3, '2025-04-10');
    });
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
  async function summary(query: string, session = analyst) {
    const response = await call(session, 'GET', `/avoided-costs/summary?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return AvoidedCostSummary.parse(response.json());
  }
  const sum = (record: Record<string, number>, keys: string[]) =>
    keys.reduce((total, key) => total + (record[key] ?? 0), 0);
  const money = (keys: string[]) => ({
    grossAvoidedCents: sum(gross, keys),
    interventionCents: sum(intervention, keys),
    netAvoidedCents: sum(gross, keys) - sum(intervention, keys),
  });

  it('counts households, plans and achieved breakthroughs of breakthrough programs in the period', async () => {
    const year = await summary('from=2025-01-01&to=2025-12-31');
    expect(year).toEqual({
      period: { from: '2025-01-01', to: '2025-12-31' },
      computedAt: expect.any(String),
      householdsFollowed: 3,
      householdsWithPlan: 2,
      householdsWithBreakthrough: 2,
      breakthroughs: 3,
      ...money(['b1', 'b2', 'b3']),
      returnPerEuroHundredths: Math.round((sum(gross, ['b1', 'b2', 'b3']) * 100) / 30_000),
    });
    expect(gross.b1).toBe(100 * 10_000 * 0.8 - 150_000);

    // Cases closed before the period and breakthroughs achieved before it fall out.
    expect(await summary('from=2025-05-01&to=2025-12-31')).toMatchObject({
      householdsFollowed: 2,
      householdsWithPlan: 1,
      householdsWithBreakthrough: 1,
      breakthroughs: 1,
      ...money(['b2']),
    });
    // Plans activated after the period do not count; nothing achieved → no return per euro.
    expect(await summary('from=2025-01-01&to=2025-01-31')).toMatchObject({
      householdsFollowed: 1,
      householdsWithPlan: 0,
      breakthroughs: 0,
      grossAvoidedCents: 0,
      returnPerEuroHundredths: null,
    });
    expect(await summary('to=2024-12-31')).toMatchObject({ householdsFollowed: 0, breakthroughs: 0 });
    // Open-ended: everything.
    expect(await summary('')).toMatchObject({
      householdsFollowed: 3,
      breakthroughs: 3,
      period: { from: null, to: null },
    });
  });

  it('filters by program, site, coach and category', async () => {
    expect(await summary(`programId=${programB}`)).toMatchObject({
      householdsFollowed: 2,
      householdsWithPlan: 0,
      householdsWithBreakthrough: 0,
      breakthroughs: 0,
    });
    expect(await summary(`programId=${programA}`)).toMatchObject({
      householdsFollowed: 2,
      householdsWithPlan: 2,
      breakthroughs: 3,
    });
    expect(await summary(`siteId=${antennaId}`)).toMatchObject({
      householdsFollowed: 2,
      householdsWithPlan: 1,
      householdsWithBreakthrough: 1,
      breakthroughs: 1,
      ...money(['b3']),
    });
    expect(await summary(`coachId=${coach1}`)).toMatchObject({
      householdsFollowed: 2,
      householdsWithPlan: 1,
      breakthroughs: 2,
      ...money(['b1', 'b2']),
    });
    expect(await summary('category=new_housing')).toMatchObject({
      householdsFollowed: 3,
      householdsWithPlan: 2,
      householdsWithBreakthrough: 2,
      breakthroughs: 2,
      ...money(['b1', 'b3']),
    });
    expect(await summary(`category=transport&coachId=${coach2}`)).toMatchObject({ breakthroughs: 0 });
  });

  it('groups the same figures by month, program, site and category, adding up to the headline', async () => {
    const months = await summary('from=2025-01-01&to=2025-06-30&groupBy=month');
    expect(months.groups?.map((g) => [g.key, g.householdsFollowed, g.householdsWithPlan, g.breakthroughs])).toEqual([
      ['2025-01', 1, 0, 0],
      ['2025-02', 2, 2, 0],
      ['2025-03', 2, 2, 1],
      ['2025-04', 2, 2, 1],
      ['2025-05', 1, 1, 1],
      ['2025-06', 2, 1, 0],
    ]);
    expect(months.groups?.find((g) => g.key === '2025-03')).toMatchObject(money(['b1']));
    expect(months).toMatchObject({ householdsFollowed: 3, breakthroughs: 3 });

    const byProgram = await summary('groupBy=program');
    expect(
      byProgram.groups?.map((g) => [g.label, g.householdsFollowed, g.householdsWithPlan, g.breakthroughs]).sort(),
    ).toEqual([
      ['Doorbraak A', 2, 2, 3],
      ['Doorbraak B', 2, 0, 0],
    ]);
    const bySite = await summary('groupBy=site');
    expect(bySite.groups?.map((g) => [g.label, g.householdsFollowed, g.breakthroughs]).sort()).toEqual([
      ['Antenne Nord', 2, 1],
      ['Summary HQ', 1, 2],
    ]);
    const byCategory = await summary('groupBy=category');
    expect(byCategory.groups).toEqual([
      expect.objectContaining({
        key: 'new_housing',
        householdsFollowed: null,
        householdsWithPlan: null,
        breakthroughs: 2,
        ...money(['b1', 'b3']),
      }),
      expect.objectContaining({ key: 'transport', householdsFollowed: null, breakthroughs: 1, ...money(['b2']) }),
    ]);
    for (const grouped of [months, byProgram, bySite, byCategory]) {
      const groups = grouped.groups ?? [];
      expect(groups.reduce((total, g) => total + g.breakthroughs, 0)).toBe(grouped.breakthroughs);
      expect(groups.reduce((total, g) => total + g.grossAvoidedCents, 0)).toBe(grouped.grossAvoidedCents);
      expect(groups.reduce((total, g) => total + g.netAvoidedCents, 0)).toBe(grouped.netAvoidedCents);
    }
  });

  it('returns no personal data, and rejects bad periods', async () => {
    for (const query of [
      '',
      'groupBy=month&from=2025-01-01&to=2025-12-31',
      'groupBy=program',
      'groupBy=site',
      'groupBy=category',
    ]) {
      const body = (await call(analyst, 'GET', `/avoided-costs/summary?${query}`)).body;
      for (const secret of [...names, ...caseIds]) expect(body).not.toContain(secret);
    }
    const reversed = await call(analyst, 'GET', '/avoided-costs/summary?from=2025-12-31&to=2025-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('querystring.to');
    expect((await call(analyst, 'GET', '/avoided-costs/summary?from=2025-13-01')).statusCode).toBe(400);
    expect((await call(analyst, 'GET', '/avoided-costs/summary?groupBy=week')).statusCode).toBe(400);
    expect(
      (await call(analyst, 'GET', '/avoided-costs/summary?groupBy=month&from=2000-01-01&to=2025-12-31')).statusCode,
    ).toBe(400);
    expect((await call(coordinator, 'GET', '/avoided-costs/summary')).statusCode).toBe(200);
  });

  it('answers the dashboard in one request: the figures of the four summaries, to the same readers', async () => {
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    const without = ({ computedAt: _, ...figures }: { computedAt: string }) => figures;
    for (const session of [coordinator, analyst]) {
      for (const query of [
        'from=2025-01-01&to=2025-12-31',
        `from=2025-02-01&to=2025-06-30&category=new_housing&programId=${programA}`,
        `siteId=${antennaId}&coachId=${coach2}`,
      ]) {
        const response = await call(session, 'GET', `/avoided-costs/dashboard?${query}`);
        expect(response.statusCode, response.body).toBe(200);
        const { byMonth, byCategory, byProgram, ...total } = AvoidedCostDashboard.parse(response.json());
        const summary = async (groupBy?: string) =>
          AvoidedCostSummary.parse(
            (
              await call(session, 'GET', `/avoided-costs/summary?${query}${groupBy ? `&groupBy=${groupBy}` : ''}`)
            ).json(),
          );
        expect(without(total)).toEqual(without(await summary()));
        expect(byMonth).toEqual((await summary('month')).groups);
        expect(byCategory).toEqual((await summary('category')).groups);
        expect(byProgram).toEqual((await summary('program')).groups);
        for (const secret of [...names, ...caseIds]) expect(response.body).not.toContain(secret);
      }
    }
    const year = await call(coordinator, 'GET', '/avoided-costs/dashboard?from=2025-01-01&to=2025-12-31');
    expect(AvoidedCostDashboard.parse(year.json()).byMonth).toHaveLength(12);
    expect((await call(worker, 'GET', '/avoided-costs/dashboard')).statusCode).toBe(403);
    expect((await call(analyst, 'GET', '/avoided-costs/dashboard?from=2025-12-31&to=2025-01-01')).statusCode).toBe(400);
    const tooLong = await call(analyst, 'GET', '/avoided-costs/dashboard?from=2000-01-01&to=2025-12-31');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().type).toContain('period-too-long');
  });
});
