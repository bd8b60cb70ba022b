import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database, Tx } from '../db/client.js';
import { rowsOf } from '../lib/sql.js';
import type { JobRunner } from './jobs.js';

/**
 * Prometheus metrics (docs/operations.md "Monitoring", decision 16), with prom-client, on a listener
 * of their own (METRICS_PORT, METRICS_HOST): the public port never serves them, so they need no token
 * and no one outside the private network sees request rates or backlogs. One registry per app (tests
 * build many apps in one process).
 *
 * Labels never carry a raw URL, an id or anything personal: the route is Fastify's template
 * (`/api/v1/cases/:id`), or `unmatched` for a 404 outside every route. Backlogs are counted across
 * organisations, as aggregates only, read by the connecting role (the migration owner, which bypasses
 * row-level security, as sign-in already requires), once per scrape.
 */
export interface MetricsOptions {
  port: number;
  host: string;
  database: Database;
  jobs: JobRunner;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics(database: Database, jobs: JobRunner) {
  const registry = new Registry();
  const registers = [registry];
  // Process and Node.js runtime: CPU, memory, heap, event-loop lag, handles, GC.
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'percee_http_request_duration_seconds',
    help: 'Time to answer a request, by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const httpErrors = new Counter({
    name: 'percee_http_errors_total',
    help: 'Answers with a 4xx or 5xx status, by method, route template and class',
    labelNames: ['method', 'route', 'class'] as const,
    registers,
  });

  const pool = (
    name: string,
    help: string,
    pick: (stats: NonNullable<ReturnType<NonNullable<Database['poolStats']>>>[number]) => number,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'] as const,
      registers,
      collect() {
        for (const stats of database.poolStats?.() ?? []) this.set({ pool: stats.pool }, pick(stats));
      },
    });
  pool('percee_db_pool_max', 'Connections a pool may open (DATABASE_POOL_MAX, REPORTS_POOL_MAX)', (s) => s.max);
  pool('percee_db_pool_connections', 'Connections a pool holds open', (s) => s.total);
  pool('percee_db_pool_idle', 'Open connections waiting for work', (s) => s.idle);
  pool('percee_db_pool_waiting', 'Checkouts waiting for a connection (the pool is at its maximum)', (s) => s.waiting);
  const acquire = new Histogram({
    name: 'percee_db_pool_acquire_seconds',
    help: 'Wait for a pooled connection at checkout',
    labelNames: ['pool'] as const,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
    registers,
  });
  const stopObservingPools = database.observeAcquire?.((name, seconds) => acquire.observe({ pool: name }, seconds));

  const jobRuns = new Counter({
    name: 'percee_job_runs_total',
    help: 'Background job runs made by this process (retention, webhook-delivery, housekeeping...), by outcome',
    labelNames: ['job', 'outcome'] as const,
    registers,
  });
  const jobDuration = new Histogram({
    name: 'percee_job_run_duration_seconds',
    help: 'Duration of background job runs made by this process',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 1800],
    registers,
  });
  const stopObservingJobs = jobs.onRun((job, failed, seconds) => {
    jobRuns.inc({ job, outcome: failed ? 'failed' : 'succeeded' });
    jobDuration.observe({ job }, seconds);
  });

  // From the database, across every process on it: read once per scrape by `refresh`.
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers });
  const databaseUp = gauge('percee_database_up', '1 when the scrape could read the database, else 0');
  const jobOverdue = gauge(
    'percee_job_overdue_seconds',
    'How long a scheduled job has been due without running (no process took it: all stopped, or the lease failed)',
    ['job'],
  );
  const jobRunning = gauge('percee_job_running', '1 while a process holds the job lease', ['job']);
  const jobLastFinished = gauge(
    'percee_job_last_finished_timestamp_seconds',
    'When the job last finished, in any process (Unix time); the retention job is job="retention"',
    ['job'],
  );
  const jobLastFailed = gauge('percee_job_last_run_failed', '1 when the last run of the job failed', ['job']);
  const webhookPending = gauge(
    'percee_webhook_deliveries_pending',
    'Webhook deliveries not yet delivered nor given up',
  );
  const webhookDue = gauge('percee_webhook_deliveries_due', 'Pending webhook deliveries whose attempt time has come');
  const webhookOldestDue = gauge(
    'percee_webhook_delivery_oldest_due_seconds',
    'How long the oldest due webhook delivery has waited for its attempt (the delivery backlog)',
  );
  const importBacklog = gauge('percee_import_jobs', 'Bulk import jobs waiting or running', ['status']);
  const feedLag = gauge(
    'percee_event_feed_lag_seconds',
    'Age of the oldest open writing transaction: events committed after it began wait in the event feed until it ends',
  );
  // The last check of each organisation's audit chain (verify-audit, GET /admin/audit/verify), as
  // aggregates: no organisation is named.
  const auditOldestCheck = gauge(
    'percee_audit_chain_last_check_timestamp_seconds',
    "When the least recently checked organisation's audit chain was last verified (Unix time); 0 while an organisation's chain has never been checked",
  );
  const auditChainsOk = gauge(
    'percee_audit_chain_last_check_ok',
    "1 when every organisation's last audit chain check found the chain intact, 0 when one found it broken or rewritten",
  );
  const auditBroken = gauge(
    'percee_audit_chain_broken_organisations',
    'Organisations whose last audit chain check found the chain broken or rewritten',
  );
  const auditUnchecked = gauge(
    'percee_audit_chain_unchecked_organisations',
    'Organisations whose audit chain has never been checked',
  );

  async function refresh() {
    try {
      await database.db.transaction(async (tx) => {
        // A scrape never holds the database for long.
        await tx.execute(sql`set local statement_timeout = '5s'`);
        await readDatabase(tx);
      });
      databaseUp.set(1);
    } catch {
      databaseUp.set(0);
    }
  }

  async function readDatabase(tx: Tx) {
    const leases = await rowsOf<{
      name: string;
      overdue: number;
      running: boolean;
      finished: number | null;
      failed: boolean;
    }>(
      tx,
      sql`select name,
                 case when lease_until > now() then 0
                      else greatest(0, extract(epoch from now() - next_run_at)) end::float8 as overdue,
                 coalesce(lease_until > now(), false) as running,
                 extract(epoch from last_finished_at)::float8 as finished,
                 last_error is not null as failed
          from app.job_leases`,
    );
    const scheduled = new Set(jobs.scheduledOnce());
    jobOverdue.reset();
    jobRunning.reset();
    jobLastFinished.reset();
    jobLastFailed.reset();
    for (const lease of leases) {
      // A job turned off (interval 0) is never due: no overdue series to alert on.
      if (scheduled.has(lease.name)) jobOverdue.set({ job: lease.name }, Number(lease.overdue));
      jobRunning.set({ job: lease.name }, lease.running ? 1 : 0);
      if (lease.finished !== null) jobLastFinished.set({ job: lease.name }, Number(lease.finished));
      jobLastFailed.set({ job: lease.name }, lease.failed ? 1 : 0);
    }
    // Both read the workers' partial indexes (pending deliveries, queued and running imports).
    const [deliveries] = await rowsOf<{ pending: number; due: number; oldest: number }>(
      tx,
      sql`select count(*)::int as pending,
                 (count(*) filter (where next_attempt_at <= now()))::int as due,
                 coalesce(extract(epoch from now() - min(next_attempt_at) filter (where next_attempt_at <= now())), 0)::float8 as oldest
          from webhook_deliveries where status = 'pending'`,
    );
    webhookPending.set(deliveries?.pending ?? 0);
    webhookDue.set(deliveries?.due ?? 0);
    webhookOldestDue.set(Number(deliveries?.oldest ?? 0));
    const imports = await rowsOf<{ status: string; n: number }>(
      tx,
      sql`select status, count(*)::int as n from import_jobs where status in ('queued', 'running') group by status`,
    );
    for (const status of ['queued', 'running']) {
      importBacklog.set({ status }, imports.find((row) => row.status === status)?.n ?? 0);
    }
    // The feed serves events of transactions older than every running one (outbox.ts): its lag is
    // the age of the oldest transaction holding a transaction id, in any database of the cluster.
    const [feed] = await rowsOf<{ lag: number }>(
      tx,
      sql`select coalesce(extract(epoch from now() - min(xact_start)), 0)::float8 as lag
          from pg_stat_activity where backend_xid is not null and pid <> pg_backend_pid()`,
    );
    feedLag.set(Math.max(0, Number(feed?.lag ?? 0)));
    const [chains] = await rowsOf<{ unchecked: number; broken: number; oldest: number | null }>(
      tx,
      sql`select (count(*) filter (where c.organisation_id is null))::int as unchecked,
                 (count(*) filter (where not c.ok))::int as broken,
                 extract(epoch from min(c.checked_at))::float8 as oldest
          from organisations o left join audit_chain_checks c on c.organisation_id = o.id`,
    );
    const unchecked = chains?.unchecked ?? 0;
    const broken = chains?.broken ?? 0;
    // An organisation never checked makes the oldest check "never": the staleness alert fires.
    auditOldestCheck.set(unchecked > 0 || chains?.oldest == null ? 0 : Number(chains.oldest));
    auditChainsOk.set(broken === 0 ? 1 : 0);
    auditBroken.set(broken);
    auditUnchecked.set(unchecked);
  }

  return {
    registry,
    httpDuration,
    httpErrors,
    refresh,
    stop() {
      stopObservingPools?.();
      stopObservingJobs();
    },
  };
}

