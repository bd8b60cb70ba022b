import { CaseloadEntry, Objective, ObjectiveEvaluation, page, TimelineEntry } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog, partnerServices } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { openObjectivesDueBefore } from './index.js';

const ObjectivePage = page(Objective);
const EvaluationPage = page(ObjectiveEvaluation);
const TimelinePage = page(TimelineEntry);
const SECRET = 'Quitter le logement de la rue Haute avant l’hiver';

describe('objectives agreed with the person', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let coordinator: Session;
  let analyst: Session;
  let partner: Session;
  let caseId: string;
  let assessingCaseId: string;
  let partnerServiceId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Objectifs', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin.headers,
      payload: {
        email: 'other.worker@objectives.test',
        displayName: 'Other Worker',
        role: 'case_worker',
        password: 'a long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    [worker, otherWorker, coordinator, analyst, partner] = await Promise.all([
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, 'other.worker@objectives.test', 'a long enough password'),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.analyst.email),
      signIn(ctx.app, org.byRole.partner.email),
    ]);
    const programId = (await insertProgram(ctx.database, org.organisationId)).id;
    const planning = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'planning',
    });
    caseId = planning.case.id;
    const assessing = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'assessment',
    });
    assessingCaseId = assessing.case.id;
    partnerServiceId = await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const [row] = await tx
        .insert(partnerServices)
        .values({ organisationId: org.organisationId, name: 'Service logement' })
        .returning({ id: partnerServices.id });
      return row?.id as string;
    });
  });
  afterAll(() => ctx.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    session: Session,
    payload?: object,
    headers = {},
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });

  const add = (session: Session, body: object = {}, onCase = caseId) =>
    call('POST', `/cases/${onCase}/objectives`, session, {
      domain: 'housing',
      text: SECRET,
      actions: [
        { description: 'S’inscrire au logement social', by: 'person' },
        { description: 'Demander une priorité', by: 'partner', partnerServiceId },
      ],
      dueOn: '2027-01-31',
      ...body,
    });

  const move = async (session: Session, to: string, id = caseId) => {
    const current = await call('GET', `/cases/${id}`, session);
    const response = await call(
      'POST',
      `/cases/${id}/transitions`,
      session,
      { to },
      { 'if-match': current.headers.etag },
    );
    expect(response.statusCode, response.body).toBe(200);
  };

  let housingId: string;
  let workId: string;

  it('records objectives with actions and due dates in planning, in round 1, with the domain only on the timeline', async () => {
    const response = await add(worker);
    expect(response.statusCode, response.body).toBe(201);
    const objective = Objective.parse(response.json());
    expect(response.headers.etag).toBe(`"${objective.version}"`);
    expect(objective).toMatchObject({
      caseId,
      round: 1,
      setInRound: 1,
      carriedOver: false,
      status: 'open',
      domain: 'housing',
      text: SECRET,
      dueOn: '2027-01-31',
      agreement: null,
      lastOutcome: null,
    });
    expect(objective.actions).toEqual([
      { description: 'S’inscrire au logement social', by: 'person', partnerServiceId: null },
      { description: 'Demander une priorité', by: 'partner', partnerServiceId },
    ]);
    housingId = objective.id;
    const second = await add(worker, {
      domain: 'work_education',
      text: 'Suivre une formation',
      dueOn: '2026-12-20',
      actions: [],
    });
    expect(second.statusCode, second.body).toBe(201);
    workId = Objective.parse(second.json()).id;

    const timeline = TimelinePage.parse((await call('GET', `/cases/${caseId}/timeline`, worker)).json());
    const lines = timeline.items.filter((entry) => entry.kind === 'objective');
    expect(lines.map((line) => line.summary)).toEqual(expect.arrayContaining(['set:housing', 'set:work_education']));
    expect(JSON.stringify(timeline)).not.toContain('Haute');

    const listed = ObjectivePage.parse((await call('GET', `/cases/${caseId}/objectives?limit=1`, worker)).json());
    expect(listed.items.map((item) => item.id)).toEqual([housingId]);
    expect(listed.nextCursor).not.toBeNull();
    const next = ObjectivePage.parse(
      (await call('GET', `/cases/${caseId}/objectives?limit=1&cursor=${listed.nextCursor}`, worker)).json(),
    );
    expect(next.items.map((item) => item.id)).toEqual([workId]);
  });

  it('refuses objectives outside planning and monitoring, and bad actions and references', async () => {
    const early = await add(worker, {}, assessingCaseId);
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toContain('wrong-stage');

    const noPartner = await add(worker, { actions: [{ description: 'Voir', by: 'partner' }] });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.headers['content-type']).toContain('application/problem+json');

    const unknownPartner = await add(worker, {
      actions: [{ description: 'Voir', by: 'partner', partnerServiceId: '00000000-0000-4000-8000-000000000001' }],
    });
    expect(unknownPartner.statusCode).toBe(422);
    expect(unknownPartner.json().errors[0].path).toBe('body.actions.0.partnerServiceId');

    const unknownBreakthrough = await add(worker, { breakthroughId: '00000000-0000-4000-8000-000000000002' });
    expect(unknownBreakthrough.statusCode).toBe(422);
    expect(unknownBreakthrough.json().errors[0].path).toBe('body.breakthroughId');

    const badDomain = await add(worker, { domain: 'astrology' });
    expect(badDomain.statusCode).toBe(400);
    const badDate = await add(worker, { dueOn: '2027-02-30' });
    expect(badDate.statusCode).toBe(400);
  });

  it('edits with If-Match only, and keeps the text out of the audit trail', async () => {
    const noMatch = await call('PATCH', `/objectives/${housingId}`, worker, { dueOn: '2027-02-28' });
    expect(noMatch.statusCode).toBe(428);
    const stale = await call(
      'PATCH',
      `/objectives/${housingId}`,
      worker,
      { dueOn: '2027-02-28' },
      { 'if-match': '"99"' },
    );
    expect(stale.statusCode).toBe(412);
    const current = await call('GET', `/objectives/${housingId}`, worker);
    const edited = await call(
      'PATCH',
      `/objectives/${housingId}`,
      worker,
      { dueOn: '2027-02-28', text: `${SECRET} (révisé)` },
      { 'if-match': current.headers.etag },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const objective = Objective.parse(edited.json());
    expect(objective.dueOn).toBe('2027-02-28');
    expect(objective.version).toBe(2);
    const trail = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.entityId, housingId))),
    );
    expect(trail.map((row) => row.action)).toEqual(expect.arrayContaining(['objective.create', 'objective.update']));
    expect(JSON.stringify(trail)).not.toContain('Haute');
  });

  it('records the person’s agreement: when, how, and who recorded it', async () => {
    const current = await call('GET', `/objectives/${housingId}`, worker);
    const future = await call(
      'PUT',
      `/objectives/${housingId}/agreement`,
      worker,
      { agreedOn: '2099-01-01', method: 'signed' },
      { 'if-match': current.headers.etag },
    );
    expect(future.statusCode).toBe(422);
    const today = new Date().toISOString().slice(0, 10);
    const agreed = await call(
      'PUT',
      `/objectives/${housingId}/agreement`,
      worker,
      { agreedOn: today, method: 'signed' },
      { 'if-match': current.headers.etag },
    );
    expect(agreed.statusCode, agreed.body).toBe(200);
    const objective = Objective.parse(agreed.json());
    expect(objective.agreement).toMatchObject({
      agreedOn: today,
      method: 'signed',
      recordedBy: { id: org.byRole.case_worker.id },
    });
    expect(objective.agreement?.recordedBy.displayName).not.toBe('');
  });

  it('keeps other workers, partners and analysts out', async () => {
    expect((await add(otherWorker)).statusCode).toBe(404);
    expect((await call('GET', `/objectives/${housingId}`, otherWorker)).statusCode).toBe(404);
    expect((await call('GET', `/cases/${caseId}/objectives`, otherWorker)).statusCode).toBe(404);
    for (const session of [partner, analyst]) {
      expect((await call('GET', `/cases/${caseId}/objectives`, session)).statusCode).toBe(403);
      expect((await call('GET', `/objectives/${housingId}`, session)).statusCode).toBe(403);
    }
    expect((await call('GET', `/cases/${caseId}/objectives`, coordinator)).statusCode).toBe(200);
  });

  it('shows the next objective due in the caseload, and lists open objectives due for the tasks', async () => {
    const caseload = page(CaseloadEntry).parse((await call('GET', '/caseload?limit=50', worker)).json());
    const entry = caseload.items.find((item) => item.case.id === caseId);
    expect(entry?.nextObjectiveDueOn).toBe('2026-12-20');
    expect(caseload.items.find((item) => item.case.id === assessingCaseId)?.nextObjectiveDueOn).toBeNull();

    const due = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      openObjectivesDueBefore(tx, org.organisationId, '2027-01-01', { limit: 1 }),
    );
    expect(due.items).toEqual([
      { id: workId, caseId, domain: 'work_education', dueOn: '2026-12-20', workerId: org.byRole.case_worker.id },
    ]);
    expect(due.nextCursor).toBeNull();
    const later = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      openObjectivesDueBefore(tx, org.organisationId, '2028-01-01', { limit: 1 }),
    );
    expect(later.items.map((item) => item.id)).toEqual([workId]);
    const rest = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      openObjectivesDueBefore(tx, org.organisationId, '2028-01-01', { limit: 1, cursor: later.nextCursor as string }),
    );
    expect(rest.items.map((item) => item.id)).toEqual([housingId]);
  });

  it('evaluates in the evaluation stage only: an outcome per open objective, and the person’s satisfaction', async () => {
    const evaluation = {
      evaluatedAt: new Date().toISOString(),
      satisfaction: 4,
      outcomes: [
        { objectiveId: workId, outcome: 'reached' },
        { objectiveId: housingId, outcome: 'partly', note: 'Inscrite, pas encore d’offre' },
      ],
    };
    const early = await call('POST', `/cases/${caseId}/objective-evaluations`, worker, evaluation);
    expect(early.statusCode).toBe(409);
    await move(worker, 'monitoring');
    await move(worker, 'evaluation');

    const badSatisfaction = await call('POST', `/cases/${caseId}/objective-evaluations`, worker, {
      ...evaluation,
      satisfaction: 6,
    });
    expect(badSatisfaction.statusCode).toBe(400);
    const twice = await call('POST', `/cases/${caseId}/objective-evaluations`, worker, {
      ...evaluation,
      outcomes: [evaluation.outcomes[0], evaluation.outcomes[0]],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors[0].path).toBe('body.outcomes.1.objectiveId');

    const response = await call('POST', `/cases/${caseId}/objective-evaluations`, worker, evaluation);
    expect(response.statusCode, response.body).toBe(201);
    const recorded = ObjectiveEvaluation.parse(response.json());
    expect(recorded).toMatchObject({ caseId, round: 1, satisfaction: 4 });

    const objectives = ObjectivePage.parse((await call('GET', `/cases/${caseId}/objectives`, worker)).json()).items;
    expect(objectives.find((o) => o.id === workId)?.status).toBe('reached');
    expect(objectives.find((o) => o.id === housingId)?.lastOutcome).toMatchObject({
      outcome: 'partly',
      note: 'Inscrite, pas encore d’offre',
    });

    const again = await call('POST', `/cases/${caseId}/objective-evaluations`, worker, {
      ...evaluation,
      outcomes: [{ objectiveId: workId, outcome: 'not_reached' }],
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].message).toContain('no longer open');

    const reached = await call('GET', `/objectives/${workId}`, worker);
    const closedEdit = await call(
      'PATCH',
      `/objectives/${workId}`,
      worker,
      { dueOn: '2027-03-01' },
      {
        'if-match': reached.headers.etag,
      },
    );
    expect(closedEdit.statusCode).toBe(409);

    const listed = EvaluationPage.parse((await call('GET', `/cases/${caseId}/objective-evaluations`, worker)).json());
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]?.outcomes).toHaveLength(2);
  });

  it('carries the open objectives over to the next round at re-assessment, on the timeline and the audit trail', async () => {
    await move(worker, 'assessment');
    const objectives = ObjectivePage.parse((await call('GET', `/cases/${caseId}/objectives`, worker)).json()).items;
    expect(objectives.find((o) => o.id === housingId)).toMatchObject({ round: 2, setInRound: 1, carriedOver: true });
    expect(objectives.find((o) => o.id === workId)).toMatchObject({ round: 1, carriedOver: false, status: 'reached' });
    const open = ObjectivePage.parse((await call('GET', `/cases/${caseId}/objectives?open=true`, worker)).json());
    expect(open.items.map((o) => o.id)).toEqual([housingId]);

    const timeline = TimelinePage.parse((await call('GET', `/cases/${caseId}/timeline`, worker)).json());
    expect(timeline.items.map((entry) => entry.summary)).toContain('carried_over:1:round=2');
    const trail = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.action, 'objective.carry_over'))),
    );
    expect(trail.map((row) => row.entityId)).toEqual([housingId]);

    await move(worker, 'planning');
    const fresh = Objective.parse((await add(worker, { domain: 'finances', text: 'Plan de remboursement' })).json());
    expect(fresh).toMatchObject({ round: 2, setInRound: 2, carriedOver: false });
  });
});
