import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, TEST_PASSWORD } from '../test/app.js';
import { registerClient } from '../test/clients.js';
import { insertProgram } from '../test/fixtures.js';

const run = promisify(execFile);

describe('scripts/municipal-system.ts against a started server', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let baseUrl: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    ctx = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100' });
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    const org = await createTestOrganisation(ctx.database, 'Municipality', ['admin', 'coordinator', 'case_worker']);
    await insertProgram(ctx.database, org.organisationId, { name: 'Case management' });
    const admin = await signIn(ctx.app, org.byRole.admin.email);
    const client = await registerClient(ctx.app, admin.headers, [
      'referrals:write',
      'referrals:read',
      'households:read',
      'households:write',
      'cases:read',
      'events:subscribe',
    ]);
    env = {
      PATH: process.env.PATH ?? '',
      PERCEE_URL: baseUrl,
      CLIENT_ID: client.clientId,
      CLIENT_SECRET: client.clientSecret,
      COORDINATOR_EMAIL: org.byRole.coordinator.email,
      COORDINATOR_PASSWORD: TEST_PASSWORD,
      WORKER_EMAIL: org.byRole.case_worker.email,
      WORKER_PASSWORD: TEST_PASSWORD,
    };
  });
  afterAll(() => ctx.close());

  it('gets a token, refers with retries, syncs, receives signed events of a case to its closure, imports a CSV', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'municipal-system.ts')],
      { cwd: path.join(import.meta.dirname, '..'), env, timeout: 90_000 },
    );
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) as string);
    expect(summary).toMatchObject({ ok: true, events: 8, imported: 2 });
    expect(stdout).toContain('retry replayed');
    expect(stdout).toMatch(/received 8 signed events/);
  }, 120_000);
});
