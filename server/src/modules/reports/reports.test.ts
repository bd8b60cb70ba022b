import type { AccompanimentType, ClosureReason, ContactType } from '@percee/shared';
import { ActivityReport, TeamDashboard } from '@percee/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { insertProgram } from '../../../test/fixtures.js';
import {
  aidGrants,
  assessmentInstruments,
  assessmentScores,
  assessments,
  cases,
  contacts,
  households,
  organisations,
  referrals,
} from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

type Session = Awaited<ReturnType<typeof signIn>>;

/**
 * A data set with known answers for 2025 (see docs/reports.md): cases open across the period's
 * edges, closed on its last second, opened a second after it, contacts and assessments around it.
 */
describe('activity report', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let analyst: Session;
  let programP: string;
  let programQ: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Soliha test', ['coordinator', 'case_worker', 'analyst']);
    coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
    analyst = await signIn(ctx.app, org.byRole.analyst.email);
    programP = (await insertProgram(ctx.database, org.organisationId, { name: 'ASLL', method: 'housing_support_asll' }))
      .id;
    programQ = (await insertProgram(ctx.database, org.organisationId, { name: 'Other' })).id;
    const organisationId = org.organisationId;
    const worker = org.byRole.case_worker.id;

    await inTenant(ctx.database.db, { organisationId }, async (tx) => {
      // This data set's edges are UTC midnights: the organisation reads its periods in UTC.
      // (Periods in another zone: report-periods.test.ts.)
      await tx.update(organisations).set({ timeZone: 'UTC' }).where(eq(organisations.id, organisationId));
      let n = 0;
      const add = async (
        name: string,
        c: {
          opened: string;
          started?: string;
          closed?: string;
          reason?: ClosureReason;
          type?: AccompanimentType;
          program?: string;
        },
      ) => {
        const [household] = await tx
          .insert(households)
          .values({ organisationId, reference: `R-${++n}`, displayName: `Household ${name}` })
          .returning();
        const [row] = await tx
          .insert(cases)
          .values({
            organisationId,
            householdId: household?.id as string,
            programId: c.program ?? programP,
            primaryWorkerId: worker,
            accompanimentType: c.type ?? 'housing_keeping',
            stage: c.closed ? 'exit' : c.started ? 'monitoring' : 'intake',
            openedAt: c.opened,
            accompanimentStartedAt: c.started ?? null,
            closedAt: c.closed ?? null,
            closureReason: c.reason ?? null,
            exitedFromStage: c.closed ? (c.started ? 'evaluation' : 'intake') : null,
          })
          .returning();
        ids[name] = row?.id as string;
      };
      await add('A', {
        opened: '2024-11-10T00:00:00Z',
        started: '2024-11-20T00:00:00Z',
        closed: '2025-03-01T00:00:00Z',
        reason: 'goals_reached',
      });
      await add('B', {
        opened: '2025-02-01T00:00:00Z',
        closed: '2025-02-20T00:00:00Z',
        reason: 'refused_or_disengaged',
      });
      await add('C', { opened: '2025-03-05T00:00:00Z', closed: '2025-04-01T00:00:00Z', reason: 'never_reached' });
      await add('D', { opened: '2025-05-01T00:00:00Z', started: '2025-05-10T00:00:00Z', type: 'housing_search' });
      await add('E', {
        opened: '2025-06-01T00:00:00Z',
        started: '2025-06-15T00:00:00Z',
        closed: '2025-12-31T23:59:59Z',
        reason: 'goals_reached',
        type: 'housing_access',
      });
      await add('F', { opened: '2025-12-31T23:00:00Z' });
      await add('G', { opened: '2026-01-01T00:00:00Z' });
      await add('H', {
        opened: '2024-01-01T00:00:00Z',
        started: '2024-01-10T00:00:00Z',
        closed: '2024-12-31T23:59:59Z',
        reason: 'goals_reached',
      });
      await add('I', {
        opened: '2024-06-01T00:00:00Z',
        started: '2024-06-10T00:00:00Z',
        closed: '2026-01-01T00:00:00Z',
        reason: 'goals_reached',
        type: 'masp',
      });
      await add('J', { opened: '2025-03-01T00:00:00Z', program: programQ });

      const contact = (name: string, occurredAt: string, type: ContactType) => ({
        organisationId,
        caseId: ids[name] as string,
        occurredAt,
        type,
        recordedBy: worker,
      });
      await tx
        .insert(contacts)
        .values([
          contact('A', '2024-12-20T10:00:00Z', 'home_visit'),
          contact('A', '2025-01-05T10:00:00Z', 'home_visit'),
          contact('A', '2025-01-15T10:00:00Z', 'phone'),
          contact('D', '2025-05-10T10:00:00Z', 'home_visit'),
          contact('D', '2025-05-24T10:00:00Z', 'office'),
          contact('D', '2025-06-07T10:00:00Z', 'phone'),
          contact('J', '2025-04-01T10:00:00Z', 'phone'),
        ]);

      const [instrument] = await tx
        .insert(assessmentInstruments)
        .values({ organisationId, code: 't', name: 't', domains: [], levels: [] })
        .returning();
      const assess = async (name: string, at: string, scores: Record<string, number>) => {
        const [a] = await tx
          .insert(assessments)
          .values({
            organisationId,
            caseId: ids[name] as string,
            instrumentId: instrument?.id as string,
            assessedAt: at,
            stage: 'assessment',
            recordedBy: worker,
          })
          .returning();
        await tx.insert(assessmentScores).values(
          Object.entries(scores).map(([domain, score]) => ({
            organisationId,
            assessmentId: a?.id as string,
            domain,
            score,
          })),
        );
      };
      await assess('D', '2025-05-15T00:00:00Z', { finances: 1, housing: 2 });
      await assess('D', '2025-11-01T00:00:00Z', { finances: 3, housing: 2 });
      await assess('D', '2026-02-01T00:00:00Z', { finances: 5 });
      await assess('E', '2025-06-10T00:00:00Z', { finances: 2 });
      await assess('E', '2025-09-01T00:00:00Z', { finances: 3 });
      await assess('E', '2025-12-01T00:00:00Z', { finances: 5 });

      const aid = (
        name: string,
        grantedOn: string,
        kind: 'food' | 'energy' | 'housing',
        nature: 'financial' | 'material',
        amountCents: number | null,
      ) => ({
        organisationId,
        caseId: ids[name] as string,
        kind,
        nature,
        amountCents,
        grantedOn,
        recordedBy: worker,
      });
      await tx
        .insert(aidGrants)
        .values([
          aid('D', '2025-07-01', 'food', 'financial', 12_000),
          aid('E', '2025-12-31', 'energy', 'financial', 30_050),
          aid('I', '2025-03-03', 'housing', 'material', null),
          aid('D', '2026-01-01', 'food', 'financial', 99_999),
        ]);

      const referral = (
        receivedAt: string,
        status: 'new' | 'accepted' | 'declined' | 'withdrawn',
        declineReason: 'out_of_territory' | 'not_eligible' | null = null,
        program = programP,
      ) => ({
        organisationId,
        referrerService: 'x',
        reason: 'y',
        personAgreed: true,
        householdId: '',
        programId: program,
        receivedAt,
        status,
        declineReason,
      });
      const [anyHousehold] = await tx.select({ id: households.id }).from(households).limit(1);
      await tx
        .insert(referrals)
        .values(
          [
            referral('2025-04-20T00:00:00Z', 'accepted'),
            referral('2025-07-01T00:00:00Z', 'declined', 'out_of_territory'),
            referral('2025-08-01T00:00:00Z', 'declined', 'not_eligible'),
            referral('2025-09-01T00:00:00Z', 'withdrawn'),
            referral('2025-12-31T12:00:00Z', 'new'),
            referral('2024-12-31T23:59:59Z', 'new'),
            referral('2025-05-05T00:00:00Z', 'new', null, programQ),
          ].map((r) => ({ ...r, householdId: anyHousehold?.id as string })),
        );
    });
  });
  afterAll(() => ctx.close());

  const report = (session: Session, query: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1/reports/activity?${query}`, headers: session.headers });

  it('computes every figure of the period for one program, edges included', async () => {
    const response = await report(coordinator, `from=2025-01-01&to=2025-12-31&programId=${programP}`);
    expect(response.statusCode).toBe(200);
    const body = ActivityReport.parse(response.json());
    expect(body.suppressed).toBe(false);
    expect(body.referrals).toEqual({
      received: 5,
      accepted: 1,
      declined: 2,
      withdrawn: 1,
      pending: 1,
      declinedByReason: expect.arrayContaining([
        { key: 'out_of_territory', count: 1 },
        { key: 'not_eligible', count: 1 },
      ]),
    });
    expect(body.diagnostics).toEqual({
      done: 5,
      withoutAccompaniment: 2,
      withoutAccompanimentByReason: [
        { key: 'never_reached', count: 1 },
        { key: 'refused_or_disengaged', count: 1 },
      ],
      duplicateOverrides: 0,
    });
    expect(body.accompaniments).toEqual({
      active: 4,
      started: 2,
      closed: 2,
      activeByType: [
        { key: 'housing_access', count: 1 },
        { key: 'housing_keeping', count: 1 },
        { key: 'housing_search', count: 1 },
        { key: 'masp', count: 1 },
      ],
    });
    expect(body.closures).toEqual({
      total: 4,
      byReason: [
        { key: 'goals_reached', count: 2 },
        { key: 'never_reached', count: 1 },
        { key: 'refused_or_disengaged', count: 1 },
      ],
    });
    expect(body.duration).toEqual({ closedCases: 4, averageDays: 92.7, medianDays: 69 });
    expect(body.contacts).toEqual({
      total: 5,
      byType: [
        { key: 'home_visit', count: 2 },
        { key: 'phone', count: 2 },
        { key: 'office', count: 1 },
      ],
      casesWithContact: 2,
      perActiveCase: 0.7,
      averageIntervalDays: 12.7,
    });
    expect(body.assessmentProgress).toEqual({
      cases: 2,
      domains: [
        { domain: 'finances', cases: 2, meanFirst: 1.5, meanLatest: 4, meanChange: 2.5 },
        { domain: 'housing', cases: 1, meanFirst: 2, meanLatest: 2, meanChange: 0 },
      ],
    });
    expect(body.aid.grants).toBe(3);
    expect(body.aid.totalCents).toBe(42_050);
    expect(body.aid.byNature).toEqual(
      expect.arrayContaining([
        { key: 'financial', count: 2, totalCents: 42_050 },
        { key: 'material', count: 1, totalCents: 0 },
      ]),
    );
  });

  it('widens with the filters removed, and narrows to a worker', async () => {
    const all = ActivityReport.parse((await report(coordinator, 'from=2025-01-01&to=2025-12-31')).json());
    expect(all.diagnostics.done).toBe(6);
    expect(all.referrals.received).toBe(6);
    const nobody = ActivityReport.parse(
      (await report(coordinator, `from=2025-01-01&to=2025-12-31&workerId=${org.byRole.coordinator.id}`)).json(),
    );
    expect(nobody.diagnostics.done).toBe(0);
    const lastDay = ActivityReport.parse(
      (await report(coordinator, `from=2025-12-31&to=2025-12-31&programId=${programP}`)).json(),
    );
    expect(lastDay.diagnostics.done).toBe(1);
    expect(lastDay.closures.total).toBe(1);
    expect(lastDay.accompaniments.active).toBe(3);
  });

  it('shows analysts aggregates only: counts from 1 to 4 read "<5", zero stays 0', async () => {
    const body = ActivityReport.parse(
      (await report(analyst, `from=2025-01-01&to=2025-12-31&programId=${programP}`)).json(),
    );
    expect(body.suppressed).toBe(true);
    expect(body.referrals.received).toBe(5);
    expect(body.referrals.accepted).toBe('<5');
    expect(body.diagnostics.done).toBe(5);
    expect(body.diagnostics.withoutAccompaniment).toBe('<5');
    expect(body.accompaniments.active).toBe('<5');
    expect(body.aid.totalCents).toBe('<5');
    expect(body.duration).toEqual({ closedCases: '<5', averageDays: null, medianDays: null });
    expect(body.assessmentProgress.domains[0]).toMatchObject({ cases: '<5', meanChange: null });
    const empty = ActivityReport.parse((await report(analyst, 'from=2010-01-01&to=2010-12-31')).json());
    expect(empty.diagnostics.done).toBe(0);
    const csv = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/reports/activity.csv?from=2025-01-01&to=2025-12-31&programId=${programP}`,
      headers: analyst.headers,
    });
    expect(csv.body).toContain('diagnostics;withoutAccompaniment;;<5');
    expect(csv.body).not.toMatch(/diagnostics;withoutAccompaniment;;[1-4]\r/);
  });

  it('exports the report as CSV that opens in Excel', async () => {
    const csv = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/reports/activity.csv?from=2025-01-01&to=2025-12-31&programId=${programP}`,
      headers: coordinator.headers,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('activity-2025-01-01-2025-12-31.csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('section;figure;key;value\r\n');
    expect(csv.body).toContain('diagnostics;done;;5\r\n');
    expect(csv.body).toContain('accompaniments;activeByType.count;masp;1\r\n');
  });

  it('lets a data warehouse pull the report with the reports:read scope, as aggregates only', async () => {
    const ownAdmin = await createTestOrganisation(ctx.database, 'Warehouse', ['admin']);
    const adminSession = await signIn(ctx.app, ownAdmin.byRole.admin.email);
    const reader = await registerClient(ctx.app, adminSession.headers, ['reports:read']);
    const token = await clientToken(ctx.app, reader.clientId, reader.clientSecret);
    const allowed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/activity?from=2025-01-01&to=2025-12-31',
      headers: token.headers,
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().suppressed).toBe(true);
    const other = await registerClient(ctx.app, adminSession.headers, ['cases:read'], 'No reports');
    const otherToken = await clientToken(ctx.app, other.clientId, other.clientSecret);
    const refused = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/activity?from=2025-01-01&to=2025-12-31',
      headers: otherToken.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses bad periods and readers without access', async () => {
    expect((await report(coordinator, 'from=2025-12-31&to=2025-01-01')).statusCode).toBe(400);
    expect((await report(coordinator, 'from=2025-13-01&to=2025-12-31')).statusCode).toBe(400);
    const worker = await signIn(ctx.app, org.byRole.case_worker.email);
    expect((await report(worker, 'from=2025-01-01&to=2025-12-31')).statusCode).toBe(403);
  });

  it('gives coordinators the team dashboard', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/reports/team', headers: coordinator.headers });
    expect(response.statusCode).toBe(200);
    const body = TeamDashboard.parse(response.json());
    // Open cases: D, F, G, J (intake/monitoring) — all the worker's.
    expect(body.workers.find((w) => w.id === org.byRole.case_worker.id)).toMatchObject({
      openCases: 4,
      caseloadLimit: 10,
    });
    expect(body.stageFunnel.find((s) => s.stage === 'intake')?.count).toBe(3);
    expect(body.stageFunnel.find((s) => s.stage === 'monitoring')?.count).toBe(1);
    expect(body.referralsWaiting).toBe(3);
    expect(body.monthly).toHaveLength(12);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/reports/team', headers: analyst.headers })).statusCode,
    ).toBe(403);
  });
});

describe('list export', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('escapes commas, quotes and accents, and neutralises formula-like cells', async () => {
    const org = await createTestOrganisation(ctx.database, 'Export', ['coordinator']);
    const session = await signIn(ctx.app, org.byRole.coordinator.email);
    for (const [firstName, lastName] of [
      ['=1+1', 'Formula'],
      ['Zoë', 'O"Brien, Jr'],
    ]) {
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: session.headers,
        payload: { municipality: 'Liège; centre', members: [{ firstName, lastName, role: 'applicant' }] },
      });
      expect(created.statusCode).toBe(201);
    }
    const csv = await ctx.app.inject({ method: 'GET', url: '/api/v1/households.csv', headers: session.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFreference;name;municipality')).toBe(true);
    expect(csv.body).toContain(`;'=1+1 Formula;"Liège; centre";1;0;`);
    expect(csv.body).toContain(`;"Zoë O""Brien, Jr";"Liège; centre";1;0;`);
    const comma = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/households.csv?delimiter=comma',
      headers: session.headers,
    });
    expect(comma.body).toContain(`,"Zoë O""Brien, Jr",Liège; centre,1,0,`);
  });
});
