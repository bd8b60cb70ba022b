import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { partnerUpdates } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo/seed.js';
import { runRetention } from './scheduler.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type Headers = { authorization: string };

/** Closes a case at an instant given relative to the retention limit (SQL interval arithmetic, like the job). */
async function closeCase(ctx: Ctx, organisationId: string, caseId: string, closedAt: ReturnType<typeof sql>) {
  await inTenant(ctx.database.db, { organisationId }, (tx) =>
    tx.execute(sql`update cases set stage = 'exit', exited_from_stage = 'monitoring', closure_reason = 'goals_reached',
        closed_at = ${closedAt}, contact_due_at = null where organisation_id = ${organisationId} and id = ${caseId}`),
  );
}

describe('retention: pseudonymisation after the retention period, dry run, legal holds', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Headers;
  let coordinator: Headers;
  let caseWorker: Headers;
  const households: Record<'due' | 'recent' | 'open' | 'held', { householdId: string; caseId: string }> = {} as never;

  const call = async (headers: Headers, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Keeper', ['admin', 'coordinator', 'case_worker']);
    admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    caseWorker = (await signIn(ctx.app, org.byRole.case_worker.email)).headers;
    const programId = (await insertProgram(ctx.database, org.organisationId)).id;
    const open = async (lastName: string) => {
      const created = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId: org.byRole.case_worker.id,
        stage: 'monitoring',
        openedAt: '2015-03-01T09:00:00.000Z',
        lastName,
      });
      return { householdId: created.household.id, caseId: created.case.id };
    };
    households.due = await open('Dueson');
    households.recent = await open('Recentski');
    households.open = await open('Openheim');
    households.held = await open('Heldman');
    // A contact with notes and a household address on the due one, through the API.
    const contact = await call(coordinator, 'POST', `/cases/${households.due.caseId}/contacts`, {
      occurredAt: '2020-01-10T10:00:00.000Z',
      type: 'home_visit',
      durationMinutes: 60,
      participants: 'Madame Dueson and her sister',
      notes: 'Talked about the Dueson debts',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    // Corrected since: its earlier version, with the old notes, and the reason are kept (decision 19).
    const corrected = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/contacts/${contact.json().id}/corrections`,
      headers: { ...coordinator, 'if-match': '"1"' },
      payload: { reason: 'Madame Dueson asked for it', notes: 'Talked again about the Dueson debts' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const household = await call(coordinator, 'GET', `/households/${households.due.householdId}`);
    const address = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${households.due.householdId}`,
      headers: { ...coordinator, 'if-match': household.headers.etag as string },
      payload: {
        address: '12 rue des Dueson',
        postalCode: '26000',
        municipality: 'Valence',
        problems: [{ domain: 'debt', severity: 'high', note: 'Dueson owes rent' }],
      },
    });
    expect(address.statusCode, address.body).toBe(200);
    // A consent line and a partner involvement with free text about the person, both closed since.
    const service = await call(admin, 'POST', '/admin/partner-services', { name: 'Housing desk' });
    expect(service.statusCode, service.body).toBe(201);
    const consent = await call(coordinator, 'POST', `/households/${households.due.householdId}/consents`, {
      personId: household.json().members[0].id,
      purpose: 'case_support',
      partnerServiceId: service.json().id,
      legalBasis: 'consent',
      evidenceNote: 'Signed by Madame Dueson',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const involvement = await call(coordinator, 'POST', `/cases/${households.due.caseId}/involvements`, {
      partnerServiceId: service.json().id,
      purpose: 'case_support',
      note: 'Dueson needs a flat',
    });
    expect(involvement.statusCode, involvement.body).toBe(201);
    // A partner's update with words about the person (issue 18.7), written as the database owner
    // (the API path is tested in partners/partner-updates.test.ts).
    await ctx.database.db.insert(partnerUpdates).values({
      organisationId: org.organisationId,
      caseId: households.due.caseId,
      partnerServiceId: service.json().id,
      authorId: org.byRole.coordinator.id,
      done: 'Visited Madame Dueson',
      nextStep: 'Dueson signs the lease',
    });
    const ended = await call(
      coordinator,
      'POST',
      `/cases/${households.due.caseId}/involvements/${involvement.json().id}/end`,
      { reason: 'Dueson housed' },
    );
    expect(ended.statusCode, ended.body).toBeLessThan(300);
    const withdrawn = await call(coordinator, 'POST', `/consents/${consent.json().id}/withdraw`, {
      reason: 'Dueson withdrew',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBeLessThan(300);

    // An appointment with a note about the person (issue 18.2).
    const appointment = await call(coordinator, 'POST', '/appointments', {
      with: 'household',
      caseId: households.due.caseId,
      memberIds: [household.json().members[0].id],
      place: 'home_visit',
      startsAt: new Date(Date.now() + 30 * 3_600_000).toISOString(),
      durationMinutes: 60,
      note: 'Bring Madame Dueson’s lease',
    });
    expect(appointment.statusCode, appointment.body).toBe(201);
    // The local sink's copy of its reminder (what the SinkSender writes), naming the person.
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`insert into outbox_messages (organisation_id, appointment_id, channel, recipient, language, body)
        values (${org.organisationId}, ${appointment.json().id}, 'sms', '+32470999111',
          'fr', 'Rappel pour Madame Dueson: rendez-vous demain')`),
    );
    // A member corrected since (issue 18.6): the earlier version, with the name and phone, is kept.
    const member = household.json().members[0];
    const corrected2 = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${households.due.householdId}/members/${member.id}`,
      headers: { ...coordinator, 'if-match': `"${member.version}"` },
      payload: { phone: '0470 99 91 12', reason: 'Madame Dueson has a new number' },
    });
    expect(corrected2.statusCode, corrected2.body).toBe(200);
    // A task written about the person on the case (decision 18), and a rule's task (no text) beside it.
    const task = await call(caseWorker, 'POST', '/tasks', {
      title: 'Call Madame Dueson about the deposit',
      dueAt: '2020-01-12T09:00:00.000Z',
      caseId: households.due.caseId,
    });
    expect(task.statusCode, task.body).toBe(201);
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`insert into tasks (organisation_id, kind, owner_id, case_id, due_at, rule_key)
        values (${org.organisationId}, 'contact_overdue', ${org.byRole.case_worker.id}, ${households.due.caseId},
          '2020-01-20T09:00:00Z', ${`contact_overdue:${households.due.caseId}::${org.byRole.case_worker.id}`})`),
    );

    const limit = sql`now() - make_interval(months => 60)`;
    // Closed one day before the limit (more than 60 months ago): due.
    await closeCase(ctx, org.organisationId, households.due.caseId, sql`${limit} - interval '1 day'`);
    // Closed one day after the limit: not yet.
    await closeCase(ctx, org.organisationId, households.recent.caseId, sql`${limit} + interval '1 day'`);
    // Closed long ago, but the household has another case still open.
    await closeCase(ctx, org.organisationId, households.open.caseId, sql`${limit} - interval '400 days'`);
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`insert into cases (organisation_id, household_id, program_id, primary_worker_id, accompaniment_type, stage)
        values (${org.organisationId}, ${households.open.householdId}, ${programId}, ${org.byRole.case_worker.id}, 'case_management', 'intake')`),
    );
    // Closed long ago and under a legal hold.
    await closeCase(ctx, org.organisationId, households.held.caseId, sql`${limit} - interval '400 days'`);
  });
  afterAll(() => ctx.close());

  it('lets only admins see and set the retention period (default 60 months), audited', async () => {
    expect((await call(admin, 'GET', '/admin/retention/settings')).json()).toEqual({ retentionMonths: 60 });
    expect((await call(coordinator, 'GET', '/admin/retention/settings')).statusCode).toBe(403);
    expect((await call(coordinator, 'GET', '/admin/retention/preview')).statusCode).toBe(403);
    expect((await call(coordinator, 'POST', '/admin/retention/run')).statusCode).toBe(403);
    const bad = await call(admin, 'PUT', '/admin/retention/settings', { retentionMonths: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await call(admin, 'PUT', '/admin/retention/settings', { retentionMonths: 601 })).statusCode).toBe(400);
    const set = await call(admin, 'PUT', '/admin/retention/settings', { retentionMonths: 120 });
    expect(set.json()).toEqual({ retentionMonths: 120 });
    // With 120 months nothing here is due (closed about 61 and 72 months ago).
    expect((await call(admin, 'GET', '/admin/retention/preview')).json().items).toEqual([]);
    expect((await call(admin, 'PUT', '/admin/retention/settings', { retentionMonths: 60 })).statusCode).toBe(200);
    const audited = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ changes: unknown }>(
        tx,
        sql`select changes from audit_log where action = 'retention.settings' order by id`,
      ),
    );
    expect(audited.map((row) => row.changes)).toEqual([{ retentionMonths: [60, 120] }, { retentionMonths: [120, 60] }]);
  });

  it('places a legal hold (coordinators and admins only; one active at a time)', async () => {
    expect(
      (
        await call(caseWorker, 'POST', `/households/${households.held.householdId}/legal-holds`, {
          reason: 'Court case',
        })
      ).statusCode,
    ).toBe(403);
    const placed = await call(coordinator, 'POST', `/households/${households.held.householdId}/legal-holds`, {
      reason: 'Court case pending at the tribunal',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({
      active: true,
      reason: 'Court case pending at the tribunal',
      releasedAt: null,
    });
    const again = await call(admin, 'POST', `/households/${households.held.householdId}/legal-holds`, {
      reason: 'Second hold',
    });
    expect(again.statusCode).toBe(409);
    const unknown = await call(coordinator, 'POST', `/households/${crypto.randomUUID()}/legal-holds`, {
      reason: 'x x x',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('previews what a run would do: closed one day past the limit is due, one day short is not, an open case and a hold block', async () => {
    const response = await call(admin, 'GET', '/admin/retention/preview');
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview.retentionMonths).toBe(60);
    const byId = new Map(preview.items.map((item: { householdId: string }) => [item.householdId, item]));
    expect(byId.get(households.due.householdId)).toMatchObject({
      held: false,
      counts: { persons: 1, cases: 1, contacts: 1, referrals: 0 },
    });
    expect(byId.get(households.held.householdId)).toMatchObject({ held: true });
    expect(byId.has(households.recent.householdId)).toBe(false);
    expect(byId.has(households.open.householdId)).toBe(false);
    expect(preview).toMatchObject({ due: 1, held: 1 });
    // References and counts only: no names, no address.
    for (const secret of ['Dueson', 'Heldman', 'Léa', 'rue des', 'Valence'])
      expect(response.body).not.toContain(secret);
  });

  it('runs: pseudonymises the due household only, keeps its rows, clears every note, audits, and is idempotent', async () => {
    const run = await call(admin, 'POST', '/admin/retention/run');
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().pseudonymised.map((p: { householdId: string }) => p.householdId)).toEqual([
      households.due.householdId,
    ]);
    expect(run.json().skippedHeld).toBe(1);

    const household = (await call(coordinator, 'GET', `/households/${households.due.householdId}`)).json();
    expect(household).toMatchObject({ address: null, postalCode: null, municipality: null });
    expect(household.members).toHaveLength(1);
    expect(household.members[0]).toMatchObject({ firstName: '—', lastName: '—', birthDate: null, phone: null });
    expect(household.problems).toEqual([{ domain: 'debt', severity: 'high', since: null, note: null }]);
    const contacts = (await call(coordinator, 'GET', `/cases/${households.due.caseId}/contacts`)).json();
    expect(contacts.items).toHaveLength(1);
    expect(contacts.items[0]).toMatchObject({
      type: 'home_visit',
      durationMinutes: 60,
      notes: null,
      participants: null,
    });
    const search = (await call(coordinator, 'GET', '/households?q=dueson')).json();
    expect(search.items).toEqual([]);
    // Nothing personal is left anywhere in its case-work tables.
    const leftovers = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ hit: string }>(
        tx,
        sql`select 'households' as hit from households h where h.id = ${households.due.householdId} and h::text ilike '%dueson%'
            union all select 'persons' from persons p where p.household_id = ${households.due.householdId} and p::text ilike '%dueson%'
            union all select 'contacts' from contacts k where k.case_id = ${households.due.caseId} and k::text ilike '%dueson%'
            union all select 'revisions' from record_revisions r where r.case_id = ${households.due.caseId} and r::text ilike '%dueson%'
            union all select 'problems' from household_problems x where x.household_id = ${households.due.householdId} and x::text ilike '%dueson%'
            union all select 'events' from case_events e where e.case_id = ${households.due.caseId} and e.note is not null
            union all select 'consents' from consents c where c.household_id = ${households.due.householdId} and c::text ilike '%dueson%'
            union all select 'involvements' from case_involvements i where i.case_id = ${households.due.caseId} and i::text ilike '%dueson%'
            union all select 'appointments' from appointments a where a.household_id = ${households.due.householdId} and a::text ilike '%dueson%'
            union all select 'partner updates' from partner_updates u where u.case_id = ${households.due.caseId} and u::text ilike '%dueson%'
            union all select 'tasks' from tasks t where t.case_id = ${households.due.caseId} and t::text ilike '%dueson%'
            union all select 'sink' from outbox_messages o where o.organisation_id = ${org.organisationId}
            union all select 'member versions' from record_revisions r where r.entity_type = 'person'
              and r.entity_id in (select p.id from persons p where p.household_id = ${households.due.householdId})
              and (r::text ilike '%dueson%' or r::text like '%0470%')`,
      ),
    );
    expect(leftovers).toEqual([]);
    // The tasks stay (the counts do not move); a manual one keeps a placeholder title, a rule's none.
    const keptTasks = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ kind: string; title: string | null }>(
        tx,
        sql`select kind, title from tasks where case_id = ${households.due.caseId} order by kind`,
      ),
    );
    expect(keptTasks).toEqual([
      { kind: 'contact_overdue', title: null },
      { kind: 'manual', title: '—' },
    ]);
    // The others are untouched.
    const recent = (await call(coordinator, 'GET', `/households/${households.recent.householdId}`)).json();
    expect(recent.members[0].lastName).toBe('Recentski');
    const held = (await call(coordinator, 'GET', `/households/${households.held.householdId}`)).json();
    expect(held.members[0].lastName).toBe('Heldman');
    const open = (await call(coordinator, 'GET', `/households/${households.open.householdId}`)).json();
    expect(open.members[0].lastName).toBe('Openheim');

    const audit = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ action: string; entity_id: string; actor_user_id: string | null }>(
        tx,
        sql`select action, entity_id, actor_user_id from audit_log
            where action in ('household.pseudonymise', 'retention.run') order by id`,
      ),
    );
    expect(audit).toEqual([
      { action: 'household.pseudonymise', entity_id: households.due.householdId, actor_user_id: org.byRole.admin.id },
      { action: 'retention.run', entity_id: org.organisationId, actor_user_id: org.byRole.admin.id },
    ]);

    const second = await call(admin, 'POST', '/admin/retention/run');
    expect(second.json()).toMatchObject({ pseudonymised: [], skippedHeld: 1 });
    const preview = (await call(admin, 'GET', '/admin/retention/preview')).json();
    expect(preview).toMatchObject({ due: 0, held: 1 });
  });

  it('releases a hold: the household goes at the next run (here the daily scheduler), which records no person as actor', async () => {
    const holds = (await call(coordinator, 'GET', `/households/${households.held.householdId}/legal-holds`)).json();
    expect(holds.items).toHaveLength(1);
    const holdId = holds.items[0].id;
    const noReason = await call(
      coordinator,
      'POST',
      `/households/${households.held.householdId}/legal-holds/${holdId}/release`,
      {},
    );
    expect(noReason.statusCode).toBe(400);
    const released = await call(
      admin,
      'POST',
      `/households/${households.held.householdId}/legal-holds/${holdId}/release`,
      {
        reason: 'Judgment delivered',
      },
    );
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json()).toMatchObject({
      active: false,
      releaseReason: 'Judgment delivered',
      releasedBy: { id: org.byRole.admin.id },
    });
    const twice = await call(
      admin,
      'POST',
      `/households/${households.held.householdId}/legal-holds/${holdId}/release`,
      {
        reason: 'Again',
      },
    );
    expect(twice.statusCode).toBe(409);
    const preview = (await call(admin, 'GET', '/admin/retention/preview')).json();
    expect(preview).toMatchObject({ due: 1, held: 0 });

    // The CLI's dry run changes nothing; the scheduler's run does it.
    const dry = await runRetention(ctx.database.db, {
      dryRun: true,
      organisationId: org.organisationId,
      source: 'cli',
    });
    expect(dry[0]?.result).toMatchObject({ due: 1 });
    expect(await ctx.app.retentionScheduler.runOnce()).toBe(1);
    expect(await ctx.app.retentionScheduler.runOnce()).toBe(0);
    const held = (await call(coordinator, 'GET', `/households/${households.held.householdId}`)).json();
    expect(held.members[0].lastName).toBe('—');
    const [row] = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ actor_user_id: string | null; actor_client_id: string | null; request_id: string }>(
        tx,
        sql`select actor_user_id, actor_client_id, request_id from audit_log
            where action = 'household.pseudonymise' and entity_id = ${households.held.householdId}`,
      ),
    );
    expect(row).toEqual({ actor_user_id: null, actor_client_id: null, request_id: 'retention-job' });
    // The hold history stays, released.
    const after = (await call(coordinator, 'GET', `/households/${households.held.householdId}/legal-holds`)).json();
    expect(after.items[0]).toMatchObject({ active: false, reason: 'Court case pending at the tribunal' });
  });

  it('pages the preview oldest closure first with whole-run totals, and a run works through every page', async () => {
    const other = await createTestOrganisation(ctx.database, 'Pages', ['admin', 'coordinator']);
    const otherAdmin = (await signIn(ctx.app, other.byRole.admin.email)).headers;
    const otherCoordinator = (await signIn(ctx.app, other.byRole.coordinator.email)).headers;
    // 205 households never taken on, registered 70 months ago or more (a day apart, the last two on the same
    // instant), and 2 more under a legal hold; one recent one that is not due.
    await inTenant(ctx.database.db, { organisationId: other.organisationId }, async (tx) => {
      await tx.execute(sql`
        insert into households (organisation_id, reference, display_name, search_text, created_at)
        select ${other.organisationId}, 'R-' || lpad(g::text, 3, '0'), 'Old ' || g, 'old ' || g,
          now() - interval '70 months' - (least(g, 206) || ' days')::interval
        from generate_series(1, 207) g`);
      await tx.execute(sql`
        insert into households (organisation_id, reference, display_name, search_text)
        values (${other.organisationId}, 'R-NEW', 'New', 'new')`);
      await tx.execute(sql`
        insert into legal_holds (organisation_id, household_id, reason, placed_by)
        select ${other.organisationId}, h.id, 'Court case', ${other.byRole.coordinator.id}
        from households h where h.organisation_id = ${other.organisationId} and h.reference in ('R-010', 'R-150')`);
    });
    const whole = (await call(otherAdmin, 'GET', '/admin/retention/preview?limit=200')).json();
    expect(whole).toMatchObject({ due: 205, held: 2 });
    expect(whole.items).toHaveLength(200);
    expect(whole.nextCursor).not.toBeNull();
    const rest = (
      await call(otherAdmin, 'GET', `/admin/retention/preview?limit=200&cursor=${whole.nextCursor}`)
    ).json();
    expect(rest).toMatchObject({ due: 205, held: 2, nextCursor: null });
    const all = [...whole.items, ...rest.items] as { reference: string; held: boolean }[];
    // Oldest closure first: R-206 and R-207 share the oldest instant (the reference orders them), then R-205…R-001.
    const expected = [
      'R-206',
      'R-207',
      ...Array.from({ length: 205 }, (_, i) => `R-${String(205 - i).padStart(3, '0')}`),
    ];
    expect(all.map((item) => item.reference)).toEqual(expected);
    expect(all.filter((item) => item.held).map((item) => item.reference)).toEqual(['R-150', 'R-010']);

    // Small pages: every row once, in order, the same totals on each page.
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await call(
        otherAdmin,
        'GET',
        `/admin/retention/preview?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      expect(page).toMatchObject({ due: 205, held: 2, retentionMonths: 60 });
      seen.push(...page.items.map((item: { reference: string }) => item.reference));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected);
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const key of [
      ['nope', 'R-001', crypto.randomUUID()],
      ['2020-01-01T00:00:00.000Z', 'R-001', 'not-a-uuid'],
      ['2020-01-01T00:00:00.000Z', crypto.randomUUID()],
    ]) {
      const response = await call(otherAdmin, 'GET', `/admin/retention/preview?cursor=${forged(key)}`);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }

    // The CLI's dry run lists them all; the run erases every due one, beyond the first page.
    const dry = await runRetention(ctx.database.db, {
      dryRun: true,
      organisationId: other.organisationId,
      source: 'cli',
    });
    expect(dry[0]?.result).toMatchObject({ due: 205, held: 2, nextCursor: null });
    expect(dry[0]?.result).toHaveProperty('items.length', 207);
    const run = await call(otherAdmin, 'POST', '/admin/retention/run');
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().pseudonymised).toHaveLength(205);
    expect(run.json().skippedHeld).toBe(2);
    expect((await call(otherAdmin, 'GET', '/admin/retention/preview')).json()).toMatchObject({
      due: 0,
      held: 2,
      nextCursor: null,
    });
    // The legal holds of a household, newest first, page by page.
    const [held] = await inTenant(ctx.database.db, { organisationId: other.organisationId }, (tx) =>
      rowsOf<{ id: string }>(tx, sql`select id from households where reference = 'R-010'`),
    );
    const holdsUrl = `/households/${held?.id}/legal-holds`;
    const first = (await call(otherCoordinator, 'GET', holdsUrl)).json();
    expect(first.items).toHaveLength(1);
    for (const reason of ['Second case', 'Third case']) {
      const release = await call(
        otherCoordinator,
        'POST',
        `${holdsUrl}/${(await call(otherCoordinator, 'GET', holdsUrl)).json().items[0].id}/release`,
        {
          reason: 'Judgment delivered',
        },
      );
      expect(release.statusCode, release.body).toBe(200);
      expect((await call(otherCoordinator, 'POST', holdsUrl, { reason })).statusCode).toBe(201);
    }
    const holds = (await call(otherCoordinator, 'GET', `${holdsUrl}?limit=200`)).json();
    expect(holds.nextCursor).toBeNull();
    expect(holds.items.map((hold: { reason: string; active: boolean }) => [hold.reason, hold.active])).toEqual([
      ['Third case', true],
      ['Second case', false],
      ['Court case', false],
    ]);
    for (const limit of [1, 2]) {
      const walked: unknown[] = [];
      let next: string | null = null;
      do {
        const page: { items: unknown[]; nextCursor: string | null } = (
          await call(otherCoordinator, 'GET', `${holdsUrl}?limit=${limit}${next ? `&cursor=${next}` : ''}`)
        ).json();
        walked.push(...page.items);
        next = page.nextCursor;
      } while (next);
      expect(walked).toEqual(holds.items);
    }
    expect((await call(otherCoordinator, 'GET', `${holdsUrl}?cursor=${forged(['x', 'y'])}`)).statusCode).toBe(400);
  });

  it('refuses the append-only history function for a household that was not pseudonymised', async () => {
    const attempt = inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`select app.retention_clear_history(${households.recent.householdId}::uuid)`),
    );
    await expect(attempt).rejects.toThrow();
  });
});

