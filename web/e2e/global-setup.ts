import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the built product exactly as `pnpm start` does (one process serving API and web app) on a
 * fresh embedded database with the demo organisation, and hands its URL to the browser tests.
 */
export default async function setup(project: TestProject) {
  const main = path.join(root, 'server/dist/main.js');
  if (!existsSync(main) || !existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('Build first: pnpm build (the browser tests run the built product)');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'percee-e2e-'));
  // A snapshot of the web build: the server routes the files present when it starts, so a rebuild
  // during the run (someone else's `pnpm build`) would otherwise leave the pages without their scripts.
  const webDir = mkdtempSync(path.join(tmpdir(), 'percee-e2e-web-'));
  cpSync(path.join(root, 'web/dist'), webDir, { recursive: true });
  const server: ChildProcess = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      WEB_DIST_DIR: webDir,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_MAX: '1000',
      LOGIN_RATE_LIMIT_ACCOUNT_MAX: '1000',
      LOGIN_RATE_LIMIT_ADDRESS_MAX: '1000',
      // The browser tests look at the demo as seeded: no retention run in the middle of them.
      RETENTION_JOB_INTERVAL_HOURS: '0',
      // Reminders go to the local sink (the default outside production): looked for every second.
      REMINDER_INTERVAL_MS: '1000',
      // Parallel browser tests share the demo accounts: per-caller API limits would only slow them.
      API_RATE_LIMIT_PER_MINUTE: '1000000',
      CLIENT_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // The first start migrates and seeds the demo: allow for a loaded machine.
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server did not become ready in 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webDir, { recursive: true, force: true });
  };
}
