// `.ci/run`, after the build: the README's `pnpm start` as a newcomer meets it, twice on the same data,
// each stopped with Ctrl-C as a terminal sends it (SIGINT to the whole process group: pnpm and the
// server). The second start must build nothing and be ready within 30 s; both must print the banner
// and end with exit 0, without pnpm's failure lines. Exit 1 naming what went wrong.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_WITHIN_MS = 30_000;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** `pnpm start` in its own process group; Ctrl-C once the banner is out. */
function start(env, timeoutMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('pnpm', ['start'], {
      cwd: root,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let readyAfterMs;
    const onData = (chunk) => {
      output += chunk;
      if (readyAfterMs === undefined && /^ {2}stop: /m.test(output)) {
        readyAfterMs = Date.now() - started;
        process.kill(-child.pid, 'SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, readyAfterMs });
    });
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'percee-check-start-'));
const env = { PORT: String(await freePort()), DATA_DIR: dataDir, RETENTION_JOB_INTERVAL_HOURS: '0' };
const problems = [];
try {
  for (const [name, timeoutMs] of [
    ['first start', 300_000],
    ['second start', 120_000],
  ]) {
    const run = await start(env, timeoutMs);
    const say = (problem) => problems.push(`${name}: ${problem}`);
    if (run.readyAfterMs === undefined) say('no banner');
    if (run.code !== 0) say(`exit code ${run.code ?? run.signal} after Ctrl-C, not 0`);
    if (/ELIFECYCLE|ERR_PNPM|\n\s+at /.test(run.output)) say('pnpm failure lines or a stack trace in the output');
    if (!run.output.includes(`Percée is ready on http://127.0.0.1:${env.PORT}`)) say('no URL in the banner');
    if (name === 'second start') {
      if (/^Building /m.test(run.output)) say('it rebuilt');
      if (run.readyAfterMs !== undefined && run.readyAfterMs > READY_WITHIN_MS) {
        say(`ready after ${run.readyAfterMs} ms, over ${READY_WITHIN_MS}`);
      }
    }
    console.log(`${name}: ready after ${run.readyAfterMs ?? '-'} ms, exit ${run.code ?? run.signal}`);
    if (problems.length > 0) console.log(run.output);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('pnpm start: banner, no rebuild on the second start, clean Ctrl-C.');
