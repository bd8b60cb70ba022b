/*
 * `HOT_PATHS_TIMING=100 [TEST_DATABASE_URL=postgres://…] npx vitest run test/hot-paths.timing.test.ts`
 * (skipped unless HOT_PATHS_TIMING gives the rounds per line; not a check, a measure: see docs/benchmarks.md)
 *
 * A quick timing of issue 24's hot paths, in process (app.inject: no HTTP, one request at a time), on a
 * fresh test database (PostgreSQL with TEST_DATABASE_URL, else PGlite), figures computed on every request
 * (REPORT_CACHE_SECONDS=0, as in tests: a snapshot miss). It measures what one user action costs the
 * server, the way the web app did it before issue 24 and the way it does it now, on the same build:
 *  - saving a contact: POST, then the three reads the web refetched (case, journal page, timeline page),
 *    against the POST alone (its answer carries the case and the timeline line);
 *  - opening the avoided-cost screen: four summary requests (total, by month, category, program) against
 *    one dashboard request;
 *  - a breakthrough with a scenario of 20 lines: propose, change its cost, approve, start, achieve
 *    (now only; the statements per request before and after are in query-count.test.ts).
 * Prints a Markdown table: median and p95 milliseconds per action, and statements per action.
 */
import type { CostCatalogueItem } from '@percee/shared';
import { describe, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from './app.js';
import { insertCase, insertProgram } from './fixtures.js';

const ROUNDS = Math.trunc(Number(process.env.HOT_PATHS_TIMING ?? 0));

describe.runIf(ROUNDS > 0)('hot paths of issue 24, timed', () => {
  it('prints median and p95 per action', { timeout: 1_800_000 }, async () => {
    let statements = 0;
    const ctx = await startTestApp(
      { WEBHOOK_WORKER_INTERVAL_MS: '0', IMPORT_WORKER_INTERVAL_MS: '0' },
      { logger: { logQuery: () => void statements++ } },
    );
    try {
      const org = await createTestOrganisation(ctx.database, 'Hot paths', ['coordinator', 'case_worker']);
      const worker = await signIn(ctx.app, org.byRole.case_worker.email);
      const coordinator = await signIn(ctx.app, org.byRole.coordinator.email);
      const program = await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' });
      const caseId = async () =>
        (
          await insertCase(ctx.database, org.organisationId, {
            programId: program.id,
            primaryWorkerId: org.byRole.case_worker.id,
            stage: 'planning',
          })
        ).case.id;

      async function call(session: typeof worker, method: string, url: string, payload?: object, ifMatch?: number) {
        const response = await ctx.app.inject({
          method: method as 'GET',
          url: `/api/v1${url}`,
          headers: { ...session.headers, ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }) },
          ...(payload ? { payload } : {}),
        });
        if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
        return response.json() as Record<string, unknown>;
      }

      /**
       * Median and p95 of `ROUNDS` runs of an action (after 5 unmeasured ones), and its statements; `setup`
       * prepares each run outside the measure.
       */
      async function time<T>(
        action: (prepared: T) => Promise<unknown>,
        setup: () => Promise<T> = async () => undefined as T,
      ) {
        for (let i = 0; i < 5; i++) await action(await setup());
        const ms: number[] = [];
        let counted = 0;
        for (let i = 0; i < ROUNDS; i++) {
          const prepared = await setup();
          statements = 0;
          const start = performance.now();
          await action(prepared);
          ms.push(performance.now() - start);
          counted += statements;
        }
        ms.sort((a, b) => a - b);
        const at = (q: number) => (ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] as number).toFixed(1);
        // BEGIN/COMMIT are logged by node-postgres only: statements here include them on PostgreSQL.
        return { p50: at(0.5), p95: at(0.95), statements: Math.round(counted / ROUNDS) };
      }

      // Saving a contact on a case whose journal and timeline have a page of rows.
      const contactCase = await caseId();
      const contact = () =>
        call(worker, 'POST', `/cases/${contactCase}/contacts`, {
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          type: 'phone',
          durationMinutes: 15,
        });
      const contactBefore = await time(async () => {
        await contact();
        await call(worker, 'GET', `/cases/${contactCase}`);
        await call(worker, 'GET', `/cases/${contactCase}/contacts?limit=20`);
        await call(worker, 'GET', `/cases/${contactCase}/timeline?limit=50`);
      });
      const contactAfter = await time(contact);

      // Breakthroughs with 20 scenario lines, achieved: the dashboard's figures have rows to sum.
      const items = (await call(worker, 'GET', '/cost-catalogue?limit=100')).items as CostCatalogueItem[];
      const lines = Array.from({ length: 20 }, (_, i) => ({
        catalogueItemId: (items[i % items.length] as CostCatalogueItem).id,
        quantity: 1 + i,
        probabilityPercent: 50,
      }));
      const planned = async () => {
        const id = await caseId();
        await call(worker, 'POST', `/cases/${id}/plan`, { goals: [{ domain: 'housing', text: 'Keep the home' }] });
        return id;
      };
      const breakthrough = async (id: string) => {
        const proposed = await call(worker, 'POST', `/cases/${id}/breakthroughs`, {
          title: 'Clear the rent arrears',
          domain: 'housing',
          category: 'eviction_prevention',
          responsible: 'Family coach',
          interventionCents: 10_000,
          scenario: { horizonMonths: 12, without: lines.slice(0, 10), with: lines.slice(10) },
        });
        const path = `/breakthroughs/${proposed.id}`;
        let version = proposed.version as number;
        const step = async (session: typeof worker, method: string, url: string, body: object) => {
          version = (await call(session, method, url, body, version)).version as number;
        };
        await step(worker, 'PATCH', path, { interventionCents: 20_000 });
        await step(coordinator, 'POST', `${path}/transitions`, { to: 'approved' });
        await step(worker, 'POST', `${path}/transitions`, { to: 'in_progress' });
        await step(worker, 'POST', `${path}/transitions`, { to: 'achieved' });
      };
      const breakthroughs = await time(breakthrough, planned);

      const period = 'from=2026-01-01&to=2026-12-31';
      const dashboardBefore = await time(() =>
        Promise.all(
          ['', '&groupBy=month', '&groupBy=category', '&groupBy=program'].map((groupBy) =>
            call(coordinator, 'GET', `/avoided-costs/summary?${period}${groupBy}`),
          ),
        ),
      );
      const dashboardAfter = await time(() => call(coordinator, 'GET', `/avoided-costs/dashboard?${period}`));

      const row = (name: string, figures: Awaited<ReturnType<typeof time>>) =>
        `| ${name} | ${figures.p50} | ${figures.p95} | ${figures.statements} |`;
      console.log(
        [
          `Database: ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ${ROUNDS} rounds per line.`,
          '',
          '| Action | p50 ms | p95 ms | statements |',
          '|---|---:|---:|---:|',
          row('Save a contact, then refetch case + journal + timeline (before)', contactBefore),
          row('Save a contact, screen updated from the answer (after)', contactAfter),
          row('Avoided-cost screen: four summary requests (before)', dashboardBefore),
          row('Avoided-cost screen: one dashboard request (after)', dashboardAfter),
          row('Breakthrough of 20 lines: propose, cost change, approve, start, achieve (after)', breakthroughs),
        ].join('\n'),
      );
    } finally {
      await ctx.close();
    }
  });
});
