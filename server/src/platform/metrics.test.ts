import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../test/app.js';
import { insertCase, insertProgram } from '../../test/fixtures.js';
import { verifyChains } from '../cli/admin/verify-audit.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, sample lines only. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key as string] = value as string;
    }
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

const find = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) => {
  const found = find(samples, name, labels);
  if (found.length !== 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return (found[0] as Sample).value;
};

describe('Prometheus metrics on their own listener (METRICS_PORT)', () => {
  let ctx: Ctx;
  let scrape: () => Promise<{ text: string; samples: Sample[] }>;
  beforeAll(async () => {
    // The delivery worker stays off: the queued delivery must still be pending when scraped.
    ctx = await startTestApp({ METRICS_PORT: '0', WEBHOOK_WORKER_INTERVAL_MS: '0', CLEANUP_INTERVAL_MS: '3600000' });
    const address = ctx.app.metricsEndpoint?.address();
    if (!address) throw new Error('metrics not listening');
    scrape = async () => {
      const response = await fetch(`http://127.0.0.1:${address.port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      return { text, samples: parse(text) };
    };
  });
  afterAll(() => ctx?.close());

  it('is not served on the public port, and the listener serves nothing but GET /metrics', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    const port = ctx.app.metricsEndpoint?.address()?.port;
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
  });

  it('shows per-route latency by template, errors, job runs, backlogs and the database', async () => {
    const org = await createTestOrganisation(ctx.database, 'Metrics', ['admin', 'coordinator', 'case_worker']);
    const program = await insertProgram(ctx.database, org.organisationId);
    const opened = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
    });
    const caseId = (opened.case as { id: string }).id;
    const coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    const admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    for (let i = 0; i < 3; i++) {
      const read = await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: coordinator });
      expect(read.statusCode).toBe(200);
    }
    const missing = randomUUID();
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${missing}`, headers: coordinator })).statusCode,
    ).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/no-such-thing/${missing}` })).statusCode).toBe(404);
    // A webhook and an event it subscribes to: one delivery queued (the worker is off).
    const webhook = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: admin,
      payload: { url: 'https://127.0.0.1:1/metrics', eventTypes: ['referral.created'] },
    });
    expect(webhook.statusCode).toBe(201);
    const referral = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: coordinator,
      payload: {
        referrerService: 'CPAS',
        reason: 'Arrears',
        personAgreed: true,
        household: { members: [{ firstName: 'Ana', lastName: 'Metric', role: 'applicant' }] },
      },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    await ctx.app.jobs.runNow('retention');
    await ctx.app.jobs.runNow('housekeeping');
    const before = Date.now() / 1000;

    const { text, samples } = await scrape();
    // Route templates only: never an id from a URL.
    expect(text).not.toContain(caseId);
    expect(text).not.toContain(missing);
    const caseRoute = { method: 'GET', route: '/api/v1/cases/:id' };
    expect(value(samples, 'percee_http_request_duration_seconds_count', { ...caseRoute, status_code: '200' })).toBe(3);
    expect(
      value(samples, 'percee_http_request_duration_seconds_sum', { ...caseRoute, status_code: '200' }),
    ).toBeGreaterThan(0);
    // Cumulative buckets: +Inf holds every request.
    expect(
      value(samples, 'percee_http_request_duration_seconds_bucket', { ...caseRoute, status_code: '200', le: '+Inf' }),
    ).toBe(3);
    expect(value(samples, 'percee_http_errors_total', { ...caseRoute, class: '4xx' })).toBe(1);
    // This one and the first test's GET /metrics on the public port.
    expect(value(samples, 'percee_http_errors_total', { method: 'GET', route: 'unmatched', class: '4xx' })).toBe(2);
    expect(
      value(samples, 'percee_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/v1/referrals',
        status_code: '201',
      }),
    ).toBe(1);
    // Background jobs: this process's runs, and the lease table's view across processes.
    expect(value(samples, 'percee_job_runs_total', { job: 'retention', outcome: 'succeeded' })).toBe(1);
    expect(value(samples, 'percee_job_run_duration_seconds_count', { job: 'retention' })).toBe(1);
    const finished = value(samples, 'percee_job_last_finished_timestamp_seconds', { job: 'retention' });
    expect(finished).toBeGreaterThan(before - 60);
    expect(finished).toBeLessThanOrEqual(before + 1);
    expect(value(samples, 'percee_job_last_run_failed', { job: 'retention' })).toBe(0);
    expect(value(samples, 'percee_job_running', { job: 'retention' })).toBe(0);
    // Retention is off in tests (RETENTION_JOB_INTERVAL_HOURS=0): never overdue. Housekeeping runs hourly.
    expect(find(samples, 'percee_job_overdue_seconds', { job: 'retention' })).toHaveLength(0);
    expect(value(samples, 'percee_job_overdue_seconds', { job: 'housekeeping' })).toBe(0);
    // Backlogs.
    expect(value(samples, 'percee_webhook_deliveries_pending')).toBe(1);
    expect(value(samples, 'percee_webhook_deliveries_due')).toBe(1);
    expect(value(samples, 'percee_webhook_delivery_oldest_due_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(samples, 'percee_import_jobs', { status: 'queued' })).toBe(0);
    expect(value(samples, 'percee_import_jobs', { status: 'running' })).toBe(0);
    expect(value(samples, 'percee_event_feed_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(samples, 'percee_database_up')).toBe(1);
    // The process itself.
    expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(find(samples, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
    if (ctx.database.kind === 'postgres') {
      expect(value(samples, 'percee_db_pool_max', { pool: 'main' })).toBe(5);
      expect(value(samples, 'percee_db_pool_connections', { pool: 'main' })).toBeGreaterThanOrEqual(1);
      expect(value(samples, 'percee_db_pool_waiting', { pool: 'main' })).toBe(0);
      expect(value(samples, 'percee_db_pool_acquire_seconds_count', { pool: 'main' })).toBeGreaterThan(5);
    } else {
      // One connection in process: no pool to show.
      expect(find(samples, 'percee_db_pool_connections')).toHaveLength(0);
    }
  });

  it('shows how long a scheduled job has been due when no process runs it', async () => {
    await ctx.database.db.execute(
      sql`update app.job_leases set next_run_at = now() - interval '10 minutes' where name = 'housekeeping'`,
    );
    const { samples } = await scrape();
    const overdue = value(samples, 'percee_job_overdue_seconds', { job: 'housekeeping' });
    expect(overdue).toBeGreaterThanOrEqual(600);
    expect(overdue).toBeLessThan(700);
  });

  it("shows the audit chains' last check: when (the oldest), and how many were found broken", async () => {
    const a = await createTestOrganisation(ctx.database, 'Chain A', ['admin']);
    const b = await createTestOrganisation(ctx.database, 'Chain B', ['admin']);
    const audited = ['percee_audit_chain_last_check_timestamp_seconds', 'percee_audit_chain_last_check_ok'];
    let { samples, text } = await scrape();
    // Never checked: the oldest check is "never" (0), so a staleness alert fires.
    expect(value(samples, 'percee_audit_chain_last_check_timestamp_seconds')).toBe(0);
    expect(value(samples, 'percee_audit_chain_unchecked_organisations')).toBeGreaterThanOrEqual(2);
    expect(value(samples, 'percee_audit_chain_last_check_ok')).toBe(1);

    // What `pnpm admin verify-audit` runs: every organisation checked, and each check recorded.
    const before = Math.floor(Date.now() / 1000);
    const results = await verifyChains(ctx.database);
    expect(results.every((r) => r.result.ok)).toBe(true);
    ({ samples, text } = await scrape());
    const checkedAt = value(samples, 'percee_audit_chain_last_check_timestamp_seconds');
    expect(checkedAt).toBeGreaterThanOrEqual(before - 1);
    expect(checkedAt).toBeLessThanOrEqual(Date.now() / 1000 + 1);
    expect(value(samples, 'percee_audit_chain_unchecked_organisations')).toBe(0);
    expect(value(samples, 'percee_audit_chain_broken_organisations')).toBe(0);
    expect(value(samples, 'percee_audit_chain_last_check_ok')).toBe(1);
    // Aggregates only: no organisation named or identified.
    for (const name of audited) expect(find(samples, name)[0]?.labels).toEqual({});
    expect(text).not.toContain(a.organisationId);
    expect(text).not.toContain('Chain A');

    // A forged row in A's chain, found by the CLI's check of A alone.
    await ctx.database.db.execute(
      sql`update audit_log set action = 'test.forged' where organisation_id = ${a.organisationId} and seq = 1`,
    );
    const [forged] = await verifyChains(ctx.database, { organisation: a.organisationId });
    expect(forged?.result.ok).toBe(false);
    ({ samples } = await scrape());
    expect(value(samples, 'percee_audit_chain_broken_organisations')).toBe(1);
    expect(value(samples, 'percee_audit_chain_last_check_ok')).toBe(0);
    // Only A was checked again: the oldest check is still one of the first run's.
    expect(value(samples, 'percee_audit_chain_last_check_timestamp_seconds')).toBeLessThanOrEqual(
      Date.now() / 1000 - 0.001,
    );

    // The admin API's verification records its check too: B, checked again now, still holds.
    const lastCheckOfB = async () => {
      const { rows } = (await ctx.database.db.execute(
        sql`select extract(epoch from checked_at)::float8 as at, ok from audit_chain_checks where organisation_id = ${b.organisationId}`,
      )) as unknown as { rows: { at: number; ok: boolean }[] };
      return { at: Number(rows[0]?.at), ok: rows[0]?.ok };
    };
    const byCli = await lastCheckOfB();
    const admin = (await signIn(ctx.app, b.byRole.admin.email)).headers;
    const verify = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/audit/verify', headers: admin });
    expect(verify.statusCode).toBe(200);
    const byApi = await lastCheckOfB();
    expect(byApi.ok).toBe(true);
    expect(byApi.at).toBeGreaterThan(byCli.at);
  });

  it.runIf(inject('testDatabase').kind === 'postgres')(
    'shows the event feed held back by a long open writing transaction',
    async () => {
      const target = inject('testDatabase');
      if (target.kind !== 'postgres') return;
      const holder = new pg.Client({ connectionString: target.url });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select txid_current()');
        await new Promise((resolve) => setTimeout(resolve, 1200));
        const { samples } = await scrape();
        expect(value(samples, 'percee_event_feed_lag_seconds')).toBeGreaterThanOrEqual(1.1);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
    },
  );
});
