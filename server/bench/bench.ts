/*
 * `pnpm bench [--duration 20] [--warmup 3] [--single 3] [--connections 50] [--max-requests 200000]
 *             [--only caseload,search] [--skip-pgbench] [--build] [--explain] [--out results.md] [--port 3917]
 *             [--report-cache SECONDS]`
 *
 * Load-tests the built server (server/dist/main.js) against DATABASE_URL, seeded by `pnpm db:seed:large`:
 * signs in as seeded case workers and coordinators, then for each scenario keeps `--connections`
 * requests in flight for `--duration` seconds (after `--warmup`), and reports latency percentiles,
 * requests/s and the server's RSS. Each scenario is then run as the equivalent SQL with pgbench
 * (pgbench/<scenario>.sql: the same statements, as percee_app with the tenant set, same concurrency),
 * and the API/pgbench throughput ratio shows what the HTTP layer costs. Load goes to 127.0.0.1 only;
 * every run is bounded in time and in requests (`--max-requests` per phase).
 *
 * It writes fixtures into the schema `bench` of the database (never into application tables), and
 * the write scenario adds contacts to open cases, as a real client would.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../src/db/client.js';
import { benchDatabaseUrl, benchDir, databaseName, parseArgs, productionNodeArgs, repoRoot, serverDir } from './lib.js';

const run = promisify(execFile);
const args = parseArgs(process.argv.slice(2));
const DURATION_S = args.number('duration', 20);
const WARMUP_S = args.number('warmup', 3);
const CONNECTIONS = Math.trunc(args.number('connections', 50));
const MAX_REQUESTS = Math.trunc(args.number('max-requests', 200_000));
/** Seconds of a single-connection pass before the loaded one (latency without queueing); 0 to skip. */
const SINGLE_S = args.number('single', 3);
const PORT = Math.trunc(args.number('port', 3917));
/** The server's REPORT_CACHE_SECONDS; `--report-cache 0` measures reports computed on every request. */
const REPORT_CACHE = args.has('report-cache') ? String(Math.trunc(args.number('report-cache', 300))) : undefined;
const BASE = `http://127.0.0.1:${PORT}`;
const API = `${BASE}/api/v1`;
if (DURATION_S <= 0 || DURATION_S > 300) throw new Error('--duration must be in (0, 300] seconds');
if (CONNECTIONS < 1 || CONNECTIONS > 200) throw new Error('--connections must be in [1, 200]');

/** What the issue asks of each scenario (p99, ms). */
interface Scenario {
  name: string;
  title: string;
  targetP99Ms: number | null;
  /** Builds one request from a fixture row. */
  request: (row: FixtureRow, token: string) => { method: 'GET' | 'POST'; path: string; body?: string };
}

interface FixtureRow {
  k: number;
  org: string;
  uid: string;
  email: string;
  case_id: string | null;
  q: string | null;
  pattern: string | null;
  from_date: string | null;
  to_date: string | null;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'caseload',
    title: 'My caseload (case worker)',
    targetP99Ms: 20,
    request: () => ({ method: 'GET', path: '/caseload' }),
  },
  {
    name: 'search',
    title: 'Household search by name (coordinator)',
    targetP99Ms: 50,
    request: (row) => ({ method: 'GET', path: `/households?q=${encodeURIComponent(row.q ?? '')}` }),
  },
  {
    name: 'search_worker',
    title: 'Household search by name (case worker)',
    targetP99Ms: 50,
    request: (row) => ({ method: 'GET', path: `/households?q=${encodeURIComponent(row.q ?? '')}` }),
  },
  {
    name: 'case',
    title: 'Case detail',
    targetP99Ms: 25,
    request: (row) => ({ method: 'GET', path: `/cases/${row.case_id}` }),
  },
  {
    name: 'contacts',
    title: 'Case contacts (first page)',
    targetP99Ms: 25,
    request: (row) => ({ method: 'GET', path: `/cases/${row.case_id}/contacts` }),
  },
  {
    name: 'create_contact',
    title: 'Create a contact',
    targetP99Ms: 30,
    request: (row) => ({
      method: 'POST',
      path: `/cases/${row.case_id}/contacts`,
      body: JSON.stringify({
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        type: 'phone',
        durationMinutes: 15,
        notes: 'Appel de suivi (bench)',
      }),
    }),
  },
  {
    name: 'report',
    title: 'Activity report (1 org, 1 year)',
    targetP99Ms: 300,
    request: (row) => ({ method: 'GET', path: `/reports/activity?from=${row.from_date}&to=${row.to_date}` }),
  },
  {
    name: 'summary',
    title: 'Avoided-cost summary (1 org, 1 year)',
    targetP99Ms: 100,
    request: (row) => ({ method: 'GET', path: `/avoided-costs/summary?from=${row.from_date}&to=${row.to_date}` }),
  },
];

