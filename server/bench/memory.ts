/*
 * `tsx bench/memory.ts [--only audit,cases,import] [--parallel 1] [--org 0] [--port 3918] [--dist dist]
 *                      [--node-args="--max-old-space-size=160"]`
 *
 * The server's memory during its largest requests: CSV exports of a whole list (audit trail, cases...)
 * and a bulk import at its limits (5,000 households in JSON lines, about 10 MB, as a dry run: nothing
 * is written). Starts the built server against DATABASE_URL (seeded by `pnpm db:seed:large`) the way
 * production starts it (the node options of server/package.json "start", unless --node-args says
 * otherwise), runs each request (`--parallel` copies at once) while sampling the server's VmRSS every
 * 10 ms, and reports rows, bytes, seconds and the RSS before and at peak. `--dist` runs another build
 * of the server (e.g. an older dist/ copied inside server/, to compare).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  BENCH_PASSWORD,
  benchDatabaseUrl,
  benchEmail,
  parseArgs,
  productionNodeArgs,
  repoRoot,
  serverDir,
} from './lib.js';

const args = parseArgs(process.argv.slice(2));
const PORT = Math.trunc(args.number('port', 3918));
const ORG = Math.trunc(args.number('org', 0));
const PARALLEL = Math.trunc(args.number('parallel', 1));
const ONLY = args.string('only', 'audit,cases,import').split(',').filter(Boolean);
const main = path.resolve(serverDir, args.string('dist', 'dist'), 'main.js');
const nodeArgs = args.has('node-args') ? args.string('node-args', '').split(' ').filter(Boolean) : productionNodeArgs();
const BASE = `http://127.0.0.1:${PORT}`;

/** What each scenario requests, and as whom. */
const WHAT: Record<string, { path: string; as: string; body?: () => string }> = {
  audit: { path: '/api/v1/admin/audit.csv', as: benchEmail.admin(ORG) },
  cases: { path: '/api/v1/cases.csv?sort=opened', as: benchEmail.coordinator(ORG, 0) },
  households: { path: '/api/v1/households.csv', as: benchEmail.coordinator(ORG, 0) },
  referrals: { path: '/api/v1/referrals.csv', as: benchEmail.coordinator(ORG, 0) },
  import: {
    path: '/api/v1/imports/households?dryRun=true',
    as: benchEmail.coordinator(ORG, 0),
    body: importBody,
  },
};

/** 5,000 households of 11 members each in JSON lines (the default IMPORT_MAX_ROWS, just under IMPORT_MAX_BYTES). */
function importBody() {
  const lines: string[] = [];
  for (let h = 0; h < 5000; h++) {
    const members = Array.from({ length: 11 }, (_, m) => ({
      firstName: `Prénom${m}`,
      lastName: `Mémoire${h.toString(36)}x${m}`,
      birthDate: `19${50 + m * 4}-0${1 + (m % 9)}-1${m % 9}`,
      role: m === 0 ? 'applicant' : m === 1 ? 'partner' : 'child',
      phone: `+32 470 ${String(h).padStart(6, '0')}`,
      email: `import.${h}.${m}@example.test`,
    }));
    lines.push(
      JSON.stringify({
        address: `${h} rue de la Mesure, bâtiment ${h % 7}`,
        postalCode: '1000',
        municipality: 'Bruxelles',
        members,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function rssMb(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function call(method: string, url: string, body?: object, token?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

/** Runs one request (a download, or an upload when there is a body), counting the answer's bytes and lines. */
function exchange(url: string, token: string, body?: string) {
  return new Promise<{ status: number; bytes: number; lines: number; complete: boolean; text: string }>(
    (resolve, reject) => {
      const headers = {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/x-ndjson' }),
      };
      const req = http.request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
        let bytes = 0;
        let lines = 0;
        const kept: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          // An upload's answer (the import report) is kept; a download is only counted.
          if (body !== undefined) kept.push(chunk);
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            bytes,
            lines,
            complete: res.complete,
            text: Buffer.concat(kept).toString('utf8'),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

async function startServer(): Promise<ChildProcess> {
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm build\``);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: benchDatabaseUrl(),
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      SECRETS_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_MAX: '1000000',
      LOGIN_RATE_LIMIT_ACCOUNT_MAX: '1000000',
      LOGIN_RATE_LIMIT_ADDRESS_MAX: '1000000',
      API_RATE_LIMIT_PER_MINUTE: '1000000',
      // The seeded admins have no second factor; this measures exports, not sign-in.
      REQUIRE_ADMIN_TOTP: 'false',
      DEMO_SEED: 'false',
      MIGRATE_ON_START: 'false',
      HOST: '127.0.0.1',
      PORT: String(PORT),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) on start`);
    if ((await call('GET', `${BASE}/health/ready`).catch(() => ({ status: 0 }))).status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('The server did not become ready in 20 s');
}

const server = await startServer();
const pid = server.pid as number;
console.log(
  `node ${[...nodeArgs, path.relative(repoRoot, main)].join(' ')} (pid ${pid}), ${PARALLEL} request(s) at once`,
);
try {
  const tokens = new Map<string, string>();
  for (const name of ONLY) {
    const what = WHAT[name];
    if (!what) throw new Error(`unknown scenario ${name} (one of ${Object.keys(WHAT).join(', ')})`);
    if (!tokens.has(what.as)) {
      const login = await call('POST', `${BASE}/api/v1/auth/login`, { email: what.as, password: BENCH_PASSWORD });
      if (login.status !== 200) throw new Error(`sign-in of ${what.as}: ${login.status} ${login.body}`);
      tokens.set(what.as, (JSON.parse(login.body) as { accessToken: string }).accessToken);
    }
    const token = tokens.get(what.as) as string;
    const body = what.body?.();
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 10);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        exchange(`${BASE}${what.path}`, token, body).catch((error: Error) => error),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
    for (const result of results) {
      if (result instanceof Error) console.log(`  ${name}: failed: ${result.message}`);
      else if (result.status !== 200 || !result.complete) console.log(`  ${name}: ${result.status}, incomplete`);
    }
    const sent = body === undefined ? '' : `${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB sent, `;
    const first = results.find((result) => !(result instanceof Error));
    const got = first && !(first instanceof Error) ? first : null;
    const report = () => {
      const { total, valid } = JSON.parse(got?.text ?? '{}') as { total?: number; valid?: number };
      return `${got?.status}: ${valid} of ${total} rows valid`;
    };
    const answer = !got
      ? '-'
      : body === undefined
        ? `${got.lines - 1} rows, ${(got.bytes / 1e6).toFixed(1)} MB`
        : report();
    console.log(
      `  ${name.padEnd(10)} ${answer}` +
        `  ${sent}${seconds.toFixed(1)} s  RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after ${rssMb(pid).toFixed(0)} MB`,
    );
  }
} finally {
  server.kill('SIGTERM');
}
