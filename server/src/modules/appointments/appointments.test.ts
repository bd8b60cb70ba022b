import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Appointment, NoShowReport, OutboxMessage, page } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type createTestOrganisation, signIn, type startTestApp } from '../../../test/app.js';
import { insertCase, startCaseworkTest } from '../../../test/fixtures.js';
import { cases, persons } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { HttpSmsSender, reminderText, runDueReminders } from './reminders.js';
import { appointments } from './tables.js';

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const AppointmentPage = page(Appointment);
const silent = { warn: () => {}, info: () => {} };

describe('appointments and reminders', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let coordinator: Session;
  let analyst: Session;
  let partner: Session;
  let caseId: string;
  let householdId: string;
  let personId: string;

  beforeAll(async () => {
    let programId: string;
    ({ ctx, org, programId, worker, otherWorker, coordinator, analyst, partner } = await startCaseworkTest(
      'CPAS Agenda',
      { otherWorkerEmail: 'other.worker@agenda.test', program: { name: 'Agenda program' } },
    ));
    const found = await insertCase(ctx.database, org.organisationId, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      stage: 'assessment',
      // Opened a week ago: appointments a few hours past are then part of the case (a contact cannot
      // be dated before its case opened).
      openedAt: new Date(Date.now() - 7 * 24 * HOUR).toISOString(),
    });
    caseId = found.case.id;
    householdId = found.household.id;
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, async (tx) => {
      const [member] = await tx
        .update(persons)
        .set({ phone: '+32 470 00 11 22', email: 'lea@example.test' })
        .where(and(eq(persons.organisationId, org.organisationId), eq(persons.householdId, householdId)))
        .returning({ id: persons.id });
      personId = member?.id as string;
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

  const plan = (session: Session, body: object = {}) =>
    call('POST', '/appointments', session, {
      with: 'household',
      caseId,
      memberIds: [personId],
      place: 'home_visit',
      startsAt: inHours(30),
      durationMinutes: 60,
      note: 'Bring the landlord’s letter',
      ...body,
    });

  it('plans a home visit with a reminder the person agreed to: the next planned contact of the case', async () => {
    const startsAt = inHours(30);
    const response = await plan(worker, {
      startsAt,
      reminder: { personId, channel: 'sms', language: 'nl', agreed: true },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['content-type']).toContain('application/json');
    const appointment = Appointment.parse(response.json());
    expect(appointment).toMatchObject({
      with: 'household',
      caseId,
      household: { id: householdId },
      members: [{ id: personId, firstName: 'Léa' }],
      worker: { id: org.byRole.case_worker.id },
      status: 'planned',
      reminder: {
        personId,
        channel: 'sms',
        language: 'nl',
        agreedBy: org.byRole.case_worker.id,
        dueAt: new Date(Date.parse(startsAt) - 48 * HOUR).toISOString(),
        sentAt: null,
      },
    });
    const [row] = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.select({ next: cases.nextPlannedContactAt }).from(cases).where(eq(cases.id, caseId)),
    );
    expect(row?.next).toBe(new Date(startsAt).toISOString());
    const timeline = (await call('GET', `/cases/${caseId}/timeline`, worker)).json();
    const entries = (timeline.items ?? timeline) as { kind: string; summary: string; note: string | null }[];
    expect(
      entries.some((entry) => entry.kind === 'appointment' && entry.summary.startsWith('planned:home_visit')),
    ).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('landlord');
  });

  it('refuses a reminder without the recorded agreement, to a non-member, or on a channel the person lacks', async () => {
    const noAgreement = await plan(worker, { reminder: { personId, channel: 'sms', language: 'fr', agreed: false } });
    expect(noAgreement.statusCode).toBe(400);
    expect(noAgreement.headers['content-type']).toContain('application/problem+json');
    const stranger = await plan(worker, {
      reminder: { personId: org.byRole.case_worker.id, channel: 'sms', language: 'fr', agreed: true },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('body.reminder.personId');
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.update(persons).set({ email: null }).where(eq(persons.id, personId)),
    );
    const noEmail = await plan(worker, { reminder: { personId, channel: 'email', language: 'fr', agreed: true } });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().errors[0].path).toBe('body.reminder.channel');
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.update(persons).set({ email: 'lea@example.test' }).where(eq(persons.id, personId)),
    );
    const noCase = await call('POST', '/appointments', worker, {
      with: 'household',
      place: 'office',
      startsAt: inHours(5),
      durationMinutes: 30,
    });
    expect(noCase.statusCode).toBe(400);
    expect((await plan(worker, { memberIds: [org.byRole.coordinator.id] })).statusCode).toBe(400);
  });

  it('shows a worker their agenda and their cases’, a coordinator the team’s, and nobody else anything', async () => {
    const mine = await plan(worker, { startsAt: inHours(50) });
    const id = mine.json().id;
    expect((await call('GET', `/appointments/${id}`, otherWorker)).statusCode).toBe(404);
    expect((await call('GET', `/appointments/${id}`, coordinator)).statusCode).toBe(200);
    for (const session of [analyst, partner]) {
      expect((await call('GET', `/appointments/${id}`, session)).statusCode).toBe(403);
      expect((await call('GET', '/appointments', session)).statusCode).toBe(403);
    }
    const otherAgenda = AppointmentPage.parse((await call('GET', '/appointments', otherWorker)).json());
    expect(otherAgenda.items).toEqual([]);
    expect((await call('GET', '/appointments?scope=team', worker)).statusCode).toBe(403);
    expect((await call('GET', `/appointments?caseId=${caseId}`, otherWorker)).statusCode).toBe(404);
    const team = AppointmentPage.parse((await call('GET', '/appointments?scope=team&limit=200', coordinator)).json());
    expect(team.items.map((item) => item.id)).toContain(id);
    // A coordinator plans in a worker's agenda; a worker cannot in a colleague's.
    const forWorker = await plan(coordinator, { workerId: org.byRole.case_worker.id, startsAt: inHours(70) });
    expect(forWorker.statusCode, forWorker.body).toBe(201);
    expect(forWorker.json().worker.id).toBe(org.byRole.case_worker.id);
    expect((await plan(worker, { workerId: org.byRole.coordinator.id })).statusCode).toBe(403);
  });

  it('pages a week of the agenda by start time (keyset) and refuses a forged cursor', async () => {
    const from = inHours(100);
    for (const hours of [101, 102, 103]) {
      expect((await plan(worker, { startsAt: inHours(hours), memberIds: [] })).statusCode).toBe(201);
    }
    const to = inHours(104);
    const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const first = AppointmentPage.parse((await call('GET', `/appointments?${range}&limit=2`, worker)).json());
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = AppointmentPage.parse(
      (await call('GET', `/appointments?${range}&limit=2&cursor=${first.nextCursor}`, worker)).json(),
    );
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const starts = [...first.items, ...second.items].map((item) => item.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect((await call('GET', '/appointments?cursor=bm9wZQ', worker)).statusCode).toBe(400);
    expect(
      (await call('GET', `/appointments?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`, worker))
        .statusCode,
    ).toBe(400);
  });

  it('sends each due reminder once, in the person’s language, to the sink, on the case’s timeline', async () => {
    const startsAt = inHours(40);
    const created = await plan(worker, {
      startsAt,
      reminder: { personId, channel: 'email', language: 'fr', agreed: true },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    // Not yet due: nothing goes.
    await ctx.app.reminders.runDueReminders(new Date(Date.parse(startsAt) - 49 * HOUR));
    expect((await call('GET', `/appointments/${id}`, worker)).json().reminder.sentAt).toBeNull();
    // Due: several processes' ticks at once send it once.
    const now = new Date(Date.parse(startsAt) - 47 * HOUR);
    const outcomes = await Promise.all([
      ctx.app.reminders.runDueReminders(now),
      ctx.app.reminders.runDueReminders(now),
      ctx.app.reminders.runDueReminders(now),
    ]);
    const outbox = page(OutboxMessage).parse((await call('GET', '/dev/outbox?limit=200', coordinator)).json());
    const messages = outbox.items.filter((message) => message.appointmentId === id);
    expect(messages).toHaveLength(1);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.sent, 0)).toBeGreaterThanOrEqual(1);
    expect(messages[0]).toMatchObject({ channel: 'email', recipient: 'lea@example.test', language: 'fr' });
    expect(messages[0]?.body).toMatch(/^Rappel : rendez-vous le /);
    expect(messages[0]?.subject).toBe('Rappel de rendez-vous');
    expect((await ctx.app.reminders.runDueReminders(now)).sent).toBe(0);
    expect((await call('GET', `/appointments/${id}`, worker)).json().reminder.sentAt).not.toBeNull();
    const timeline = (await call('GET', `/cases/${caseId}/timeline`, worker)).json();
    const entries = (timeline.items ?? timeline) as { kind: string; summary: string }[];
    const reminders = entries.filter((entry) => entry.kind === 'reminder');
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(reminders)).not.toContain('lea@example.test');
    // The other worker sees no message of an appointment they do not see.
    const theirs = page(OutboxMessage).parse((await call('GET', '/dev/outbox', otherWorker)).json());
    expect(theirs.items.filter((message) => message.appointmentId === id)).toEqual([]);
  });

  it('writes the reminder in Dutch and English too', () => {
    const at = '2026-03-12T09:00:00.000Z';
    expect(reminderText('nl', at, 'office', 'Europe/Brussels').text).toMatch(/^Herinnering: afspraak op .* om 10:00/);
    expect(reminderText('en', at, 'phone', 'Europe/Brussels').text).toMatch(
      /^Reminder: appointment on .* at 10:00 \(by phone\)/,
    );
  });

  it('writes the day and hour in the organisation’s time zone (its report settings)', async () => {
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    // 20:00 UTC: the evening in Paris, already the next morning in Auckland.
    const at = new Date(Date.now() + 30 * HOUR);
    at.setUTCHours(20, 0, 0, 0);
    if (at.getTime() < Date.now() + 30 * HOUR) at.setUTCDate(at.getUTCDate() + 1);
    const startsAt = at.toISOString();
    const sentIn = async (timeZone: string) => {
      const set = await call('PUT', '/reports/settings', admin, { timeZone });
      expect(set.statusCode, set.body).toBe(200);
      const id = (
        await plan(worker, { startsAt, reminder: { personId, channel: 'email', language: 'en', agreed: true } })
      ).json().id;
      await ctx.app.reminders.runDueReminders(new Date(Date.parse(startsAt) - 47 * HOUR));
      const outbox = page(OutboxMessage).parse((await call('GET', '/dev/outbox?limit=200', coordinator)).json());
      return outbox.items.find((message) => message.appointmentId === id)?.body;
    };
    try {
      const auckland = await sentIn('Pacific/Auckland');
      const paris = await sentIn('Europe/Paris');
      expect(auckland).toBe(reminderText('en', startsAt, 'home_visit', 'Pacific/Auckland').text);
      expect(paris).toBe(reminderText('en', startsAt, 'home_visit', 'Europe/Paris').text);
      const day = (timeZone: string) =>
        new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone }).format(new Date(startsAt));
      expect(day('Pacific/Auckland')).not.toBe(day('Europe/Paris'));
      expect(auckland).toContain(day('Pacific/Auckland'));
      expect(paris).toContain(day('Europe/Paris'));
    } finally {
      await call('PUT', '/reports/settings', admin, { timeZone: 'Europe/Paris' });
    }
  });

  describe('the HTTP SMS adapter', () => {
    let server: Server;
    let url: string;
    let answer = 200;
    const received: { authorization: string | undefined; body: { to: string; text: string } }[] = [];

    beforeAll(async () => {
      server = createServer((request: IncomingMessage, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
          response.statusCode = answer;
          response.end('{}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('posts the text with its token; a refusal is retried at the next tick', async () => {
      const startsAt = inHours(200);
      const id = (
        await plan(worker, { startsAt, reminder: { personId, channel: 'sms', language: 'en', agreed: true } })
      ).json().id;
      const deps = {
        db: ctx.database.db,
        senders: { sms: new HttpSmsSender({ url, token: 'sms-token', timeoutMs: 2000 }) },
        log: silent,
      };
      const now = new Date(Date.parse(startsAt) - 47 * HOUR);
      answer = 503;
      expect((await runDueReminders(deps, now)).failed).toBeGreaterThanOrEqual(1);
      const [released] = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
        tx
          .select({ sentAt: appointments.reminderSentAt, attempts: appointments.reminderAttempts })
          .from(appointments)
          .where(eq(appointments.id, id)),
      );
      expect(released).toEqual({ sentAt: null, attempts: 1 });
      answer = 200;
      received.length = 0;
      expect((await runDueReminders(deps, now)).sent).toBeGreaterThanOrEqual(1);
      const mine = received.filter((message) => message.body.text.startsWith('Reminder: appointment on'));
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine[0]).toMatchObject({ authorization: 'Bearer sms-token', body: { to: '+32 470 00 11 22' } });
    });
  });

  it('moves a planned appointment (If-Match), resending its reminder before the new time', async () => {
    const created = await plan(worker, { reminder: { personId, channel: 'sms', language: 'fr', agreed: true } });
    const id = created.json().id;
    expect((await call('PATCH', `/appointments/${id}`, worker, { place: 'office' })).statusCode).toBe(428);
    expect(
      (await call('PATCH', `/appointments/${id}`, worker, { place: 'office' }, { 'if-match': '"9"' })).statusCode,
    ).toBe(412);
    const newStart = inHours(80);
    const moved = await call(
      'PATCH',
      `/appointments/${id}`,
      worker,
      { startsAt: newStart, place: 'office' },
      {
        'if-match': created.headers.etag,
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      place: 'office',
      startsAt: new Date(newStart).toISOString(),
      reminder: { dueAt: new Date(Date.parse(newStart) - 48 * HOUR).toISOString(), sentAt: null },
    });
    expect(
      (await call('PATCH', `/appointments/${id}`, otherWorker, { place: 'phone' }, { 'if-match': '"2"' })).statusCode,
    ).toBe(404);
  });

  it('marks done with the contact it was (journalled and linked), missed once started, cancelled with a reason', async () => {
    const earlier = await plan(worker, { startsAt: inHours(-2) });
    expect(earlier.statusCode).toBe(201);
    const id = earlier.json().id;
    const noContact = await call(
      'POST',
      `/appointments/${id}/transitions`,
      worker,
      { to: 'done' },
      { 'if-match': '"1"' },
    );
    expect(noContact.statusCode).toBe(400);
    const done = await call(
      'POST',
      `/appointments/${id}/transitions`,
      worker,
      {
        to: 'done',
        contact: {
          occurredAt: earlier.json().startsAt,
          type: 'home_visit',
          durationMinutes: 60,
          notes: 'Letter read together',
        },
      },
      { 'if-match': '"1"' },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const contacts = (await call('GET', `/cases/${caseId}/contacts`, worker)).json();
    expect(contacts.items.map((contact: { id: string }) => contact.id)).toContain(done.json().contactId);
    const again = await call(
      'POST',
      `/appointments/${id}/transitions`,
      worker,
      { to: 'missed' },
      { 'if-match': '"2"' },
    );
    expect(again.statusCode).toBe(409);

    const future = (await plan(worker, { startsAt: inHours(3) })).json();
    const early = await call(
      'POST',
      `/appointments/${future.id}/transitions`,
      worker,
      { to: 'missed' },
      { 'if-match': '"1"' },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toContain('appointment-not-started');
    const noReason = await call(
      'POST',
      `/appointments/${future.id}/transitions`,
      worker,
      { to: 'cancelled' },
      { 'if-match': '"1"' },
    );
    expect(noReason.statusCode).toBe(400);
    const cancelled = await call(
      'POST',
      `/appointments/${future.id}/transitions`,
      worker,
      { to: 'cancelled', reason: 'The family is away' },
      { 'if-match': '"1"' },
    );
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusReason: 'The family is away' });

    const missedOne = (await plan(worker, { startsAt: inHours(-1) })).json();
    const missed = await call(
      'POST',
      `/appointments/${missedOne.id}/transitions`,
      worker,
      { to: 'missed' },
      { 'if-match': '"1"' },
    );
    expect(missed.statusCode).toBe(200);
  });

  it('counts missed appointments per program: the no-show rate, for coordinators and analysts only', async () => {
    const query = `from=${encodeURIComponent(inHours(-24))}&to=${encodeURIComponent(inHours(1))}`;
    const report = NoShowReport.parse((await call('GET', `/appointments/no-shows?${query}`, coordinator)).json());
    const line = report.programs.find((item) => item.programName === 'Agenda program');
    expect(line).toMatchObject({ done: 1, missed: 1 });
    expect(line?.noShowRate).toBeCloseTo(0.5);
    expect((await call('GET', `/appointments/no-shows?${query}`, analyst)).statusCode).toBe(200);
    expect((await call('GET', `/appointments/no-shows?${query}`, worker)).statusCode).toBe(403);
    expect((await call('GET', `/appointments/no-shows?${query}`, partner)).statusCode).toBe(403);
  });
});
