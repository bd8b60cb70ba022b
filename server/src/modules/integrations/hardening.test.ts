import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp, testConfig } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { startReceiver, waitFor } from '../../../test/receiver.js';
import { buildApp } from '../../app.js';
import { type Actor, APP_ROLE, inTenant, NO_USER } from '../../db/tenant.js';
import { sqlState } from '../../lib/pg-errors.js';
import { loadSecretBox, SecretBox, toSecretKey } from '../../lib/secrets.js';
import { MAINTENANCE_ROLE } from '../../platform/maintenance.js';
import { emitEvent } from '../../platform/outbox.js';
import { cleanUp, resealSecrets } from './maintenance.js';
import { checkTarget, postWebhook, refusedAddress, TargetRefused } from './targets.js';

type Row = Record<string, unknown>;

describe('SSRF guard: the decision on each address', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.9.9.9', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['10.0.0.1', /private/],
    ['172.16.5.4', /private/],
    ['192.168.1.10', /private/],
    ['169.254.1.1', /link-local/],
    ['fe80::1', /link-local/],
    ['100.64.0.1', /CGNAT/],
    ['224.0.0.251', /multicast/],
    ['ff02::1', /multicast/],
    ['fc00::1', /unique-local/],
    ['fd12:3456::1', /unique-local/],
    ['0.0.0.0', /unspecified/],
    ['255.255.255.255', /broadcast/],
    ['169.254.169.254', /metadata/],
    ['fd00:ec2::254', /metadata/],
    ['100.100.100.200', /metadata/],
    ['::ffff:169.254.169.254', /metadata/],
  ];
  it.each(refused)('refuses %s', (address, reason) => {
    expect(refusedAddress(address, false)).toMatch(reason);
  });

  it('accepts public unicast addresses', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])
      expect(refusedAddress(address, false), address).toBeNull();
    expect(refusedAddress('not-an-ip', false)).toMatch(/not an IP/);
  });

  it('WEBHOOK_ALLOW_PRIVATE_HOSTS=true allows internal ranges but never metadata addresses', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '::1', '100.64.0.1', 'fd12::1'])
      expect(refusedAddress(address, true), address).toBeNull();
    expect(refusedAddress('169.254.169.254', true)).toMatch(/metadata/);
    expect(refusedAddress('fd00:ec2::254', true)).toMatch(/metadata/);
  });

  it('an allow-list opens only its ranges, addresses and host names', () => {
    const allow = ['10.1.0.0/16', '192.168.7.7', 'hooks.intra', 'fd00:1::/32'];
    expect(refusedAddress('10.1.200.3', allow)).toBeNull();
    expect(refusedAddress('::ffff:10.1.200.3', allow)).toBeNull();
    expect(refusedAddress('10.2.0.1', allow)).toMatch(/private/);
    expect(refusedAddress('192.168.7.7', allow)).toBeNull();
    expect(refusedAddress('192.168.7.8', allow)).toMatch(/private/);
    expect(refusedAddress('10.9.9.9', allow, 'hooks.intra')).toBeNull();
    expect(refusedAddress('fd00:1:2::3', allow)).toBeNull();
    expect(refusedAddress('127.0.0.1', allow)).toMatch(/loopback/);
    expect(refusedAddress('169.254.169.254', allow, 'evil.example')).toMatch(/metadata/);
  });

  it('resolves host names (localhost, via the hosts file) and judges every address', async () => {
    await expect(checkTarget('https://localhost:8443/h', false)).rejects.toThrow(/loopback/);
    await expect(checkTarget('https://127.1/h', false)).rejects.toThrow(/loopback/);
    await expect(checkTarget('https://0x7f000001/h', false)).rejects.toThrow(/loopback/);
    await expect(checkTarget('https://[::ffff:a00:1]/h', false)).rejects.toThrow(/private/);
    await expect(checkTarget('https://does-not-exist.invalid/h', false)).rejects.toThrow(/does not resolve/);
    await expect(checkTarget('https://localhost:8443/h', true)).resolves.toBeUndefined();
  });

  it('follows no redirect, reads at most the cap of an answer, and checks resolved addresses when connecting', async () => {
    let hits = 0;
    const server = createServer((request, response) => {
      hits += 1;
      if (request.url === '/redirect') {
        response.writeHead(307, { location: '/elsewhere' }).end();
        return;
      }
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const options = { headers: {}, body: '{}', timeoutMs: 5000, maxResponseBytes: 1024, allow: true } as const;
    try {
      expect((await postWebhook(`${base}/redirect`, options)).statusCode).toBe(307);
      expect(hits).toBe(1);
      const started = Date.now();
      expect((await postWebhook(`${base}/endless`, options)).statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(4000);
      await expect(postWebhook(`${base}/endless`, { ...options, allow: false })).rejects.toBeInstanceOf(TargetRefused);
      // A host name is judged inside the socket's own DNS lookup, on every address it resolves to.
      const byName = base.replace('127.0.0.1', 'localhost');
      expect((await postWebhook(`${byName}/redirect`, options)).statusCode).toBe(307);
      await expect(postWebhook(`${byName}/redirect`, { ...options, allow: false })).rejects.toThrow(
        /localhost resolves to a loopback address/,
      );
      expect((await postWebhook(`${byName}/redirect`, { ...options, allow: ['localhost'] })).statusCode).toBe(307);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('webhook hardening over HTTP: targets, secrets at rest, rotation, cleanup', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Record<string, string>;
  let client: Record<string, string>;
  let actor: Actor;
  const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await ctx.database.db.execute(query)) as unknown as { rows: Row[] }).rows;

  beforeAll(async () => {
    // The worker is driven by hand (runOnce), so each test knows which key signs.
    ctx = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '0', WEBHOOK_ALLOW_PRIVATE_HOSTS: 'false' });
    org = await createTestOrganisation(ctx.database, 'Hardening', ['admin']);
    admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    const registered = await registerClient(ctx.app, admin, ['events:subscribe', 'referrals:write']);
    client = (await clientToken(ctx.app, registered.clientId, registered.clientSecret)).headers;
    actor = { organisationId: org.organisationId, userId: org.byRole.admin.id, role: 'admin' };
  });
  afterAll(async () => {
    await ctx.close();
    for (const receiver of receivers) await receiver.close();
  });

  const subscribe = (url: string, app = ctx.app) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: client,
      payload: { url, eventTypes: ['referral.created'] },
    });
  const emit = () =>
    inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      emitEvent(tx, actor, 'referral.created', { referralId: randomUUID() }),
    );
  async function receiver() {
    const started = await startReceiver([204]);
    receivers.push(started);
    return started;
  }
  /** A subscription to a local receiver, as if its host had resolved to a public address when subscribed. */
  async function subscribeThroughOtherApp(url: string, secretsKey?: string) {
    const permissive = await buildApp(
      testConfig({ WEBHOOK_WORKER_INTERVAL_MS: '0', ...(secretsKey ? { SECRETS_KEY: secretsKey } : {}) }),
      { database: ctx.database, logger: false },
    );
    try {
      const created = await subscribe(url, permissive);
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as { subscription: { id: string }; secret: string };
    } finally {
      await permissive.close();
    }
  }

  it('refuses internal targets when subscribing (400 on body.url)', async () => {
    for (const url of [
      'https://127.0.0.1/h',
      'https://localhost/h',
      'https://[::1]/h',
      'https://10.0.0.8/h',
      'https://172.20.0.1/h',
      'https://192.168.0.1/h',
      'https://169.254.169.254/latest/meta-data',
      'https://[fe80::1]/h',
      'https://100.64.1.1/h',
      'https://224.0.0.1/h',
      'https://[fd00::1]/h',
      'https://[::ffff:7f00:1]/h',
    ]) {
      const refused = await subscribe(url);
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({ path: 'body.url' });
      expect(refused.json().errors[0].message).toMatch(/webhooks may not go there/);
    }
    const plain = await subscribe('http://127.0.0.1:8080/h');
    expect(plain.statusCode).toBe(400);
  });

  it('checks the address again when delivering (nothing is sent to a host that now resolves inward) and when the URL changes', async () => {
    const target = await receiver();
    const created = await subscribeThroughOtherApp(target.url);
    await emit();
    await ctx.app.deliveryWorker.runOnce();
    const [delivery] = await rows(
      sql`select status, last_error from webhook_deliveries where subscription_id = ${created.subscription.id}`,
    );
    expect(String(delivery?.last_error)).toMatch(/^TargetRefused: .*loopback/);
    expect(target.received).toHaveLength(0);
    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${created.subscription.id}`,
      headers: { ...client, 'if-match': '"1"' },
      payload: { url: 'https://10.0.0.8/h' },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0]).toMatchObject({ path: 'body.url' });
    await ctx.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${created.subscription.id}`, headers: client });
  });

  it('keeps no plaintext secret in the database; deliveries verify with the stock Standard Webhooks library', async () => {
    const permissive = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '0' });
    try {
      const other = await createTestOrganisation(permissive.database, 'Plain', ['admin']);
      const otherAdmin = (await signIn(permissive.app, other.byRole.admin.email)).headers;
      const target = await receiver();
      const created = await permissive.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: otherAdmin,
        payload: { url: target.url, eventTypes: ['referral.created'] },
      });
      expect(created.statusCode, created.body).toBe(201);
      const secret = created.json().secret as string;
      const rotated = await permissive.app.inject({
        method: 'POST',
        url: `/api/v1/webhooks/${created.json().subscription.id}/rotate-secret`,
        headers: otherAdmin,
      });
      const current = rotated.json().secret as string;
      const dump = JSON.stringify(
        await permissive.database.db.execute(
          sql`select (select json_agg(w) from webhook_subscriptions w) as subscriptions,
                     (select json_agg(a) from audit_log a) as audit`,
        ),
      );
      for (const value of [secret, current]) {
        expect(dump).not.toContain(value);
        expect(dump).not.toContain(value.slice('whsec_'.length));
      }
      const [row] = (
        (await permissive.database.db.execute(
          sql`select secret, secret_ciphertext, secret_key_id from webhook_subscriptions`,
        )) as unknown as { rows: Row[] }
      ).rows;
      expect(row).toMatchObject({ secret: null, secret_key_id: permissive.app.secrets.current.id });

      await inTenant(permissive.database.db, { organisationId: other.organisationId }, (tx) =>
        emitEvent(tx, { organisationId: other.organisationId, userId: NO_USER, role: 'admin' }, 'referral.created', {
          referralId: randomUUID(),
        }),
      );
      await permissive.app.deliveryWorker.runOnce();
      const got = await waitFor(() => target.received[0], 5000, 'a delivery');
      const headers = Object.fromEntries(Object.entries(got.headers).map(([k, v]) => [k, String(v)]));
      expect(new Webhook(current).verify(got.body, headers)).toMatchObject({ type: 'referral.created' });
      expect(() => new Webhook(secret).verify(got.body, headers)).toThrow();
    } finally {
      await permissive.close();
    }
  });

  it('rotates keys: old rows open with SECRETS_KEY_PREVIOUS, rotate-secrets reseals them, legacy plaintext too', async () => {
    const target = await receiver();
    const oldBox = new SecretBox(toSecretKey(randomBytes(32)));
    const created = await subscribeThroughOtherApp(target.url, oldBox.current.key.toString('base64'));
    // A row from before encryption: plaintext, no key id.
    const legacySecret = `whsec_${randomBytes(32).toString('base64')}`;
    await rows(sql`insert into webhook_subscriptions (organisation_id, url, event_types, secret)
                   values (${org.organisationId}, 'https://203.0.113.9/legacy', array['case.closed'], ${legacySecret})`);

    const newBox = new SecretBox(toSecretKey(randomBytes(32)), [oldBox.current, ctx.app.secrets.current]);
    await expect(resealSecrets(ctx.database.db, new SecretBox(newBox.current))).rejects.toThrow(/SECRETS_KEY_PREVIOUS/);
    const done = await resealSecrets(ctx.database.db, newBox);
    expect(done.resealed).toBeGreaterThanOrEqual(2);
    expect(done.plaintext).toBe(1);
    const stored = await rows(sql`select secret, secret_key_id from webhook_subscriptions`);
    for (const row of stored) expect(row).toEqual({ secret: null, secret_key_id: newBox.current.id });
    expect(await resealSecrets(ctx.database.db, newBox)).toEqual({ resealed: 0, plaintext: 0 });

    // The rotated row signs with the same secret, under the new key only.
    const rotatedApp = await buildApp(
      testConfig({
        WEBHOOK_WORKER_INTERVAL_MS: '0',
        SECRETS_KEY: newBox.current.key.toString('base64'),
      }),
      { database: ctx.database, logger: false },
    );
    try {
      await emit();
      await rotatedApp.deliveryWorker.runOnce();
      const got = await waitFor(() => target.received[0], 5000, 'a delivery');
      const headers = Object.fromEntries(Object.entries(got.headers).map(([k, v]) => [k, String(v)]));
      expect(new Webhook(created.secret).verify(got.body, headers)).toBeTruthy();
    } finally {
      await rotatedApp.close();
    }
  });

  it('keeps a development key beside the embedded database, readable by its owner only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'percee-keys-'));
    try {
      const settings = { key: undefined, previous: [], devKeyFile: path.join(dir, 'secrets.key') };
      const first = loadSecretBox(settings);
      expect(statSync(settings.devKeyFile).mode & 0o777).toBe(0o600);
      expect(loadSecretBox(settings).current.id).toBe(first.current.id);
      expect(Buffer.from(readFileSync(settings.devKeyFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cleans up expired idempotency keys, old attempts, events beyond the replay window and ended import jobs past their retention', async () => {
    const [subscription] = await rows(
      sql`select id from webhook_subscriptions where organisation_id = ${org.organisationId} limit 1`,
    );
    const subscriptionId = subscription?.id as string;
    const event = async (daysAgo: number, status: string | null) => {
      const [created] = await rows(sql`insert into events (organisation_id, type, subject, data, occurred_at)
        values (${org.organisationId}, 'referral.created', 'referrals/x', '{}'::jsonb, now() - make_interval(days => ${daysAgo}))
        returning id`);
      const eventId = created?.id as string;
      if (status) {
        const [delivery] =
          await rows(sql`insert into webhook_deliveries (organisation_id, subscription_id, event_id, status)
          values (${org.organisationId}, ${subscriptionId}, ${eventId}, ${status}) returning id`);
        await rows(sql`insert into webhook_delivery_attempts (organisation_id, delivery_id, attempt, at, duration_ms)
          values (${org.organisationId}, ${delivery?.id}, 1, now() - make_interval(days => ${daysAgo}), 5),
                 (${org.organisationId}, ${delivery?.id}, 2, now() - make_interval(days => ${Math.max(0, daysAgo - 100)}), 5)`);
      }
      return eventId;
    };
    const oldDelivered = await event(120, 'succeeded');
    const oldUndelivered = await event(120, 'failed');
    const oldNobody = await event(120, null);
    const oldPending = await event(120, 'pending');
    const recent = await event(1, 'succeeded');
    await rows(sql`insert into idempotency_keys (organisation_id, actor_id, key, request_hash, expires_at) values
      (${org.organisationId}, ${NO_USER}, 'expired', 'h', now() - interval '1 hour'),
      (${org.organisationId}, ${NO_USER}, 'live', 'h', now() + interval '1 hour')`);
    await rows(sql`insert into report_snapshots (organisation_id, kind, params_key, figures, computed_at) values
      (${org.organisationId}, 'activity', 'stale', '{}', now() - interval '2 days'),
      (${org.organisationId}, 'activity', 'today', '{}', now() - interval '1 hour')`);

    const job = async (status: string, finishedDaysAgo: number | null) => {
      const [created] = await rows(sql`insert into import_jobs
          (organisation_id, kind, dry_run, status, actor_role, total, finished_at)
        values (${org.organisationId}, 'households', true, ${status}, 'coordinator', 1,
          ${finishedDaysAgo === null ? null : sql`now() - make_interval(days => ${finishedDaysAgo})`})
        returning id`);
      await rows(sql`insert into import_job_rows (organisation_id, job_id, row, outcome)
        values (${org.organisationId}, ${created?.id}, 1, 'valid')`);
      return created?.id;
    };
    const oldSucceeded = await job('succeeded', 40);
    const oldFailed = await job('failed', 31);
    const recentJob = await job('succeeded', 2);
    const queued = await job('queued', null);

    const result = await cleanUp(ctx.database.db, {
      attemptRetentionDays: 30,
      eventRetentionDays: 90,
      importJobRetentionDays: 30,
    });
    expect(result.importJobs).toBe(2);
    const jobsLeft = (await rows(sql`select id from import_jobs`)).map((row) => row.id);
    expect(jobsLeft.sort()).toEqual([recentJob, queued].sort());
    for (const gone of [oldSucceeded, oldFailed]) expect(jobsLeft).not.toContain(gone);
    expect((await rows(sql`select job_id from import_job_rows`)).map((row) => row.job_id).sort()).toEqual(
      [recentJob, queued].sort(),
    );
    expect(result.reportSnapshots).toBe(1);
    expect((await rows(sql`select params_key from report_snapshots`)).map((row) => row.params_key)).toEqual(['today']);
    expect(result.events).toBe(3);
    expect(result.deliveries).toBe(2);
    expect(result.idempotencyKeys).toBeGreaterThanOrEqual(1);
    const left = (await rows(sql`select id from events`)).map((row) => row.id);
    expect(left).toEqual(expect.arrayContaining([oldPending, recent]));
    for (const gone of [oldDelivered, oldUndelivered, oldNobody]) expect(left).not.toContain(gone);
    // The pending one keeps its recent attempt; its 120-day-old attempt is past the attempt retention.
    const attempts = await rows(sql`select d.event_id, a.attempt from webhook_delivery_attempts a
      join webhook_deliveries d on d.organisation_id = a.organisation_id and d.id = a.delivery_id
      where d.event_id in (${oldPending}, ${recent}) order by d.event_id, a.attempt`);
    expect(attempts).toEqual(
      expect.arrayContaining([
        { event_id: oldPending, attempt: 2 },
        { event_id: recent, attempt: 1 },
        { event_id: recent, attempt: 2 },
      ]),
    );
    expect(attempts).toHaveLength(3);
    expect((await rows(sql`select key from idempotency_keys where actor_id = ${NO_USER}`)).map((r) => r.key)).toEqual([
      'live',
    ]);
  });

  it('runs housekeeping as a role that owns nothing and cannot bypass row-level security; the app role still cannot delete history', async () => {
    const [role] = await rows(
      sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${MAINTENANCE_ROLE}`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    expect(
      await rows(
        sql`select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${MAINTENANCE_ROLE}`,
      ),
    ).toEqual([]);
    const attempt = inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.execute(sql`delete from events`),
    );
    expect(await attempt.then(() => 'no error', sqlState)).toBe('42501');
    const readAll = ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${MAINTENANCE_ROLE}, true)`);
      return tx.execute(sql`select * from webhook_subscriptions`);
    });
    expect(await readAll.then(() => 'no error', sqlState)).toBe('42501');
    // On users, only the TOTP secret columns (key rotation): not password hashes, not e-mails.
    const readUsers = ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${MAINTENANCE_ROLE}, true)`);
      return tx.execute(sql`select email, password_hash from users`);
    });
    expect(await readUsers.then(() => 'no error', sqlState)).toBe('42501');
    expect(APP_ROLE).not.toBe(MAINTENANCE_ROLE);
  });
});
