import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AuditEntry, AuditHead, AuditVerification, FileAccess, page } from '@percee/shared';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { MIGRATIONS_DIR, withDatabaseName } from '../../../test/database.js';
import { insertCase, insertProgram } from '../../../test/fixtures.js';
import { type Database, openDatabase } from '../../db/client.js';
import { inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';
import { audit } from '../../platform/audit.js';
import { verifyChain } from './service.js';

type Ctx = Awaited<ReturnType<typeof startTestApp>>;
type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

/** Rows of one organisation's chain, straight from the database as superuser (outside the app role). */
async function chainOf(database: Database, organisationId: string) {
  const rows = await rowsOf<{ seq: string; prev_hash: string; hash: string }>(
    database.db as never,
    sql`select seq, prev_hash, hash from audit_log where organisation_id = ${organisationId} order by seq`,
  );
  return rows.map((r) => ({ seq: Number(r.seq), prevHash: r.prev_hash, hash: r.hash }));
}

function expectUnbroken(chain: { seq: number; prevHash: string; hash: string }[]) {
  chain.forEach((row, i) => {
    expect(row.seq).toBe(i + 1);
    expect(row.prevHash).toBe(i === 0 ? '0'.repeat(64) : chain[i - 1]?.hash);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });
}

describe('the audit trail', () => {
  let ctx: Ctx;
  let org: Org;
  let other: Org;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let coordinator: Awaited<ReturnType<typeof signIn>>;
  let worker: Awaited<ReturnType<typeof signIn>>;
  let householdId: string;
  let caseId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Audit CCAS', ['admin', 'coordinator', 'case_worker']);
    other = await createTestOrganisation(ctx.database, 'Elsewhere', ['admin', 'coordinator']);
    [admin, coordinator, worker] = await Promise.all([
      signIn(ctx.app, org.byRole.admin.email),
      signIn(ctx.app, org.byRole.coordinator.email),
      signIn(ctx.app, org.byRole.case_worker.email),
    ]);
    const program = await insertProgram(ctx.database, org.organisationId);
    const created = await insertCase(ctx.database, org.organisationId, {
      programId: program.id,
      primaryWorkerId: org.byRole.case_worker.id,
    });
    householdId = created.household.id;
    caseId = created.case.id;
  });
  afterAll(() => ctx.close());

  const get = (url: string, headers = admin.headers) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  it('chains every row of an organisation: seq 1, 2, 3..., each prev_hash the previous hash', async () => {
    await get(`/households/${householdId}`, worker.headers);
    await get(`/cases/${caseId}`, worker.headers);
    const chain = await chainOf(ctx.database, org.organisationId);
    expect(chain.length).toBeGreaterThan(2);
    expectUnbroken(chain);
    // Each organisation has its own chain.
    expectUnbroken(await chainOf(ctx.database, other.organisationId));
  });

  it('ignores chain values the inserting code tries to set', async () => {
    await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(
        sql`insert into audit_log (organisation_id, action, entity_type, seq, prev_hash, hash)
            values (${org.organisationId}, 'test.forge', 'test', 1, 'x', 'y')`,
      ),
    );
    expectUnbroken(await chainOf(ctx.database, org.organisationId));
  });

  it('verifies an untouched chain, and its head is the latest hash', async () => {
    const verify = await get('/admin/audit/verify');
    expect(verify.statusCode).toBe(200);
    const result = AuditVerification.parse(verify.json());
    expect(result).toMatchObject({ ok: true, firstBroken: null });
    const head = AuditHead.parse((await get('/admin/audit/head')).json());
    const chain = await chainOf(ctx.database, org.organisationId);
    // verify and head were read before/after the rows they add themselves? Neither writes: they read only.
    expect(head).toMatchObject({ organisationId: org.organisationId, seq: chain.length, hash: chain.at(-1)?.hash });
    expect(result.head).toEqual({ seq: chain.length, hash: chain.at(-1)?.hash });
    expect(result.checked).toBe(chain.length);
  });

  it('keeps verify, head and the viewer for admins', async () => {
    for (const url of ['/admin/audit', '/admin/audit/verify', '/admin/audit/head', '/admin/audit.csv']) {
      for (const session of [coordinator, worker]) {
        expect((await get(url, session.headers)).statusCode, url).toBe(403);
      }
      expect((await ctx.app.inject({ method: 'GET', url: `/api/v1${url}` })).statusCode).toBe(401);
    }
  });

  it('lists entries newest first with filters and keyset pagination', async () => {
    const first = await get(`/admin/audit?limit=2&action=household.read`);
    expect(first.statusCode).toBe(200);
    const body = page(AuditEntry).parse(first.json());
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.action).toBe('household.read');
    const all = page(AuditEntry).parse((await get('/admin/audit?limit=200')).json());
    const seqs = all.items.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // Walk the whole trail two rows at a time: same rows, no gap, no repeat.
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(`/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const p = page(AuditEntry).parse(response.json());
      walked.push(...p.items.map((e) => e.seq));
      cursor = p.nextCursor;
    } while (cursor);
    expect(walked).toEqual(seqs);
    // By actor and entity, with the actor's name.
    const byWorker = page(AuditEntry).parse(
      (await get(`/admin/audit?actorUserId=${org.byRole.case_worker.id}&entityType=case&entityId=${caseId}`)).json(),
    );
    expect(byWorker.items.map((e) => e.action)).toContain('case.read');
    expect(byWorker.items[0]?.actorUserName).toBe('case_worker of Audit CCAS');
    // By period: nothing in the future.
    const future = page(AuditEntry).parse((await get('/admin/audit?from=2100-01-01T00:00:00Z')).json());
    expect(future.items).toEqual([]);
  });

  it('answers bad filters and forged cursors with 400, never 500', async () => {
    for (const query of [
      'cursor=bm9wZQ',
      `cursor=${Buffer.from('["x"]').toString('base64url')}`,
      `cursor=${Buffer.from('[-1]').toString('base64url')}`,
      'from=yesterday',
      'actorUserId=42',
      'action=DROP%20TABLE',
      'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'limit=1000',
      'unknown=1',
    ]) {
      const response = await get(`/admin/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('sees only its own organisation', async () => {
    const otherAdmin = await signIn(ctx.app, other.byRole.admin.email);
    const theirs = page(AuditEntry).parse((await get('/admin/audit?limit=200', otherAdmin.headers)).json());
    expect(JSON.stringify(theirs)).not.toContain(householdId);
    expect(JSON.stringify(theirs)).not.toContain(org.organisationId);
    const head = AuditHead.parse((await get('/admin/audit/head', otherAdmin.headers)).json());
    expect(head.organisationId).toBe(other.organisationId);
  });

  it('exports the filtered trail as CSV, and records the export', async () => {
    const response = await get('/admin/audit.csv?action=case.read&delimiter=comma');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurred_at,actor_user_id,actor_user,actor_client_id,actor_client,action,entity_type,entity_id,changed_fields,changes,request_id,prev_hash,hash',
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(',case.read,case,');
    const exports = page(AuditEntry).parse((await get('/admin/audit?action=audit.export')).json());
    expect(exports.items[0]?.changes).toEqual({ rows: lines.length - 1 });
  });

  it('shows coordinators and admins who looked at a household file, users and machine clients', async () => {
    const client = await registerClient(ctx.app, admin.headers, ['households:read'], 'Mairie SI');
    const machine = await clientToken(ctx.app, client.clientId, client.clientSecret);
    expect((await get(`/households/${householdId}`, machine.headers)).statusCode).toBe(200);
    expect((await get(`/households/${householdId}`, coordinator.headers)).statusCode).toBe(200);
    expect((await get(`/households/${householdId}`, worker.headers)).statusCode).toBe(200);
    expect((await get(`/cases/${caseId}`, worker.headers)).statusCode).toBe(200);

    const response = await get(`/households/${householdId}/access-log?limit=200`, coordinator.headers);
    expect(response.statusCode).toBe(200);
    const log = page(FileAccess).parse(response.json());
    const reads = log.items.filter((e) => e.action === 'household.read');
    expect(reads.map((e) => e.actorName)).toEqual(
      expect.arrayContaining(['Mairie SI', 'coordinator of Audit CCAS', 'case_worker of Audit CCAS']),
    );
    expect(reads.find((e) => e.actorName === 'Mairie SI')?.actorKind).toBe('client');
    expect(reads.find((e) => e.actorName === 'coordinator of Audit CCAS')?.actorRole).toBe('coordinator');
    // Reads of the household's case count as reads of the file.
    expect(log.items.some((e) => e.action === 'case.read' && e.entityType === 'case')).toBe(true);
    // Nothing about other households.
    expect(log.items.every((e) => ['household', 'person', 'case', 'referral'].includes(e.entityType))).toBe(true);
    // Consulting the log is recorded too.
    const again = page(FileAccess).parse((await get(`/households/${householdId}/access-log`, admin.headers)).json());
    expect(again.items[0]?.action).toBe('household.access_log');

    expect((await get(`/households/${householdId}/access-log`, worker.headers)).statusCode).toBe(403);
    const otherCoordinator = await signIn(ctx.app, other.byRole.coordinator.email);
    expect((await get(`/households/${householdId}/access-log`, otherCoordinator.headers)).statusCode).toBe(404);
    expect((await get('/households/not-a-uuid/access-log', coordinator.headers)).statusCode).toBe(400);
  });

  it('records who, when and the before/after of the changed fields only', async () => {
    const call = (method: 'PATCH' | 'PUT', url: string, payload: object, headers: Record<string, string>) =>
      ctx.app.inject({ method, url: `/api/v1${url}`, payload, headers: { ...coordinator.headers, ...headers } });
    const read = await get(`/households/${householdId}`, coordinator.headers);
    const household = read.json<{ municipality: string | null; address: string | null }>();
    const patched = await call(
      'PATCH',
      `/households/${householdId}`,
      // The address is sent unchanged: it must not be recorded.
      { municipality: 'Valence', address: household.address, problems: [{ domain: 'debt', severity: 'high' }] },
      { 'if-match': read.headers.etag as string },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    const recorded = {
      municipality: [household.municipality, 'Valence'],
      problems: [[], ['debt:high']],
    };
    // Stored in full (the row the chain hashes)...
    const [stored] = await rowsOf<{ actor_user_id: string; changes: unknown; occurred_at: Date }>(
      ctx.database.db as never,
      sql`select actor_user_id, changes, occurred_at from audit_log
          where organisation_id = ${org.organisationId} and action = 'household.update' and entity_id = ${householdId}
          order by seq desc limit 1`,
    );
    expect(stored?.actor_user_id).toBe(org.byRole.coordinator.id);
    expect(stored?.changes).toEqual(recorded);
    expect(Date.now() - new Date(stored?.occurred_at as Date).getTime()).toBeLessThan(60_000);

    // ...shown with its values to the coordinator, who may read the file...
    const history = page(FileAccess).parse(
      (await get(`/households/${householdId}/access-log?limit=200`, coordinator.headers)).json(),
    );
    const seen = history.items.find((e) => e.action === 'household.update');
    expect(seen).toMatchObject({ actorName: 'coordinator of Audit CCAS', changes: recorded });
    expect(seen?.changedFields).toEqual(['municipality', 'problems']);

    // ...and with the field names only to admins, in the viewer, the CSV and the file's access log.
    const asAdmin = await get(`/admin/audit?action=household.update&entityId=${householdId}`);
    const update = page(AuditEntry).parse(asAdmin.json()).items[0];
    expect(update).toMatchObject({
      actorUserId: org.byRole.coordinator.id,
      entityType: 'household',
      changes: null,
      valuesRedacted: true,
    });
    expect(update?.changedFields).toEqual(['municipality', 'problems']);
    expect(asAdmin.body).not.toContain('Valence');
    const csv = await get(`/admin/audit.csv?action=household.update&entityId=${householdId}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('municipality problems');
    expect(csv.body).not.toContain('Valence');
    const adminLog = await get(`/households/${householdId}/access-log?limit=200`);
    expect(adminLog.statusCode).toBe(200);
    expect(adminLog.body).not.toContain('Valence');
    expect(
      page(FileAccess)
        .parse(adminLog.json())
        .items.find((e) => e.action === 'household.update'),
    ).toMatchObject({ changes: null });

    const coWorkers = async (userIds: string[]) => {
      const { etag } = (await get(`/cases/${caseId}`, coordinator.headers)).headers;
      const response = await call('PUT', `/cases/${caseId}/co-workers`, { userIds }, { 'if-match': String(etag) });
      expect(response.statusCode, response.body).toBe(200);
      return page(FileAccess)
        .parse((await get(`/households/${householdId}/access-log`, coordinator.headers)).json())
        .items.find((e) => e.action === 'case.co_workers')?.changes;
    };
    expect(await coWorkers([org.byRole.admin.id])).toEqual({ coWorkerIds: [[], [org.byRole.admin.id]] });
    expect(await coWorkers([org.byRole.admin.id])).toEqual({});
  });

  it('shows admins the values of the administration’s own records', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/sites',
      headers: admin.headers,
      payload: { name: 'Antenne Nord', kind: 'antenna' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const siteId = created.json<{ id: string }>().id;
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sites/${siteId}`,
      headers: admin.headers,
      payload: { name: 'Antenne Nord-Est' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const entry = page(AuditEntry)
      .parse((await get(`/admin/audit?entityType=site&entityId=${siteId}`)).json())
      .items.find((e) => e.action === 'site.update');
    expect(entry).toMatchObject({
      valuesRedacted: false,
      changedFields: ['name'],
      changes: { name: ['Antenne Nord', 'Antenne Nord-Est'] },
    });
  });

  describe('tampering, as a database superuser outside the application role', () => {
    // A fresh organisation per case, so each test breaks its own chain.
    async function freshChain(rows: number) {
      const victim = await createTestOrganisation(ctx.database, 'Victim', ['admin']);
      for (let i = 0; i < rows; i++) {
        await inTenant(ctx.database.db, { organisationId: victim.organisationId }, (tx) =>
          audit(
            tx,
            { organisationId: victim.organisationId, userId: victim.byRole.admin.id },
            {
              action: 'test.write',
              entityType: 'thing',
              entityId: `t${i}`,
              changes: { field: [i, i + 1] },
            },
          ),
        );
      }
      const session = await signIn(ctx.app, victim.byRole.admin.email);
      const verify = async () => AuditVerification.parse((await get('/admin/audit/verify', session.headers)).json());
      expect(await verify()).toMatchObject({ ok: true });
      return { victim, verify, chain: await chainOf(ctx.database, victim.organisationId) };
    }

    it('finds a changed row at that row', async () => {
      const { victim, verify } = await freshChain(6);
      await ctx.database.db.execute(
        sql`update audit_log set changes = '{"field": [0, 99]}' where organisation_id = ${victim.organisationId} and seq = 4`,
      );
      expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'hash-mismatch' } });
    });

    it('finds a changed row whose hash was recomputed, at the next row', async () => {
      const { victim, verify } = await freshChain(6);
      await ctx.database.db.execute(
        sql`update audit_log set actor_user_id = null,
              hash = app.audit_hash(organisation_id, seq, occurred_at, null, actor_client_id, action, entity_type,
                                    entity_id, changes, prev_hash)
            where organisation_id = ${victim.organisationId} and seq = 3`,
      );
      expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'prev-hash-mismatch' } });
    });

    it('finds a deleted row', async () => {
      const { victim, verify } = await freshChain(6);
      await ctx.database.db.execute(
        sql`delete from audit_log where organisation_id = ${victim.organisationId} and seq = 5`,
      );
      expect(await verify()).toMatchObject({ ok: false, checked: 5, firstBroken: { seq: 6, reason: 'sequence-gap' } });
    });

    it('finds a cut-short or rewritten tail only against an anchored head', async () => {
      const { victim, chain } = await freshChain(4);
      const session = await signIn(ctx.app, victim.byRole.admin.email);
      const anchored = AuditHead.parse((await get('/admin/audit/head', session.headers)).json());
      const verifyAt = async (seq: number, hash: string) =>
        AuditVerification.parse((await get(`/admin/audit/verify?seq=${seq}&hash=${hash}`, session.headers)).json());
      expect(await verifyAt(anchored.seq, anchored.hash)).toMatchObject({ ok: true, anchor: 'matches' });
      expect(chain.length).toBeLessThan(anchored.seq);
      await ctx.database.db.execute(
        sql`delete from audit_log where organisation_id = ${victim.organisationId} and seq >= ${anchored.seq}`,
      );
      // The chain alone is consistent again: this is what the anchored head is for.
      const cut = await verifyAt(anchored.seq, anchored.hash);
      expect(cut).toMatchObject({ ok: false, anchor: 'missing', firstBroken: null });
      // Rewritten from an earlier row, hashes recomputed all along: the anchored hash differs.
      await ctx.database.db.execute(
        sql`update audit_log set action = 'test.rewritten',
              hash = app.audit_hash(organisation_id, seq, occurred_at, actor_user_id, actor_client_id, 'test.rewritten',
                                    entity_type, entity_id, changes, prev_hash)
            where organisation_id = ${victim.organisationId} and seq = ${chain.length}`,
      );
      expect(await verifyAt(chain.length, chain.at(-1)?.hash as string)).toMatchObject({
        ok: false,
        anchor: 'differs',
      });
      for (const bad of ['seq=1', `seq=0&hash=${'0'.repeat(64)}`, 'seq=1&hash=XYZ']) {
        expect((await get(`/admin/audit/verify?${bad}`, session.headers)).statusCode, bad).toBe(400);
      }
    });
  });

  it('never forks under concurrent appends for one organisation', async () => {
    const busy = await createTestOrganisation(ctx.database, 'Busy', ['admin', 'coordinator']);
    const session = await signIn(ctx.app, busy.byRole.coordinator.email);
    const program = await insertProgram(ctx.database, busy.organisationId);
    const { household } = await insertCase(ctx.database, busy.organisationId, {
      programId: program.id,
      primaryWorkerId: busy.byRole.coordinator.id,
    });
    const before = (await chainOf(ctx.database, busy.organisationId)).length;
    // 24 requests at once (the pool has 5 connections on PostgreSQL), plus direct multi-row inserts.
    const responses = await Promise.all([
      ...Array.from({ length: 24 }, () => get(`/households/${household.id}`, session.headers)),
      inTenant(ctx.database.db, { organisationId: busy.organisationId }, (tx) =>
        tx.execute(
          sql`insert into audit_log (organisation_id, action, entity_type)
              select ${busy.organisationId}::uuid, 'test.bulk', 'thing' from generate_series(1, 5)`,
        ),
      ),
    ]);
    for (const response of responses.slice(0, 24)) expect((response as { statusCode: number }).statusCode).toBe(200);
    const chain = await chainOf(ctx.database, busy.organisationId);
    expect(chain.length).toBe(before + 24 + 5);
    expectUnbroken(chain);
    const result = await inTenant(ctx.database.db, { organisationId: busy.organisationId }, (tx) =>
      verifyChain(tx, busy.organisationId),
    );
    expect(result).toMatchObject({ ok: true, checked: chain.length });
  });
});