/** Search words: frequent and rare surnames, first names, fragments, a street word, and a typo (no match by LIKE). */
const SEARCH_WORDS = [
  'peeters',
  'janssens',
  'dubois',
  'benali',
  'claes',
  'nowak',
  'diallo',
  'marie',
  'mohamed',
  'lucas',
  'dup',
  'ben',
  'van',
  'station',
  'el amrani',
  'duboys',
];

interface PhaseResult {
  /** Server CPU time per request (ms): what a request costs the Node process, whatever the contention. */
  cpuMsPerOp?: number;
  ops: number;
  errors: number;
  seconds: number;
  latencies: Float64Array;
  rssMaxMb?: number;
  rssAvgMb?: number;
  cpuPercent?: number;
  statusCounts?: Record<string, number>;
  load?: number;
  /** Share of the machine's CPU (all cores) used by other processes during the phase. */
  othersCpuPercent?: number;
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

async function main() {
  const url = benchDatabaseUrl();
  const only = args.has('only') ? new Set(args.string('only', '').split(',')) : null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const info = await seedInfo(client);
    const hasSummaryRoute = await routeExists('/avoided-costs/summary');
    const hasBreakthroughs = (await client.query(`select to_regclass('public.breakthroughs') is not null as ok`))
      .rows[0]?.ok;
    const scenarios = SCENARIOS.filter(
      (s) => (!only || only.has(s.name)) && (s.name !== 'summary' || (hasSummaryRoute && hasBreakthroughs)),
    );
    console.log(
      `Percée bench → "${databaseName(url)}" (seed scale ${info.scale}, anchor ${new Date(info.anchor).toISOString().slice(0, 10)}), ` +
        `${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${DURATION_S}s per phase`,
    );

    // The server being measured may be newer than the seed: bring the schema up to date first.
    const database = openPostgres(url, { max: 1, connectTimeoutMs: 5_000 });
    try {
      await database.migrate(path.join(repoRoot, 'migrations'));
    } finally {
      await database.close();
    }
    const fixtures = await buildFixtures(client, info);
    if (args.has('build')) {
      console.log('Building the server bundle…');
      await run('node', ['build.mjs'], { cwd: serverDir });
    }
    const server = await startServer(url);
    try {
      const tokens = await signIn([...new Set([...fixtures.values()].flat().map((row) => row.email))]);
      const results: Result[] = [];
      for (const scenario of scenarios) {
        const rows = fixtures.get(scenario.name) ?? [];
        if (rows.length === 0) {
          console.log(`- ${scenario.name}: no fixture rows, skipped`);
          continue;
        }
        process.stdout.write(`- ${scenario.name.padEnd(15)} `);
        let single: PhaseResult | null = null;
        if (SINGLE_S > 0) {
          single = await apiPhase(server, scenario, rows, tokens, 1, SINGLE_S);
          process.stdout.write(`1 connection: p50 ${percentile(single.latencies, 50).toFixed(1)} ms; `);
        }
        process.stdout.write(`${CONNECTIONS} connections: API… `);
        const api = await apiPhase(server, scenario, rows, tokens);
        process.stdout.write(
          `${(api.ops / api.seconds).toFixed(0)} req/s, p99 ${percentile(api.latencies, 99).toFixed(1)} ms`,
        );
        let pgResult: PhaseResult | null = null;
        if (!args.has('skip-pgbench')) {
          process.stdout.write('; pgbench… ');
          pgResult = await pgbenchPhase(url, scenario.name, rows.length);
          process.stdout.write(
            `${(pgResult.ops / pgResult.seconds).toFixed(0)} tps, p99 ${percentile(pgResult.latencies, 99).toFixed(1)} ms`,
          );
        }
        process.stdout.write('\n');
        results.push({ scenario, api, pg: pgResult, single });
      }
      const idle = rssOf(server.pid as number);
      const warnings = readFileSync(serverLog.path, 'utf8').split('\n').filter(Boolean);
      const unavailable = warnings.filter((line) => line.includes('database unavailable')).length;
      console.log(
        `Server log ${serverLog.path}: ${warnings.length} lines, ${unavailable} "database unavailable" (503) warnings`,
      );
      const table = markdownTable(results);
      const header = [
        `Measured ${new Date().toISOString()} on ${machine()}`,
        `Data: seed scale ${info.scale} (seed ${info.seed}, anchor ${new Date(info.anchor).toISOString().slice(0, 10)}), database ${databaseName(url)}; ` +
          `${CONNECTIONS} concurrent connections, ${WARMUP_S}s warm-up + ${DURATION_S}s per phase; server RSS after the run ${idle.toFixed(0)} MB.`,
        `Server: \`node ${server.spawnargs.slice(1, -1).join(' ')} server/dist/main.js\` (the node options of production's start command${process.env.BENCH_NODE_ARGS ? ', then BENCH_NODE_ARGS' : ''}).`,
        '',
      ].join('\n');
      console.log(`\n${header}\n${table}`);
      if (!hasSummaryRoute || !hasBreakthroughs)
        console.log('(avoided-cost summary skipped: route or breakthrough tables absent)');
      let explain = '';
      if (args.has('explain')) explain = await explainAll(client, fixtures);
      if (args.has('out')) {
        writeFileSync(args.string('out', 'bench-results.md'), `${header}\n${table}\n${explain}`);
        console.log(`Written to ${args.string('out', '')}`);
      } else if (explain) console.log(explain);
    } finally {
      await stopServer(server);
    }
  } finally {
    await client.end();
  }
}

