import { CloudEvent, WebhookDelivery } from '@percee/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { clientToken, registerClient } from '../../../test/clients.js';
import { insertProgram } from '../../../test/fixtures.js';
import { startReceiver, verifySignature, waitFor } from '../../../test/receiver.js';
import { expectBadCursorRefused, walkPages } from '../../../test/walk-pages.js';
import { events, webhookDeliveries, webhookDeliveryAttempts } from '../../db/schema.js';
import { type Actor, inTenant } from '../../db/tenant.js';
import { emitEvent } from '../../platform/outbox.js';
import { backoffMs, signDelivery } from './delivery.js';
import { assertDeliverableUrl } from './webhooks.js';

type Session = Awaited<ReturnType<typeof signIn>>;
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

describe('events and webhooks: outbox, CloudEvents, signed at-least-once delivery, feed', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let admin: Session;
  let coordinator: Session;
  let worker: Session;
  let client: Record<string, string>;
  let clientId: string;
  let programId: string;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    ctx = await startTestApp({
      WEBHOOK_WORKER_INTERVAL_MS: '20',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    org = await createTestOrganisation(ctx.database, 'Events', ['admin', 'coordinator', 'case_worker']);
    [admin, coordinator, worker] = [
      await signIn(ctx.app, org.byRole.admin.email),
      await signIn(ctx.app, org.byRole.coordinator.email),
      await signIn(ctx.app, org.byRole.case_worker.email),
    ];
    const registered = await registerClient(ctx.app, admin.headers, ['referrals:write', 'events:subscribe']);
    clientId = registered.clientId;
    client = (await clientToken(ctx.app, registered.clientId, registered.clientSecret)).headers;
    programId = (await insertProgram(ctx.database, org.organisationId, { method: 'breakthrough' })).id;
  });
  afterAll(async () => {
    await ctx.close();
    for (const receiver of receivers) await receiver.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  async function receiver(statuses?: number[]) {
    const started = await startReceiver(statuses);
    receivers.push(started);
    return started;
  }
  async function subscribe(headers: Record<string, string>, url: string, eventTypes: string[]) {
    const created = await call('POST', '/webhooks', headers, { url, eventTypes });
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { subscription: { id: string; version: number }; secret: string };
  }
  async function referAndAccept(lastName: string) {
    const sent = await call('POST', '/referrals', client, {
      referrerService: 'Population register',
      reason: 'Lost housing',
      personAgreed: true,
      household: { members: [{ firstName: 'Noa', lastName, birthDate: '1991-02-03', role: 'applicant' }] },
    });
    expect(sent.statusCode).toBe(201);
    const accepted = await call('POST', `/referrals/${sent.json().id}/accept`, coordinator.headers, {
      programId,
      primaryWorkerId: org.byRole.case_worker.id,
      accompanimentType: 'case_management',
      eligibility: { real_request: true },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return { referralId: sent.json().id as string, caseId: accepted.json().case.id as string };
  }
  async function move(caseId: string, to: string, extra: object = {}) {
    const current = await call('GET', `/cases/${caseId}`, worker.headers);
    const moved = await call(
      'POST',
      `/cases/${caseId}/transitions`,
      { ...worker.headers, 'if-match': current.headers.etag as string },
      { to, ...extra },
    );
    expect(moved.statusCode, moved.body).toBe(200);
  }

  it('manages subscriptions: https (or localhost http outside production), secret shown once, own ones only', async () => {
    expect(() => assertDeliverableUrl('https://register.example.org/hook', 'production')).not.toThrow();
    expect(() => assertDeliverableUrl('http://127.0.0.1:8080/hook', 'production')).toThrow();
    expect(() => assertDeliverableUrl('http://localhost:8080/hook', 'development')).not.toThrow();
    expect(() => assertDeliverableUrl('http://register.example.org/hook', 'development')).toThrow();
    expect(() => assertDeliverableUrl('https://user:pw@register.example.org/hook', 'production')).toThrow();

    const plainHttp = await call('POST', '/webhooks', client, {
      url: 'http://register.example.org/h',
      eventTypes: ['case.closed'],
    });
    expect(plainHttp.statusCode).toBe(400);
    expect(plainHttp.json().errors[0].path).toBe('body.url');
    const badType = await call('POST', '/webhooks', client, {
      url: 'https://x.example.org/h',
      eventTypes: ['case.deleted'],
    });
    expect(badType.statusCode).toBe(400);

    const mine = await subscribe(client, 'https://127.0.0.1:1/register', ['case.closed']);
    expect(mine.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const byAdmin = await subscribe(admin.headers, 'https://127.0.0.1:1/dashboard', ['referral.created']);

    const clientList = await call('GET', '/webhooks', client);
    expect(clientList.json().items.map((s: { id: string }) => s.id)).toEqual([mine.subscription.id]);
    expect(clientList.body).not.toContain(mine.secret);
    const adminList = await call('GET', '/webhooks', admin.headers);
    expect(adminList.json().items.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([mine.subscription.id, byAdmin.subscription.id]),
    );
    expect((await call('GET', `/webhooks/${byAdmin.subscription.id}`, client)).statusCode).toBe(404);
    expect((await call('GET', '/webhooks', coordinator.headers)).statusCode).toBe(403);
    const noScope = await registerClient(ctx.app, admin.headers, ['referrals:read']);
    const noScopeHeaders = (await clientToken(ctx.app, noScope.clientId, noScope.clientSecret)).headers;
    expect((await call('GET', '/webhooks', noScopeHeaders)).statusCode).toBe(403);
    expect((await call('GET', '/events', noScopeHeaders)).statusCode).toBe(403);

    const read = await call('GET', `/webhooks/${mine.subscription.id}`, client);
    expect(read.headers.etag).toBe('"1"');
    expect((await call('PATCH', `/webhooks/${mine.subscription.id}`, client, { active: false })).statusCode).toBe(428);
    const paused = await call(
      'PATCH',
      `/webhooks/${mine.subscription.id}`,
      { ...client, 'if-match': '"1"' },
      { active: false },
    );
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ active: false, version: 2 });
    const rotated = await call('POST', `/webhooks/${mine.subscription.id}/rotate-secret`, client);
    expect(rotated.json().secret).not.toBe(mine.secret);
    for (const id of [mine.subscription.id, byAdmin.subscription.id]) {
      expect((await call('DELETE', `/webhooks/${id}`, admin.headers)).statusCode).toBe(204);
    }
    expect((await call('GET', '/webhooks', client)).json().items).toEqual([]);
  });

  it('pages through subscriptions oldest first, own ones only for a client, deleted ones left out', async () => {
    // Paused at once, so that no delivery is queued for them while the other tests run.
    const pause = async (headers: Record<string, string>, id: string) =>
      expect(
        (await call('PATCH', `/webhooks/${id}`, { ...headers, 'if-match': '"1"' }, { active: false })).statusCode,
      ).toBe(200);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const headers = i % 2 === 0 ? client : admin.headers;
      const { subscription } = await subscribe(headers, `https://127.0.0.1:1/paging-${i}`, ['breakthrough.achieved']);
      await pause(headers, subscription.id);
      created.push(subscription.id);
    }
    const gone = await subscribe(admin.headers, 'https://127.0.0.1:1/paging-gone', ['breakthrough.achieved']);
    expect((await call('DELETE', `/webhooks/${gone.subscription.id}`, admin.headers)).statusCode).toBe(204);

    type Subscription = { id: string; createdAt: string };
    for (const [headers, expected] of [
      [admin.headers, created],
      [client, created.filter((_, i) => i % 2 === 0)],
    ] as const) {
      const get = (url: string) => call('GET', url, headers);
      const whole: Subscription[] = (await get('/webhooks?limit=200')).json().items;
      expect(whole.map((subscription) => subscription.id).sort()).toEqual([...expected].sort());
      const { rows, pages } = await walkPages<Subscription>(get, '/webhooks', 2);
      expect(pages).toBe(Math.ceil(expected.length / 2));
      expect(rows).toEqual(whole);
      const keys = rows.map((subscription) => `${subscription.createdAt} ${subscription.id}`);
      expect(keys).toEqual([...keys].sort());
      await expectBadCursorRefused(get, '/webhooks');
    }
    for (const id of created) expect((await call('DELETE', `/webhooks/${id}`, admin.headers)).statusCode).toBe(204);
  });

  it('writes events in the transaction of the change: a rolled-back change leaves no event', async () => {
    const actor: Actor = { organisationId: org.organisationId, userId: org.byRole.coordinator.id, role: 'coordinator' };
    const caseId = crypto.randomUUID();
    await expect(
      inTenant(ctx.database.db, actor, async (tx) => {
        await emitEvent(tx, actor, 'case.closed', { caseId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const found = await inTenant(ctx.database.db, actor, (tx) =>
      tx
        .select()
        .from(events)
        .where(eq(events.subject, `cases/${caseId}`)),
    );
    expect(found).toEqual([]);

    // A refused transition (illegal move) emits nothing either.
    const { caseId: opened } = await referAndAccept('Rollback');
    const before = await inTenant(ctx.database.db, actor, (tx) =>
      tx
        .select()
        .from(events)
        .where(eq(events.subject, `cases/${opened}`)),
    );
    const current = await call('GET', `/cases/${opened}`, worker.headers);
    const illegal = await call(
      'POST',
      `/cases/${opened}/transitions`,
      { ...worker.headers, 'if-match': current.headers.etag as string },
      { to: 'monitoring' },
    );
    expect(illegal.statusCode).toBe(409);
    const after = await inTenant(ctx.database.db, actor, (tx) =>
      tx
        .select()
        .from(events)
        .where(eq(events.subject, `cases/${opened}`)),
    );
    expect(after).toHaveLength(before.length);
  });

  it('delivers signed CloudEvents for a case moving through its stages, and for breakthroughs', async () => {
    const hook = await receiver([204]);
    const { secret } = await subscribe(client, hook.url, [
      'referral.created',
      'referral.decided',
      'case.stage_changed',
      'case.closed',
      'breakthrough.approved',
      'breakthrough.achieved',
    ]);
    const { referralId, caseId } = await referAndAccept('Delivered');
    for (const to of ['assessment', 'planning', 'monitoring']) await move(caseId, to);

    // A breakthrough approved then achieved, through the existing routes.
    expect((await call('POST', `/cases/${caseId}/plan`, worker.headers, {})).statusCode).toBe(201);
    const proposed = await call('POST', `/cases/${caseId}/breakthroughs`, worker.headers, {
      title: 'Pay the rent arrears',
      domain: 'housing',
      category: 'eviction_prevention',
      responsible: 'Coach',
      interventionCents: 120_000,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const breakthroughId = proposed.json().id as string;
    const approve = await call(
      'POST',
      `/breakthroughs/${breakthroughId}/transitions`,
      { ...coordinator.headers, 'if-match': proposed.headers.etag as string },
      { to: 'approved' },
    );
    expect(approve.statusCode, approve.body).toBe(200);
    const start = await call(
      'POST',
      `/breakthroughs/${breakthroughId}/transitions`,
      { ...worker.headers, 'if-match': approve.headers.etag as string },
      { to: 'in_progress' },
    );
    const achieve = await call(
      'POST',
      `/breakthroughs/${breakthroughId}/transitions`,
      { ...worker.headers, 'if-match': start.headers.etag as string },
      { to: 'achieved' },
    );
    expect(achieve.statusCode, achieve.body).toBe(200);

    for (const to of ['evaluation']) await move(caseId, to);
    await move(caseId, 'exit', { closureReason: 'goals_reached' });

    const expected = [
      'referral.created',
      'referral.decided',
      'case.stage_changed',
      'case.stage_changed',
      'case.stage_changed',
      'breakthrough.approved',
      'breakthrough.achieved',
      'case.stage_changed',
      'case.stage_changed',
      'case.closed',
    ];
    // At least once: a slow answer (two loaded cores) may be retried, so receivers deduplicate by
    // webhook-id, as docs/integration.md tells integrators to.
    const distinct = () => new Map(hook.received.map((r) => [String(r.headers['webhook-id']), r])).size;
    await waitFor(() => distinct() >= expected.length, 20_000, 'deliveries');
    const delivered = [...new Map(hook.received.map((r) => [String(r.headers['webhook-id']), r])).values()].map((r) =>
      CloudEvent.parse(JSON.parse(r.body)),
    );
    // Delivery order is not guaranteed (at least once, concurrent): compare as multisets.
    expect(delivered.map((e) => e.type).sort()).toEqual([...expected].sort());
    for (const request of hook.received) {
      expect(request.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
      expect(verifySignature(secret, request.headers, request.body)).toBe(true);
      expect(verifySignature('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', request.headers, request.body)).toBe(
        false,
      );
      expect(verifySignature(secret, request.headers, request.body.replace('"1.0"', '"1.1"'))).toBe(false);
      const event = JSON.parse(request.body);
      expect(request.headers['webhook-id']).toBe(event.id);
    }
    const closed = delivered.find((e) => e.type === 'case.closed') as CloudEvent;
    expect(closed).toMatchObject({
      specversion: '1.0',
      source: `urn:percee:organisation:${org.organisationId}`,
      subject: `cases/${caseId}`,
      datacontenttype: 'application/json',
      data: { caseId, links: { case: `/api/v1/cases/${caseId}` } },
    });
    const decided = delivered.find((e) => e.type === 'referral.decided') as CloudEvent;
    expect(decided.data).toMatchObject({ referralId, caseId, links: { referral: `/api/v1/referrals/${referralId}` } });
    const approved = delivered.find((e) => e.type === 'breakthrough.approved') as CloudEvent;
    expect(approved.data).toMatchObject({ breakthroughId, caseId });
    // Ids and links only: no name, no reason, no free text.
    for (const event of delivered) {
      expect(Object.keys(event.data).every((key) => key === 'links' || key.endsWith('Id'))).toBe(true);
      expect(JSON.stringify(event)).not.toMatch(/Delivered|Noa|Lost housing|rent/);
    }
  });

  it('retries a failing receiver with exponential backoff and records every attempt', async () => {
    const hook = await receiver([500, 503, 204]);
    const { subscription } = await subscribe(client, hook.url, ['referral.created']);
    const sent = await call('POST', '/referrals', client, {
      referrerService: 'Population register',
      reason: 'Retry please',
      personAgreed: true,
      household: { members: [{ firstName: 'Rui', lastName: 'Retry', birthDate: '1980-01-01', role: 'applicant' }] },
    });
    expect(sent.statusCode).toBe(201);
    await waitFor(() => hook.received.length >= 3, 20_000, 'three attempts');
    expect(hook.received.map((r) => r.status)).toEqual([500, 503, 204]);
    // The same event (same webhook-id) each time: receivers deduplicate on it.
    expect(new Set(hook.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const [first, second, third] = hook.received.map((r) => r.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(150); // 200 ms +-20%
    expect(third - second).toBeGreaterThanOrEqual(300); // 400 ms +-20%

    const delivery = await waitFor(
      async () => {
        const [row] = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
          tx
            .select()
            .from(webhookDeliveries)
            .where(
              and(
                eq(webhookDeliveries.subscriptionId, subscription.id),
                sql`${webhookDeliveries.eventId} = (select id from events where subject = ${`referrals/${sent.json().id}`} and type = 'referral.created')`,
              ),
            ),
        );
        return row?.status === 'succeeded' ? row : undefined;
      },
      10_000,
      'delivery recorded',
    );
    expect(delivery.attempts).toBe(3);
    const attempts = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx
        .select()
        .from(webhookDeliveryAttempts)
        .where(and(eq(webhookDeliveryAttempts.deliveryId, delivery.id)))
        .orderBy(asc(webhookDeliveryAttempts.attempt)),
    );
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 503],
      [3, 204],
    ]);
  });

  it('gives up after the last attempt, shows the failure to admins, and sends it again on request', async () => {
    const hook = await receiver([500]);
    const { subscription } = await subscribe(admin.headers, hook.url, ['referral.created']);
    const sent = await call('POST', '/referrals', client, {
      referrerService: 'Population register',
      reason: 'Will fail',
      personAgreed: true,
      household: { members: [{ firstName: 'Fay', lastName: 'Failing', birthDate: '1982-01-01', role: 'applicant' }] },
    });
    expect(sent.statusCode).toBe(201);
    const failed = await waitFor(
      async () => {
        const list = await call(
          'GET',
          `/admin/webhook-deliveries?status=failed&subscriptionId=${subscription.id}`,
          admin.headers,
        );
        return list.json().items[0] as WebhookDelivery | undefined;
      },
      20_000,
      'a failed delivery',
    );
    expect(hook.received).toHaveLength(3);
    expect(WebhookDelivery.parse(failed)).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      eventType: 'referral.created',
      url: hook.url,
      nextAttemptAt: null,
    });
    expect((await call('GET', '/admin/webhook-deliveries?status=failed', coordinator.headers)).statusCode).toBe(403);
    expect((await call('GET', '/admin/webhook-deliveries?status=failed', client)).statusCode).toBe(403);

    hook.answer([200]);
    const retried = await call('POST', `/admin/webhook-deliveries/${failed.id}/retry`, admin.headers);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().status).toBe('pending');
    await waitFor(
      async () => {
        const list = await call(
          'GET',
          `/admin/webhook-deliveries?status=succeeded&subscriptionId=${subscription.id}`,
          admin.headers,
        );
        return list.json().items.length === 1;
      },
      10_000,
      'the retried delivery',
    );
    expect(hook.received.at(-1)?.status).toBe(200);
  });

  it('stops delivering to a revoked client, and serves the event feed in order with a resumable cursor', async () => {
    const other = await registerClient(ctx.app, admin.headers, ['events:subscribe'], 'Soon revoked');
    const otherHeaders = (await clientToken(ctx.app, other.clientId, other.clientSecret)).headers;
    const hook = await receiver([204]);
    await subscribe(otherHeaders, hook.url, ['referral.created']);
    expect((await call('DELETE', `/admin/api-clients/${other.clientId}`, admin.headers)).statusCode).toBe(204);
    await referAndAccept('NotForRevoked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hook.received).toHaveLength(0);

    // The feed: everything, in pages, with no repeat and no gap; then nothing new past the end.
    const seen: CloudEvent[] = [];
    let after = '';
    for (;;) {
      const page = await call('GET', `/events?limit=3${after ? `&after=${after}` : ''}`, client);
      expect(page.statusCode).toBe(200);
      const items = page.json().items as CloudEvent[];
      for (const item of items) CloudEvent.parse(item);
      seen.push(...items);
      if (items.length === 0) {
        expect(page.json().nextCursor).toBe(after);
        break;
      }
      after = page.json().nextCursor;
    }
    const all = await inTenant(ctx.database.db, { organisationId: org.organisationId }, (tx) =>
      tx.select({ id: events.id }).from(events),
    );
    expect(seen.map((e) => e.id).sort()).toEqual(all.map((e) => e.id).sort());
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);

    // Resuming from a held cursor gives only what came after.
    const { referralId } = await referAndAccept('AfterCursor');
    const next = await call('GET', `/events?after=${after}`, client);
    expect(next.json().items.map((e: CloudEvent) => [e.type, e.subject])).toEqual([
      ['referral.created', `referrals/${referralId}`],
      ['referral.decided', `referrals/${referralId}`],
    ]);
    const onlyDecisions = await call('GET', `/events?after=${after}&type=referral.decided`, client);
    expect(onlyDecisions.json().items).toHaveLength(1);
    expect((await call('GET', '/events?after=not-a-cursor', client)).statusCode).toBe(400);
    expect((await call('GET', '/events', admin.headers)).statusCode).toBe(200);
    expect((await call('GET', '/events', worker.headers)).statusCode).toBe(403);
    void clientId;
  });

  it('signs like Standard Webhooks and backs off exponentially (units)', () => {
    // Test vector from the Standard Webhooks reference libraries.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const signature = signDelivery(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(backoffMs(1, 1000, 60_000, () => 0.5)).toBe(1000);
    expect(backoffMs(2, 1000, 60_000, () => 0.5)).toBe(2000);
    expect(backoffMs(5, 1000, 60_000, () => 0.5)).toBe(16_000);
    expect(backoffMs(12, 1000, 60_000, () => 0.5)).toBe(60_000);
    expect(backoffMs(3, 1000, 60_000, () => 0)).toBe(3200);
    expect(backoffMs(3, 1000, 60_000, () => 1)).toBe(4800);
  });

  it('starts the delivery worker with the app and stops it on close', async () => {
    const separate = await startTestApp({ WEBHOOK_WORKER_INTERVAL_MS: '10' });
    const jobs = separate.app.jobs;
    expect(jobs.scheduled()).toContain('webhook-delivery');
    await separate.close();
    expect(jobs.scheduled()).toEqual([]);
  });
});
