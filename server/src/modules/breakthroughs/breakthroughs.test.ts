import {
  Breakthrough,
  type BreakthroughStatus,
  breakthroughStatuses,
  type CostCatalogueItem,
  lineCents,
  Plan,
  PlanVersion,
  page,
  type TimelineEntry,
} from '@percee/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { breakthroughs } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const BreakthroughPage = page(Breakthrough);
const VersionPage = page(PlanVersion);

describe('breakthrough plans and breakthroughs', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;
  let worker: Session;
  let otherWorker: Session;
  let partner: Session;
  let analyst: Session;
  let foreignCoordinator: Session;
  let programId: string;
  let catalogue: Record<string, CostCatalogueItem>;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Heerlen', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
    const created = await call(admin, 'POST', '/admin/users', {
      email: 'other.coach@heerlen.test',
      displayName: 'Other Coach',
      role: 'case_worker',
      password: 'a long enough password',
    });
    expect(created.statusCode).toBe(201);
    [coordinator, worker, otherWorker, partner, analyst, foreignCoordinator] = await Promise.all([
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, 'other.coach@heerlen.test', 'a long enough password'),
      signIn(ctx.app, org.byRole.partner.email),
      signIn(ctx.app, org.byRole.analyst.email),
      signIn(ctx.app, other.byRole.coordinator.email),
    ]);
    programId = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' })).id;
    const items: CostCatalogueItem[] = (await call(worker, 'GET', '/cost-catalogue')).json().items;
    catalogue = Object.fromEntries(items.map((item) => [item.code, item]));
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

  /** Reads the resource for its ETag, then writes with If-Match. */
  async function write(session: Session, method: Method, readUrl: string, url: string, payload: object) {
    const current = await call(session, 'GET', readUrl);
    expect(current.statusCode, current.body).toBe(200);
    return call(session, method, url, payload, { 'if-match': current.headers.etag as string });
  }

  async function caseWithPlan(options: { activate?: boolean } = {}) {
    const { case: created } = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'planning',
    });
    const plan = await call(worker, 'POST', `/cases/${created.id}/plan`, {
      goals: [{ domain: 'housing', text: 'Keep the home' }],
      deadlocks: [{ kind: 'debt', description: 'No care while in debt' }],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    if (options.activate) {
      const active = await write(worker, 'POST', `/cases/${created.id}/plan`, `/cases/${created.id}/plan/transitions`, {
        to: 'active',
      });
      expect(active.statusCode, active.body).toBe(200);
    }
    return created.id;
  }

  const scenario = () => ({
    horizonMonths: 24,
    without: [
      { catalogueItemId: catalogue.eviction_societal?.id, quantity: 1, probabilityPercent: 35 },
      { catalogueItemId: catalogue.shelter_night?.id, quantity: 45, probabilityPercent: 33 },
    ],
    with: [{ catalogueItemId: catalogue.debt_help_trajectory?.id, quantity: 1, probabilityPercent: 100 }],
  });

  async function propose(caseId: string, extra: object = {}, session = worker) {
    const response = await call(session, 'POST', `/cases/${caseId}/breakthroughs`, {
      title: 'Clear the rent arrears',
      domain: 'housing',
      category: 'eviction_prevention',
      responsible: 'Family coach',
      interventionCents: 123_456,
      dueDate: '2030-01-31',
      scenario: scenario(),
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return Breakthrough.parse(response.json());
  }

  const move = (session: Session, id: string, body: object) =>
    write(session, 'POST', `/breakthroughs/${id}`, `/breakthroughs/${id}/transitions`, body);

  /** A breakthrough brought to a status through the allowed moves. */
  async function breakthroughIn(status: BreakthroughStatus, caseId: string) {
    const created = await propose(caseId);
    const path: Record<BreakthroughStatus, [Session, object][]> = {
      proposed: [],
      approved: [[coordinator, { to: 'approved' }]],
      in_progress: [
        [coordinator, { to: 'approved' }],
        [worker, { to: 'in_progress' }],
      ],
      achieved: [
        [coordinator, { to: 'approved' }],
        [worker, { to: 'in_progress' }],
        [worker, { to: 'achieved' }],
      ],
      abandoned: [[coordinator, { to: 'abandoned', comment: 'Not needed any more' }]],
    };
    for (const [session, body] of path[status]) {
      const moved = await move(session, created.id, body);
      expect(moved.statusCode, moved.body).toBe(200);
    }
    return created.id;
  }

  describe('the plan', () => {
    it('is opened once per case of a breakthrough program, as a draft with its goals and deadlocks', async () => {
      const caseId = await caseWithPlan();
      const plan = Plan.parse((await call(worker, 'GET', `/cases/${caseId}/plan`)).json());
      expect(plan).toMatchObject({
        status: 'draft',
        version: 1,
        allowedMoves: ['active'],
        goals: [{ domain: 'housing', text: 'Keep the home' }],
      });
      expect((await call(worker, 'POST', `/cases/${caseId}/plan`, {})).statusCode).toBe(409);

      const otherProgram = (await insertProgram(ctx.database, org.organisationId, { method: 'case_management' })).id;
      const { case: elsewhere } = await insertCase(ctx.database, org.organisationId, {
        programId: otherProgram,
        primaryWorkerId: org.byRole.case_worker.id,
      });
      const refused = await call(worker, 'POST', `/cases/${elsewhere.id}/plan`, {});
      expect(refused.statusCode).toBe(409);
      expect(refused.json().type).toContain('not-breakthrough-program');
      expect((await call(worker, 'GET', `/cases/${elsewhere.id}/plan`)).statusCode).toBe(404);
    });

    it('keeps every version when revised, and needs If-Match (428 missing, 412 stale)', async () => {
      const caseId = await caseWithPlan();
      const revision = { goals: [{ domain: 'debt', text: 'One repayment plan' }] };
      expect((await call(worker, 'PATCH', `/cases/${caseId}/plan`, revision)).statusCode).toBe(428);
      const stale = await call(worker, 'PATCH', `/cases/${caseId}/plan`, revision, { 'if-match': '"7"' });
      expect(stale.statusCode).toBe(412);

      const revised = await write(worker, 'PATCH', `/cases/${caseId}/plan`, `/cases/${caseId}/plan`, revision);
      expect(revised.statusCode, revised.body).toBe(200);
      expect(revised.headers.etag).toBe('"2"');
      expect(revised.json()).toMatchObject({ version: 2, goals: revision.goals });
      // The old ETag is now stale.
      const late = await call(worker, 'PATCH', `/cases/${caseId}/plan`, revision, { 'if-match': '"1"' });
      expect(late.statusCode).toBe(412);

      const activated = await write(worker, 'POST', `/cases/${caseId}/plan`, `/cases/${caseId}/plan/transitions`, {
        to: 'active',
      });
      expect(activated.json()).toMatchObject({ status: 'active', version: 3 });
      expect(activated.json().activatedAt).not.toBeNull();

      const versions = (await call(worker, 'GET', `/cases/${caseId}/plan/versions`)).json().items;
      expect(
        versions.map((v: { version: number; change: string; status: string }) => [v.version, v.change, v.status]),
      ).toEqual([
        [3, 'status_change', 'active'],
        [2, 'revised', 'draft'],
        [1, 'created', 'draft'],
      ]);
      // The first version still holds the goals as they were.
      expect(versions[2].goals).toEqual([{ domain: 'housing', text: 'Keep the home' }]);
      expect(versions[0].changedBy).toMatchObject({ id: org.byRole.case_worker.id });
    });

    it('moves draft → active → completed only, and completes only with no breakthrough left open', async () => {
      const caseId = await caseWithPlan();
      const skip = await write(worker, 'POST', `/cases/${caseId}/plan`, `/cases/${caseId}/plan/transitions`, {
        to: 'completed',
      });
      expect(skip.statusCode).toBe(409);
      expect(skip.json()).toMatchObject({ from: 'draft', allowedMoves: ['active'] });
      await write(worker, 'POST', `/cases/${caseId}/plan`, `/cases/${caseId}/plan/transitions`, { to: 'active' });
      const open = await propose(caseId);
      const blocked = await write(worker, 'POST', `/cases/${caseId}/plan`, `/cases/${caseId}/plan/transitions`, {
        to: 'completed',
      });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().type).toContain('open-breakthroughs');
      await move(coordinator, open.id, { to: 'abandoned', comment: 'Solved otherwise' });
      const completed = await write(worker, 'POST', `/cases/${caseId}/plan`, `/cases/${caseId}/plan/transitions`, {
        to: 'completed',
      });
      expect(completed.json()).toMatchObject({ status: 'completed', allowedMoves: [] });
      const frozen = await write(worker, 'PATCH', `/cases/${caseId}/plan`, `/cases/${caseId}/plan`, { goals: [] });
      expect(frozen.statusCode).toBe(409);
      expect((await call(worker, 'POST', `/cases/${caseId}/breakthroughs`, {})).statusCode).toBe(400);
      const late = await call(worker, 'POST', `/cases/${caseId}/breakthroughs`, {
        title: 'Too late',
        domain: 'housing',
        category: 'other',
        responsible: 'Coach',
      });
      expect(late.statusCode).toBe(409);
    });
  });

  describe('breakthrough transitions', () => {
    it('answers 409 naming the allowed moves for every illegal move', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const allowed: Record<BreakthroughStatus, BreakthroughStatus[]> = {
        proposed: ['approved', 'abandoned'],
        approved: ['in_progress', 'abandoned'],
        in_progress: ['achieved', 'abandoned'],
        achieved: [],
        abandoned: [],
      };
      for (const from of breakthroughStatuses) {
        const id = await breakthroughIn(from, caseId);
        for (const to of breakthroughStatuses.filter((status) => !allowed[from].includes(status))) {
          // The coordinator may make every legal move: a 409 here is the transition rule, not the role.
          const response = await move(coordinator, id, { to, comment: 'Trying' });
          expect(response.statusCode, `${from} → ${to}`).toBe(409);
          expect(response.json(), `${from} → ${to}`).toMatchObject({ from, allowedMoves: allowed[from] });
        }
        const current = Breakthrough.parse((await call(worker, 'GET', `/breakthroughs/${id}`)).json());
        expect(current).toMatchObject({ status: from, allowedMoves: allowed[from] });
      }
    });

    it('lets only a coordinator approve or reject (403 otherwise), recording who, when and why', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const proposed = await propose(caseId);
      expect((await move(worker, proposed.id, { to: 'approved' })).statusCode).toBe(403);
      expect((await move(worker, proposed.id, { to: 'abandoned', comment: 'No' })).statusCode).toBe(403);
      // Admins do not read case content at all (they manage users and settings).
      expect((await call(admin, 'GET', `/breakthroughs/${proposed.id}`)).statusCode).toBe(403);
      const byAdmin = await call(
        admin,
        'POST',
        `/breakthroughs/${proposed.id}/transitions`,
        { to: 'approved' },
        { 'if-match': '"1"' },
      );
      expect(byAdmin.statusCode).toBe(403);
      expect((await move(coordinator, proposed.id, { to: 'abandoned' })).statusCode).toBe(400);
      const approved = await move(coordinator, proposed.id, { to: 'approved', comment: 'Paid from the budget' });
      expect(approved.statusCode).toBe(200);
      expect(approved.json().decision).toMatchObject({
        outcome: 'approved',
        by: { id: org.byRole.coordinator.id },
        comment: 'Paid from the budget',
      });
      expect(Date.now() - new Date(approved.json().decision.at).getTime()).toBeLessThan(60_000);

      const rejected = await move(coordinator, (await propose(caseId)).id, { to: 'abandoned', comment: 'Too costly' });
      expect(rejected.json()).toMatchObject({
        status: 'abandoned',
        abandonReason: 'Too costly',
        decision: { outcome: 'rejected', by: { id: org.byRole.coordinator.id }, comment: 'Too costly' },
      });
    });

    it('lets case workers start, achieve and abandon (with a reason), and puts every move on the timeline', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const first = await propose(caseId);
      await move(coordinator, first.id, { to: 'approved' });
      expect((await move(worker, first.id, { to: 'in_progress' })).statusCode).toBe(200);
      const achieved = await move(worker, first.id, { to: 'achieved' });
      expect(achieved.statusCode).toBe(200);
      expect(achieved.json().achievedOn).toBe(new Date().toISOString().slice(0, 10));

      const second = await propose(caseId);
      await move(coordinator, second.id, { to: 'approved' });
      expect((await move(worker, second.id, { to: 'abandoned' })).statusCode).toBe(400);
      expect((await move(worker, second.id, { to: 'abandoned', comment: 'Family moved' })).statusCode).toBe(200);

      // Without money or a bent rule there is no sign-off: it may start straight away.
      const free = await propose(caseId, { interventionCents: 0, needsApproval: false });
      expect(free.allowedMoves).toEqual(['approved', 'in_progress', 'abandoned']);
      expect((await move(worker, free.id, { to: 'in_progress' })).statusCode).toBe(200);
      // Money always needs a sign-off.
      const unsigned = await call(worker, 'POST', `/cases/${caseId}/breakthroughs`, {
        title: 'Taxi',
        domain: 'education',
        category: 'transport',
        responsible: 'Coach',
        interventionCents: 100,
        needsApproval: false,
      });
      expect(unsigned.statusCode).toBe(422);
      expect(unsigned.json().errors[0].path).toBe('body.needsApproval');

      const timeline: TimelineEntry[] = (await call(worker, 'GET', `/cases/${caseId}/timeline`)).json().items;
      const summaries = timeline.filter((entry) => entry.kind === 'breakthrough').map((entry) => entry.summary);
      expect(summaries).toEqual(
        expect.arrayContaining([
          'proposed: Clear the rent arrears',
          'proposed→approved: Clear the rent arrears',
          'approved→in_progress: Clear the rent arrears',
          'in_progress→achieved: Clear the rent arrears',
          'approved→abandoned: Clear the rent arrears',
          'proposed→in_progress: Clear the rent arrears',
        ]),
      );
      expect(timeline.find((entry) => entry.summary === 'approved→abandoned: Clear the rent arrears')?.note).toBe(
        'Family moved',
      );
      expect(timeline.filter((entry) => entry.kind === 'plan').map((entry) => entry.summary)).toEqual([
        'draft→active',
        'created',
      ]);
    });

    it('needs If-Match on every write of a breakthrough', async () => {
      const caseId = await caseWithPlan();
      const created = await propose(caseId);
      expect(
        (await call(coordinator, 'POST', `/breakthroughs/${created.id}/transitions`, { to: 'approved' })).statusCode,
      ).toBe(428);
      expect(
        (
          await call(
            coordinator,
            'POST',
            `/breakthroughs/${created.id}/transitions`,
            { to: 'approved' },
            { 'if-match': '"9"' },
          )
        ).statusCode,
      ).toBe(412);
      expect((await call(worker, 'PATCH', `/breakthroughs/${created.id}`, { title: 'x' })).statusCode).toBe(428);
      expect((await call(worker, 'PUT', `/breakthroughs/${created.id}/scenario`, scenario())).statusCode).toBe(428);
    });
  });

  describe('the avoided-cost model', () => {
    it('computes expected figures on the proposal date with the shared maths, and moves the summary by exactly the realised amount', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const created = await propose(caseId);
      const price = (code: string) => catalogue[code]?.currentPriceCents as number;
      const without =
        lineCents({ unitPriceCents: price('eviction_societal'), quantity: 1, probabilityPercent: 35 }) +
        lineCents({ unitPriceCents: price('shelter_night'), quantity: 45, probabilityPercent: 33 });
      const withBreakthrough = price('debt_help_trajectory');
      expect(without).toBe(3_500_000 + 148_500);
      expect(created.expected).toEqual({
        referenceDate: new Date().toISOString().slice(0, 10),
        withoutCents: without,
        withCents: withBreakthrough,
        grossAvoidedCents: without - withBreakthrough,
        interventionCents: 123_456,
        netAvoidedCents: without - withBreakthrough - 123_456,
      });
      expect(created.realised).toBeNull();
      expect(created.scenario.without[1]).toMatchObject({
        code: 'shelter_night',
        unitPriceCents: 10_000,
        cents: 148_500,
      });

      // Figures only: `computedAt` differs, as tests compute them on every request.
      const summaryFigures = async () => {
        const { computedAt: _computedAt, ...figures } = (
          await call(coordinator, 'GET', '/avoided-costs/summary')
        ).json();
        return figures;
      };
      const before = await summaryFigures();
      await move(coordinator, created.id, { to: 'approved' });
      await move(worker, created.id, { to: 'in_progress' });
      const unchanged = await summaryFigures();
      expect(unchanged).toEqual(before);
      const achieved = Breakthrough.parse((await move(worker, created.id, { to: 'achieved' })).json());
      expect(achieved.realised).toMatchObject({
        grossAvoidedCents: without - withBreakthrough,
        interventionCents: 123_456,
      });
      const after = (await call(coordinator, 'GET', '/avoided-costs/summary')).json();
      expect(after.breakthroughs - before.breakthroughs).toBe(1);
      expect(after.grossAvoidedCents - before.grossAvoidedCents).toBe(without - withBreakthrough);
      expect(after.interventionCents - before.interventionCents).toBe(123_456);
      expect(after.netAvoidedCents - before.netAvoidedCents).toBe(without - withBreakthrough - 123_456);

      // Achieved: the model no longer changes.
      const locked = await write(
        worker,
        'PUT',
        `/breakthroughs/${created.id}`,
        `/breakthroughs/${created.id}/scenario`,
        scenario(),
      );
      expect(locked.statusCode).toBe(409);
    });

    it('replaces the scenario with If-Match, and re-prices the expected figures when the cost changes while proposed', async () => {
      const caseId = await caseWithPlan();
      const created = await propose(caseId);
      const replaced = await write(
        worker,
        'PUT',
        `/breakthroughs/${created.id}`,
        `/breakthroughs/${created.id}/scenario`,
        {
          horizonMonths: 6,
          without: [{ catalogueItemId: catalogue.adult_detention_day?.id, quantity: 10, probabilityPercent: 50 }],
          with: [],
        },
      );
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.json().scenario.horizonMonths).toBe(6);
      expect(replaced.json().expected).toMatchObject({
        withoutCents: 125_000,
        withCents: 0,
        grossAvoidedCents: 125_000,
      });
      const cheaper = await write(worker, 'PATCH', `/breakthroughs/${created.id}`, `/breakthroughs/${created.id}`, {
        interventionCents: 25_000,
      });
      expect(cheaper.json().expected).toMatchObject({ interventionCents: 25_000, netAvoidedCents: 100_000 });
      await move(coordinator, created.id, { to: 'approved' });
      const afterSignOff = await write(
        worker,
        'PATCH',
        `/breakthroughs/${created.id}`,
        `/breakthroughs/${created.id}`,
        {
          interventionCents: 999_999,
        },
      );
      expect(afterSignOff.statusCode).toBe(409);
      const retitled = await write(worker, 'PATCH', `/breakthroughs/${created.id}`, `/breakthroughs/${created.id}`, {
        title: 'Clear the arrears, in two steps',
      });
      expect(retitled.json()).toMatchObject({ title: 'Clear the arrears, in two steps', interventionCents: 25_000 });
    });

    it('answers 422 with the field path for an unknown, foreign or inactive catalogue item', async () => {
      const caseId = await caseWithPlan();
      const unknown = await call(worker, 'POST', `/cases/${caseId}/breakthroughs`, {
        title: 'X',
        domain: 'housing',
        category: 'other',
        responsible: 'Coach',
        scenario: {
          horizonMonths: 12,
          without: [{ catalogueItemId: catalogue.shelter_night?.id, quantity: 1, probabilityPercent: 10 }],
          with: [{ catalogueItemId: '00000000-0000-4000-8000-000000000000', quantity: 1, probabilityPercent: 10 }],
        },
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ path: 'body.scenario.with.0.catalogueItemId' }),
      ]);
      // Nothing was stored.
      expect((await call(worker, 'GET', `/cases/${caseId}/breakthroughs`)).json().items).toEqual([]);

      const foreignItems: CostCatalogueItem[] = (await call(foreignCoordinator, 'GET', '/cost-catalogue')).json().items;
      const created = await propose(caseId);
      const foreign = await write(
        worker,
        'PUT',
        `/breakthroughs/${created.id}`,
        `/breakthroughs/${created.id}/scenario`,
        {
          horizonMonths: 12,
          without: [{ catalogueItemId: foreignItems[0]?.id, quantity: 1, probabilityPercent: 10 }],
          with: [],
        },
      );
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors[0].path).toBe('body.without.0.catalogueItemId');

      const item = await call(admin, 'POST', '/cost-catalogue', {
        code: 'retired_item',
        labels: { fr: 'Ancien', nl: 'Oud', en: 'Old' },
        category: 'other',
        unit: 'event',
        firstPrice: { validFrom: '2020-01-01', unitPriceCents: 1000 },
      });
      expect(item.statusCode).toBe(201);
      await call(admin, 'PATCH', `/cost-catalogue/${item.json().id}`, { active: false });
      const inactive = await write(
        worker,
        'PUT',
        `/breakthroughs/${created.id}`,
        `/breakthroughs/${created.id}/scenario`,
        {
          horizonMonths: 12,
          without: [],
          with: [{ catalogueItemId: item.json().id, quantity: 1, probabilityPercent: 10 }],
        },
      );
      expect(inactive.statusCode).toBe(422);
      expect(inactive.json().errors[0].path).toBe('body.with.0.catalogueItemId');
    });
  });

  describe('pages', () => {
    /** Walks a list with `limit=2`, checking each page's size; returns every item in order. */
    async function walk<T>(url: string, parse: (body: unknown) => { items: T[]; nextCursor: string | null }) {
      const seen: T[] = [];
      let cursor: string | null = null;
      do {
        const response = await call(worker, 'GET', `${url}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.statusCode, response.body).toBe(200);
        const result = parse(response.json());
        expect(result.items.length).toBeLessThanOrEqual(2);
        seen.push(...result.items);
        cursor = result.nextCursor;
      } while (cursor);
      return seen;
    }

    it('pages through the breakthroughs of a case, oldest proposal first, without gaps or repeats', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const created: string[] = [];
      for (const title of ['One', 'Two', 'Three', 'Four', 'Five']) created.push((await propose(caseId, { title })).id);
      // Proposed at the same instant: the id breaks the tie.
      await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
        for (const id of created.slice(1, 4)) {
          await tx
            .update(breakthroughs)
            .set({ proposedAt: '2025-05-05T12:00:00.000Z' })
            .where(eq(breakthroughs.id, id));
        }
      });
      const all = BreakthroughPage.parse(
        (await call(worker, 'GET', `/cases/${caseId}/breakthroughs?limit=200`)).json(),
      );
      expect(all.nextCursor).toBeNull();
      const tied = [...created.slice(1, 4)].sort();
      expect(all.items.map((item) => item.id)).toEqual([...tied, created[0], created[4]]);

      const seen = await walk(`/cases/${caseId}/breakthroughs`, (body) => BreakthroughPage.parse(body));
      expect(seen.map((item) => item.id)).toEqual(all.items.map((item) => item.id));
      // Each page carries its own scenarios and figures.
      expect(seen).toEqual(all.items);

      expect((await call(worker, 'GET', `/cases/${caseId}/breakthroughs?cursor=not-a-cursor`)).statusCode).toBe(400);
      const forged = Buffer.from(JSON.stringify(['2025-05-05', 'not-a-uuid'])).toString('base64url');
      expect((await call(worker, 'GET', `/cases/${caseId}/breakthroughs?cursor=${forged}`)).statusCode).toBe(400);
    });

    it('pages through the versions of a plan, newest first', async () => {
      const caseId = await caseWithPlan();
      for (const text of ['Second', 'Third', 'Fourth', 'Fifth']) {
        const revised = await write(worker, 'PATCH', `/cases/${caseId}/plan`, `/cases/${caseId}/plan`, {
          goals: [{ domain: 'debt', text }],
        });
        expect(revised.statusCode, revised.body).toBe(200);
      }
      const seen = await walk(`/cases/${caseId}/plan/versions`, (body) => VersionPage.parse(body));
      expect(seen.map((version) => version.version)).toEqual([5, 4, 3, 2, 1]);
      expect(seen[0]?.goals).toEqual([{ domain: 'debt', text: 'Fifth' }]);
      expect(seen[4]?.goals).toEqual([{ domain: 'housing', text: 'Keep the home' }]);

      for (const key of [['5'], [1.5], [5, 'x'], ['not', 'a', 'key']]) {
        const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
        const response = await call(worker, 'GET', `/cases/${caseId}/plan/versions?cursor=${forged}`);
        expect(response.statusCode, JSON.stringify(key)).toBe(400);
        expect(response.json().type).toBe('urn:percee:problem:bad-cursor');
      }
    });
  });

  describe('access', () => {
    it('hides the plan and breakthroughs of a case from a worker not on it (404)', async () => {
      const caseId = await caseWithPlan({ activate: true });
      const created = await propose(caseId);
      for (const url of [
        `/cases/${caseId}/plan`,
        `/cases/${caseId}/plan/versions`,
        `/cases/${caseId}/breakthroughs`,
        `/breakthroughs/${created.id}`,
      ]) {
        expect((await call(otherWorker, 'GET', url)).statusCode, url).toBe(404);
        expect((await call(coordinator, 'GET', url)).statusCode, url).toBe(200);
      }
      expect(
        (
          await call(otherWorker, 'POST', `/cases/${caseId}/breakthroughs`, {
            title: 'x',
            domain: 'debt',
            category: 'other',
            responsible: 'y',
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await call(
            otherWorker,
            'POST',
            `/breakthroughs/${created.id}/transitions`,
            { to: 'abandoned', comment: 'x' },
            { 'if-match': '"1"' },
          )
        ).statusCode,
      ).toBe(404);
    });

    it('never shows plan content to partners and analysts (403)', async () => {
      const caseId = await caseWithPlan();
      const created = await propose(caseId);
      for (const session of [partner, analyst]) {
        for (const url of [
          `/cases/${caseId}/plan`,
          `/cases/${caseId}/plan/versions`,
          `/cases/${caseId}/breakthroughs`,
          `/breakthroughs/${created.id}`,
        ]) {
          expect((await call(session, 'GET', url)).statusCode, url).toBe(403);
        }
        expect((await call(session, 'POST', `/cases/${caseId}/plan`, {})).statusCode).toBe(403);
      }
      // Analysts get the aggregate figures; partners and case workers do not.
      expect((await call(analyst, 'GET', '/avoided-costs/summary')).statusCode).toBe(200);
      expect((await call(partner, 'GET', '/avoided-costs/summary')).statusCode).toBe(403);
      expect((await call(worker, 'GET', '/avoided-costs/summary')).statusCode).toBe(403);
    });

    it('answers 404 across organisations, even to a coordinator', async () => {
      const caseId = await caseWithPlan();
      const created = await propose(caseId);
      for (const url of [`/cases/${caseId}/plan`, `/cases/${caseId}/breakthroughs`, `/breakthroughs/${created.id}`]) {
        expect((await call(foreignCoordinator, 'GET', url)).statusCode, url).toBe(404);
      }
      const approve = await call(
        foreignCoordinator,
        'POST',
        `/breakthroughs/${created.id}/transitions`,
        { to: 'approved' },
        { 'if-match': '"1"' },
      );
      expect(approve.statusCode).toBe(404);
      // ...and the other organisation's figures do not include ours.
      const foreignSummary = (await call(foreignCoordinator, 'GET', '/avoided-costs/summary')).json();
      expect(foreignSummary).toMatchObject({ householdsFollowed: 0, breakthroughs: 0, grossAvoidedCents: 0 });
    });
  });
  it('lists breakthroughs awaiting sign-off: the whole queue for coordinators, their own cases for workers', async () => {
    const caseId = await caseWithPlan({ activate: true });
    const waiting = await propose(caseId, { title: 'Taxi to school for six weeks' });
    const approvedId = await breakthroughIn('approved', caseId);
    const queue = await call(coordinator, 'GET', '/breakthroughs/awaiting-approval?limit=200');
    expect(queue.statusCode, queue.body).toBe(200);
    const ids = queue.json().items.map((item: { breakthrough: { id: string } }) => item.breakthrough.id);
    expect(ids).toContain(waiting.id);
    expect(ids).not.toContain(approvedId);
    const entry = queue
      .json()
      .items.find((item: { breakthrough: { id: string } }) => item.breakthrough.id === waiting.id);
    expect(entry.household.reference).toMatch(/^T-/);
    const mine = await call(worker, 'GET', '/breakthroughs/awaiting-approval?limit=200');
    expect(mine.json().items.map((item: { breakthrough: { id: string } }) => item.breakthrough.id)).toContain(
      waiting.id,
    );
    const notMine = await call(otherWorker, 'GET', '/breakthroughs/awaiting-approval?limit=200');
    expect(notMine.json().items).toEqual([]);
    expect((await call(partner, 'GET', '/breakthroughs/awaiting-approval')).statusCode).toBe(403);
    expect((await call(foreignCoordinator, 'GET', '/breakthroughs/awaiting-approval')).json().items).toEqual([]);
  });
});