describe('pnpm admin verify-audit', () => {
  const target = inject('testDatabase');
  const serverDir = path.resolve(import.meta.dirname, '../../..');
  const cli = (env: Record<string, string>, args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', 'verify-audit', ...args], {
      cwd: serverDir,
      env: { PATH: process.env.PATH ?? '', ...env },
    }).then(
      (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('says OK on an intact chain and exits 1 naming the first broken row', async () => {
    let env: Record<string, string>;
    let cleanup = async () => {};
    let database: Database;
    if (target.kind === 'postgres') {
      const name = `percee_t_${process.ppid}_auditcli`;
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name} template ${target.template}`);
      const url = withDatabaseName(target.url, name);
      env = { DATABASE_URL: url };
      database = await openDatabase({ kind: 'postgres', url });
      cleanup = async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'percee-audit-'));
      env = { DATA_DIR: dataDir };
      database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await database.migrate(MIGRATIONS_DIR);
    }
    try {
      const a = await createTestOrganisation(database, 'CLI one', ['admin']);
      const b = await createTestOrganisation(database, 'CLI two', ['admin']);
      for (let i = 0; i < 3; i++) {
        await inTenant(database.db, { organisationId: a.organisationId }, (tx) =>
          audit(
            tx,
            { organisationId: a.organisationId, userId: a.byRole.admin.id },
            {
              action: 'test.write',
              entityType: 'thing',
            },
          ),
        );
      }
      await database.close();
      const ok = await cli(env, []);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain(`organisation ${a.organisationId}: OK`);
      expect(ok.stdout).toContain(`organisation ${b.organisationId}: OK`);

      database = await openDatabase(
        target.kind === 'postgres'
          ? { kind: 'postgres', url: env.DATABASE_URL as string }
          : { kind: 'pglite', dataDir: path.join(env.DATA_DIR as string, 'pglite') },
      );
      await database.db.execute(
        sql`update audit_log set action = 'test.forged' where organisation_id = ${a.organisationId} and seq = 2`,
      );
      await database.close();
      const broken = await cli(env, []);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`organisation ${a.organisationId}: BROKEN at row seq 2 (hash-mismatch)`);
      expect(broken.stdout).toContain(`organisation ${b.organisationId}: OK`);
      // One organisation only.
      const onlyB = await cli(env, ['--organisation', b.organisationId]);
      expect(onlyB.code).toBe(0);
      expect(onlyB.stdout).not.toContain(a.organisationId);
      expect((await cli(env, ['--organisation', 'nope'])).code).toBe(2);
      expect((await cli(env, ['--anchor', '1:abc'])).code).toBe(2);
      expect((await cli(env, ['--bogus'])).code).toBe(2);
    } finally {
      await cleanup();
    }
  }, 240_000);
});
