import {
  Assessment,
  AssessmentInstrument,
  AssessmentProgress,
  type CaseStage,
  page,
  type TimelineEntry,
} from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, startCaseworkTest } from '../../../test/fixtures.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';
import { assessmentInstruments, assessmentScores, assessments, auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { ensureDefaultInstruments } from './instruments.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const AssessmentPage = page(Assessment);

describe('assessments with the self-sufficiency matrix', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let programId: string;
  let zrmId: string;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let analyst: Session;
  let partner: Session;

  beforeAll(async () => {
    ({ ctx, org, programId, worker, otherWorker, analyst, partner } = await startCaseworkTest('CPAS Assessments', {
      otherWorkerEmail: 'other.worker@assessments.test',
    }));
    const scope = { organisationId: org.organisationId };
    zrmId = (await inTenant(ctx.database.db, scope, (tx) => ensureDefaultInstruments(tx, org.organisationId)))[
      'zrm-2017'
    ] as string;
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST', url: string, session: Session = worker, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  const newCase = async (stage: CaseStage) =>
    (
      await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage,
      })
    ).case.id;

  const assess = (caseId: string, assessedAt: string, scores: Record<string, number>, instrumentId = zrmId) =>
    call('POST', `/cases/${caseId}/assessments`, worker, {
      instrumentId,
      assessedAt,
      scores: Object.entries(scores).map(([domain, score]) => ({ domain, score })),
    });

  it('installs the ZRM 2017 once per organisation and lists it to case roles', async () => {
    const again = await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const ids = await ensureDefaultInstruments(tx, org.organisationId);
      const rows = await tx.select().from(assessmentInstruments).where(eq(assessmentInstruments.code, 'zrm-2017'));
      return { ids, count: rows.length };
    });
    expect(again).toEqual({ ids: { 'zrm-2017': zrmId }, count: 1 });

    const response = await call('GET', '/assessment-instruments');
    expect(response.statusCode).toBe(200);
    const [zrm, ...others] = z
      .object({ items: z.array(AssessmentInstrument), nextCursor: z.null() })
      .parse(response.json()).items;
    expect(others).toEqual([]);
    expect(zrm?.code).toBe('zrm-2017');
    expect(zrm?.domains.map((domain) => domain.code)).toEqual([
      'finances',
      'work_education',
      'time_use',
      'housing',
      'domestic_relations',
      'mental_health',
      'physical_health',
      'substance_use',
      'basic_adl',
      'instrumental_adl',
      'social_network',
      'community_participation',
      'justice',
    ]);
    expect(zrm?.levels.map((level) => level.score)).toEqual([1, 2, 3, 4, 5]);
    for (const labelled of [...(zrm?.domains ?? []), ...(zrm?.levels ?? [])]) {
      expect(Object.keys(labelled.label).sort()).toEqual(['en', 'fr', 'nl']);
    }
    expect(zrm?.levels[0]?.label.en).toBe('Acute problem');

    expect((await call('GET', '/assessment-instruments', analyst)).statusCode).toBe(403);
    expect((await call('GET', '/assessment-instruments', partner)).statusCode).toBe(403);
  });

  it('assesses only in the assessment and evaluation stages, and keeps the stage', async () => {
    for (const stage of ['intake', 'planning', 'monitoring'] as const) {
      const caseId = await newCase(stage);
      const response = await assess(caseId, daysAgo(1), { finances: 2 });
      expect(response.statusCode, stage).toBe(409);
      expect(response.json()).toMatchObject({ type: 'urn:percee:problem:wrong-stage', stage });
      expect(response.json().detail).toContain(stage);
    }
    for (const stage of ['assessment', 'evaluation'] as const) {
      const caseId = await newCase(stage);
      const response = await assess(caseId, daysAgo(1), { housing: 3, finances: 2 });
      expect(response.statusCode, stage).toBe(201);
      const assessment = Assessment.parse(response.json());
      expect(assessment).toMatchObject({ caseId, stage, instrumentId: zrmId, recordedBy: org.byRole.case_worker.id });
      // In the instrument's domain order.
      expect(assessment.scores).toEqual([
        { domain: 'finances', score: 2 },
        { domain: 'housing', score: 3 },
      ]);
    }
  });

  it('refuses scores that do not fit the instrument, with a field error per score', async () => {
    const caseId = await newCase('assessment');
    const unknownDomain = await assess(caseId, daysAgo(1), { finances: 2, happiness: 3 });
    expect(unknownDomain.statusCode).toBe(422);
    expect(unknownDomain.json().errors).toEqual([expect.objectContaining({ path: 'body.scores.1.domain' })]);

    const badLevels = await assess(caseId, daysAgo(1), { finances: 0, housing: 6, justice: 5 });
    expect(badLevels.statusCode).toBe(422);
    expect(badLevels.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'body.scores.0.score',
      'body.scores.1.score',
    ]);

    const twice = await call('POST', `/cases/${caseId}/assessments`, worker, {
      instrumentId: zrmId,
      assessedAt: daysAgo(1),
      scores: [
        { domain: 'housing', score: 2 },
        { domain: 'housing', score: 4 },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors).toEqual([expect.objectContaining({ path: 'body.scores.1.domain' })]);

    const unknownInstrument = await assess(caseId, daysAgo(1), { finances: 2 }, '00000000-0000-4000-8000-000000000000');
    expect(unknownInstrument.statusCode).toBe(422);
    expect(unknownInstrument.json().errors).toEqual([expect.objectContaining({ path: 'body.instrumentId' })]);

    const future = await assess(caseId, new Date(Date.now() + DAY).toISOString(), { finances: 2 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'body.assessedAt' })]);

    expect((await call('GET', `/cases/${caseId}/assessments`)).json()).toEqual({ items: [], nextCursor: null });
  });

  it('shows progress per domain from the first to the latest assessment of the most used instrument', async () => {
    const caseId = await newCase('evaluation');
    const empty = AssessmentProgress.parse((await call('GET', `/cases/${caseId}/assessments/progress`)).json());
    expect(empty).toEqual({ instrumentId: null, domains: [] });

    // Recorded out of order: first and latest follow assessedAt, not the order of entry.
    const t1 = daysAgo(90);
    const t2 = daysAgo(45);
    const t3 = daysAgo(2);
    expect(
      (await assess(caseId, t3, { finances: 4, work_education: 3, housing: 4, social_network: 3 })).statusCode,
    ).toBe(201);
    expect((await assess(caseId, t1, { finances: 1, work_education: 5, housing: 2 })).statusCode).toBe(201);
    expect((await assess(caseId, t2, { finances: 2, mental_health: 3, housing: 3 })).statusCode).toBe(201);

    // Another instrument, used once on this case: not the one progress is measured with.
    const otherId = await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const [row] = await tx
        .insert(assessmentInstruments)
        .values({
          organisationId: org.organisationId,
          code: 'budget-check',
          name: 'Budget check',
          domains: [{ code: 'finances', label: { en: 'Finances' } }],
          levels: [0, 1, 2].map((score) => ({ score, label: { en: String(score) } })),
        })
        .returning();
      return row?.id as string;
    });
    expect((await assess(caseId, daysAgo(1), { finances: 0 }, otherId)).statusCode).toBe(201);

    const list = AssessmentPage.parse((await call('GET', `/cases/${caseId}/assessments`)).json()).items;
    expect(list.map((assessment) => assessment.assessedAt)).toEqual([t1, t2, t3, expect.any(String)]);
    expect(list[0]?.scores).toEqual([
      { domain: 'finances', score: 1 },
      { domain: 'work_education', score: 5 },
      { domain: 'housing', score: 2 },
    ]);

    const response = await call('GET', `/cases/${caseId}/assessments/progress`);
    expect(response.statusCode).toBe(200);
    const progress = AssessmentProgress.parse(response.json());
    expect(progress.instrumentId).toBe(zrmId);
    expect(progress.domains).toHaveLength(13);
    const byDomain = Object.fromEntries(progress.domains.map(({ domain, ...rest }) => [domain, rest]));
    expect(byDomain.finances).toEqual({ first: 1, latest: 4, change: 3 });
    expect(byDomain.work_education).toEqual({ first: 5, latest: 3, change: -2 });
    expect(byDomain.housing).toEqual({ first: 2, latest: 4, change: 2 });
    expect(byDomain.mental_health).toEqual({ first: 3, latest: 3, change: 0 });
    expect(byDomain.social_network).toEqual({ first: 3, latest: 3, change: 0 });
    expect(byDomain.justice).toEqual({ first: null, latest: null, change: null });
    expect(progress.domains[0]?.domain).toBe('finances');
    expect(progress.domains.at(-1)?.domain).toBe('justice');
  });

  it('writes the timeline and the audit trail', async () => {
    const caseId = await newCase('assessment');
    const response = await call('POST', `/cases/${caseId}/assessments`, worker, {
      instrumentId: zrmId,
      assessedAt: daysAgo(1),
      scores: [{ domain: 'finances', score: 2 }],
      note: 'Private remark',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().note).toBe('Private remark');
    const timeline = (await call('GET', `/cases/${caseId}/timeline`)).json<{ items: TimelineEntry[] }>().items;
    expect(timeline.filter((entry) => entry.kind === 'assessment')).toEqual([
      expect.objectContaining({ summary: 'zrm-2017:assessment', note: null }),
    ]);
    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'assessment.create'), eq(auditLog.entityId, response.json().id))),
    );
    expect(audited).toHaveLength(1);
  });

  it('keeps assessments to the people on the case', async () => {
    const caseId = await newCase('assessment');
    for (const url of [`/cases/${caseId}/assessments`, `/cases/${caseId}/assessments/progress`]) {
      expect((await call('GET', url, otherWorker)).statusCode, url).toBe(404);
      expect((await call('GET', url, analyst)).statusCode, url).toBe(403);
      expect((await call('GET', url, partner)).statusCode, url).toBe(403);
    }
    const payload = { instrumentId: zrmId, assessedAt: daysAgo(1), scores: [{ domain: 'finances', score: 2 }] };
    expect((await call('POST', `/cases/${caseId}/assessments`, otherWorker, payload)).statusCode).toBe(404);
    expect((await call('POST', `/cases/${caseId}/assessments`, analyst, payload)).statusCode).toBe(403);
    expect((await call('GET', `/cases/${caseId}/assessments`)).json()).toEqual({ items: [], nextCursor: null });
  });

  it('pages through the assessments oldest first, each with its own scores, and measures progress over all', async () => {
    const caseId = await newCase('evaluation');
    // Assessments sharing a moment, some even recorded at the same instant: the id breaks the tie.
    const recordedAt = '2025-06-01T08:00:00.000Z';
    const spec = [
      { assessedAt: '2025-01-10T09:00:00.000Z', createdAt: recordedAt, finances: 1 },
      { assessedAt: '2025-01-10T09:00:00.000Z', createdAt: recordedAt, finances: 2 },
      { assessedAt: '2025-01-10T09:00:00.000Z', createdAt: '2025-05-01T08:00:00.000Z', finances: 3 },
      { assessedAt: '2025-02-10T09:00:00.000Z', createdAt: recordedAt, finances: 2 },
      { assessedAt: '2025-03-10T09:00:00.000Z', createdAt: recordedAt, finances: 4 },
      { assessedAt: '2025-03-10T09:00:00.000Z', createdAt: recordedAt, finances: 3 },
      { assessedAt: '2025-04-10T09:00:00.000Z', createdAt: recordedAt, finances: 5 },
    ];
    const financesOf = new Map<string, number>();
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      for (const row of spec) {
        const [inserted] = await tx
          .insert(assessments)
          .values({
            organisationId: org.organisationId,
            caseId,
            instrumentId: zrmId,
            assessedAt: row.assessedAt,
            stage: 'assessment',
            recordedBy: org.byRole.case_worker.id,
            createdAt: row.createdAt,
          })
          .returning();
        const id = inserted?.id as string;
        financesOf.set(id, row.finances);
        await tx.insert(assessmentScores).values([
          { organisationId: org.organisationId, assessmentId: id, domain: 'finances', score: row.finances },
          { organisationId: org.organisationId, assessmentId: id, domain: 'housing', score: 3 },
        ]);
      }
    });

    const all = AssessmentPage.parse((await call('GET', `/cases/${caseId}/assessments?limit=200`)).json());
    expect(all.nextCursor).toBeNull();
    expect(all.items).toHaveLength(7);
    const keys = all.items.map((item) => `${item.assessedAt}`);
    expect(keys).toEqual([...keys].sort());
    // Same moment: recorded earlier first, then by id.
    const firstMoment = all.items.slice(0, 3);
    expect(firstMoment[0]?.scores[0]?.score).toBe(3);
    const sameInstant = firstMoment.slice(1).map((item) => item.id);
    expect(sameInstant).toEqual([...sameInstant].sort());

    const seen: Assessment[] = [];
    let cursor: string | null = null;
    do {
      const response = await call('GET', `/cases/${caseId}/assessments?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const result = AssessmentPage.parse(response.json());
      expect(result.items.length).toBeLessThanOrEqual(2);
      seen.push(...result.items);
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen.map((item) => item.id)).toEqual(all.items.map((item) => item.id));
    for (const item of seen) {
      expect(item.scores).toEqual([
        { domain: 'finances', score: financesOf.get(item.id) },
        { domain: 'housing', score: 3 },
      ]);
    }

    // The first-versus-latest comparison reads every assessment, not a page of them.
    const progress = AssessmentProgress.parse((await call('GET', `/cases/${caseId}/assessments/progress`)).json());
    expect(progress.domains.find((domain) => domain.domain === 'finances')).toEqual({
      domain: 'finances',
      first: financesOf.get(all.items[0]?.id as string),
      latest: 5,
      change: 5 - (financesOf.get(all.items[0]?.id as string) as number),
    });

    expect((await call('GET', `/cases/${caseId}/assessments?cursor=not-a-cursor`)).statusCode).toBe(400);
    for (const key of [
      ['yesterday', recordedAt, seen[0]?.id],
      [recordedAt, recordedAt, 'not-a-uuid'],
      [recordedAt, seen[0]?.id],
      [1, recordedAt, seen[0]?.id],
    ]) {
      const forged = Buffer.from(JSON.stringify(key)).toString('base64url');
      const response = await call('GET', `/cases/${caseId}/assessments?cursor=${forged}`);
      expect(response.statusCode, JSON.stringify(key)).toBe(400);
      expect(response.json().type).toBe('urn:percee:problem:bad-cursor');
    }
  });

  it('pages through the instruments by name, ties broken by id', async () => {
    const extra = ['Matrix B', 'Matrix A', 'Matrix A', 'Matrix C'].map((name, index) => ({
      organisationId: org.organisationId,
      code: `extra-${index}`,
      name,
      domains: [{ code: 'housing', label: { fr: 'Logement', nl: 'Huisvesting', en: 'Housing' } }],
      levels: [{ score: 1, label: { fr: 'Un', nl: 'Een', en: 'One' } }],
    }));
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.insert(assessmentInstruments).values(extra),
    );
    const get = (url: string) => call('GET', url);
    const whole: AssessmentInstrument[] = (await get('/assessment-instruments?limit=200')).json().items;
    const { rows, pages } = await walkPages<AssessmentInstrument>(get, '/assessment-instruments', 2);
    expect(pages).toBeGreaterThan(2);
    expect(rows).toEqual(whole);
    const names = rows.map((instrument) => instrument.name);
    expect(names.filter((name) => name.startsWith('Matrix '))).toEqual([
      'Matrix A',
      'Matrix A',
      'Matrix B',
      'Matrix C',
    ]);
    const namesakes = rows.filter((instrument) => instrument.name === 'Matrix A').map((instrument) => instrument.id);
    expect(namesakes).toEqual([...namesakes].sort());
    expect(new Set(rows.map((instrument) => instrument.id)).size).toBe(rows.length);
    await expectBadCursorRefused(get, '/assessment-instruments');
  });
});

describe('a new organisation', () => {
  it('starts with the self-sufficiency instrument', async () => {
    const ctx = await startTestApp();
    try {
      const org = await createTestOrganisation(ctx.database, 'Fresh', ['coordinator']);
      const session = await signIn(ctx.app, org.byRole.coordinator.email);
      const instruments = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/assessment-instruments',
        headers: session.headers,
      });
      expect(instruments.json().items.map((i: { code: string }) => i.code)).toEqual(['zrm-2017']);
    } finally {
      await ctx.close();
    }
  });
});