async function seedInfo(client: pg.Client) {
  const exists = (await client.query(`select to_regclass('bench.seed_info') is not null as ok`)).rows[0]?.ok;
  if (!exists) throw new Error('No seeded data in this database: run `pnpm db:seed:large` first');
  return (await client.query('select * from bench.seed_info')).rows[0] as {
    seed: number;
    scale: number;
    anchor: Date;
    organisations: number;
    workers_per_org: number;
    coordinators_per_org: number;
  };
}

async function routeExists(route: string) {
  const source = path.join(serverDir, 'dist', 'main.js');
  return existsSync(source) && readFileSync(source, 'utf8').includes(route);
}

/**
 * Fixtures in bench.fixture, one set per scenario, shared by the API phase and pgbench: 5 case
 * workers and one coordinator per organisation, their cases (open ones for new contacts), search words.
 */
async function buildFixtures(client: pg.Client, info: Awaited<ReturnType<typeof seedInfo>>) {
  const workersPerOrg = Math.min(5, info.workers_per_org);
  const year = new Date(info.anchor).getUTCFullYear() - 1;
  await client.query(`
    drop table if exists bench.fixture;
    create table bench.fixture (
      scenario text not null, k int not null, org uuid not null, uid uuid not null, email text not null,
      case_id uuid, q text, pattern text, from_date text, to_date text, primary key (scenario, k));`);
  const workers = `(select u.organisation_id as org, u.id as uid, u.email from users u
                     where u.email ~ '^cw[0-${workersPerOrg - 1}]\\.org[0-9]+@bench\\.percee\\.test$')`;
  const coordinators = `(select u.organisation_id as org, u.id as uid, u.email from users u where u.email ~ '^coord0\\.org[0-9]+@bench\\.percee\\.test$')`;
  const words = `(select w, ord from unnest($1::text[]) with ordinality as t(w, ord))`;
  const fill = (scenario: string, select: string, params: unknown[] = []) =>
    client.query(
      `insert into bench.fixture (scenario, k, org, uid, email, case_id, q, pattern, from_date, to_date)
       select '${scenario}', row_number() over (order by x.sort_key), x.org, x.uid, x.email, x.case_id, x.q, x.pattern, x.from_date, x.to_date
       from (${select}) x`,
      params,
    );
  const none =
    'null::uuid as case_id, null::text as q, null::text as pattern, null::text as from_date, null::text as to_date';
  await fill('caseload', `select w.*, w.email as sort_key, ${none} from ${workers} w`);
  const cases = (
    open: boolean,
  ) => `select w.org, w.uid, w.email, c.id as case_id, null::text as q, null::text as pattern,
      null::text as from_date, null::text as to_date, md5(c.id::text) as sort_key
    from ${workers} w join cases c on c.organisation_id = w.org and c.primary_worker_id = w.uid ${open ? 'and c.closed_at is null' : ''}`;
  await fill('case', cases(false));
  await fill('contacts', cases(false));
  await fill('create_contact', cases(true));
  const search = (who: string) => `select p.org, p.uid, p.email, null::uuid as case_id, t.w as q,
      '%' || replace(replace(replace(t.w, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' as pattern,
      null::text as from_date, null::text as to_date, p.email || lpad(t.ord::text, 3, '0') as sort_key
    from ${who} p cross join ${words} t`;
  // Single words only: the server adds one LIKE per word, and pgbench runs a fixed statement.
  const singleWords = SEARCH_WORDS.filter((word) => !word.includes(' '));
  await fill('search', search(coordinators), [singleWords]);
  await fill('search_worker', search(workers), [singleWords]);
  const reports = `select c.org, c.uid, c.email, null::uuid as case_id, null::text as q, null::text as pattern,
      '${year}-01-01' as from_date, '${year}-12-31' as to_date, c.email as sort_key from ${coordinators} c`;
  await fill('report', reports);
  await fill('summary', reports);
  await client.query('analyze bench.fixture');
  const rows = (
    await client.query<FixtureRow & { scenario: string }>('select * from bench.fixture order by scenario, k')
  ).rows;
  const byScenario = new Map<string, FixtureRow[]>();
  for (const row of rows) byScenario.set(row.scenario, [...(byScenario.get(row.scenario) ?? []), row]);
  console.log(`Fixtures: ${[...byScenario].map(([name, list]) => `${name} ${list.length}`).join(', ')}`);
  return byScenario;
}

