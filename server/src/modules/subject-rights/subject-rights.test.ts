import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertProgram } from '../../../test/fixtures.js';
import { rowsOf } from '../../lib/sql.js';
import { EXPORTED_TABLES } from './service.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type Headers = { authorization: string; 'if-match'?: string };

describe('data-subject rights: export of everything held about a person, rectification', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Headers;
  let admin: Headers;
  const files: Record<
    'subject' | 'neighbour',
    { householdId: string; personId: string; caseId: string; referralId: string }
  > = {} as never;

  const call = async (headers: Headers, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const response = await ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
    return response;
  };
  const ok = async (headers: Headers, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const response = await call(headers, method, url, payload);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };

  /** A household file touching every table: referral, case, contact, assessment, aid, inquiry, plan, breakthrough, hold. */
  async function buildFile(lastName: string, programId: string) {
    const referral = await ok(coordinator, 'POST', '/referrals', {
      referrerService: `${lastName} service`,
      reason: `${lastName} reason`,
      personAgreed: true,
      household: {
        address: `1 ${lastName} street`,
        postalCode: '1000',
        problems: [{ domain: 'debt', severity: 'high', note: `${lastName} debts` }],
        members: [
          { firstName: `${lastName}first`, lastName, birthDate: '1980-01-01', role: 'applicant' },
          { firstName: `${lastName}child`, lastName, birthDate: '2012-05-05', role: 'child' },
        ],
      },
    });
    const accepted = await ok(coordinator, 'POST', `/referrals/${referral.id}/accept`, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true },
    });
    const caseId = accepted.case.id;
    // Now, not earlier: the case opened just now, and a contact before its case opened is refused.
    const at = new Date().toISOString();
    const contact = await ok(coordinator, 'POST', `/cases/${caseId}/contacts`, {
      occurredAt: at,
      type: 'home_visit',
      notes: `${lastName} notes`,
    });
    const correct = (url: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { ...coordinator, 'if-match': '"1"' }, payload });
    // Corrected since: the earlier version is in record_revisions (decision 19).
    const corrected = await correct(`/contacts/${contact.id}/corrections`, {
      reason: `${lastName} asked for it`,
      notes: `${lastName} notes, corrected`,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    // A task on the case given to its worker (who is notified about the case).
    await ok(coordinator, 'POST', '/tasks', {
      title: `Call ${lastName} about the deposit`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      caseId,
      ownerId: org.byRole.case_worker.id,
    });
    const current = await call(coordinator, 'GET', `/cases/${caseId}`);
    const moved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/transitions`,
      headers: { ...coordinator, 'if-match': current.headers.etag as string },
      payload: { to: 'assessment' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const instruments = (await ok(coordinator, 'GET', '/assessment-instruments')).items;
    await ok(coordinator, 'POST', `/cases/${caseId}/assessments`, {
      instrumentId: instruments[0].id,
      assessedAt: at,
      scores: [{ domain: instruments[0].domains[0].code, score: 3 }],
    });
    const aid = await ok(coordinator, 'POST', `/cases/${caseId}/aid`, {
      kind: 'food',
      nature: 'material',
      grantedOn: at.slice(0, 10),
    });
    const aidCorrected = await correct(`/aid/${aid.id}/corrections`, { reason: 'A voucher', amountCents: 1500 });
    expect(aidCorrected.statusCode, aidCorrected.body).toBe(200);
    await ok(coordinator, 'POST', '/inquiries', {
      channel: 'phone',
      topic: `${lastName} inquiry`,
      outcome: 'referral_created',
      referralId: referral.id,
      receivedAt: at,
    });
    await ok(coordinator, 'POST', `/cases/${caseId}/plan`, {
      goals: [{ domain: 'housing', text: `${lastName} goal` }],
    });
    const catalogue = await ok(coordinator, 'GET', '/cost-catalogue');
    await ok(coordinator, 'POST', `/cases/${caseId}/breakthroughs`, {
      title: `${lastName} breakthrough`,
      domain: 'housing',
      category: 'other',
      responsible: `${lastName} coach`,
      scenario: {
        horizonMonths: 12,
        without: [{ catalogueItemId: catalogue.items[0].id, quantity: 1, probabilityPercent: 50 }],
        with: [],
      },
    });
    await ok(coordinator, 'POST', `/households/${referral.household.id}/legal-holds`, { reason: `${lastName} hold` });
    const household = await ok(coordinator, 'GET', `/households/${referral.household.id}`);
    const applicant = household.members.find((m: { role: string }) => m.role === 'applicant');
    return { householdId: household.id, personId: applicant.id, caseId, referralId: referral.id };
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Exporter', ['admin', 'coordinator', 'case_worker', 'analyst']);
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    const programId = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' })).id;
    files.subject = await buildFile('Subjecto', programId);
    files.neighbour = await buildFile('Neighbora', programId);
  });
  afterAll(() => ctx.close());

  it('rectifies a person with a required reason; before, after and reason land in the file history', async () => {
    const url = `/households/${files.subject.householdId}/members/${files.subject.personId}`;
    const noReason = await call(coordinator, 'PATCH', url, { lastName: 'Subjecta' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.headers['content-type']).toContain('application/problem+json');
    const fixed = await ok({ ...coordinator, 'if-match': '"1"' }, 'PATCH', url, {
      lastName: 'Subjecta',
      birthDate: '1981-01-01',
      reason: 'Rectification asked by the person (GDPR art. 16)',
    });
    expect(fixed).toMatchObject({ lastName: 'Subjecta', birthDate: '1981-01-01' });
    const exported = await ok(coordinator, 'GET', `/persons/${files.subject.personId}/export`);
    const change = exported.audit.find((entry: { action: string }) => entry.action === 'person.update');
    expect(change.changes).toEqual({
      lastName: ['Subjecto', 'Subjecta'],
      birthDate: ['1980-01-01', '1981-01-01'],
      householdId: files.subject.householdId,
      reason: 'Rectification asked by the person (GDPR art. 16)',
    });
    expect(change.actorUserId).toBe(org.byRole.coordinator.id);
  });

  it('exports every table that references the person or household, and nothing of another household', async () => {
    const response = await call(coordinator, 'GET', `/persons/${files.subject.personId}/export`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const exported = response.json();
    expect(exported.person).toMatchObject({ id: files.subject.personId, firstName: 'Subjectofirst' });
    expect(exported.household).toMatchObject({ id: files.subject.householdId, address: '1 Subjecto street' });
    expect(exported.otherMembers).toBe(1);
    expect(exported.householdProblems).toHaveLength(1);
    expect(exported.referrals).toHaveLength(1);
    expect(exported.cases).toHaveLength(1);
    const [file] = exported.cases;
    expect(file.case.id).toBe(files.subject.caseId);
    expect(file.timeline.length).toBeGreaterThan(2);
    expect(file.contacts).toHaveLength(1);
    expect(file.assessments).toHaveLength(1);
    expect(file.assessments[0].scores).toHaveLength(1);
    expect(file.aid).toHaveLength(1);
    expect(file.plan).not.toBeNull();
    expect(file.planVersions.length).toBeGreaterThan(0);
    expect(file.breakthroughs).toHaveLength(1);
    expect(file.breakthroughs[0].scenarioLines).toHaveLength(1);
    expect(file.tasks).toMatchObject([{ kind: 'manual', title: 'Call Subjecto about the deposit' }]);
    // The case given to its worker at the referral's acceptance, then the task.
    expect(file.notifications.map((n: { kind: string }) => n.kind)).toContain('task_assigned');
    expect(file.notifications.every((n: { caseId: string }) => n.caseId === files.subject.caseId)).toBe(true);
    // The earlier versions of the corrected contact and aid entry, with the reasons.
    expect(exported.revisions).toHaveLength(2);
    expect(exported.revisions).toMatchObject([
      {
        entityType: 'contact',
        action: 'corrected',
        reason: 'Subjecto asked for it',
        data: { notes: 'Subjecto notes' },
      },
      { entityType: 'aid', action: 'corrected', reason: 'A voucher' },
    ]);
    expect(exported.inquiries).toHaveLength(1);
    expect(exported.legalHolds).toHaveLength(1);
    const actions = new Set(exported.audit.map((entry: { action: string }) => entry.action));
    for (const action of ['household.read', 'person.update', 'legal_hold.place']) expect(actions).toContain(action);

    // The other household of the same organisation: not a trace.
    for (const secret of [
      'Neighbora',
      files.neighbour.householdId,
      files.neighbour.personId,
      files.neighbour.caseId,
      files.neighbour.referralId,
    ]) {
      expect(response.body, secret).not.toContain(secret);
    }
    // Other members are other people: counted, not shown.
    expect(response.body).not.toContain('Subjectochild');

    // Every table referencing the household file, directly or through its cases, referrals, plans,
    // breakthroughs or assessments, is read by the export (from the database catalogue).
    const referencing = await rowsOf<{ child: string }>(
      ctx.database.db as never,
      sql`with recursive tree(tab) as (
            select 'households'::regclass
            union
            select c.conrelid::regclass from pg_constraint c join tree t on c.confrelid = t.tab
            where c.contype = 'f' and c.conrelid <> t.tab
          )
          select tab::text as child from tree`,
    );
    const missing = referencing
      .map((row) => row.child.replace(/"/g, ''))
      .filter((t) => !EXPORTED_TABLES.includes(t as never));
    expect(missing).toEqual([]);

    // The export itself is audited.
    const again = await ok(coordinator, 'GET', `/persons/${files.subject.personId}/export`);
    expect(again.audit.some((entry: { action: string }) => entry.action === 'person.export')).toBe(true);
  });

  it('is for coordinators only (admins do not read file content); unknown people are 404', async () => {
    const caseWorker = (await signIn(ctx.app, org.byRole.case_worker.email)).headers;
    const analyst = (await signIn(ctx.app, org.byRole.analyst.email)).headers;
    expect((await call(admin, 'GET', `/persons/${files.subject.personId}/export`)).statusCode).toBe(403);
    expect((await call(caseWorker, 'GET', `/persons/${files.subject.personId}/export`)).statusCode).toBe(403);
    expect((await call(analyst, 'GET', `/persons/${files.subject.personId}/export`)).statusCode).toBe(403);
    expect((await call(coordinator, 'GET', `/persons/${crypto.randomUUID()}/export`)).statusCode).toBe(404);
    expect((await call(coordinator, 'GET', '/persons/not-a-uuid/export')).statusCode).toBe(400);
  });
});
