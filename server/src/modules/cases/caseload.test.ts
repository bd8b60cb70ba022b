import type { CaseloadEntry, TimelineEntry } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type Headers = { authorization: string };
type Page<T> = { items: T[]; nextCursor: string | null };

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('the caseload and the timeline, page by page', () => {
  let ctx: Ctx;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let worker: Headers;
  let coordinator: Headers;
  let programId: string;
  /** The worker's open cases by name, in the order the caseload must list them. */
  const expected: { name: string; id: string }[] = [];

  const get = (headers: Headers, url: string) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const sqlIn = (statement: ReturnType<typeof sql>) =>
    inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) => tx.execute(statement));

  /** Walks every page of a list with `limit`, checking each page's size and that the walk ends. */
  async function walk<T>(headers: Headers, url: string, limit: number) {
    const seen: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const response = await get(headers, `${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page: Page<T> = response.json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      if (page.nextCursor) expect(page.items).toHaveLength(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(500);
    } while (cursor);
    return { seen, pages };
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Pager', ['coordinator', 'case_worker']);
    worker = (await signIn(ctx.app, org.byRole.case_worker.email)).headers;
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    programId = (await insertProgram(ctx.database, org.organisationId, { contactIntervalDays: 14 })).id;

    const open = async (
      name: string,
      openedDaysAgo: number,
      stage: 'monitoring' | 'assessment' | 'evaluation' = 'monitoring',
      primaryWorkerId = org.byRole.case_worker.id,
    ) => {
      const created = await insertCase(ctx.database, org.organisationId, {
        programId,
        primaryWorkerId,
        stage,
        openedAt: daysFromNow(-openedDaysAgo),
        lastName: name,
      });
      return { name, id: created.case.id };
    };
    // Due 14 days after opening. Overdue first (most overdue first), then awaiting an action, then the rest.
    const mostOverdue = await open('MostOverdue', 40); // due 26 days ago
    const overdue = await open('Overdue', 20); // due 6 days ago
    const assessmentMissing = await open('AssessmentMissing', 5, 'assessment'); // due in 9 days
    const plannedSoon = await open('PlannedSoon', 3); // due in 11 days, a contact planned tomorrow
    await sqlIn(
      sql`update cases set next_planned_contact_at = ${daysFromNow(1)}::timestamptz where id = ${plannedSoon.id}`,
    );
    const evaluation = await open('Evaluation', 0, 'evaluation'); // due in 14 days
    // A co-worker's case counts: the worker is on it.
    const coWorked = await open('CoWorked', 2, 'monitoring', org.byRole.coordinator.id); // due in 12 days
    await sqlIn(
      sql`insert into case_co_workers (organisation_id, case_id, user_id)
          values (${org.organisationId}, ${coWorked.id}, ${org.byRole.case_worker.id})`,
    );
    const calm = await open('Calm', 1); // due in 13 days
    // Two cases due at the same instant: the id decides.
    const twinA = await open('TwinA', 0.5);
    const twinB = await open('TwinB', 0.5);
    const sameDue = daysFromNow(13.5);
    await sqlIn(sql`update cases set contact_due_at = ${sameDue}::timestamptz where id in (${twinA.id}, ${twinB.id})`);
    const twins = [twinA, twinB].sort((a, b) => (a.id < b.id ? -1 : 1));
    const noDueDate = await open('NoDueDate', 0);
    await sqlIn(sql`update cases set contact_due_at = null where id = ${noDueDate.id}`);
    // Not in the caseload: a closed case, and another worker's case.
    const closed = await open('Closed', 60);
    await sqlIn(
      sql`update cases set stage = 'exit', exited_from_stage = 'monitoring', closure_reason = 'goals_reached',
          closed_at = now(), contact_due_at = null where id = ${closed.id}`,
    );
    await open('NotMine', 30, 'monitoring', org.byRole.coordinator.id);

    expected.push(
      mostOverdue,
      overdue,
      assessmentMissing,
      plannedSoon,
      evaluation,
      coWorked,
      calm,
      ...twins,
      noDueDate,
    );
  });
  afterAll(() => ctx.close());

  it('lists the whole caseload most urgent first, every row once, over pages of 2', async () => {
    const whole: Page<CaseloadEntry> = (await get(worker, '/caseload?limit=200')).json();
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.map((entry) => entry.case.household.displayName)).toEqual(
      expected.map(({ name }) => `Léa ${name}`),
    );
    const byName = new Map(whole.items.map((entry) => [entry.case.household.displayName, entry]));
    expect(byName.get('Léa MostOverdue')).toMatchObject({
      daysUntilDue: -26,
      pendingActions: ['contact_overdue'],
      case: { overdue: true },
    });
    expect(byName.get('Léa AssessmentMissing')?.pendingActions).toEqual(['assessment_missing']);
    expect(byName.get('Léa PlannedSoon')?.pendingActions).toEqual(['planned_contact_soon']);
    expect(byName.get('Léa Evaluation')?.pendingActions).toEqual(['evaluation_due']);
    // Due in 13 days at setup, a little less now: whole days, towards zero.
    expect(byName.get('Léa Calm')).toMatchObject({ daysUntilDue: 12, pendingActions: [] });
    expect(byName.get('Léa NoDueDate')).toMatchObject({ daysUntilDue: null, pendingActions: [] });
    expect(byName.get('Léa CoWorked')?.case.coWorkerIds).toEqual([org.byRole.case_worker.id]);

    const { seen, pages } = await walk<CaseloadEntry>(worker, '/caseload', 2);
    expect(pages).toBe(Math.ceil(expected.length / 2));
    expect(seen.map((entry) => entry.case.id)).toEqual(expected.map(({ id }) => id));
    // The default page holds 50.
    expect((await get(worker, '/caseload')).json().items).toHaveLength(expected.length);
  });

  it('filters by stage on the server, across pages', async () => {
    const { seen } = await walk<CaseloadEntry>(worker, '/caseload?stage=monitoring', 2);
    expect(seen.map((entry) => entry.case.household.displayName)).toEqual(
      expected
        .filter(({ name }) => !['AssessmentMissing', 'Evaluation'].includes(name))
        .map(({ name }) => `Léa ${name}`),
    );
    expect((await get(worker, '/caseload?stage=intake')).json()).toEqual({ items: [], nextCursor: null });
  });

  it("shows a coordinator another worker's caseload, page by page; a worker only their own", async () => {
    const { seen } = await walk<CaseloadEntry>(coordinator, `/caseload?workerId=${org.byRole.case_worker.id}`, 4);
    expect(seen.map((entry) => entry.case.id)).toEqual(expected.map(({ id }) => id));
    expect((await get(worker, `/caseload?workerId=${org.byRole.coordinator.id}`)).statusCode).toBe(403);
  });

  it('computes every page of a walk at the instant of its first page (carried in the cursor)', async () => {
    const first: Page<CaseloadEntry> = (await get(worker, '/caseload?limit=2')).json();
    const [, tier, due, id] = JSON.parse(Buffer.from(first.nextCursor as string, 'base64url').toString('utf8'));
    // The same position, as if the first page had been read 13¼ days from now: four more contacts are late then.
    const later = forged([daysFromNow(13.25), tier, due, id]);
    const page: Page<CaseloadEntry> = (await get(worker, `/caseload?limit=4&cursor=${later}`)).json();
    expect(page.items.map((entry) => entry.case.household.displayName)).toEqual([
      'Léa AssessmentMissing',
      'Léa PlannedSoon',
      'Léa CoWorked',
      'Léa Calm',
    ]);
    expect(page.items.every((entry) => entry.case.overdue && entry.pendingActions[0] === 'contact_overdue')).toBe(true);
    expect(page.items.map((entry) => entry.daysUntilDue)).toEqual([-4, -2, -1, 0]);
  });

  it('refuses a forged cursor with 400', async () => {
    const first: Page<CaseloadEntry> = (await get(worker, '/caseload?limit=2')).json();
    expect(first.nextCursor).not.toBeNull();
    const [asOf] = JSON.parse(Buffer.from(first.nextCursor as string, 'base64url').toString('utf8'));
    const id = expected[0]?.id;
    for (const key of [
      [asOf, 7, 'infinity', id], // no such urgency
      [asOf, 1, 'not a date', id],
      ['not a date', 1, 'infinity', id],
      [asOf, 1, 'infinity', 'not-a-uuid'],
      [asOf, 'infinity', id], // a cursor of another list
    ]) {
      const response = await get(worker, `/caseload?cursor=${forged(key)}`);
      expect(response.statusCode, JSON.stringify(key)).toBe(400);
      expect(response.json()).toMatchObject({ status: 400, type: 'urn:percee:problem:bad-cursor' });
    }
    expect((await get(worker, '/caseload?cursor=not%20base64!')).statusCode).toBe(400);
  });

  it('exports the whole caseload as CSV, beyond one page of 200', async () => {
    // 205 more cases of the coordinator's own, in one statement.
    await sqlIn(sql`
      with h as (
        insert into households (organisation_id, reference, display_name, search_text)
        select ${org.organisationId}, 'BULK-' || lpad(g::text, 3, '0'), 'Bulk ' || g, 'bulk ' || g
        from generate_series(1, 205) g
        returning id
      )
      insert into cases (organisation_id, household_id, program_id, primary_worker_id, accompaniment_type, stage,
        opened_at, contact_due_at)
      select ${org.organisationId}, h.id, ${programId}, ${org.byRole.coordinator.id}, 'case_management', 'monitoring',
        now(), now() + interval '14 days'
      from h`);
    const { seen, pages } = await walk<CaseloadEntry>(coordinator, '/caseload', 200);
    // Theirs: the bulk ones, the co-worked case and the other one they are primary worker of.
    expect(seen).toHaveLength(207);
    expect(pages).toBe(2);
    expect(new Set(seen.map((entry) => entry.case.id)).size).toBe(207);

    const csv = await get(coordinator, '/caseload.csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(1 + 207);
    const references = seen.map((entry) => entry.case.household.reference);
    expect(lines.slice(1).map((line) => line.split(/[;,]/)[0])).toEqual(references);

    const mine = await get(worker, '/caseload.csv?stage=monitoring');
    expect(mine.body.trim().split(/\r?\n/)).toHaveLength(1 + expected.length - 2);
  });

  it('pages through the timeline, newest first, each event once; a forged cursor is a 400', async () => {
    const caseId = expected[0]?.id as string;
    // Seven more events, three of them at the same instant (one transaction): the id orders them.
    await sqlIn(sql`
      insert into case_events (organisation_id, case_id, at, kind, summary)
      select ${org.organisationId}, ${caseId}, now() - (g || ' hours')::interval, 'assignment', 'co-workers:' || g
      from generate_series(1, 4) g`);
    await sqlIn(sql`
      insert into case_events (organisation_id, case_id, kind, summary)
      select ${org.organisationId}, ${caseId}, 'assignment', 'co-workers:' || (10 + g) from generate_series(1, 3) g`);
    const whole: Page<TimelineEntry> = (await get(worker, `/cases/${caseId}/timeline?limit=200`)).json();
    expect(whole.nextCursor).toBeNull();
    expect(whole.items).toHaveLength(8);
    // Newest first; the three of one instant by id, newest id first.
    expect(whole.items.map((entry) => entry.summary)).toEqual([
      'co-workers:13',
      'co-workers:12',
      'co-workers:11',
      'co-workers:1',
      'co-workers:2',
      'co-workers:3',
      'co-workers:4',
      'opened',
    ]);
    for (const limit of [1, 2, 3]) {
      const { seen } = await walk<TimelineEntry>(worker, `/cases/${caseId}/timeline`, limit);
      expect(seen).toEqual(whole.items);
    }
    for (const key of [
      ['2025-01-01T00:00:00.000Z', 'a'],
      ['nope', 3],
      ['2025-01-01T00:00:00.000Z', 1.5],
      [1, 2, 3],
    ]) {
      expect((await get(worker, `/cases/${caseId}/timeline?cursor=${forged(key)}`)).statusCode).toBe(400);
    }
  });

  it('moves a case out of "awaiting an action" once it has an assessment', async () => {
    const assessed = expected.find(({ name }) => name === 'AssessmentMissing') as { name: string; id: string };
    const inserted = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ id: string }>(
        tx,
        sql`insert into assessments (organisation_id, case_id, instrument_id, assessed_at, stage, recorded_by)
          select ${org.organisationId}, ${assessed.id}, i.id, now(), 'assessment', ${org.byRole.case_worker.id}
          from assessment_instruments i where i.organisation_id = ${org.organisationId} limit 1
          returning id`,
      ),
    );
    expect(inserted).toHaveLength(1);
    // Due in 9 days with nothing awaiting: the first of the calm ones.
    const reordered = expected.filter(({ name }) => name !== 'AssessmentMissing');
    reordered.splice(4, 0, assessed);
    const { seen } = await walk<CaseloadEntry>(worker, '/caseload', 3);
    expect(seen.map((entry) => entry.case.household.displayName)).toEqual(reordered.map(({ name }) => `Léa ${name}`));
    expect(seen[4]?.pendingActions).toEqual([]);
  });
});
