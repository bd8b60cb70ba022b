import type { Case } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';

/*
 * The caseload limit under concurrency: parallel transfers and referral acceptances to one worker must
 * not all pass the count before any of them commits. PGlite has a single connection, so requests never
 * overlap there: this needs PostgreSQL (TEST_DATABASE_URL).
 */
const LIMIT = 2;
const PARALLEL = 8;
const ROUNDS = 3;

describe.skipIf(inject('testDatabase').kind !== 'postgres')('caseload limit under concurrent assignments', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: { authorization: string };
  let programId: string;
  let workers: string[];

  const call = (method: 'GET' | 'POST', url: string, payload?: object, headers: object = {}) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { ...coordinator, ...headers }, payload });

  const openCases = async (workerId: string) => {
    const rows = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      rowsOf<{ count: number }>(
        tx,
        sql`select count(*)::int as count from cases where primary_worker_id = ${workerId} and closed_at is null`,
      ),
    );
    return rows[0]?.count;
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Race', ['admin', 'coordinator']);
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    programId = (await insertProgram(ctx.database, org.organisationId, { caseloadLimit: LIMIT })).id;
    // One fresh worker per round.
    const admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    const siteId = (await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/sites', headers: admin })).json().items[0]
      .id;
    workers = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: admin,
        payload: {
          email: `worker-${round}@race.test`,
          displayName: `Worker ${round}`,
          role: 'case_worker',
          siteId,
          password: 'a long enough race passphrase',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      workers.push(created.json<{ id: string }>().id);
    }
  });
  afterAll(() => ctx.close());

  /** Cases held by the coordinator, to transfer; new referrals, to accept. */
  async function prepare(round: number) {
    const cases = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        insertCase(ctx.database, org.organisationId, { programId, primaryWorkerId: org.byRole.coordinator.id }),
      ),
    );
    const referralIds: string[] = [];
    for (let i = 0; i < PARALLEL; i += 1) {
      const created = await call('POST', '/referrals', {
        referrerService: 'Race desk',
        reason: 'Needs support',
        personAgreed: true,
        household: { members: [{ firstName: 'Ana', lastName: `Race${round}x${i}`, role: 'applicant' }] },
      });
      expect(created.statusCode, created.body).toBe(201);
      referralIds.push(created.json<{ id: string }>().id);
    }
    return { cases: cases.map((created) => created.case), referralIds };
  }

  it.each(Array.from({ length: ROUNDS }, (_, round) => round))(
    `round %i: ${PARALLEL} transfers and ${PARALLEL} accepts at once, exactly the free places succeed`,
    async (round) => {
      const workerId = workers[round] as string;
      // The last round starts with one case already open: only one place left.
      const alreadyOpen = round === ROUNDS - 1 ? 1 : 0;
      if (alreadyOpen) await insertCase(ctx.database, org.organisationId, { programId, primaryWorkerId: workerId });
      const { cases, referralIds } = await prepare(round);

      const transfers = cases.map((item) =>
        call(
          'POST',
          `/cases/${item.id}/assignment`,
          { primaryWorkerId: workerId, reason: 'Rebalancing' },
          { 'if-match': `"${item.version}"` },
        ),
      );
      const accepts = referralIds.map((id) =>
        call('POST', `/referrals/${id}/accept`, {
          programId,
          primaryWorkerId: workerId,
          accompanimentType: 'case_management',
          eligibility: { real_request: true },
        }),
      );
      // Interleaved, so transfers and accepts race each other too.
      const responses = await Promise.all(transfers.flatMap((transfer, i) => [transfer, accepts[i]]));

      const statuses = responses.map((response) => response?.statusCode);
      const succeeded = responses.filter((response) => response?.statusCode === 200);
      const refused = responses.filter((response) => response?.statusCode === 409);
      expect(succeeded.length + refused.length, `statuses ${statuses.join(',')}`).toBe(2 * PARALLEL);
      expect(succeeded).toHaveLength(LIMIT - alreadyOpen);
      for (const response of refused) {
        expect(response?.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response?.json()).toMatchObject({
          type: 'urn:percee:problem:caseload-full',
          status: 409,
          caseloadLimit: LIMIT,
          caseload: LIMIT,
        });
      }
      expect(await openCases(workerId)).toBe(LIMIT);

      // A refused request left nothing behind: its case still with the coordinator, its referral still new.
      const cased = await Promise.all(cases.map((item) => call('GET', `/cases/${item.id}`)));
      const moved = cased.filter((response) => response.json<Case>().primaryWorker.id === workerId);
      const referrals = await Promise.all(referralIds.map((id) => call('GET', `/referrals/${id}`)));
      const accepted = referrals.filter((response) => response.json<{ status: string }>().status === 'accepted');
      expect(moved.length + accepted.length).toBe(LIMIT - alreadyOpen);
      expect(
        referrals.filter((response) => response.json<{ status: string }>().status === 'new').length + accepted.length,
      ).toBe(PARALLEL);

      // Sent alone afterwards, one more is refused too.
      const more = await call(
        'POST',
        `/referrals/${referralIds.find((_, i) => referrals[i]?.json().status === 'new')}/accept`,
        {
          programId,
          primaryWorkerId: workerId,
          accompanimentType: 'case_management',
          eligibility: { real_request: true },
        },
      );
      expect(more.statusCode).toBe(409);
    },
  );
});
