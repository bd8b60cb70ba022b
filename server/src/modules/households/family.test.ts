import { Household, HouseholdCaseSummary, Person } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';

type Headers = Record<string, string>;

/** The day in a time zone, computed here without the server's helpers. */
const dayIn = (timeZone: string, at = new Date()) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
};
/** The same calendar day `years` earlier. */
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the household as a family: members, history, search, summary (issue 18.6)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let other: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Headers;
  let worker: Headers;
  let otherCoordinator: Headers;
  let household: Household;
  // Kiritimati is UTC+14: for most of the UTC day its date is already tomorrow's.
  const zone = 'Pacific/Kiritimati';

  const call = (headers: Headers, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    ctx = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '0' });
    org = await createTestOrganisation(ctx.database, 'Family', ['coordinator', 'case_worker']);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['coordinator']);
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    worker = (await signIn(ctx.app, org.byRole.case_worker.email)).headers;
    otherCoordinator = (await signIn(ctx.app, other.byRole.coordinator.email)).headers;
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`update organisations set time_zone = ${zone} where id = ${org.organisationId}`),
    );
    const created = await call(coordinator, 'POST', '/households', {
      address: '4 rue des Tilleuls',
      postalCode: '7000',
      municipality: 'Mons',
      members: [
        {
          firstName: 'Amélie',
          lastName: 'Dubois',
          birthDate: '1985-03-02',
          role: 'applicant',
          phone: '+32 470/12.34.56',
          email: 'amelie.dubois@example.test',
        },
        { firstName: 'Noé', lastName: 'Dubois', birthDate: '2015-06-30', role: 'child' },
      ],
      confirmNotDuplicate: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    household = Household.parse(created.json());
    // The same name elsewhere: never found from here.
    const elsewhere = await call(otherCoordinator, 'POST', '/households', {
      members: [{ firstName: 'Amélie', lastName: 'Dubois', role: 'applicant', phone: '0470 12 34 56' }],
      confirmNotDuplicate: true,
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
  });
  afterAll(() => ctx.close());

  const search = async (headers: Headers, q: string) => {
    const response = await call(headers, 'GET', `/households?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: { id: string }[] }>().items.map((item) => item.id);
  };

  it('gives ages on the organisation’s day (its time zone), a day before and on a birthday', async () => {
    const today = dayIn(zone);
    const birthdayToday = yearsBefore(today, 30);
    const birthdayTomorrow = yearsBefore(nextDay(today), 30);
    const add = async (firstName: string, birthDate: string) => {
      const response = await call(coordinator, 'POST', `/households/${household.id}/members`, {
        firstName,
        lastName: 'Dubois',
        birthDate,
        role: 'other_adult',
      });
      expect(response.statusCode, response.body).toBe(201);
      return Person.parse(response.json());
    };
    // Birth dates cannot be in the future in UTC; Kiritimati's today may be UTC's tomorrow.
    if (birthdayToday <= new Date().toISOString().slice(0, 10)) {
      expect((await add('Jour', birthdayToday)).age).toBe(30);
    }
    expect((await add('Veille', birthdayTomorrow)).age).toBe(29);
  });

  it('registers a newborn with the day it joined', async () => {
    const born = await call(coordinator, 'POST', `/households/${household.id}/members`, {
      firstName: 'Lou',
      lastName: 'Dubois',
      birthDate: '2025-01-10',
      joinedOn: '2025-01-10',
      role: 'child',
    });
    expect(born.statusCode, born.body).toBe(201);
    expect(born.json()).toMatchObject({ joinedOn: '2025-01-10', leftOn: null, version: 1 });
  });

  it('corrects a member under If-Match, keeps the earlier version with who, when and why', async () => {
    const applicant = household.members.find((m) => m.role === 'applicant') as Person;
    const url = `/households/${household.id}/members/${applicant.id}`;
    const read = await call(coordinator, 'GET', url);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    const body = { phone: '0499 11 22 33', role: 'applicant', reason: 'New number given at the visit' };
    expect((await call(coordinator, 'PATCH', url, body)).statusCode).toBe(428);
    expect((await call({ ...coordinator, 'if-match': '"7"' }, 'PATCH', url, body)).statusCode).toBe(412);
    const changed = await call({ ...coordinator, 'if-match': '"1"' }, 'PATCH', url, body);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ phone: '0499 11 22 33', version: 2 });
    // The same ETag again (a second writer): refused, nothing changed.
    const stale = await call({ ...coordinator, 'if-match': '"1"' }, 'PATCH', url, { ...body, phone: '0400' });
    expect(stale.statusCode).toBe(412);
    // Nothing to change: refused, no empty version in the history.
    const same = await call({ ...coordinator, 'if-match': '"2"' }, 'PATCH', url, body);
    expect(same.statusCode).toBe(422);

    const history = await call(coordinator, 'GET', `${url}/history?limit=10`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toEqual([
      expect.objectContaining({
        version: 1,
        action: 'corrected',
        reason: 'New number given at the visit',
        actor: { id: org.byRole.coordinator.id, displayName: expect.any(String) },
        record: expect.objectContaining({ phone: '+32 470/12.34.56', lastName: 'Dubois' }),
      }),
    ]);
    // The trail says the phone changed, not to what.
    const trail = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ changes: Record<string, unknown> }>(
        tx,
        sql`select changes from audit_log where action = 'person.update' and entity_id = ${applicant.id}`,
      ),
    );
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail[0]?.changes)).not.toContain('0499');
  });

  it('records a move out: the member stays in the composition with the day they left', async () => {
    const child = household.members.find((m) => m.firstName === 'Noé') as Person;
    const url = `/households/${household.id}/members/${child.id}`;
    const wrong = await call({ ...coordinator, 'if-match': '"1"' }, 'PATCH', url, {
      joinedOn: '2020-01-01',
      leftOn: '2019-12-31',
      reason: 'Moved to his father',
    });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.json().errors[0].path).toBe('body.leftOn');
    const moved = await call({ ...coordinator, 'if-match': '"1"' }, 'PATCH', url, {
      leftOn: '2026-09-01',
      reason: 'Moved to his father',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const file = Household.parse((await call(coordinator, 'GET', `/households/${household.id}`)).json());
    expect(file.members.find((m) => m.id === child.id)).toMatchObject({ leftOn: '2026-09-01', firstName: 'Noé' });
  });

  it('finds the household by phone number typed any way, by exact reference, and by names with typos', async () => {
    // The new number (since the correction) in four spellings; the old one no more.
    for (const q of ['0499 11 22 33', '+32 499 11 22 33', '0032499112233', '0499.11.22.33']) {
      expect(await search(coordinator, q), q).toEqual([household.id]);
    }
    expect(await search(coordinator, '0470 12 34 56')).toEqual([]);
    expect(await search(coordinator, household.reference)).toEqual([household.id]);
    expect(await search(coordinator, household.reference.toLowerCase())).toEqual([household.id]);
    expect(await search(coordinator, 'dubios')).toEqual([household.id]);
    expect(await search(coordinator, 'DUBIOS amelie')).toEqual([household.id]);
    expect(await search(coordinator, 'Amélie Dubois')).toEqual([household.id]);
    expect(await search(coordinator, 'dubios zzzz')).toEqual([]);
    // The other organisation's Dubois (same old number) stays there.
    expect(await search(otherCoordinator, 'dubios')).toHaveLength(1);
    expect(await search(otherCoordinator, 'dubios')).not.toContain(household.id);
    // A case worker who does not work with the household does not find it.
    expect(await search(worker, 'dubios')).toEqual([]);
  });

  it('answers the printable summary with the cases’ contacts and partners, as an audited read', async () => {
    const program = await insertProgram(ctx.database, org.organisationId);
    const own = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
      lastName: 'Summaryson',
    });
    const contact = await call(worker, 'POST', `/cases/${own.case.id}/contacts`, {
      occurredAt: new Date().toISOString(),
      type: 'home_visit',
      durationMinutes: 45,
      notes: 'Talked about the summary marker SUMMARY-NOTE-1',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const response = await call(worker, 'GET', `/households/${own.household.id}/summary`);
    expect(response.statusCode, response.body).toBe(200);
    const summary = HouseholdCaseSummary.parse(response.json());
    expect(summary.household.id).toBe(own.household.id);
    expect(summary.today).toBe(dayIn(zone));
    expect(summary.cases).toHaveLength(1);
    expect(summary.cases[0]).toMatchObject({
      id: own.case.id,
      programName: program.name,
      recentContacts: [
        expect.objectContaining({ type: 'home_visit', notes: expect.stringContaining('SUMMARY-NOTE-1') }),
      ],
    });
    const reads = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ n: number }>(
        tx,
        sql`select count(*)::int as n from audit_log where action = 'household.summary' and entity_id = ${own.household.id}
          and actor_user_id = ${org.byRole.case_worker.id}`,
      ),
    );
    expect(reads[0]?.n).toBe(1);
    // Not a file the worker works on, and not from another organisation.
    expect((await call(worker, 'GET', `/households/${household.id}/summary`)).statusCode).toBe(404);
    expect((await call(otherCoordinator, 'GET', `/households/${household.id}/summary`)).statusCode).toBe(404);
    expect(
      (await call(otherCoordinator, 'GET', `/households/${household.id}/members/${household.members[0]?.id}/history`))
        .statusCode,
    ).toBe(404);
  });
});
