import { Case, type CaseloadEntry, type CaseStage, Household, Referral } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';

type Session = Awaited<ReturnType<typeof signIn>>;

describe('referrals, households and the six-stage case workflow', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Session;
  let worker: Session;
  let partner: Session;
  let analyst: Session;
  let programId: string;
  let smallProgramId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS', [
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
      'admin',
    ]);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    [coordinator, worker, partner, analyst] = [
      await signIn(ctx.app, org.byRole.coordinator.email),
      await signIn(ctx.app, org.byRole.case_worker.email),
      await signIn(ctx.app, org.byRole.partner.email),
      await signIn(ctx.app, org.byRole.analyst.email),
    ];
    const program = await call(coordinator, 'GET', '/programs');
    expect(program.statusCode).toBe(200);
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const created = await call(admin, 'POST', '/programs', {
      name: 'Case management',
      method: 'case_management',
      caseloadLimit: 10,
      contactIntervalDays: 14,
      accompanimentTypes: ['case_management'],
      eligibilityChecklist: [
        { code: 'real_request', label: 'The person asks for support' },
        { code: 'residence', label: 'Has a residence permit' },
      ],
    });
    expect(created.statusCode).toBe(201);
    programId = created.json().id;
    smallProgramId = (await insertProgram(ctx.database, org.organisationId, { caseloadLimit: 1 })).id;
  });
  afterAll(() => ctx.close());

  function call(
    session: Session,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) {
    return ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
  }

  const newHousehold = (lastName: string, extra: object = {}) => ({
    address: `12 rue des ${lastName}`,
    postalCode: '7100',
    municipality: 'La Louvière',
    members: [
      { firstName: 'Éloïse', lastName, birthDate: '1985-04-12', role: 'applicant' },
      { firstName: 'Tom', lastName, birthDate: '2012-09-01', role: 'child' },
    ],
    problems: [{ domain: 'debt', severity: 'high', since: '2024-01-01' }],
    ...extra,
  });

  async function referAndAccept(lastName: string): Promise<Case> {
    const referral = await call(partner, 'POST', '/referrals', {
      referrerService: 'CPAS Nord',
      reason: 'Eviction notice received',
      personAgreed: true,
      household: newHousehold(lastName),
    });
    expect(referral.statusCode).toBe(201);
    const accepted = await call(coordinator, 'POST', `/referrals/${referral.json().id}/accept`, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true, residence: true },
    });
    expect(accepted.statusCode).toBe(200);
    return Case.parse(accepted.json().case);
  }

  async function move(session: Session, caseId: string, to: CaseStage, extra: object = {}) {
    const current = await call(session, 'GET', `/cases/${caseId}`);
    return call(
      session,
      'POST',
      `/cases/${caseId}/transitions`,
      { to, ...extra },
      { 'if-match': current.headers.etag as string },
    );
  }

  it('takes a referral from the inbox to a case at intake, assigned to a case worker', async () => {
    const sent = await call(partner, 'POST', '/referrals', {
      referrerService: 'Housing corporation',
      referrerContact: 'M. Dubois, 071 00 00 00',
      reason: 'Rent arrears, eviction hearing in 6 weeks',
      personAgreed: true,
      household: newHousehold('Lambert'),
    });
    expect(sent.statusCode).toBe(201);
    const referral = Referral.parse(sent.json());
    // The partner typed the names but does not read household files: the answer does not name it.
    expect(referral).toMatchObject({ status: 'new', household: { displayName: null } });

    const inbox = await call(coordinator, 'GET', '/referrals?status=new');
    expect(inbox.json().items.find((r: Referral) => r.id === referral.id)).toMatchObject({
      household: { displayName: 'Éloïse Lambert' },
    });

    // Eligibility is checked: one criterion unmet answers 422 naming it.
    const notEligible = await call(coordinator, 'POST', `/referrals/${referral.id}/accept`, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true, residence: false },
    });
    expect(notEligible.statusCode).toBe(422);
    expect(notEligible.json().errors).toEqual([expect.objectContaining({ path: 'body.eligibility.residence' })]);

    // A partner cannot decide.
    const byPartner = await call(partner, 'POST', `/referrals/${referral.id}/decline`, { reason: 'other' });
    expect(byPartner.statusCode).toBe(403);

    const accepted = await call(coordinator, 'POST', `/referrals/${referral.id}/accept`, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true, residence: true },
      note: 'Urgent: hearing date',
    });
    expect(accepted.statusCode).toBe(200);
    const opened = Case.parse(accepted.json().case);
    expect(opened).toMatchObject({ stage: 'intake', allowedMoves: ['assessment', 'exit'], overdue: false });
    expect(opened.primaryWorker.id).toBe(org.byRole.case_worker.id);
    expect(accepted.json().referral).toMatchObject({ status: 'accepted', caseId: opened.id });

    // Deciding twice is a conflict.
    const again = await call(coordinator, 'POST', `/referrals/${referral.id}/decline`, { reason: 'duplicate' });
    expect(again.statusCode).toBe(409);
    // The worker sees it in the caseload.
    const caseload = await call(worker, 'GET', '/caseload');
    expect(caseload.json().items.map((entry: CaseloadEntry) => entry.case.id)).toContain(opened.id);
  });

  it('declines with a reason the referrer can see, and lets a referrer withdraw', async () => {
    const sent = await call(partner, 'POST', '/referrals', {
      referrerService: 'School',
      reason: 'Absent for weeks',
      personAgreed: true,
      household: newHousehold('Peeters'),
    });
    const declined = await call(coordinator, 'POST', `/referrals/${sent.json().id}/decline`, {
      reason: 'out_of_territory',
      note: 'Lives in Mons: referred to CPAS Mons',
    });
    expect(declined.statusCode).toBe(200);
    const seenByReferrer = await call(partner, 'GET', `/referrals/${sent.json().id}`);
    expect(seenByReferrer.json()).toMatchObject({
      status: 'declined',
      declineReason: 'out_of_territory',
      decisionNote: 'Lives in Mons: referred to CPAS Mons',
    });

    const second = await call(partner, 'POST', '/referrals', {
      referrerService: 'School',
      reason: 'Second thoughts',
      personAgreed: true,
      household: newHousehold('Janssens'),
    });
    const withdrawn = await call(partner, 'POST', `/referrals/${second.json().id}/withdraw`, { note: 'Family moved' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    // A partner sees only the referrals it sent.
    const mine = await call(partner, 'GET', '/referrals');
    const creators = new Set(mine.json().items.map((r: Referral) => r.createdBy));
    expect([...creators]).toEqual([org.byRole.partner.id]);
  });

  it('refers an existing household only for whoever may read it, and names it only to them', async () => {
    // A household known here, with no case of this case worker.
    const unseen = await call(coordinator, 'POST', '/referrals', {
      referrerService: 'CPAS Nord',
      reason: 'First contact',
      personAgreed: true,
      household: newHousehold('Verhoeven'),
    });
    expect(unseen.statusCode).toBe(201);
    const householdId = unseen.json().household.id;
    const again = { referrerService: 'Desk', reason: 'Again', personAgreed: true, householdId };
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    for (const session of [admin, partner, worker]) {
      const refused = await call(session, 'POST', '/referrals', again);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([{ path: 'body.householdId', message: 'Unknown household' }]);
      expect(refused.body).not.toContain('Verhoeven');
    }
    // Its case worker may, and gets the name back; so does a coordinator.
    const opened = await referAndAccept('Claes');
    const byWorker = await call(worker, 'POST', '/referrals', { ...again, householdId: opened.household.id });
    expect(byWorker.statusCode, byWorker.body).toBe(201);
    expect(byWorker.json().household.displayName).toBe('Éloïse Claes');
    const byCoordinator = await call(coordinator, 'POST', '/referrals', again);
    expect(byCoordinator.json().household.displayName).toBe('Éloïse Verhoeven');

    // An accepted referral's note opens the case's timeline: its referrer sees neither it nor the name
    // unless it reads the household's file.
    const sent = await call(partner, 'POST', '/referrals', {
      referrerService: 'School',
      reason: 'Absent for weeks',
      personAgreed: true,
      household: newHousehold('Wouters'),
    });
    await call(coordinator, 'POST', `/referrals/${sent.json().id}/accept`, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true, residence: true },
      note: 'Father in detention, mother overwhelmed',
    });
    const seenByPartner = await call(partner, 'GET', `/referrals/${sent.json().id}`);
    expect(seenByPartner.json()).toMatchObject({
      status: 'accepted',
      decisionNote: null,
      household: { displayName: null },
    });
    const seenByCoordinator = await call(coordinator, 'GET', `/referrals/${sent.json().id}`);
    expect(seenByCoordinator.json()).toMatchObject({
      decisionNote: 'Father in detention, mother overwhelmed',
      household: { displayName: 'Éloïse Wouters' },
    });
  });

  it('walks every stage, with re-assessment, and writes each step on the timeline', async () => {
    const opened = await referAndAccept('Dupont');
    const path: CaseStage[] = [
      'assessment',
      'planning',
      'monitoring',
      'evaluation',
      'assessment',
      'planning',
      'monitoring',
      'evaluation',
    ];
    for (const to of path) {
      const moved = await move(worker, opened.id, to, { note: `to ${to}` });
      expect(moved.statusCode, to).toBe(200);
      expect(moved.json().stage).toBe(to);
    }
    const closed = await move(worker, opened.id, 'exit', {
      closureReason: 'goals_reached',
      note: 'Housing kept, debts settled',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      stage: 'exit',
      closureReason: 'goals_reached',
      allowedMoves: [],
      contactDueAt: null,
      overdue: false,
    });
    expect(closed.json().closedAt).toBeTruthy();

    const timeline = (await call(worker, 'GET', `/cases/${opened.id}/timeline`)).json().items;
    const steps = timeline
      .filter((e: { kind: string }) => e.kind === 'stage_change')
      .map((e: { summary: string }) => e.summary);
    expect(steps.reverse()).toEqual([
      'intake→assessment',
      'assessment→planning',
      'planning→monitoring',
      'monitoring→evaluation',
      'evaluation→assessment',
      'assessment→planning',
      'planning→monitoring',
      'monitoring→evaluation',
      'evaluation→exit (goals_reached)',
    ]);
    expect(timeline[0]).toMatchObject({
      actor: { id: org.byRole.case_worker.id },
      note: 'Housing kept, debts settled',
    });
    expect(timeline.at(-1).kind).toBe('opened');
  });

  it('refuses illegal moves with 409 naming the allowed ones, and exit without a reason', async () => {
    const opened = await referAndAccept('Martin');
    const skip = await move(worker, opened.id, 'planning');
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      type: 'urn:percee:problem:illegal-transition',
      allowedMoves: ['assessment', 'exit'],
    });
    const noReason = await move(worker, opened.id, 'exit');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.closureReason');
    await move(worker, opened.id, 'exit', { closureReason: 'not_admitted' });
    const afterExit = await move(worker, opened.id, 'assessment');
    expect(afterExit.statusCode).toBe(409);
    expect(afterExit.json().allowedMoves).toEqual([]);
  });

  it('does not let concurrent edits overwrite each other (If-Match)', async () => {
    const opened = await referAndAccept('Concurrent');
    const etag = (await call(worker, 'GET', `/cases/${opened.id}`)).headers.etag as string;
    expect(etag).toBe(`"${opened.version}"`);
    const missing = await call(worker, 'POST', `/cases/${opened.id}/transitions`, { to: 'assessment' });
    expect(missing.statusCode).toBe(428);
    const [a, b] = await Promise.all([
      call(worker, 'POST', `/cases/${opened.id}/transitions`, { to: 'assessment' }, { 'if-match': etag }),
      call(
        coordinator,
        'POST',
        `/cases/${opened.id}/transitions`,
        { to: 'exit', closureReason: 'other' },
        { 'if-match': etag },
      ),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const stale = await call(
      worker,
      'POST',
      `/cases/${opened.id}/transitions`,
      { to: 'exit', closureReason: 'other' },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);
  });

  it('does not let two coordinators overwrite each other’s co-workers (If-Match)', async () => {
    const opened = await referAndAccept('CoWorkersRace');
    const url = `/cases/${opened.id}/co-workers`;
    const etag = (await call(coordinator, 'GET', `/cases/${opened.id}`)).headers.etag as string;
    expect((await call(coordinator, 'PUT', url, { userIds: [] })).statusCode).toBe(428);
    const [a, b] = await Promise.all([
      call(coordinator, 'PUT', url, { userIds: [org.byRole.coordinator.id] }, { 'if-match': etag }),
      call(coordinator, 'PUT', url, { userIds: [] }, { 'if-match': etag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const winner = a.statusCode === 200 ? a : b;
    expect(winner.headers.etag).toBe(`"${opened.version + 1}"`);
    expect((await call(coordinator, 'PUT', url, { userIds: [] }, { 'if-match': etag })).statusCode).toBe(412);
    expect((await call(coordinator, 'GET', `/cases/${opened.id}`)).json().coWorkerIds).toEqual(
      winner.json().coWorkerIds,
    );
  });

  it('enforces the caseload limit, with a coordinator override that needs a reason', async () => {
    const busy = org.byRole.case_worker.id;
    // The worker already carries cases; the small program allows one.
    const sent = await call(coordinator, 'POST', '/referrals', {
      referrerService: 'Police liaison',
      reason: 'Domestic violence follow-up',
      personAgreed: true,
      household: newHousehold('Limit'),
    });
    const body = {
      programId: smallProgramId,
      primaryWorkerId: busy,
      accompanimentType: 'case_management',
      eligibility: { real_request: true },
    };
    const full = await call(coordinator, 'POST', `/referrals/${sent.json().id}/accept`, body);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ type: 'urn:percee:problem:caseload-full', caseloadLimit: 1 });
    const overridden = await call(coordinator, 'POST', `/referrals/${sent.json().id}/accept`, {
      ...body,
      caseloadOverrideReason: 'Knows the family already',
    });
    expect(overridden.statusCode).toBe(200);
    const timeline = (await call(coordinator, 'GET', `/cases/${overridden.json().case.id}/timeline`)).json().items;
    expect(timeline.at(-1).note).toContain('Caseload override: Knows the family already');
  });

  it('lets case workers see only their cases; partners and analysts see no case files', async () => {
    const mine = await referAndAccept('Visible');
    const theirs = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.coordinator.id,
    });
    expect((await call(worker, 'GET', `/cases/${mine.id}`)).statusCode).toBe(200);
    expect((await call(worker, 'GET', `/cases/${theirs.case.id}`)).statusCode).toBe(404);
    expect((await call(worker, 'GET', `/households/${theirs.household.id}`)).statusCode).toBe(404);
    const listed = (await call(worker, 'GET', '/cases?limit=200')).json().items.map((c: Case) => c.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.case.id);
    expect((await call(coordinator, 'GET', `/cases/${theirs.case.id}`)).statusCode).toBe(200);

    // Made co-worker: now visible to the worker.
    const coWorkers = await call(
      coordinator,
      'PUT',
      `/cases/${theirs.case.id}/co-workers`,
      { userIds: [org.byRole.case_worker.id] },
      { 'if-match': `"${theirs.case.version}"` },
    );
    expect(coWorkers.statusCode).toBe(200);
    const asCoWorker = await call(worker, 'GET', `/cases/${theirs.case.id}`);
    expect(asCoWorker.statusCode).toBe(200);
    expect(asCoWorker.json().coWorkerIds).toEqual([org.byRole.case_worker.id]);
    expect((await call(worker, 'GET', `/cases/${theirs.case.id}/contacts`)).statusCode).toBe(200);

    for (const session of [partner, analyst]) {
      for (const url of [
        `/cases/${mine.id}`,
        '/cases',
        '/caseload',
        `/households/${mine.household.id}`,
        '/households',
      ]) {
        expect((await call(session, 'GET', url)).statusCode, url).toBe(403);
      }
    }
    // Another organisation sees nothing of it.
    const stranger = await signIn(ctx.app, other.byRole.coordinator.email);
    expect((await call(stranger, 'GET', `/cases/${mine.id}`)).statusCode).toBe(404);
    expect((await call(stranger, 'GET', `/households/${mine.household.id}`)).statusCode).toBe(404);
    expect((await call(stranger, 'GET', `/referrals`)).json().items).toEqual([]);
  });

  it('transfers a case with a reason (coordinators only)', async () => {
    const opened = await referAndAccept('Transfer');
    const etag = (await call(coordinator, 'GET', `/cases/${opened.id}`)).headers.etag as string;
    const byWorker = await call(
      worker,
      'POST',
      `/cases/${opened.id}/assignment`,
      { primaryWorkerId: org.byRole.coordinator.id, reason: 'holiday' },
      { 'if-match': etag },
    );
    expect(byWorker.statusCode).toBe(403);
    const transferred = await call(
      coordinator,
      'POST',
      `/cases/${opened.id}/assignment`,
      { primaryWorkerId: org.byRole.coordinator.id, reason: 'Worker on leave' },
      { 'if-match': etag },
    );
    expect(transferred.statusCode).toBe(200);
    expect(transferred.json().primaryWorker.id).toBe(org.byRole.coordinator.id);
    expect((await call(worker, 'GET', `/cases/${opened.id}`)).statusCode).toBe(404);
  });

  it('warns of a possible duplicate household (same person, or same address), and accepts a confirmed one', async () => {
    const first = await call(coordinator, 'POST', '/households', newHousehold('Moreau'));
    expect(first.statusCode).toBe(201);
    const household = Household.parse(first.json());
    expect(household.reference).toMatch(/^H-\d{4}-\d{5}$/);

    const samePerson = await call(coordinator, 'POST', '/households', {
      members: [{ firstName: 'ELOISE', lastName: 'moreau', birthDate: '1985-04-12', role: 'applicant' }],
    });
    expect(samePerson.statusCode).toBe(409);
    expect(samePerson.json().duplicates).toEqual([
      expect.objectContaining({ householdId: household.id, reason: 'same_person', reference: household.reference }),
    ]);
    const sameAddress = await call(coordinator, 'POST', '/households/duplicate-check', {
      members: [],
      address: '12 Rue des Moreau',
      postalCode: '7100',
    });
    expect(sameAddress.json().items).toEqual([expect.objectContaining({ reason: 'same_address' })]);
    const confirmed = await call(coordinator, 'POST', '/households', {
      members: [{ firstName: 'Eloise', lastName: 'Moreau', birthDate: '1985-04-12', role: 'applicant' }],
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
    const other = await call(coordinator, 'POST', '/households/duplicate-check', {
      members: [{ firstName: 'Nobody', lastName: 'Known', birthDate: '1990-01-01' }],
    });
    expect(other.json().items).toEqual([]);
  });

  it('names the shared birth date of a possible duplicate as data, for screens to say in their language', async () => {
    const first = await call(coordinator, 'POST', '/households', newHousehold('Lambotte'));
    expect(first.statusCode).toBe(201);
    const check = await call(coordinator, 'POST', '/households/duplicate-check', {
      members: [{ firstName: 'Eloise', lastName: 'Lambotte', birthDate: '1985-04-12' }],
    });
    expect(check.json().items).toEqual([
      expect.objectContaining({ reason: 'same_person', birthDate: '1985-04-12', householdId: first.json().id }),
    ]);
  });

  it('searches households by name, reference or address, ignoring accents and case', async () => {
    const created = Household.parse(
      (await call(coordinator, 'POST', '/households', newHousehold('Vandenbroucke'))).json(),
    );
    for (const q of ['vandenbroucke', 'ELOISE vanden', created.reference, 'rue des vandenbroucke']) {
      const found = await call(coordinator, 'GET', `/households?q=${encodeURIComponent(q)}`);
      expect(
        found.json().items.map((h: { id: string }) => h.id),
        q,
      ).toContain(created.id);
    }
    expect((await call(coordinator, 'GET', '/households?q=zzzznotthere')).json().items).toEqual([]);
    const summary = (await call(coordinator, 'GET', `/households?q=${created.reference}`)).json().items[0];
    expect(summary).toMatchObject({ memberCount: 2, openCaseCount: 0, displayName: 'Éloïse Vandenbroucke' });
  });

  it('updates a household with If-Match and rebuilds its name from the members', async () => {
    const created = await call(coordinator, 'POST', '/households', newHousehold('Leclercq'));
    const etag = created.headers.etag as string;
    const updated = await call(
      coordinator,
      'PATCH',
      `/households/${created.json().id}`,
      {
        municipality: 'Binche',
        problems: [
          { domain: 'housing', severity: 'critical' },
          { domain: 'debt', severity: 'medium' },
        ],
      },
      { 'if-match': etag },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json().problems.map((p: { domain: string }) => p.domain)).toEqual(['debt', 'housing']);
    const stale = await call(
      coordinator,
      'PATCH',
      `/households/${created.json().id}`,
      { municipality: 'Mons' },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);
    const applicant = created.json().members[0];
    const renamed = await call(
      coordinator,
      'PATCH',
      `/households/${created.json().id}/members/${applicant.id}`,
      { lastName: 'Leclercq-Dubois', reason: 'Spelling corrected at her request' },
      { 'if-match': `"${applicant.version}"` },
    );
    expect(renamed.json()).toMatchObject({ lastName: 'Leclercq-Dubois', birthDate: '1985-04-12' });
    const reloaded = await call(coordinator, 'GET', `/households/${created.json().id}`);
    expect(reloaded.json().members[0].lastName).toBe('Leclercq-Dubois');
    const search = await call(coordinator, 'GET', '/households?q=leclercq-dubois');
    expect(search.json().items[0].displayName).toBe('Éloïse Leclercq-Dubois');
  });

  it('puts overdue cases first in the caseload, and filters overdue cases', async () => {
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const overdue = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      openedAt: longAgo,
      stage: 'monitoring',
    });
    const caseload = (await call(worker, 'GET', '/caseload')).json().items as CaseloadEntry[];
    expect(caseload[0]?.case.id).toBe(overdue.case.id);
    expect(caseload[0]).toMatchObject({
      case: { overdue: true },
      daysUntilDue: -26,
      pendingActions: ['contact_overdue'],
    });
    expect(caseload.slice(1).every((entry) => !entry.case.overdue)).toBe(true);
    const filtered = (await call(coordinator, 'GET', '/cases?overdue=true&limit=200'))
      .json()
      .items.map((c: Case) => c.id);
    expect(filtered).toEqual([overdue.case.id]);
    const team = (await call(coordinator, 'GET', '/team')).json().items;
    expect(team.find((member: { id: string }) => member.id === org.byRole.case_worker.id).openCases).toBeGreaterThan(3);
  });

  it('pages through cases in a stable order without gaps or repeats', async () => {
    const all = (await call(coordinator, 'GET', '/cases?limit=200&sort=opened')).json().items.map((c: Case) => c.id);
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Case[]; nextCursor: string | null } = (
        await call(coordinator, 'GET', `/cases?limit=3&sort=opened${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    // A forged cursor is refused cleanly, never reaching SQL.
    for (const forged of [
      ['2025-01-01', 'not-a-uuid'],
      ['not a date', '00000000-0000-4000-8000-000000000000'],
      [1, 2, 3],
    ]) {
      const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url');
      expect((await call(coordinator, 'GET', `/cases?cursor=${cursor}`)).statusCode).toBe(400);
      // Household cursors hold a name: any text goes, but the id must be one.
      if (forged[1] === 'not-a-uuid' || forged.length === 3) {
        expect((await call(coordinator, 'GET', `/households?cursor=${cursor}`)).statusCode).toBe(400);
      }
      expect((await call(coordinator, 'GET', `/referrals?cursor=${cursor}`)).statusCode).toBe(400);
    }
  });
});