/** The metrics listener's address once listening (tests give METRICS_PORT=0). */
export interface MetricsEndpoint {
  address(): AddressInfo | null;
}

export const metricsPlugin = fp<MetricsOptions>(
  async (app: FastifyInstance, options) => {
    const metrics = createMetrics(options.database, options.jobs);
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const labels = { method: request.method, route, status_code: String(reply.statusCode) };
      metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode >= 400) {
        metrics.httpErrors.inc({ method: request.method, route, class: reply.statusCode >= 500 ? '5xx' : '4xx' });
      }
    });

    let server: Server | undefined;
    app.decorate('metricsEndpoint', { address: () => (server?.address() as AddressInfo | null) ?? null });
    app.addHook('onReady', async () => {
      server = createServer((request, response) => {
        if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: GET /metrics\n');
          return;
        }
        metrics
          .refresh()
          .then(() => metrics.registry.metrics())
          .then(
            (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
            () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
          );
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(options.port, options.host, () => resolve());
      });
      app.log.info({ port: (server.address() as AddressInfo).port, host: options.host }, 'metrics listening');
    });
    app.addHook('onClose', async () => {
      metrics.stop();
      if (server?.listening) {
        server.closeAllConnections();
        await new Promise((resolve) => server?.close(resolve));
      }
    });
  },
  { name: 'percee-metrics' },
);

declare module 'fastify' {
  interface FastifyInstance {
    metricsEndpoint?: MetricsEndpoint;
  }
}
