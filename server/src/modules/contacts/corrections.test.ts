import { Aid, AidTotal, Appointment, Case, ContactSaved, page, RecordRevision, TimelineEntry } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

/*
 * Corrections (issue 18.5, decision 19): contacts, aid entries and appointments corrected or voided by
 * their author or a coordinator, with a reason; the earlier version kept; voided records in no figure;
 * a closed case reopened within the organisation's period.
 */

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayOf = (iso: string) => iso.slice(0, 10);
const History = page(RecordRevision);
const Timeline = page(TimelineEntry);

describe('corrections of contacts, aid and appointments; reopening a case', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let programId: string;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let coWorker: Session;
  let stranger: Session;
  let coordinator: Session;
  let admin: Session;
  let partner: Session;
  let analyst: Session;
  let outsider: Session;
  let coWorkerId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'CPAS Corrections', [
      'admin',
      'coordinator',
      'case_worker',
      'partner',
      'analyst',
    ]);
    const other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    admin = await signIn(ctx.app, org.byRole.admin.email);
    const ids: string[] = [];
    for (const name of ['co', 'stranger']) {
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: admin.headers,
        payload: {
          email: `${name}@corrections.test`,
          displayName: name,
          role: 'case_worker',
          password: 'a long enough password',
        },
      });
      expect(created.statusCode).toBe(201);
      ids.push(created.json().id);
    }
    coWorkerId = ids[0] as string;
    [worker, coWorker, stranger, coordinator, partner, analyst, outsider] = await Promise.all([
      signIn(ctx.app, org.byRole.case_worker.email),
      signIn(ctx.app, 'co@corrections.test', 'a long enough password'),
      signIn(ctx.app, 'stranger@corrections.test', 'a long enough password'),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.partner.email),
      signIn(ctx.app, org.byRole.analyst.email),
      signIn(ctx.app, other.byRole.coordinator.email),
    ]);
    programId = (await insertProgram(ctx.database, org.organisationId, { contactIntervalDays: 14 })).id;
  });
  afterAll(() => ctx.close());

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    session: Session,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
  const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

  /** An open case of the worker, opened 30 days ago, with a co-worker. */
  const newCase = async () => {
    const caseId = (
      await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
        openedAt: daysAgo(30),
      })
    ).case.id;
    const found = await call('GET', `/cases/${caseId}`, coordinator);
    const set = await call(
      'PUT',
      `/cases/${caseId}/co-workers`,
      coordinator,
      { userIds: [coWorkerId] },
      ifMatch(found.json().version),
    );
    expect(set.statusCode, set.body).toBe(200);
    return caseId;
  };
  const getCase = async (id: string) => Case.parse((await call('GET', `/cases/${id}`, worker)).json());
  const contact = async (caseId: string, body: object, session = worker) => {
    const response = await call('POST', `/cases/${caseId}/contacts`, session, body);
    expect(response.statusCode, response.body).toBe(201);
    return ContactSaved.parse(response.json());
  };
  const report = async () => {
    const response = await call(
      'GET',
      `/reports/activity?from=${dayOf(daysAgo(40))}&to=${dayOf(daysAgo(-1))}&programId=${programId}`,
      coordinator,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    return { contacts: body.contacts, aid: body.aid };
  };

  it('a voided contact leaves the report and the contact clock as if it never existed', async () => {
    const caseId = await newCase();
    const first = await contact(caseId, { occurredAt: daysAgo(10), type: 'office', nextPlannedAt: daysAgo(-3) });
    const before = { report: await report(), case: await getCase(caseId) };
    const caseload = async () => {
      const entry = (await call('GET', '/caseload?limit=100', worker))
        .json()
        .items.find((item: { case: { id: string } }) => item.case.id === caseId);
      return {
        lastContactAt: entry.case.lastContactAt,
        nextPlannedContactAt: entry.nextPlannedContactAt,
        daysUntilDue: entry.daysUntilDue,
      };
    };
    const caseloadBefore = await caseload();

    const second = await contact(caseId, {
      occurredAt: daysAgo(2),
      type: 'home_visit',
      notes: 'Wrong household',
      nextPlannedAt: daysAgo(-10),
    });
    expect(second.case.lastContactAt).toBe(second.occurredAt);
    expect((await report()).contacts).not.toEqual(before.report.contacts);

    const voided = await call(
      'POST',
      `/contacts/${second.id}/void`,
      worker,
      { reason: 'Recorded on the wrong household' },
      ifMatch(second.version),
    );
    expect(voided.statusCode, voided.body).toBe(200);
    const body = ContactSaved.parse(voided.json());
    expect(body.voided).toMatchObject({ by: org.byRole.case_worker.id, reason: 'Recorded on the wrong household' });
    expect(voided.headers.etag).toBe(`"${second.version + 1}"`);
    // The clock falls back to the previous contact, its due date and its next planned date.
    expect(body.case.lastContactAt).toBe(first.occurredAt);
    const after = await getCase(caseId);
    expect(after.lastContactAt).toBe(before.case.lastContactAt);
    expect(after.contactDueAt).toBe(before.case.contactDueAt);
    expect(await caseload()).toEqual(caseloadBefore);
    expect(await report()).toEqual(before.report);
    // Still listed, marked; nothing deleted.
    const list = (await call('GET', `/cases/${caseId}/contacts`, worker)).json().items;
    expect(list.map((item: { id: string; voided: unknown }) => [item.id, !!item.voided])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    // A voided contact changes no more.
    const again = await call(
      'POST',
      `/contacts/${second.id}/corrections`,
      worker,
      { reason: 'Try again', type: 'phone' },
      ifMatch(body.version),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toContain('record-voided');
  });

  it('the author and a coordinator correct; co-worker 403, others 404 or 403; history, timeline, audit', async () => {
    const caseId = await newCase();
    const saved = await contact(caseId, { occurredAt: daysAgo(5), type: 'office', notes: 'Private words' });
    const body = { reason: 'It was a phone call', type: 'phone' };
    const refused = await Promise.all(
      [coWorker, stranger, partner, analyst, admin, outsider].map(
        async (session) =>
          (await call('POST', `/contacts/${saved.id}/corrections`, session, body, ifMatch(1))).statusCode,
      ),
    );
    expect(refused).toEqual([403, 404, 403, 403, 403, 404]);
    expect((await call('GET', `/contacts/${saved.id}/history`, stranger)).statusCode).toBe(404);
    expect((await call('GET', `/contacts/${saved.id}/history`, outsider)).statusCode).toBe(404);

    // Optimistic concurrency and validation, as when recording one.
    expect((await call('POST', `/contacts/${saved.id}/corrections`, worker, body)).statusCode).toBe(428);
    expect((await call('POST', `/contacts/${saved.id}/corrections`, worker, body, ifMatch(7))).statusCode).toBe(412);
    const early = await call(
      'POST',
      `/contacts/${saved.id}/corrections`,
      worker,
      { reason: 'Earlier', occurredAt: daysAgo(45) },
      ifMatch(1),
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().type).toContain('before-case-opened');
    const future = await call(
      'POST',
      `/contacts/${saved.id}/corrections`,
      worker,
      { reason: 'Later', occurredAt: daysAgo(-2) },
      ifMatch(1),
    );
    expect(future.statusCode).toBe(400);
    const same = await call(
      'POST',
      `/contacts/${saved.id}/corrections`,
      worker,
      { reason: 'Same', type: 'office' },
      ifMatch(1),
    );
    expect(same.statusCode).toBe(422);
    expect(same.json().type).toContain('no-change');
    expect(
      (await call('POST', `/contacts/${saved.id}/corrections`, worker, { type: 'phone' }, ifMatch(1))).statusCode,
    ).toBe(400);

    const byAuthor = await call('POST', `/contacts/${saved.id}/corrections`, worker, body, ifMatch(1));
    expect(byAuthor.statusCode, byAuthor.body).toBe(200);
    expect(byAuthor.json()).toMatchObject({ type: 'phone', version: 2, notes: 'Private words' });
    const byCoordinator = await call(
      'POST',
      `/contacts/${saved.id}/corrections`,
      coordinator,
      { reason: 'Notes were for another visit', notes: null },
      ifMatch(2),
    );
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
    expect(byCoordinator.json()).toMatchObject({ version: 3, notes: null });
    expect(byCoordinator.json().correctedAt).not.toBeNull();

    // The co-worker reads the case, so the history too.
    const history = History.parse((await call('GET', `/contacts/${saved.id}/history`, coWorker)).json());
    expect(history.items.map((item) => [item.version, item.action, item.reason, item.actor.id])).toEqual([
      [2, 'corrected', 'Notes were for another visit', org.byRole.coordinator.id],
      [1, 'corrected', 'It was a phone call', org.byRole.case_worker.id],
    ]);
    expect(history.items[0]?.record).toMatchObject({ type: 'phone', notes: 'Private words' });
    expect(history.items[1]?.record).toMatchObject({ type: 'office', notes: 'Private words' });
    const firstPage = History.parse((await call('GET', `/contacts/${saved.id}/history?limit=1`, worker)).json());
    expect(firstPage.items).toHaveLength(1);
    const secondPage = History.parse(
      (await call('GET', `/contacts/${saved.id}/history?limit=1&cursor=${firstPage.nextCursor}`, worker)).json(),
    );
    expect(secondPage.items.map((item) => item.version)).toEqual([1]);

    const timeline = Timeline.parse((await call('GET', `/cases/${caseId}/timeline`, worker)).json());
    const corrected = timeline.items.filter((entry) => entry.kind === 'corrected');
    expect(corrected.map((entry) => entry.note).sort()).toEqual([
      'It was a phone call',
      'Notes were for another visit',
    ]);
    expect(JSON.stringify(timeline.items)).not.toContain('Private words');

    const trail = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.entityId, saved.id))),
    );
    const corrections = trail.filter((entry) => entry.action === 'contact.correct');
    expect(corrections).toHaveLength(2);
    // That the notes changed, never what they say.
    expect(JSON.stringify(trail)).not.toContain('Private words');
  });

  it('aid: corrected within the rules of recording it, voided out of the totals and the report', async () => {
    const caseId = await newCase();
    const grant = async (amountCents: number) => {
      const response = await call('POST', `/cases/${caseId}/aid`, worker, {
        kind: 'food',
        nature: 'financial',
        amountCents,
        grantedOn: dayOf(daysAgo(3)),
      });
      expect(response.statusCode, response.body).toBe(201);
      return Aid.parse(response.json());
    };
    const kept = await grant(1000);
    const before = await report();
    const wrong = await grant(500);
    const total = async () => AidTotal.parse((await call('GET', `/cases/${caseId}/aid/total`, worker)).json());
    expect(await total()).toEqual({ grants: 2, totalCents: 1500 });

    expect(
      (
        await call(
          'POST',
          `/aid/${wrong.id}/corrections`,
          worker,
          { reason: 'Later date', grantedOn: dayOf(daysAgo(-3)) },
          ifMatch(1),
        )
      ).json().type,
    ).toContain('in-future');
    expect((await call('POST', `/aid/${wrong.id}/void`, coWorker, { reason: 'Not mine' }, ifMatch(1))).statusCode).toBe(
      403,
    );
    expect((await call('POST', `/aid/${wrong.id}/void`, outsider, { reason: 'Intruder' }, ifMatch(1))).statusCode).toBe(
      404,
    );
    const corrected = await call(
      'POST',
      `/aid/${kept.id}/corrections`,
      coordinator,
      { reason: 'The voucher was 12 €', amountCents: 1200 },
      ifMatch(1),
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ amountCents: 1200, version: 2 });
    const voided = await call('POST', `/aid/${wrong.id}/void`, worker, { reason: 'Typed twice' }, ifMatch(1));
    expect(voided.statusCode, voided.body).toBe(200);
    expect(await total()).toEqual({ grants: 1, totalCents: 1200 });
    const figures = await report();
    expect(figures.aid).not.toEqual(before.aid);
    expect(JSON.stringify(figures.aid)).toContain('1200');
    const history = History.parse((await call('GET', `/aid/${kept.id}/history`, worker)).json());
    expect(history.items[0]).toMatchObject({ version: 1, action: 'corrected', record: { amountCents: 1000 } });
  });

  it('appointments: a past one corrected or voided, out of the no-show rate; a planned one refused', async () => {
    const caseId = await newCase();
    const plan = async (startsAt: string) => {
      const response = await call('POST', '/appointments', worker, {
        with: 'household',
        caseId,
        memberIds: [],
        place: 'office',
        startsAt,
        durationMinutes: 30,
      });
      expect(response.statusCode, response.body).toBe(201);
      return Appointment.parse(response.json());
    };
    const missed = await plan(daysAgo(1));
    const marked = await call('POST', `/appointments/${missed.id}/transitions`, worker, { to: 'missed' }, ifMatch(1));
    expect(marked.statusCode, marked.body).toBe(200);
    const noShows = async () =>
      (await call('GET', `/appointments/no-shows?from=${daysAgo(5)}&to=${daysAgo(-1)}`, coordinator))
        .json()
        .programs.find((line: { programId: string }) => line.programId === programId) ?? null;
    expect(await noShows()).toMatchObject({ missed: 1 });

    const planned = await plan(daysAgo(-5));
    const refused = await call('POST', `/appointments/${planned.id}/void`, worker, { reason: 'Wrong' }, ifMatch(1));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toContain('appointment-planned');

    expect(
      (await call('POST', `/appointments/${missed.id}/void`, coWorker, { reason: 'Not mine' }, ifMatch(2))).statusCode,
    ).toBe(403);
    const moved = await call(
      'POST',
      `/appointments/${missed.id}/corrections`,
      worker,
      { reason: 'Into the future', startsAt: daysAgo(-2) },
      ifMatch(2),
    );
    expect(moved.statusCode).toBe(400);
    const corrected = await call(
      'POST',
      `/appointments/${missed.id}/corrections`,
      coordinator,
      { reason: 'It was to be a phone call', place: 'phone' },
      ifMatch(2),
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ place: 'phone', version: 3 });
    const voided = await call(
      'POST',
      `/appointments/${missed.id}/void`,
      worker,
      { reason: 'The family had called to cancel' },
      ifMatch(3),
    );
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json().voided).toMatchObject({ reason: 'The family had called to cancel' });
    expect((await noShows())?.missed ?? 0).toBe(0);
    const history = History.parse((await call('GET', `/appointments/${missed.id}/history`, worker)).json());
    expect(history.items.map((item) => item.action)).toEqual(['voided', 'corrected']);
    const timeline = Timeline.parse((await call('GET', `/cases/${caseId}/timeline`, worker)).json());
    expect(timeline.items.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['corrected', 'voided']));
  });

  it('a closed case is reopened by a coordinator with a reason, within the period an admin sets', async () => {
    const caseId = await newCase();
    const close = async () => {
      const found = await getCase(caseId);
      const closed = await call(
        'POST',
        `/cases/${caseId}/transitions`,
        worker,
        { to: 'exit', closureReason: 'goals_reached' },
        ifMatch(found.version),
      );
      expect(closed.statusCode, closed.body).toBe(200);
      return Case.parse(closed.json());
    };
    const closed = await close();
    const saved = (await call('GET', `/cases/${caseId}/contacts`, worker)).json();
    expect(saved.items).toEqual([]);
    const reason = { reason: 'The eviction notice came back' };
    expect((await call('POST', `/cases/${caseId}/reopen`, worker, reason, ifMatch(closed.version))).statusCode).toBe(
      403,
    );
    expect((await call('POST', `/cases/${caseId}/reopen`, outsider, reason, ifMatch(closed.version))).statusCode).toBe(
      404,
    );
    expect((await call('POST', `/cases/${caseId}/reopen`, coordinator, reason, ifMatch(99))).statusCode).toBe(412);
    const reopened = await call('POST', `/cases/${caseId}/reopen`, coordinator, reason, ifMatch(closed.version));
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ stage: 'monitoring', closedAt: null, closureReason: null });
    expect(reopened.json().contactDueAt).not.toBeNull();
    const again = await call('POST', `/cases/${caseId}/reopen`, coordinator, reason, ifMatch(reopened.json().version));
    expect(again.json().type).toContain('case-not-closed');
    const timeline = Timeline.parse((await call('GET', `/cases/${caseId}/timeline`, worker)).json());
    expect(timeline.items.find((entry) => entry.kind === 'reopened')).toMatchObject({
      summary: 'exit→monitoring',
      note: 'The eviction notice came back',
    });

    // The period: admins set it (coordinators read it), and past it the coordinator is refused.
    expect((await call('GET', '/case-settings', coordinator)).json()).toEqual({ reopenDays: 90 });
    expect((await call('PUT', '/case-settings', coordinator, { reopenDays: 0 })).statusCode).toBe(403);
    expect((await call('PUT', '/case-settings', admin, { reopenDays: 4000 })).statusCode).toBe(400);
    const set = await call('PUT', '/case-settings', admin, { reopenDays: 0 });
    expect(set.statusCode, set.body).toBe(200);
    const closedAgain = await close();
    const late = await call('POST', `/cases/${caseId}/reopen`, coordinator, reason, ifMatch(closedAgain.version));
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ reopenDays: 0 });
    expect(late.json().type).toContain('reopen-period-over');
    await call('PUT', '/case-settings', admin, { reopenDays: 90 });
  });
});
