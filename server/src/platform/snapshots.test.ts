import { ActivityReport, AvoidedCostSummary } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { insertCase, insertProgram } from '../../test/fixtures.js';
import { rowsOf } from '../lib/sql.js';

type Headers = Record<string, string>;

/** Report figures served from snapshots (REPORT_CACHE_SECONDS), made stale by the organisation's events. */
describe('report snapshots', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: Headers;
  let analyst: Headers;
  let caseId: string;
  const year = new Date().getUTCFullYear();
  const period = `from=${year}-01-01&to=${year}-12-31`;

  beforeAll(async () => {
    ctx = await startTestApp({ REPORT_CACHE_SECONDS: '300' });
    org = await createTestOrganisation(ctx.database, 'Snapshot CCAS', ['coordinator', 'case_worker', 'analyst']);
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    analyst = (await signIn(ctx.app, org.byRole.analyst.email)).headers;
    const program = await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' });
    caseId = (
      await insertCase(ctx.database, org.organisationId, {
        programId: program.id,
        primaryWorkerId: org.byRole.case_worker.id,
        // Before its contacts of a minute ago (a contact before the case opened is refused).
        openedAt: new Date(Date.now() - 86_400_000).toISOString(),
      })
    ).case.id;
  });
  afterAll(() => ctx.close());

  const get = async (url: string, headers: Headers) => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const activity = async (headers = coordinator, query = period) =>
    ActivityReport.parse((await get(`/reports/activity?${query}`, headers)).json());
  const addContact = async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/contacts`,
      headers: coordinator,
      payload: { occurredAt: new Date(Date.now() - 60_000).toISOString(), type: 'home_visit', notes: 'Visit' },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const snapshotRows = () =>
    rowsOf<{ kind: string; params_key: string }>(
      ctx.database.db as never,
      sql`select kind, params_key from report_snapshots where organisation_id = ${org.organisationId}`,
    );

  it('serves the same figures, with the time they were computed, until an event of the organisation', async () => {
    const first = await activity();
    expect(first.contacts.total).toBe(0);

    // A contact is not an event: within the snapshot's life, the figures stay as computed.
    await addContact();
    const again = await activity();
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.contacts.total).toBe(0);

    // The CSV is the same snapshot, and says when it was computed.
    const csv = (await get(`/reports/activity.csv?${period}&delimiter=comma`, coordinator)).body;
    expect(csv).toContain(`period,computed_at,,${first.computedAt}`);
    // The file that left is recorded; reading the figures on screen is not (aggregates only).
    const recorded = await rowsOf<{ action: string; changes: { report?: string } }>(
      ctx.database.db as never,
      sql`select action, changes from audit_log where organisation_id = ${org.organisationId} and entity_type = 'report'`,
    );
    expect(recorded).toEqual([{ action: 'report.export', changes: { report: 'activity' } }]);

    // Analysts get the same snapshot with small counts hidden on top of it.
    const masked = await activity(analyst);
    expect(masked.computedAt).toBe(first.computedAt);
    expect(masked.suppressed).toBe(true);

    // A referral is an event: the next report is computed afresh and sees the contact too.
    const referral = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: coordinator,
      payload: {
        referrerService: 'CCAS desk',
        reason: 'Rent arrears',
        personAgreed: true,
        household: { members: [{ firstName: 'Ana', lastName: 'Snap', role: 'applicant' }] },
      },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const fresh = await activity();
    expect(Date.parse(fresh.computedAt)).toBeGreaterThan(Date.parse(first.computedAt));
    expect(fresh.contacts.total).toBe(1);
    expect(fresh.referrals.received).toBe(1);
  });

  it('keeps one snapshot per organisation, report and filters', async () => {
    const programFilter = `${period}&programId=${crypto.randomUUID()}`;
    const filtered = await activity(coordinator, programFilter);
    expect(filtered.contacts.total).toBe(0);
    // The same filters in another order are the same snapshot.
    const reordered = await activity(coordinator, `programId=${programFilter.split('programId=')[1]}&${period}`);
    expect(reordered.computedAt).toBe(filtered.computedAt);

    const other = await createTestOrganisation(ctx.database, 'Other CCAS', ['coordinator']);
    const theirs = await activity((await signIn(ctx.app, other.byRole.coordinator.email)).headers);
    expect(theirs.contacts.total).toBe(0);
    expect(theirs.referrals.received).toBe(0);

    const keys = (await snapshotRows()).filter((row) => row.kind === 'activity').map((row) => row.params_key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2);
  });

  it('computes once for concurrent requests of one report', async () => {
    const query = `from=${year}-06-01&to=${year}-06-30`;
    const reports = await Promise.all(Array.from({ length: 8 }, () => activity(coordinator, query)));
    expect(new Set(reports.map((report) => report.computedAt)).size).toBe(1);
    const june = (await snapshotRows()).filter((row) => row.params_key.includes(`${year}-06-01`));
    expect(june).toHaveLength(1);
  });

  it('serves the avoided-cost summary from a snapshot too', async () => {
    const summary = async () =>
      AvoidedCostSummary.parse((await get(`/avoided-costs/summary?${period}`, coordinator)).json());
    const first = await summary();
    const again = await summary();
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.householdsFollowed).toBe(first.householdsFollowed);
    expect((await snapshotRows()).some((row) => row.kind === 'avoided_costs')).toBe(true);
  });
});
