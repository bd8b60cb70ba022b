// `pnpm start`, step one: builds the web app and the server bundle only when a build is missing or a
// source is newer than it (a fresh clone, a `git pull`, an edit), quietly: one line, not the bundlers'
// listing (shown in full only if the build fails). Step two, in the start script itself, runs the
// built server directly (`exec node ...`), so signals reach it and a Ctrl-C ends with exit 0.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the build reads: the sources of the three packages, their configuration and the lockfile. */
const SOURCES = [
  'shared/src',
  'shared/package.json',
  'server/src',
  'server/build.mjs',
  'server/package.json',
  'web/src',
  'web/public',
  'web/index.html',
  'web/vite.config.ts',
  'web/package.json',
  'pnpm-lock.yaml',
];
/** What the build writes (the server reads migrations/ at run time: no build needed for them). */
const OUTPUTS = ['server/dist/main.js', 'server/dist/migrate.js', 'server/dist/admin.js', 'web/dist/index.html'];

const isTest = (name) => /\.test\.tsx?$/.test(name);

/** The newest modification time under a file or folder (tests excluded: they are not built). */
function newest(entry) {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = 0;
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (child.name === 'node_modules' || isTest(child.name)) continue;
    latest = Math.max(latest, newest(path.join(entry, child.name)));
  }
  return latest;
}

/** Why a build is needed, or null when the build is there and newer than every source. */
function staleReason() {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const output of OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(path.join(root, output)).mtimeMs);
    } catch {
      return `no build yet (${output} is missing)`;
    }
  }
  for (const source of SOURCES) {
    if (newest(path.join(root, source)) > oldestOutput) return `${source} changed since the last build`;
  }
  return null;
}

const reason = staleReason();
if (reason) {
  const started = Date.now();
  process.stdout.write(`Building the web app and the server: ${reason}. This takes about a minute...\n`);
  const result = spawnSync('pnpm', ['build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    process.stderr.write(
      `The build failed (${result.error?.message ?? `exit code ${result.status}`}); its output is above.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`Built in ${Math.round((Date.now() - started) / 1000)} s.\n`);
}
