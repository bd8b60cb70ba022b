import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { type Database, openDatabase, openPostgres } from '../src/db/client.js';
import { DataDirInUse } from '../src/db/pglite-lock.js';
import { organisations } from '../src/db/schema.js';
import { inTenant } from '../src/db/tenant.js';
import { verifyChain } from '../src/modules/audit/service.js';
import {
  backupEmbedded,
  backupPostgres,
  postgresDumpText,
  restoreEmbedded,
  restorePostgres,
  tableRowCounts,
} from '../src/platform/backup.js';
import { createTestOrganisation, signIn, TEST_PASSWORD, testConfig } from './app.js';
import { MIGRATIONS_DIR, withDatabaseName } from './database.js';
import { seedOperationsData } from './operations.js';

/**
 * The restore drill (docs/operations.md "Backups and restore"): data written through the API, backed
 * up, the database wiped, restored; then every audit chain verifies, every table has its rows, the app
 * serves the restored case, and the sealed secrets still open with SECRETS_KEY — while the backup file
 * itself holds none of them in plain text.
 */

const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

interface Drill {
  open(): Promise<Database>;
  /** While the app runs (embedded: must refuse). */
  backupWhileOpen?(): Promise<unknown>;
  backup(): Promise<unknown>;
  /** What a thief reading the backup file sees. */
  backupText(): Promise<string>;
  wipe(): Promise<void>;
  restore(): Promise<unknown>;
  cleanup(): Promise<void>;
}

async function withApp<T>(database: Database, work: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>) {
  const app = await buildApp(testConfig(), { database, logger: false });
  await app.ready();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function chains(database: Database) {
  const ids = (await database.db.select({ id: organisations.id }).from(organisations)).map((o) => o.id);
  const result: Record<string, { ok: boolean; checked: number; head: unknown }> = {};
  for (const id of ids) {
    const { ok, checked, head } = await inTenant(database.db, { organisationId: id }, (tx) => verifyChain(tx, id));
    result[id] = { ok, checked, head };
  }
  return result;
}

async function runDrill(drill: Drill) {
  let database = await drill.open();
  const seeded = await withApp(database, async (app) => {
    const org = await createTestOrganisation(database, 'Drill', ['admin', 'coordinator', 'case_worker']);
    const { ids, markers } = await seedOperationsData({ app, database, close: async () => {} }, org);
    const admin = (await signIn(app, org.byRole.admin.email)).headers;
    // Secrets planted before the backup: a webhook's signing secret and the admin's second factor.
    const webhook = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: admin,
      payload: { url: 'https://127.0.0.1:1/drill', eventTypes: ['case.closed'] },
    });
    expect(webhook.statusCode, webhook.body).toBe(201);
    const webhookSecret = webhook.json<{ secret: string }>().secret;
    const enrol = await app.inject({ method: 'POST', url: '/api/v1/me/totp/enrolment', headers: admin });
    expect(enrol.statusCode).toBe(201);
    const totpSecret = enrol.json<{ secret: string }>().secret;
    const confirm = await app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enrolment/confirm',
      headers: admin,
      payload: { code: codeFor(totpSecret) },
    });
    expect(confirm.statusCode).toBe(200);
    const coordinator = (await signIn(app, org.byRole.coordinator.email)).headers;
    const caseBody = await app.inject({ method: 'GET', url: `/api/v1/cases/${ids.case}`, headers: coordinator });
    expect(caseBody.statusCode).toBe(200);
    if (drill.backupWhileOpen) await expect(drill.backupWhileOpen()).rejects.toThrow(DataDirInUse);
    return { org, ids, markers, webhookSecret, totpSecret, caseJson: caseBody.json() };
  });
  const countsBefore = await tableRowCounts(database.db);
  const chainsBefore = await chains(database);
  await database.close();

  await drill.backup();
  const text = await drill.backupText();
  // The check can see plain text (the file's content markers are there: personal data is protected by
  // who holds the file, encryption of the backup at rest is the operator's), but no secret.
  expect(text).toContain(seeded.markers.contactNotes);
  expect(text).not.toContain(seeded.webhookSecret);
  expect(text).not.toContain(seeded.webhookSecret.slice('whsec_'.length));
  expect(text).not.toContain(seeded.totpSecret);

  await drill.wipe();
  await drill.restore();

  database = await drill.open();
  try {
    expect(await tableRowCounts(database.db)).toEqual(countsBefore);
    expect(countsBefore['public.cases']).toBeGreaterThan(0);
    expect(countsBefore['public.audit_log']).toBeGreaterThan(10);
    const chainsAfter = await chains(database);
    expect(chainsAfter).toEqual(chainsBefore);
    for (const chain of Object.values(chainsAfter)) expect(chain.ok).toBe(true);
    await withApp(database, async (app) => {
      const coordinator = (await signIn(app, seeded.org.byRole.coordinator.email)).headers;
      const restored = await app.inject({
        method: 'GET',
        url: `/api/v1/cases/${seeded.ids.case}`,
        headers: coordinator,
      });
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toEqual(seeded.caseJson);
      // The sealed second-factor secret opens with the same SECRETS_KEY: the admin signs in with a code.
      const first = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: seeded.org.byRole.admin.email, password: TEST_PASSWORD },
      });
      const { challenge } = first.json<{ challenge: string }>();
      const second = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/totp',
        payload: { challenge, code: codeFor(seeded.totpSecret, 1) },
      });
      expect(second.statusCode, second.body).toBe(200);
    });
  } finally {
    await database.close();
  }
}

