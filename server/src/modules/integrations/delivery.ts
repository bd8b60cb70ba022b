import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { inTenant } from '../../db/tenant.js';
import type { SecretBox } from '../../lib/secrets.js';
import { toCloudEvent } from '../../platform/outbox.js';
import {
  actAsWebhookWorker,
  cancelDelivery,
  claimDelivery,
  type DueDelivery,
  deliveryTarget,
  dueDeliveries,
  recordDeliveryAttempt,
} from './repo.js';
import { postWebhook } from './targets.js';
import { openSecret } from './webhooks.js';

/**
 * Standard Webhooks signature (https://www.standardwebhooks.com): HMAC-SHA256 with the base64 key
 * after `whsec_`, over `${webhook-id}.${webhook-timestamp}.${body}`, sent as `v1,<base64>`.
 */
export function signDelivery(secret: string, id: string, timestamp: number, body: string) {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The wait before attempt n+1 after n failed ones: base x 2^(n-1), capped, with +-20% jitter. */
export function backoffMs(failedAttempts: number, baseMs: number, maxMs: number, random = Math.random) {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

type Settings = Config['integrations'];

/**
 * Delivers queued events to webhook subscribers, at least once: each due delivery is claimed (its
 * next attempt pushed past the request timeout, so another instance or a crash retries it later),
 * posted outside any transaction, then recorded as an attempt. Failures are retried with exponential
 * backoff until `webhookMaxAttempts`, then marked failed for the admins to see and retry. Its rounds
 * are a job of the runner (platform/jobs.ts): every WEBHOOK_WORKER_INTERVAL_MS, once across processes.
 */
export class DeliveryWorker {
  constructor(
    private readonly db: Db,
    private readonly settings: Settings,
    private readonly log: FastifyBaseLogger,
    private readonly secrets: SecretBox,
  ) {}

  /** One round: every due delivery (up to a batch), each posted concurrently. Returns how many. */
  async runOnce(batch = 50): Promise<number> {
    const due = await this.db.transaction(async (tx) => {
      await actAsWebhookWorker(tx);
      return dueDeliveries(tx, batch);
    });
    await Promise.all(
      due.map((item) => this.deliver(item).catch((error) => this.log.warn({ err: error }, 'delivery'))),
    );
    return due.length;
  }

  private async deliver(item: DueDelivery) {
    const organisationId = item.organisation_id;
    const leaseMs = this.settings.webhookTimeoutMs + 30_000;
    const claimed = await inTenant(this.db, { organisationId }, async (tx) => {
      const delivery = await claimDelivery(tx, organisationId, item.id, leaseMs);
      if (!delivery) return null;
      const found = await deliveryTarget(tx, organisationId, delivery);
      const subscription = found?.subscription;
      const clientMayReceive =
        !subscription?.clientId || (found?.clientActive === true && (found.scopes ?? []).includes('events:subscribe'));
      if (!found || !subscription?.active || subscription.deletedAt || !clientMayReceive) {
        // Unsubscribed, or its client was revoked meanwhile: nothing more goes out.
        await cancelDelivery(tx, organisationId, item.id);
        return null;
      }
      return { delivery, event: found.event, subscription };
    });
    if (!claimed) return;

    const body = JSON.stringify(toCloudEvent(claimed.event));
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const secret = openSecret(this.secrets, claimed.subscription);
      const response = await postWebhook(claimed.subscription.url, {
        timeoutMs: this.settings.webhookTimeoutMs,
        maxResponseBytes: this.settings.webhookMaxResponseBytes,
        allow: this.settings.webhookAllowPrivateHosts,
        headers: {
          'content-type': 'application/cloudevents+json; charset=utf-8',
          'user-agent': 'Percee-Webhooks/1.0',
          'webhook-id': claimed.event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signDelivery(secret, claimed.event.id, timestamp, body),
        },
        body,
      });
      statusCode = response.statusCode;
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (failure) {
      error = failure instanceof Error ? `${failure.name}: ${failure.message}`.slice(0, 500) : 'request failed';
    }
    const durationMs = Math.round(performance.now() - started);
    const attempt = claimed.delivery.attempts + 1;
    const succeeded = error === null;
    const givingUp = !succeeded && attempt >= this.settings.webhookMaxAttempts;
    const waitMs = backoffMs(attempt, this.settings.webhookRetryBaseMs, this.settings.webhookRetryMaxMs);
    await inTenant(this.db, { organisationId }, (tx) =>
      recordDeliveryAttempt(
        tx,
        organisationId,
        item.id,
        { attempt, statusCode, error, durationMs },
        succeeded ? 'succeeded' : givingUp ? 'failed' : { retryInMs: waitMs },
      ),
    );
  }
}
