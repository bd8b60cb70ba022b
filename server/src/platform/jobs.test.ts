import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig } from '../../test/app.js';
import { buildApp } from '../app.js';
import { rowsOf } from '../lib/sql.js';

/*
 * The job runner (platform/jobs.ts) with two app instances on one database, as two server processes
 * would be: a due run happens once, a crashed process's lease runs out and another takes over, a
 * running job keeps its lease, and closing the app stops the runner.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job runner', () => {
  let first: Awaited<ReturnType<typeof startTestApp>>;
  let second: Awaited<ReturnType<typeof buildApp>>;
  const overrides = { JOB_LEASE_MS: '600' };

  beforeAll(async () => {
    first = await startTestApp(overrides);
    second = await buildApp(testConfig(overrides), { database: first.database, logger: false });
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const lease = async (name: string) =>
    (
      await first.database.db.transaction((tx) =>
        rowsOf<{ holder: string | null; due: boolean }>(
          tx,
          sql`select holder, next_run_at <= now() as due from app.job_leases where name = ${name}`,
        ),
      )
    )[0];

  /** The same job registered in both apps, counting its runs; each run takes `ms`. */
  function registerBoth(name: string, ms: number, timing: { everyMs: number; firstDelayMs?: number }) {
    const runs: string[] = [];
    for (const [app, label] of [
      [first.app, 'first'],
      [second, 'second'],
    ] as const) {
      app.jobs.register({
        name,
        ...timing,
        run: async () => {
          runs.push(label);
          await sleep(ms);
          return label;
        },
      });
    }
    return runs;
  }

  it('runs a due job once when both instances reach it at the same time, on their timers or by hand', async () => {
    const runs = registerBoth('test-timers', 150, { everyMs: 3_600_000, firstDelayMs: 20 });
    await sleep(600);
    expect(runs).toHaveLength(1);
    expect(await lease('test-timers')).toMatchObject({ holder: null, due: false });

    const byHand = registerBoth('test-ticks', 150, { everyMs: 3_600_000 });
    const ticks = await Promise.all([first.app.jobs.tick('test-ticks'), second.jobs.tick('test-ticks')]);
    expect(ticks.filter(Boolean)).toHaveLength(1);
    expect(byHand).toHaveLength(1);
    // Done, and not due again for an hour: neither instance runs it.
    expect(await Promise.all([first.app.jobs.tick('test-ticks'), second.jobs.tick('test-ticks')])).toEqual([
      false,
      false,
    ]);
    expect(byHand).toHaveLength(1);
  });

  it('tries again when the job is next due, not a whole interval later (a restarted instance)', async () => {
    // Run by another process a while ago: due again in 300 ms, though this process's interval is an hour.
    await first.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into app.job_leases (name, next_run_at) values ('test-due', now() + interval '300 milliseconds')`,
      );
    });
    const runs: string[] = [];
    second.jobs.register({
      name: 'test-due',
      everyMs: 3_600_000,
      firstDelayMs: 10,
      run: async () => {
        runs.push('second');
      },
    });
    await sleep(100);
    expect(runs).toEqual([]);
    await sleep(1_000);
    expect(runs).toEqual(['second']);
  });

  it('takes over the job of a crashed instance once its lease runs out, never while a live one renews it', async () => {
    const runs = registerBoth('test-crash', 10, { everyMs: 3_600_000 });
    // What a process that died mid-run leaves: the job claimed, under a lease nobody renews or releases.
    await first.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into app.job_leases (name, next_run_at, holder, lease_until)
            values ('test-crash', now(), gen_random_uuid(), now() + interval '400 milliseconds')`,
      );
    });
    expect(await second.jobs.tick('test-crash')).toBe(false);
    await sleep(500);
    expect(await second.jobs.tick('test-crash')).toBe(true);
    expect(runs).toEqual(['second']);

    // A live run longer than the lease (600 ms) renews it: the other instance cannot start it meanwhile.
    const long = registerBoth('test-long', 1_500, { everyMs: 3_600_000 });
    const running = first.app.jobs.runNow('test-long');
    await sleep(1_000);
    expect(await second.jobs.tick('test-long')).toBe(false);
    await expect(second.jobs.runNow('test-long')).rejects.toThrow(/another process/);
    expect(await running).toBe('first');
    expect(long).toEqual(['first']);
  });

  it('registers the background jobs, leaves out those turned off, and stops them all on close', async () => {
    const on = await buildApp(
      testConfig({ RETENTION_JOB_INTERVAL_HOURS: '24', CLEANUP_INTERVAL_MS: '60000', WEBHOOK_WORKER_INTERVAL_MS: '0' }),
      { database: first.database, logger: false },
    );
    await on.ready();
    expect(new Set(on.jobs.scheduled())).toEqual(new Set(['import-poll', 'housekeeping', 'totp-reseal', 'retention']));
    // A run in progress is waited for, and its lease freed, before the app (and its database) closes.
    let finished = false;
    on.jobs.register({
      name: 'test-close',
      everyMs: 3_600_000,
      run: async () => {
        await sleep(300);
        finished = true;
      },
    });
    const run = on.jobs.tick('test-close');
    await sleep(50);
    await on.close();
    expect(finished).toBe(true);
    expect(on.jobs.scheduled()).toEqual([]);
    expect(await run).toBe(true);
    expect(await lease('test-close')).toMatchObject({ holder: null });
  });
});