const target = inject('testDatabase');
const admin = (env: Record<string, string>, args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env,
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
const scratch = mkdtempSync(path.join(tmpdir(), 'percee-drill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(target.kind === 'pglite')('restore drill: embedded database (pnpm admin backup / restore)', () => {
  it('backs up with the server stopped, restores into a wiped folder, and everything checks out', async () => {
    const dataDir = path.join(scratch, 'data', 'pglite');
    const file = path.join(scratch, 'backups', 'percee.tar.gz');
    await runDrill({
      async open() {
        const database = await openDatabase({ kind: 'pglite', dataDir });
        await database.migrate(MIGRATIONS_DIR);
        return database;
      },
      backupWhileOpen: () => backupEmbedded(dataDir, path.join(scratch, 'while-open.tar.gz')),
      backup: () => backupEmbedded(dataDir, file),
      backupText: async () => gunzipSync(readFileSync(file)).toString('latin1'),
      wipe: async () => rmSync(dataDir, { recursive: true }),
      restore: async () => expect((await restoreEmbedded(file, dataDir)).movedAside).toBeUndefined(),
      cleanup: async () => {},
    });
    // A second backup to the same name is refused (never overwrites); restoring over a database moves it aside.
    await expect(backupEmbedded(dataDir, file)).rejects.toThrow(/already exists/);
    const { movedAside } = await restoreEmbedded(file, dataDir);
    expect(movedAside).toMatch(/pglite\.before-restore-/);
    expect(readFileSync(path.join(movedAside as string, 'PG_VERSION'), 'utf8')).toMatch(/^\d+/);
  }, 300_000);

  it('pnpm admin backup / restore: exit codes, refused while the server holds the folder', async () => {
    const env = { PATH: process.env.PATH ?? '', DATA_DIR: path.join(scratch, 'data') };
    const dataDir = path.join(scratch, 'data', 'pglite');
    const file = path.join(scratch, 'backups', 'by-cli.tar.gz');
    expect((await admin(env, ['backup'])).code).toBe(2);
    // The server (here: this process) holds the folder.
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const refused = await admin(env, ['backup', file]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      await database.close();
    }
    const backup = await admin(env, ['backup', file]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const restored = await admin(env, ['restore', file]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/audit chain of organisation [0-9a-f-]{36}: OK, \d+ rows/);
    expect(restored.stdout).toMatch(/public\.cases: [1-9]/);
    expect((await admin(env, ['restore', path.join(scratch, 'nothing-here.tar.gz')])).code).toBe(1);
  }, 300_000);
});

describe.runIf(target.kind === 'postgres')('restore drill: PostgreSQL (pg_dump / pg_restore)', () => {
  it('dumps online, restores into a new empty database, and everything checks out', async () => {
    if (target.kind !== 'postgres') return;
    const name = `percee_t_${process.ppid}_drill_${randomBytes(3).toString('hex')}`;
    const url = withDatabaseName(target.url, name);
    const file = path.join(scratch, 'percee.dump');
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    try {
      // A scratch database of its own, migrated, as an installation's would be.
      await admin.query(`create database ${name}`);
      await runDrill({
        async open() {
          const database = openPostgres(url, { max: 5 });
          await database.migrate(MIGRATIONS_DIR);
          return database;
        },
        backup: () => backupPostgres(url, file),
        backupText: () => postgresDumpText(file),
        async wipe() {
          await admin.query(`drop database ${name} with (force)`);
          await admin.query(`create database ${name}`);
        },
        restore: () => restorePostgres(url, file),
        cleanup: async () => {},
      });
      // Restoring over live data is refused.
      await expect(restorePostgres(url, file)).rejects.toThrow(/not empty/);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 300_000);
});
