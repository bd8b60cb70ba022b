import { Case, Contact, ContactSaved, page, TimelineEntry } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, startCaseworkTest } from '../../../test/fixtures.js';
import { auditLog } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const ContactPage = page(Contact);

describe('contact journal', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let programId: string;
  type Session = Awaited<ReturnType<typeof signIn>>;
  let worker: Session;
  let otherWorker: Session;
  let coordinator: Session;
  let analyst: Session;
  let partner: Session;
  let otherWorkerId: string;

  beforeAll(async () => {
    ({ ctx, org, programId, otherWorkerId, worker, otherWorker, coordinator, analyst, partner } =
      await startCaseworkTest('CPAS Contacts', {
        otherWorkerEmail: 'other.worker@contacts.test',
        program: { contactIntervalDays: 14 },
      }));
  });
  afterAll(() => ctx.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, session: Session, payload?: object, headers = {}) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...session.headers, ...headers },
      ...(payload ? { payload } : {}),
    });

  /** An open case of the org's case worker, opened 30 days ago: its contact is overdue. */
  const newCase = async (openedAt = daysAgo(30)) =>
    (
      await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
        openedAt,
      })
    ).case.id;
  const getCase = async (id: string) => Case.parse((await call('GET', `/cases/${id}`, worker)).json());

  it('moves the contact clock: last contact, due date from the program interval, no longer overdue', async () => {
    const caseId = await newCase();
    const before = await getCase(caseId);
    expect(before.overdue).toBe(true);
    expect(before.lastContactAt).toBeNull();

    // Sent with an offset: stored and answered as the same instant in UTC.
    const occurred = new Date(Date.now() - 2 * DAY);
    occurred.setUTCMilliseconds(0);
    const local = new Date(occurred.getTime() + 2 * 3_600_000).toISOString().replace('.000Z', '+02:00');
    const response = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: local,
      type: 'home_visit',
      durationMinutes: 45,
      participants: 'Mother, eldest son',
      notes: 'Eviction notice received; call the landlord.',
      nextPlannedAt: daysAgo(-5),
    });
    expect(response.statusCode).toBe(201);
    const contact = Contact.parse(response.json());
    expect(contact).toMatchObject({
      caseId,
      occurredAt: occurred.toISOString(),
      type: 'home_visit',
      durationMinutes: 45,
      notes: 'Eviction notice received; call the landlord.',
      recordedBy: org.byRole.case_worker.id,
    });

    const after = await getCase(caseId);
    expect(after.lastContactAt).toBe(occurred.toISOString());
    expect(after.contactDueAt).toBe(new Date(occurred.getTime() + 14 * DAY).toISOString());
    expect(after.overdue).toBe(false);
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('answers with what the case screen shows after it: the case as now read, the new timeline line', async () => {
    const caseId = await newCase();
    const TimelinePage = page(TimelineEntry);
    const latest = daysAgo(1);
    for (const [occurredAt, durationMinutes] of [
      [latest, 30],
      // Journaled late: the case's last contact does not move back, and the answer says so.
      [daysAgo(5), null],
    ] as const) {
      const response = await call('POST', `/cases/${caseId}/contacts`, worker, {
        occurredAt,
        type: 'phone',
        durationMinutes,
      });
      expect(response.statusCode, response.body).toBe(201);
      const saved = ContactSaved.parse(response.json());
      // The same case as a read gives (contact clock, overdue flag, version for the next If-Match)...
      expect(saved.case).toEqual(await getCase(caseId));
      expect(saved.case.lastContactAt).toBe(latest);
      // ...and the same timeline line as the timeline shows, under the recorder's name.
      const timeline = TimelinePage.parse((await call('GET', `/cases/${caseId}/timeline?limit=50`, worker)).json());
      expect(timeline.items).toContainEqual(saved.timelineEntry);
      expect(saved.timelineEntry).toMatchObject({
        at: occurredAt,
        kind: 'contact',
        actor: { id: org.byRole.case_worker.id, displayName: expect.any(String) },
        summary: durationMinutes === null ? 'phone' : `phone (${durationMinutes} min)`,
        note: null,
      });
      expect(saved.timelineEntry.actor?.displayName).not.toBe('');
    }
  });

  it('does not move the last contact back when an older contact is journaled late', async () => {
    const caseId = await newCase();
    const recent = daysAgo(1);
    expect(
      (await call('POST', `/cases/${caseId}/contacts`, worker, { occurredAt: recent, type: 'phone' })).statusCode,
    ).toBe(201);
    const older = await call('POST', `/cases/${caseId}/contacts`, worker, { occurredAt: daysAgo(10), type: 'office' });
    expect(older.statusCode).toBe(201);
    // An hour earlier, written with an offset that makes its text sort after the recent one.
    const hourEarlier = new Date(new Date(recent).getTime() - 3_600_000);
    const withOffset = new Date(hourEarlier.getTime() + 14 * 3_600_000).toISOString().replace('Z', '+14:00');
    expect(withOffset > recent).toBe(true);
    const sameDay = await call('POST', `/cases/${caseId}/contacts`, worker, { occurredAt: withOffset, type: 'video' });
    expect(sameDay.statusCode).toBe(201);
    expect(sameDay.json().occurredAt).toBe(hourEarlier.toISOString());

    const after = await getCase(caseId);
    expect(after.lastContactAt).toBe(recent);
    expect(after.contactDueAt).toBe(new Date(new Date(recent).getTime() + 14 * DAY).toISOString());
  });

  it('refuses a contact in the future and a next contact planned before it (400 on the field)', async () => {
    const caseId = await newCase();
    const future = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      type: 'phone',
    });
    expect(future.statusCode).toBe(400);
    expect(future.headers['content-type']).toContain('application/problem+json');
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'body.occurredAt' })]);

    // A minute ahead is clock skew, not the future.
    const skewed = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: new Date(Date.now() + 60_000).toISOString(),
      type: 'phone',
    });
    expect(skewed.statusCode).toBe(201);

    const plannedBefore = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: daysAgo(1),
      type: 'office',
      nextPlannedAt: daysAgo(2),
    });
    expect(plannedBefore.statusCode).toBe(400);
    expect(plannedBefore.json().errors).toEqual([expect.objectContaining({ path: 'body.nextPlannedAt' })]);

    const unknownField = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: daysAgo(1),
      type: 'office',
      mood: 'fine',
    });
    expect(unknownField.statusCode).toBe(400);

    const list = ContactPage.parse((await call('GET', `/cases/${caseId}/contacts`, worker)).json());
    expect(list.items).toHaveLength(1);
  });

  it('refuses contacts on a closed case (409 case-closed)', async () => {
    const caseId = await newCase();
    const current = await call('GET', `/cases/${caseId}`, coordinator);
    const closed = await call(
      'POST',
      `/cases/${caseId}/transitions`,
      coordinator,
      { to: 'exit', closureReason: 'moved_away' },
      { 'if-match': current.headers.etag as string },
    );
    expect(closed.statusCode).toBe(200);
    const response = await call('POST', `/cases/${caseId}/contacts`, worker, { occurredAt: daysAgo(1), type: 'phone' });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toBe('urn:percee:problem:case-closed');
    expect((await getCase(caseId)).lastContactAt).toBeNull();
  });

  it('lets only the people on the case in: other workers get 404, partners and analysts 403', async () => {
    const caseId = await newCase();
    const payload = { occurredAt: daysAgo(1), type: 'phone' };
    for (const method of ['GET', 'POST'] as const) {
      expect((await call(method, `/cases/${caseId}/contacts`, otherWorker, payload)).statusCode, method).toBe(404);
      expect((await call(method, `/cases/${caseId}/contacts`, analyst, payload)).statusCode, method).toBe(403);
      expect((await call(method, `/cases/${caseId}/contacts`, partner, payload)).statusCode, method).toBe(403);
      expect(
        (await call(method, '/cases/00000000-0000-4000-8000-000000000000/contacts', coordinator, payload)).statusCode,
      ).toBe(404);
    }
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/contacts` })).statusCode).toBe(401);
    const list = ContactPage.parse((await call('GET', `/cases/${caseId}/contacts`, coordinator)).json());
    expect(list.items).toEqual([]);

    // A co-worker is on the case.
    const { etag } = (await call('GET', `/cases/${caseId}`, coordinator)).headers;
    const coWorkers = await call(
      'PUT',
      `/cases/${caseId}/co-workers`,
      coordinator,
      { userIds: [otherWorkerId] },
      { 'if-match': String(etag) },
    );
    expect(coWorkers.statusCode).toBe(200);
    expect((await call('POST', `/cases/${caseId}/contacts`, otherWorker, payload)).statusCode).toBe(201);
  });

  it('puts the type and duration on the timeline, never the notes, and audits the write', async () => {
    const caseId = await newCase();
    const response = await call('POST', `/cases/${caseId}/contacts`, worker, {
      occurredAt: daysAgo(3),
      type: 'with_partner',
      durationMinutes: 30,
      participants: 'Housing officer',
      notes: 'Very private note',
    });
    expect(response.statusCode).toBe(201);
    const timeline = await call('GET', `/cases/${caseId}/timeline`, worker);
    expect(timeline.statusCode).toBe(200);
    const entries = timeline.json<{ items: TimelineEntry[] }>().items.filter((entry) => entry.kind === 'contact');
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'contact',
        summary: 'with_partner (30 min)',
        note: null,
        actor: expect.objectContaining({ id: org.byRole.case_worker.id }),
      }),
    ]);
    expect(timeline.body).not.toContain('Very private note');
    expect(timeline.body).not.toContain('Housing officer');

    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'contact.create'), eq(auditLog.entityId, response.json().id))),
    );
    expect(audited).toHaveLength(1);
    expect(audited[0]?.actorUserId).toBe(org.byRole.case_worker.id);
    expect(JSON.stringify(audited[0]?.changes)).not.toContain('Very private note');
  });

  it('pages through the journal newest first, without gaps or repeats', async () => {
    // Opened before its contacts of January 2020 (a contact before the case opened is refused).
    const caseId = await newCase(new Date(Date.UTC(2019, 11, 1)).toISOString());
    // Two contacts share each moment: the id breaks the tie.
    for (const days of [1, 2, 2, 3, 4, 4, 5]) {
      const response = await call('POST', `/cases/${caseId}/contacts`, worker, {
        occurredAt: new Date(Date.UTC(2020, 0, 10 - days, 9)).toISOString(),
        type: 'phone',
      });
      expect(response.statusCode).toBe(201);
    }
    const all = ContactPage.parse((await call('GET', `/cases/${caseId}/contacts?limit=200`, worker)).json()).items;
    expect(all).toHaveLength(7);
    const times = all.map((contact) => contact.occurredAt);
    expect(times).toEqual([...times].sort().reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        'GET',
        `/cases/${caseId}/contacts?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        worker,
      );
      expect(response.statusCode).toBe(200);
      const result = ContactPage.parse(response.json());
      expect(result.items.length).toBeLessThanOrEqual(2);
      seen.push(...result.items.map((contact) => contact.id));
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((contact) => contact.id));
    expect(new Set(seen).size).toBe(7);

    expect((await call('GET', `/cases/${caseId}/contacts?cursor=not-a-cursor`, worker)).statusCode).toBe(400);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    expect((await call('GET', `/cases/${caseId}/contacts?cursor=${forged}`, worker)).statusCode).toBe(400);
  });
});