const serverLog = { path: path.join(tmpdir(), `percee-bench-server-${process.pid}.log`), fd: 0 };

async function startServer(url: string): Promise<ChildProcess> {
  serverLog.fd = openSync(serverLog.path, 'w');
  const main = path.join(serverDir, 'dist', 'main.js');
  if (!existsSync(main)) throw new Error('server/dist/main.js is missing: run `pnpm build` (or pass --build)');
  // Started as production starts it (the node options of server/package.json "start": the heap cap).
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the bench's load;
  // they come last, so BENCH_NODE_ARGS=--max-old-space-size=4096 measures without the cap.
  const nodeArgs = [...productionNodeArgs(), ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_MAX: '1000000',
      LOGIN_RATE_LIMIT_ACCOUNT_MAX: '1000000',
      LOGIN_RATE_LIMIT_ADDRESS_MAX: '1000000',
      // The benchmark is the load: per-caller limits would measure 429s.
      API_RATE_LIMIT_PER_MINUTE: '1000000',
      CLIENT_RATE_LIMIT_PER_MINUTE: '1000000',
      SECRETS_KEY: randomBytes(32).toString('base64'),
      DEMO_SEED: 'false',
      MIGRATE_ON_START: 'false',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      ...(REPORT_CACHE === undefined ? {} : { REPORT_CACHE_SECONDS: REPORT_CACHE }),
    },
    stdio: ['ignore', serverLog.fd, serverLog.fd],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) on start`);
    const ok = await request('GET', `${BASE}/health/ready`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return child;
    await sleep(200);
  }
  child.kill('SIGTERM');
  throw new Error('The server did not become ready within 20 s');
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS + 10 });

function request(
  method: string,
  url: string,
  token?: string,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const req = http.request(url, { method, agent, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function signIn(emails: string[]) {
  const tokens = new Map<string, string>();
  const started = performance.now();
  const durations: number[] = [];
  // Four at a time: argon2id verification is deliberately expensive (19 MiB, t=2).
  for (let i = 0; i < emails.length; i += 4) {
    await Promise.all(
      emails.slice(i, i + 4).map(async (email) => {
        const t = performance.now();
        const res = await request(
          'POST',
          `${API}/auth/login`,
          undefined,
          JSON.stringify({ email, password: 'bench-percee-2026' }),
        );
        durations.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`Sign-in of ${email} failed: ${res.status} ${res.body.slice(0, 200)}`);
        tokens.set(email, (JSON.parse(res.body) as { accessToken: string }).accessToken);
      }),
    );
  }
  durations.sort((a, b) => a - b);
  console.log(
    `Signed in ${tokens.size} accounts in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(sign-in p50 ${durations[Math.floor(durations.length / 2)]?.toFixed(0)} ms, 4 at a time)`,
  );
  return tokens;
}

/** /proc/<pid>/status VmRSS in MB. */
function rssOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Busy and total CPU time of the machine (all cores), in seconds, from /proc/stat. */
function machineCpu() {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] as string).trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}

/** CPU seconds used so far by every PostgreSQL process (the server's backends serve this bench, mostly). */
function postgresCpu() {
  let seconds = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, plus cutime + cstime: the postmaster accumulates the time of backends that exited.
      seconds += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds;
}

type ContentionStart = ReturnType<typeof contentionStart>;

function contentionStart(serverPid?: number) {
  const self = process.cpuUsage();
  return {
    machine: machineCpu(),
    postgres: postgresCpu(),
    self: (self.user + self.system) / 1e6,
    server: serverPid ? cpuSecondsOf(serverPid) : 0,
  };
}

/**
 * What the rest of the machine took during a phase (% of all cores): CPU busy time not spent by this
 * bench process, the server or PostgreSQL (pgbench's own CPU, a few %, counts as "others").
 */
function contention(before: ContentionStart, serverPid?: number) {
  const machine = machineCpu();
  const self = process.cpuUsage();
  const selfSeconds = (self.user + self.system) / 1e6;
  const server = serverPid ? cpuSecondsOf(serverPid) : 0;
  const wall = machine.total - before.machine.total;
  const others =
    machine.busy -
    before.machine.busy -
    (postgresCpu() - before.postgres) -
    (selfSeconds - before.self) -
    (server - before.server);
  return Math.max(0, (others / Math.max(wall, 1e-9)) * 100);
}

/** utime + stime of a process, in seconds. */
function cpuSecondsOf(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function apiPhase(
  server: ChildProcess,
  scenario: Scenario,
  rows: FixtureRow[],
  tokens: Map<string, string>,
  connections = CONNECTIONS,
  seconds = DURATION_S,
): Promise<PhaseResult> {
  const pid = server.pid as number;
  let next = 0;
  const runFor = async (seconds: number, record: boolean) => {
    const latencies: number[] = [];
    const statusCounts: Record<string, number> = {};
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < end && latencies.length + errors < MAX_REQUESTS) {
        // Round robin over a shuffled order (fixture rows are sorted by a hash): every row, evenly.
        const row = rows[next++ % rows.length] as FixtureRow;
        const token = tokens.get(row.email) as string;
        const { method, path: route, body } = scenario.request(row, token);
        const t = performance.now();
        let status = 0;
        try {
          status = (await request(method, `${API}${route}`, token, body)).status;
        } catch {
          status = 0;
        }
        const ms = performance.now() - t;
        if (!record) continue;
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        // Throughput and latency count answered requests only; failures (503 when the pool is exhausted) apart.
        if (status < 200 || status >= 300) errors++;
        else latencies.push(ms);
      }
    };
    const started = performance.now();
    const samples: number[] = [];
    const cpuBefore = cpuSecondsOf(pid);
    const contentionBefore = contentionStart(pid);
    const sampler = setInterval(() => samples.push(rssOf(pid)), 250);
    await Promise.all(Array.from({ length: connections }, worker));
    clearInterval(sampler);
    const elapsed = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    return {
      ops: latencies.length,
      errors,
      seconds: elapsed,
      latencies: sorted,
      rssMaxMb: Math.max(...samples, rssOf(pid)),
      rssAvgMb: samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : rssOf(pid),
      cpuPercent: ((cpuSecondsOf(pid) - cpuBefore) / elapsed) * 100,
      cpuMsPerOp: ((cpuSecondsOf(pid) - cpuBefore) * 1000) / Math.max(1, latencies.length + errors),
      statusCounts,
      load: loadavg()[0],
      othersCpuPercent: contention(contentionBefore, pid),
    };
  };
  if (WARMUP_S > 0) await runFor(WARMUP_S, false);
  const result = await runFor(seconds, true);
  if (result.errors > 0) process.stdout.write(`[${result.errors} non-2xx: ${JSON.stringify(result.statusCounts)}] `);
  return result;
}

async function pgbenchPhase(url: string, scenario: string, fixtureRows: number): Promise<PhaseResult> {
  const script = path.join(benchDir, 'pgbench', `${scenario}.sql`);
  const dir = mkdtempSync(path.join(tmpdir(), 'percee-pgbench-'));
  try {
    const common = [
      '-n',
      // The server prepares each statement once per connection (db/client.ts): so does pgbench.
      '-M',
      'prepared',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-f',
      script,
      '-D',
      `n=${fixtureRows}`,
    ];
    if (WARMUP_S > 0) await run('pgbench', [...common, '-T', String(WARMUP_S), url], { maxBuffer: 16 * 1024 * 1024 });
    const contentionBefore = contentionStart();
    const { stdout } = await run(
      'pgbench',
      [...common, '-T', String(DURATION_S), '-l', `--log-prefix=${path.join(dir, 'tx')}`, url],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const latencies: number[] = [];
    let errors = 0;
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const fields = line.split(' ');
        if (fields.length < 3) continue;
        // client_id transaction_no time script_no time_epoch time_us; time is "failed"/"skipped" when not done.
        const micros = Number(fields[2]);
        if (Number.isFinite(micros)) latencies.push(micros / 1000);
        else errors++;
      }
    }
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    const seconds = DURATION_S;
    return {
      ops: latencies.length,
      errors: errors + failed,
      seconds,
      latencies: Float64Array.from(latencies).sort(),
      load: loadavg()[0],
      othersCpuPercent: contention(contentionBefore),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Result {
  scenario: Scenario;
  api: PhaseResult;
  pg: PhaseResult | null;
  single: PhaseResult | null;
}

function markdownTable(results: Result[]) {
  const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
  const lines = [
    "| Scenario | API req/s | API p50 / p95 / p99 (ms) | errors | pgbench tps | pgbench p50 / p95 / p99 (ms) | API/pgbench | target p99 | met | 1 connection p50 / p99 (ms) | server CPU ms/req | server RSS max (MB) | load | others' CPU (API / pgbench) |",
    '|---|---:|---|---:|---:|---|---:|---:|:-:|---|---:|---:|---:|---|',
  ];
  for (const { scenario, api, pg: pgResult, single } of results) {
    const apiRate = api.ops / api.seconds;
    const pgRate = pgResult ? pgResult.ops / pgResult.seconds : Number.NaN;
    const p99 = percentile(api.latencies, 99);
    const met = scenario.targetP99Ms === null ? '' : p99 <= scenario.targetP99Ms && api.errors === 0 ? 'yes' : 'no';
    lines.push(
      `| ${scenario.title} | ${apiRate.toFixed(0)} | ${[50, 95, 99].map((p) => ms(percentile(api.latencies, p))).join(' / ')} | ${api.errors} | ` +
        `${pgResult ? pgRate.toFixed(0) : '–'} | ${pgResult ? [50, 95, 99].map((p) => ms(percentile(pgResult.latencies, p))).join(' / ') : '–'} | ` +
        `${pgResult ? `${((apiRate / pgRate) * 100).toFixed(0)}%` : '–'} | ${scenario.targetP99Ms ?? '–'} | ${met} | ` +
        `${single ? [50, 99].map((p) => ms(percentile(single.latencies, p))).join(' / ') : '–'} | ${api.cpuMsPerOp?.toFixed(2)} | ` +
        `${api.rssMaxMb?.toFixed(0)} | ${api.load?.toFixed(1)} | ` +
        `${api.othersCpuPercent?.toFixed(0)}% / ${pgResult?.othersCpuPercent === undefined ? '–' : `${pgResult.othersCpuPercent.toFixed(0)}%`} |`,
    );
  }
  return lines.join('\n');
}

/** EXPLAIN (ANALYZE, BUFFERS) of each list query, as percee_app with the tenant set, for one fixture row. */
async function explainAll(client: pg.Client, fixtures: Map<string, FixtureRow[]>) {
  const out: string[] = ['', '## EXPLAIN (ANALYZE, BUFFERS)', ''];
  for (const name of ['caseload', 'search', 'search_worker', 'contacts']) {
    const rows = fixtures.get(name) ?? [];
    const row = name.startsWith('search')
      ? (rows.find((r) => r.q === 'dubois') ?? rows[0])
      : rows[Math.floor(rows.length / 2)];
    if (!row) continue;
    const script = readFileSync(path.join(benchDir, 'pgbench', `${name}.sql`), 'utf8');
    const statement = mainStatement(name, script);
    const values: Record<string, string> = {
      org: row.org,
      uid: row.uid,
      case_id: row.case_id ?? row.org,
      pattern: row.pattern ?? '',
      q: row.q ?? '',
    };
    const params: string[] = [];
    const text = statement.replace(/:(org|uid|case_id|pattern|q)\b/g, (_, key: string) => {
      params.push(values[key] as string);
      return `$${params.length}`;
    });
    await client.query('begin');
    try {
      await client.query(
        `select set_config('role', 'percee_app', true), set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`,
        [row.org, row.uid],
      );
      const plan = await client.query(`explain (analyze, buffers) ${text}`, params);
      out.push(
        `### ${name}${row.q ? ` (q=${row.q})` : ''}`,
        '',
        '```',
        ...plan.rows.map((r) => r['QUERY PLAN'] as string),
        '```',
        '',
      );
    } finally {
      await client.query('rollback');
    }
  }
  return out.join('\n');
}

/** The main SELECT of a pgbench script (inside the string_agg wrapper when there is one). */
function mainStatement(name: string, script: string) {
  if (name === 'contacts') {
    const statements = script.split(';').map((s) => s.replace(/^\s*--.*$/gm, '').trim());
    return statements.find((s) => s.startsWith('select "organisation_id", "id", "case_id"')) as string;
  }
  const wrapped = script.slice(script.indexOf('select coalesce(string_agg'));
  const inner = wrapped.slice(0, wrapped.indexOf('\\gset'));
  return inner.slice(inner.indexOf('(\n') + 2, inner.lastIndexOf('\n)')).trim();
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const memGb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024 / 1024;
  return `${cpu}, ${cores} cores, ${memGb.toFixed(0)} GB RAM, Node ${process.version}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error: unknown) => {
  console.error(`Bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
