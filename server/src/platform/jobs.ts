import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../db/client.js';
import { APP_ROLE } from '../db/tenant.js';
import { rowsOf } from '../lib/sql.js';

/**
 * A background job, registered by the module that owns the work (app.ts composes them). `everyMs` is
 * the time from the end of one run to the start of the next; 0 or less sets no timer (the job is off:
 * e.g. RETENTION_JOB_INTERVAL_HOURS=0; `runNow` still runs it). `firstDelayMs` (default `everyMs`): from start to the
 * first attempt in this process.
 *
 * `once` (the default): each due run happens once across every server process on the database, under
 * a lease in `app.job_leases` (migration 0027). `perProcess`: every process runs it on its own timer,
 * for jobs whose work items are claimed one by one anyway (the import runner's poll), where the lease
 * would only take the work away from all but one process.
 */
export interface Job<T = unknown> {
  name: string;
  everyMs: number;
  firstDelayMs?: number;
  mode?: 'once' | 'perProcess';
  run: () => Promise<T>;
  /** What the run did, for the log (references and counts only); nothing logged when it returns undefined. */
  summary?: (result: T) => Record<string, unknown> | undefined;
}

export interface JobRunnerSettings {
  /** How long a claim holds before another process may take the job over (renewed while the run goes on). */
  leaseMs: number;
}

interface Registered {
  job: Job;
  timer?: NodeJS.Timeout;
}

/** The lease queries run as the application role (the table's one policy and grants: migration 0027). */
async function asRunner<T>(db: Db, work: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
    return work(tx);
  });
}

