/*
 * Shared by the large-data seed (seed-large.ts) and the load benchmark (bench.ts).
 * Not part of the server: nothing under src/ imports this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const serverDir = path.resolve(benchDir, '..');
export const repoRoot = path.resolve(benchDir, '../..');

/** The password of every seeded account (one argon2 hash, computed once per seed run). */
export const BENCH_PASSWORD = 'bench-percee-2026';
export const ORGANISATIONS = 20;

/** Seeded accounts: `cw{k}.org{o}` case workers, `coord{k}.org{o}` coordinators, one admin and analyst per org. */
export const benchEmail = {
  worker: (o: number, k: number) => `cw${k}.org${o}@bench.percee.test`,
  coordinator: (o: number, k: number) => `coord${k}.org${o}@bench.percee.test`,
  admin: (o: number) => `admin.org${o}@bench.percee.test`,
  analyst: (o: number) => `analyst.org${o}@bench.percee.test`,
  partner: (o: number) => `partner.org${o}@bench.percee.test`,
};

/** Sizes of the data set at a scale (1 = "a large city": 100k households, 120k cases, 2M contacts). */
export function sizesAt(scale: number) {
  const perOrg = (total: number) => Math.max(1, Math.round((total * scale) / ORGANISATIONS));
  return {
    organisations: ORGANISATIONS,
    householdsPerOrg: perOrg(100_000),
    casesPerOrg: perOrg(120_000),
    // About 25 open cases per case worker whatever the scale, as caseload limits (8-30) imply.
    workersPerOrg: Math.max(5, Math.round(100 * scale)),
    coordinatorsPerOrg: 4,
    contacts: Math.round(2_000_000 * scale),
    audit: Math.round(1_000_000 * scale),
    breakthroughs: Math.round(300_000 * scale),
  };
}

/** `--name value` / `--name=value` / `--flag` arguments. */
export function parseArgs(argv: string[]) {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) args.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--'))
      args.set(arg.slice(2), argv[++i] as string);
    else args.set(arg.slice(2), 'true');
  }
  return {
    has: (name: string) => args.has(name),
    string: (name: string, fallback: string) => args.get(name) ?? fallback,
    number(name: string, fallback: number) {
      const value = args.get(name);
      if (value === undefined) return fallback;
      const parsed = Number(value);
      if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got "${value}"`);
      return parsed;
    },
  };
}

/** DATABASE_URL, which must name a PostgreSQL database set aside for benchmarks. */
export function benchDatabaseUrl(env = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is required (a PostgreSQL database set aside for benchmarks, e.g. createdb -h 127.0.0.1 -U postgres percee_bench; ' +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/percee_bench). The embedded PGlite database is not supported.',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL is not a URL');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol))
    throw new Error('DATABASE_URL must be a postgres:// URL (PGlite is not supported)');
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!name || ['postgres', 'test', 'template0', 'template1'].includes(name)) {
    throw new Error(
      `Refusing to use the database "${name || '(default)'}": create one for benchmarks (e.g. percee_bench)`,
    );
  }
  return url;
}

export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

export function formatMs(ms: number) {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export async function timed<T>(label: string, work: () => Promise<T>, log = console.log): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(`  ${label.padEnd(52)} ${formatMs(performance.now() - started).padStart(9)}`);
  return result;
}

/**
 * The node options production starts the server with: those of server/package.json "start"
 * (`node <options> dist/main.js`), which the Dockerfile's CMD repeats (checked by test/start-command.test.ts).
 * The benchmarks start the server with them, so they measure what production runs.
 */
export function productionNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...rest] = pkg.scripts.start.trim().split(/\s+/);
  if (node !== 'node' || rest.at(-1) !== 'dist/main.js') {
    throw new Error(`server/package.json "start" is not \`node [options] dist/main.js\`: ${pkg.scripts.start}`);
  }
  return rest.slice(0, -1);
}
