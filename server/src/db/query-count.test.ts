import { contactTypes, problemDomains } from '@percee/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { insertCase, insertProgram } from '../../test/fixtures.js';
import { caseCoWorkers, contacts, householdProblems, objectives, persons, referrals } from './schema.js';
import { inTenant } from './tenant.js';

/*
 * No N+1: the main reads send a fixed number of statements, whatever the number of rows. Two
 * organisations hold the same shapes, one with 2 of everything (cases, contacts, members, problems,
 * co-workers, referrals), one with 20; each read must send the same statements for both, and no more
 * than its bound. Statements are counted through drizzle's logger, i.e. everything the app sends
 * through `db` (the tenant setup, the account check and the audit insert included; BEGIN/COMMIT are
 * left out, as node-postgres logs them and PGlite does not).
 */
describe('statements per request (no N+1)', () => {
  const statements: string[] = [];
  let counting = false;
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  type Shape = Awaited<ReturnType<typeof build>>;
  let small: Shape;
  let large: Shape;

  beforeAll(async () => {
    ctx = await startTestApp(
      // No background webhook or import rounds while counting.
      { WEBHOOK_WORKER_INTERVAL_MS: '0', IMPORT_WORKER_INTERVAL_MS: '0' },
      {
        logger: {
          logQuery(query) {
            // BEGIN/COMMIT go through the logger with node-postgres only; count the same on both drivers.
            if (counting && !/^\s*(begin|commit|rollback)\b/i.test(query)) statements.push(query);
          },
        },
      },
    );
    small = await build('Small', 2);
    large = await build('Large', 20);
  });
  afterAll(() => ctx.close());

  /** An organisation with n cases (one worker, the coordinator co-working on each), and n of everything per case. */
  async function build(name: string, n: number) {
    const org = await createTestOrganisation(ctx.database, name, ['coordinator', 'case_worker', 'partner']);
    const organisationId = org.organisationId;
    const worker = org.byRole.case_worker.id;
    const program = await insertProgram(ctx.database, organisationId, { method: 'breakthrough', caseloadLimit: 100 });
    const created: Awaited<ReturnType<typeof insertCase>>[] = [];
    for (let i = 0; i < n; i++) {
      created.push(
        await insertCase(ctx.database, organisationId, {
          programId: program.id,
          primaryWorkerId: worker,
          stage: i % 2 ? 'assessment' : 'monitoring',
          lastName: `Dupont${name}${i}`,
          openedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        }),
      );
    }
    const first = created[0] as (typeof created)[number];
    await inTenant(ctx.database.db, { organisationId }, async (tx) => {
      await tx
        .insert(caseCoWorkers)
        .values(created.map((c) => ({ organisationId, caseId: c.case.id, userId: org.byRole.coordinator.id })));
      await tx.insert(contacts).values(
        Array.from({ length: n }, (_, i) => ({
          organisationId,
          caseId: first.case.id,
          occurredAt: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
          type: contactTypes[i % contactTypes.length] as (typeof contactTypes)[number],
          recordedBy: worker,
        })),
      );
      // An open objective with a due date on every case (the caseload's next one due), n on the first.
      await tx.insert(objectives).values(
        [...created, ...created.slice(1).map(() => first)].map((c, i) => ({
          organisationId,
          caseId: c.case.id,
          round: 1,
          setInRound: 1,
          domain: 'housing' as const,
          text: `Objective ${i}`,
          dueOn: `2027-01-${String(1 + (i % 28)).padStart(2, '0')}`,
          createdBy: worker,
        })),
      );
      await tx.insert(persons).values(
        Array.from({ length: n - 1 }, (_, i) => ({
          organisationId,
          householdId: first.household.id,
          firstName: `Child${i}`,
          lastName: 'Dupont',
          nameKey: `dupont child${i}`,
          role: 'child' as const,
        })),
      );
      await tx.insert(householdProblems).values(
        problemDomains.slice(0, Math.min(n, problemDomains.length)).map((domain) => ({
          organisationId,
          householdId: first.household.id,
          domain,
          severity: 'high' as const,
        })),
      );
      await tx.insert(referrals).values(
        created.map((c) => ({
          organisationId,
          referrerService: 'CPAS Nord',
          reason: 'Eviction notice',
          personAgreed: true,
          programId: program.id,
          householdId: c.household.id,
          createdBy: org.byRole.partner.id,
        })),
      );
    });
    return {
      n,
      organisationId,
      programId: program.id,
      workerId: worker,
      caseId: first.case.id,
      householdId: first.household.id,
      coordinator: await signIn(ctx.app, org.byRole.coordinator.email),
      worker: await signIn(ctx.app, org.byRole.case_worker.email),
      partner: await signIn(ctx.app, org.byRole.partner.email),
    };
  }

  /** Statements sent while answering one GET; the response must be a 200 with `rows` items. */
  async function count(
    shape: Shape,
    session: 'coordinator' | 'worker' | 'partner',
    url: (shape: Shape) => string,
    rows: (body: unknown) => number,
  ) {
    statements.length = 0;
    counting = true;
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1${url(shape)}`,
      headers: shape[session].headers,
    });
    counting = false;
    expect(response.statusCode, response.body).toBe(200);
    return { statements: [...statements], rows: rows(response.json()) };
  }

  const items = (body: unknown) => (body as { items: unknown[] }).items.length;

  // [name, who, url, how many rows the response carries (grows with n), most statements allowed].
  // The bounds are today's counts: set_config (role, tenant, user), the account check, the work, and
  // the audit insert for reads of personal data. A case's co-workers come in its own statement
  // (repo.caseColumns). On PostgreSQL BEGIN, set_config and the account check are one round trip.
  const reads: [
    string,
    'coordinator' | 'worker' | 'partner',
    (shape: Shape) => string,
    (body: unknown) => number,
    number,
  ][] = [
    ['caseload', 'worker', () => '/caseload?limit=100', items, 4],
    ['cases list (coordinator)', 'coordinator', () => '/cases?limit=100', items, 3],
    ['cases list (worker)', 'worker', () => '/cases?limit=100', items, 3],
    ['case detail', 'worker', (s) => `/cases/${s.caseId}`, () => 1, 4],
    ['case contacts', 'worker', (s) => `/cases/${s.caseId}/contacts?limit=100`, items, 5],
    // The objectives' list: like the contacts (the case, the list, the read on record).
    ['case objectives', 'worker', (s) => `/cases/${s.caseId}/objectives?limit=100`, items, 5],
    [
      'household detail',
      'worker',
      (s) => `/households/${s.householdId}`,
      (body) => (body as { members: unknown[] }).members.length,
      // One more than before issue 18.6: the organisation's time zone, once, for the members' ages.
      8,
    ],
    ['household search (coordinator)', 'coordinator', () => '/households?q=dupont&limit=100', items, 5],
    ['household search (worker)', 'worker', () => '/households?q=dupont&limit=100', items, 5],
    ['referrals inbox (coordinator)', 'coordinator', () => '/referrals?limit=100', items, 3],
    ['own referrals (partner)', 'partner', () => '/referrals?limit=100', items, 3],
    [
      'avoided-cost summary by month',
      'coordinator',
      () => '/avoided-costs/summary?from=2026-01-01&to=2026-12-31&groupBy=month',
      (body) => (body as { groups: unknown[] }).groups.length,
      4,
    ],
    // The avoided-cost screen in one request: the total and three groupings, four aggregates (issue 24;
    // before, four requests sent 15 statements and computed the total four times).
    [
      'avoided-cost dashboard',
      'coordinator',
      () => '/avoided-costs/dashboard?from=2026-01-01&to=2026-12-31',
      (body) => (body as { byMonth: unknown[] }).byMonth.length,
      6,
    ],
  ];

  /** Statements sent while answering one request of any method; the status must be `status`. */
  async function countRequest(
    shape: Shape,
    session: 'coordinator' | 'worker',
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    status: number,
    payload?: object,
    headers: Record<string, string> = {},
  ) {
    statements.length = 0;
    counting = true;
    const response = await ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...shape[session].headers, ...headers },
      ...(payload ? { payload } : {}),
    });
    counting = false;
    expect(response.statusCode, response.body).toBe(status);
    return { statements: [...statements], body: response.json() as Record<string, unknown> };
  }

  it.each(reads)(
    '%s: the same statements for 2 and for 20 rows, at most the bound',
    async (_name, who, url, rows, bound) => {
      const few = await count(small, who, url, rows);
      const many = await count(large, who, url, rows);
      // The data really differs in size (otherwise the comparison proves nothing)...
      if (_name !== 'case detail' && !_name.startsWith('avoided-cost')) expect(many.rows).toBeGreaterThan(few.rows);
      // ...and the statements do not.
      expect(many.statements.length).toBe(few.statements.length);
      expect(few.statements.length).toBeLessThanOrEqual(bound);
    },
  );

  it('recording a contact: the same statements for 2 and 20 contacts, the case and timeline line in the answer', async () => {
    const record = (shape: Shape) =>
      countRequest(shape, 'worker', 'POST', `/cases/${shape.caseId}/contacts`, 201, {
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        type: 'phone',
      });
    const few = await record(small);
    const many = await record(large);
    expect(many.statements.length).toBe(few.statements.length);
    // set_config, account check, the case (locked), the contact (with its recorder's name), the case's
    // contact clock (returning it), the timeline line, the audit row: what the answer carries costs nothing more.
    expect(few.statements.length).toBeLessThanOrEqual(7);
    expect(few.body).toHaveProperty('case.lastContactAt');
    expect(few.body).toHaveProperty('timelineEntry.kind', 'contact');
  });

  /*
   * Writes on the hot paths (issue 24). A breakthrough's row is read once per request and passed along;
   * its scenario lines are written in one statement whatever their number: the same statements for a
   * scenario of 2 lines and of 20. Bounds: today's counts (before: propose 18, cost change 22 + one per
   * line, approve 17, achieve 19 + one per line).
   */
  describe('breakthrough writes: the row read once, the lines written in one statement', () => {
    async function journey(shape: Shape) {
      const items = (await countRequest(shape, 'worker', 'GET', '/cost-catalogue?limit=100', 200)).body.items as {
        id: string;
      }[];
      const { case: created } = await insertCase(ctx.database, shape.organisationId, {
        programId: shape.programId,
        primaryWorkerId: shape.workerId,
        stage: 'planning',
      });
      const plan = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${created.id}/plan`,
        headers: shape.worker.headers,
        payload: { goals: [{ domain: 'housing', text: 'Keep the home' }] },
      });
      expect(plan.statusCode, plan.body).toBe(201);
      const lines = Array.from({ length: shape.n }, (_, i) => ({
        catalogueItemId: (items[i % items.length] as { id: string }).id,
        quantity: 1 + i,
        probabilityPercent: 50,
      }));
      const half = Math.ceil(lines.length / 2);
      const propose = await countRequest(shape, 'worker', 'POST', `/cases/${created.id}/breakthroughs`, 201, {
        title: 'Clear the rent arrears',
        domain: 'housing',
        category: 'eviction_prevention',
        responsible: 'Family coach',
        interventionCents: 10_000,
        scenario: { horizonMonths: 12, without: lines.slice(0, half), with: lines.slice(half) },
      });
      const id = propose.body.id as string;
      let version = propose.body.version as number;
      const step = async (
        session: 'coordinator' | 'worker',
        method: 'POST' | 'PATCH',
        url: string,
        payload: object,
      ) => {
        const result = await countRequest(shape, session, method, url, 200, payload, { 'if-match': `"${version}"` });
        version = result.body.version as number;
        return result;
      };
      const costChange = await step('worker', 'PATCH', `/breakthroughs/${id}`, { interventionCents: 20_000 });
      const approve = await step('coordinator', 'POST', `/breakthroughs/${id}/transitions`, { to: 'approved' });
      await step('worker', 'POST', `/breakthroughs/${id}/transitions`, { to: 'in_progress' });
      const achieve = await step('worker', 'POST', `/breakthroughs/${id}/transitions`, { to: 'achieved' });
      expect((achieve.body.scenario as { without: unknown[] }).without).toHaveLength(half);
      return { propose, costChange, approve, achieve };
    }

    it('propose, cost change, approve, achieve: the same statements for 2 and 20 lines, at most the bound', async () => {
      const few = await journey(small);
      const many = await journey(large);
      // approve: 13 since issue 18.4, the author's notification written with the sign-off.
      const bounds = { propose: 11, costChange: 11, approve: 13, achieve: 14 };
      for (const path of Object.keys(bounds) as (keyof typeof bounds)[]) {
        expect(many[path].statements.length, path).toBe(few[path].statements.length);
        expect(few[path].statements.length, path).toBeLessThanOrEqual(bounds[path]);
        // The breakthrough's row is read at most once (then passed along), its lines written in one statement.
        const reads = few[path].statements.filter((query) => /^select\b[\s\S]*?\bfrom "breakthroughs"/i.test(query));
        expect(reads.length, path).toBeLessThanOrEqual(1);
        const lineWrites = few[path].statements.filter((query) =>
          /^(insert into|update) "breakthrough_scenario_lines"/i.test(query),
        );
        expect(lineWrites.length, path).toBeLessThanOrEqual(1);
      }
    });
  });
});