/**
 * The server's one scheduler (instead of a timer per worker): each registered job gets a timer in
 * this process, and a `once` job runs only when this process wins its lease row, so N processes on
 * one database run each due run once. The lease is claimed with one conditional upsert (due, and no
 * lease in force), renewed at a third of its length while the run goes on, and released with the next
 * due time when it ends; a process that crashes mid-run leaves a lease that runs out, and another
 * process takes the job over at its next tick. Each process's token guards renewals and releases, so a
 * process whose lease was taken over never moves the job's schedule.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Registered>();
  /** Runs in progress in this process (timers, ticks and runNow alike): `stop` waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = true;
  /** This process's token in `app.job_leases.holder`. */
  readonly holder = randomUUID();
  /** Told of every run this process made (for /metrics): the job, whether it failed, how long it took. */
  private readonly runListeners = new Set<(name: string, failed: boolean, seconds: number) => void>();

  constructor(
    private readonly db: Db,
    private readonly settings: JobRunnerSettings,
    private readonly log: FastifyBaseLogger,
  ) {}

  register<T>(job: Job<T>) {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
    this.jobs.set(job.name, { job: job as Job });
    if (!this.stopped) this.schedule(job.name, job.firstDelayMs ?? job.everyMs);
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    for (const [name, entry] of this.jobs) this.schedule(name, entry.job.firstDelayMs ?? entry.job.everyMs);
  }

  /** Clears every timer and waits for the runs in progress (their leases are released as they end). */
  async stop() {
    this.stopped = true;
    for (const entry of this.jobs.values()) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    await Promise.allSettled([...this.inFlight]);
  }

  /** Calls `listener` after each run of a job in this process; returns the unsubscribe. */
  onRun(listener: (name: string, failed: boolean, seconds: number) => void) {
    this.runListeners.add(listener);
    return () => this.runListeners.delete(listener);
  }

  /** The jobs run once across processes with an interval (not turned off): those that can fall behind. */
  scheduledOnce(): string[] {
    return [...this.jobs.values()]
      .filter(({ job }) => job.everyMs > 0 && (job.mode ?? 'once') === 'once')
      .map(({ job }) => job.name);
  }

  /** The jobs with a timer set in this process (none once stopped). */
  scheduled(): string[] {
    return [...this.jobs].filter(([, entry]) => entry.timer !== undefined).map(([name]) => name);
  }

  /**
   * Runs a job now, whether due or not (tests, an operator), and returns what it returned. A `once` job
   * still takes its lease, so it never overlaps a run of another process: then this throws.
   */
  async runNow<T = unknown>(name: string): Promise<T> {
    const entry = this.jobs.get(name);
    if (!entry) throw new Error(`no job ${name}`);
    const outcome = await this.track(this.attempt(entry, true));
    if (!outcome.ran) throw new Error(`job ${name} is running in another process`);
    if ('error' in outcome) throw outcome.error;
    return outcome.result as T;
  }

  /** One due check: runs the job if it is due and this process wins its lease. Returns whether it ran. */
  async tick(name: string): Promise<boolean> {
    return (await this.tickFor(name)).ran;
  }

  private async tickFor(name: string) {
    const entry = this.jobs.get(name);
    if (!entry) throw new Error(`no job ${name}`);
    const outcome = await this.track(this.attempt(entry, false));
    if ('error' in outcome) this.log.warn({ err: outcome.error, job: name }, 'job failed');
    return outcome;
  }

  private schedule(name: string, delayMs: number) {
    const entry = this.jobs.get(name);
    if (this.stopped || !entry || entry.job.everyMs <= 0) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.tickFor(name)
        // Not run here: due again when the job's row says (another process ran it, or holds it), so a
        // restarted process neither runs it early nor waits a whole interval past its due time.
        .then((outcome) =>
          'waitMs' in outcome ? Math.max(50, Math.min(outcome.waitMs, entry.job.everyMs)) : entry.job.everyMs,
        )
        // Only the lease queries can fail here (the database is away): logged, retried next tick.
        .catch((error: unknown) => {
          this.log.warn({ err: error, job: name }, 'job lease failed');
          return entry.job.everyMs;
        })
        .then((delayMs) => this.schedule(name, delayMs));
    }, delayMs);
    entry.timer.unref();
  }

  private track<T>(run: Promise<T>): Promise<T> {
    this.inFlight.add(run);
    const forget = () => this.inFlight.delete(run);
    run.then(forget, forget);
    return run;
  }

  private async attempt(
    entry: Registered,
    force: boolean,
  ): Promise<{ ran: false; waitMs: number } | { ran: true; result: unknown } | { ran: true; error: unknown }> {
    const { job } = entry;
    const once = (job.mode ?? 'once') === 'once';
    if (once) {
      const waitMs = await this.claim(job, force);
      if (waitMs !== null) return { ran: false, waitMs };
    }
    const renew = once ? setInterval(() => void this.renew(job.name), this.settings.leaseMs / 3) : undefined;
    renew?.unref();
    let error: unknown;
    let result: unknown;
    const started = performance.now();
    try {
      result = await job.run();
      const summary = job.summary?.(result);
      if (summary) this.log.info({ job: job.name, ...summary }, 'job done');
    } catch (failure) {
      error = failure;
    } finally {
      clearInterval(renew);
      if (once) {
        await this.release(job, error).catch((failure: unknown) =>
          this.log.warn({ err: failure, job: job.name }, 'job lease release failed'),
        );
      }
      const seconds = (performance.now() - started) / 1000;
      for (const listener of this.runListeners) listener(job.name, error !== undefined, seconds);
    }
    return error === undefined ? { ran: true, result } : { ran: true, error };
  }

  /**
   * Takes the job's lease if it is due (or `force`) and nobody holds an unexpired one: null. Otherwise
   * how long until it may be: its due time, or the end of the lease in force.
   */
  private async claim(job: Job, force: boolean): Promise<number | null> {
    const leaseSecs = this.settings.leaseMs / 1000;
    return asRunner(this.db, async (tx) => {
      const claimed = await rowsOf<{ name: string }>(
        tx,
        sql`insert into app.job_leases as l (name, next_run_at, holder, lease_until, last_started_at)
            values (${job.name}, now(), ${this.holder}::uuid, now() + make_interval(secs => ${leaseSecs}), now())
            on conflict (name) do update
              set holder = excluded.holder, lease_until = excluded.lease_until, last_started_at = now()
              where (l.lease_until is null or l.lease_until < now())
                and (${force} or l.next_run_at <= now())
            returning l.name`,
      );
      if (claimed.length > 0) return null;
      const [row] = await rowsOf<{ wait_ms: number }>(
        tx,
        sql`select greatest(0, ceil(extract(epoch from (greatest(next_run_at, coalesce(lease_until, next_run_at)) - now())) * 1000))::float8 as wait_ms
            from app.job_leases where name = ${job.name}`,
      );
      return Number(row?.wait_ms ?? 0);
    });
  }

  private async renew(name: string) {
    const leaseSecs = this.settings.leaseMs / 1000;
    await asRunner(this.db, (tx) =>
      tx.execute(
        sql`update app.job_leases set lease_until = now() + make_interval(secs => ${leaseSecs})
            where name = ${name} and holder = ${this.holder}::uuid`,
      ),
    ).catch((error: unknown) => this.log.warn({ err: error, job: name }, 'job lease renewal failed'));
  }

  private async release(job: Job, error: unknown) {
    const message = error === undefined ? null : error instanceof Error ? error.name : 'failed';
    await asRunner(this.db, (tx) =>
      tx.execute(
        sql`update app.job_leases
            set holder = null, lease_until = null, last_finished_at = now(), last_error = ${message},
                next_run_at = now() + make_interval(secs => ${Math.max(job.everyMs, 0) / 1000})
            where name = ${job.name} and holder = ${this.holder}::uuid`,
      ),
    );
  }
}