describe('retention keeps the figures: the activity report and the avoided-cost summary are unchanged', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startTestApp();
    expect(await seedDemoIfEmpty(ctx.database.db)).toBe(true);
  });
  afterAll(() => ctx.close());

  it('gives the same figures before and after pseudonymising every closed household of the demo', async () => {
    const admin = (await signIn(ctx.app, 'admin@demo.percee.test', DEMO_PASSWORD)).headers;
    const coordinator = (await signIn(ctx.app, 'coordinatrice@demo.percee.test', DEMO_PASSWORD)).headers;
    const get = async (url: string) => {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: coordinator });
      expect(response.statusCode, response.body).toBe(200);
      // Computed afresh each time (no snapshots in tests): only the figures are compared.
      const { computedAt: _computedAt, ...figures } = response.json();
      return figures;
    };
    const year = new Date().getUTCFullYear();
    const figures = async () => ({
      soliha: await get('/reports/activity?from=2016-01-01&to=2016-12-31'),
      recent: await get(`/reports/activity?from=${year - 1}-01-01&to=${year}-12-31`),
      avoided: await get('/avoided-costs/summary'),
      avoidedByProgram: await get('/avoided-costs/summary?groupBy=program'),
    });
    const before = await figures();
    const set = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/retention/settings',
      headers: admin,
      payload: { retentionMonths: 1 },
    });
    expect(set.statusCode).toBe(200);
    const run = await ctx.app.inject({ method: 'POST', url: '/api/v1/admin/retention/run', headers: admin });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().pseudonymised.length).toBeGreaterThan(100);
    const after = await figures();
    expect(after).toEqual(before);
    expect(before.soliha.diagnostics.done).toBe(129);
  });
});
