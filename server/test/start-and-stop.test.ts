import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionNodeArgs } from '../bench/lib.js';
import { repoRoot } from '../src/config.js';

/*
 * The first hour (issue 25): the built server, started as `pnpm start` starts it, prints a short banner
 * once ready, stops with exit 0 and no stack on Ctrl-C (SIGINT, which a terminal and pnpm both deliver),
 * and a second one on a busy port says so in one line, exit 1, before touching its database.
 */

const serverDir = path.join(repoRoot, 'server');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [...productionNodeArgs(), 'dist/main.js'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WEB_DIST_DIR: '/nonexistent',
      WEBHOOK_WORKER_INTERVAL_MS: '0',
      RETENTION_JOB_INTERVAL_HOURS: '0',
      CLEANUP_INTERVAL_MS: '0',
      REMINDER_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function until(check: () => boolean, run: Run, ms: number) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (run.child.exitCode !== null) throw new Error(`server exited early:\n${run.stdout()}\n${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out:\n${run.stdout()}\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('starting and stopping the built server', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'percee-start-'));
    dirs.push(dir);
    return dir;
  };
  let first: Run | undefined;
  let firstDataDir: string | undefined;

  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], { cwd: serverDir, stdio: 'pipe' });
  });
  afterAll(() => {
    first?.child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the banner once ready, explains a busy port in one line, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    firstDataDir = dataDir;
    first = startServer({ PORT: String(port), DATA_DIR: dataDir, DEMO_SEED: 'true' });
    const server = first;
    await until(() => server.stdout().includes('stop:'), server, 150_000);

    const banner = server
      .stdout()
      .split('\n')
      .filter((line) => line && !line.startsWith('{'));
    expect(banner[0]).toBe(`Percée is ready on http://127.0.0.1:${port}`);
    expect(banner).toContainEqual(`  database:  embedded PostgreSQL (PGlite) in ${path.join(dataDir, 'pglite')}`);
    expect(banner).toContainEqual(`  data:      ${dataDir} (database and the development secrets key)`);
    expect(banner.find((line) => line.startsWith('  demo:'))).toContain('admin@');
    expect(banner).toContainEqual(expect.stringContaining('password demo-percee-2026'));
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);

    // A second server on the same port: one line, exit 1, and its database never opened.
    const otherDataDir = path.join(tempDir(), 'never');
    const second = startServer({ PORT: String(port), DATA_DIR: otherDataDir });
    const secondExit = await second.exit;
    expect(secondExit.code).toBe(1);
    expect(second.stderr().trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use (another Percée still running?): stop it, or start with PORT=<another port>.`,
    ]);
    expect(existsSync(otherDataDir)).toBe(false);

    // Ctrl-C in a terminal reaches the server twice (from the terminal, and forwarded by pnpm a few ms
    // later: two signals sent at once would merge into one pending signal).
    server.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.child.kill('SIGINT');
    const { code, signal } = await server.exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
    expect(server.stdout()).toContain('"msg":"stopped"');
    expect(server.stdout()).not.toMatch(/\n\s+at /);
  }, 240_000);

  it('starts again on the same data, naming the demo accounts still there, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), DATA_DIR: firstDataDir ?? tempDir(), DEMO_SEED: 'false' });
    await until(() => server.stdout().includes('stop:'), server, 150_000);
    // DEMO_SEED only decides whether an empty installation gets the demo; this one has it.
    expect(server.stdout()).toContain('  demo:      admin@');
    server.child.kill('SIGTERM');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
  }, 240_000);
});
