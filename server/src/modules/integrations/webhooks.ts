import { randomBytes, randomUUID } from 'node:crypto';
import type { PageQuery, WebhookCreate, WebhookDelivery, WebhookSubscription, WebhookUpdate } from '@percee/shared';
import { can } from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { forbidden, invalidField, notFound } from '../../lib/problem.js';
import type { SecretBox } from '../../lib/secrets.js';
import { audit, diff } from '../../platform/audit.js';
import {
  type DeliveryRow,
  findDelivery,
  findSubscription,
  insertSubscription,
  listDeliveryRows,
  listSubscriptionRows,
  type SubscriptionRow as Row,
  requeueDelivery,
  softDeleteSubscription,
  updateSubscriptionRow,
} from './repo.js';
import { type AllowPrivateHosts, checkTarget, TargetRefused } from './targets.js';

/** A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. Shown once. */
const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https everywhere; plain http only to this machine, and never in production. No credentials in URLs. */
export function assertDeliverableUrl(value: string, env: string, path = 'body.url') {
  const url = new URL(value);
  if (url.username || url.password) throw invalidField(path, 'No credentials in the URL: verify the signature instead');
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && env !== 'production' && LOCAL_HOSTS.has(url.hostname)) return;
  throw invalidField(
    path,
    env === 'production' ? 'Must be an https URL' : 'Must be https (plain http only to localhost)',
  );
}

/** What sealing a secret is bound to: a ciphertext copied to another row does not open. */
/** Resolves the URL's host (outside any transaction) and refuses internal targets: 400 on body.url. */
export async function assertAllowedTarget(url: string, allow: AllowPrivateHosts, path = 'body.url') {
  try {
    await checkTarget(url, allow);
  } catch (error) {
    if (error instanceof TargetRefused) throw invalidField(path, error.message);
    throw error;
  }
}

export const secretContext = (organisationId: string, id: string) => `webhook_subscriptions:${organisationId}:${id}`;

/** The signing secret of a subscription row: sealed (current or previous key), or legacy plaintext. */
export function openSecret(
  secrets: SecretBox,
  row: Pick<Row, 'organisationId' | 'id' | 'secret' | 'secretCiphertext' | 'secretKeyId'>,
) {
  if (row.secretCiphertext && row.secretKeyId) {
    return secrets.open(
      { ciphertext: row.secretCiphertext, keyId: row.secretKeyId },
      secretContext(row.organisationId, row.id),
    );
  }
  if (row.secret) return row.secret;
  throw new Error(`Webhook subscription ${row.id} has no secret`);
}

function sealSecret(secrets: SecretBox, organisationId: string, id: string, secret: string) {
  const sealed = secrets.seal(secret, secretContext(organisationId, id));
  return { secretCiphertext: sealed.ciphertext, secretKeyId: sealed.keyId, secret: null };
}

function toSubscription(row: Row): WebhookSubscription {
  return {
    id: row.id,
    clientId: row.clientId,
    url: row.url,
    eventTypes: row.eventTypes as WebhookSubscription['eventTypes'],
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Admins manage every subscription of the organisation; a client only its own (its id, to filter on). */
function ownership(actor: Actor): string | undefined {
  if (actor.kind === 'client') return actor.clientId as string;
  if (!can(actor.role, 'integration.manage')) throw forbidden('Only admins and machine clients manage webhooks');
  return undefined;
}

async function load(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await findSubscription(tx, actor.organisationId, id, ownership(actor), forUpdate);
  if (!row) throw notFound('Webhook subscription');
  return row;
}

/** Oldest first, from a (createdAt, id) cursor. */
export async function listSubscriptions(tx: Tx, actor: Actor, query: PageQuery) {
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await listSubscriptionRows(tx, actor.organisationId, ownership(actor), after, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.createdAt, row.id]);
  return { items: page.items.map(toSubscription), nextCursor: page.nextCursor };
}

export async function getSubscription(tx: Tx, actor: Actor, id: string) {
  return toSubscription(await load(tx, actor, id));
}

export async function createSubscription(
  tx: Tx,
  actor: Actor,
  input: z.output<typeof WebhookCreate>,
  env: string,
  secrets: SecretBox,
) {
  ownership(actor);
  assertDeliverableUrl(input.url, env);
  const secret = newWebhookSecret();
  const id = randomUUID();
  const created = await insertSubscription(tx, {
    organisationId: actor.organisationId,
    id,
    ...sealSecret(secrets, actor.organisationId, id, secret),
    clientId: actor.kind === 'client' ? (actor.clientId as string) : null,
    url: input.url,
    eventTypes: input.eventTypes,
    createdBy: actor.kind === 'client' ? null : actor.userId,
  });
  await audit(tx, actor, {
    action: 'webhook.create',
    entityType: 'webhook_subscription',
    entityId: created.id,
    changes: { url: input.url, eventTypes: input.eventTypes },
  });
  return { subscription: toSubscription(created), secret };
}

export async function updateSubscription(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: z.output<typeof WebhookUpdate>,
  env: string,
) {
  const before = await load(tx, actor, id, true);
  assertVersion(expectedVersion, before.version);
  if (patch.url) assertDeliverableUrl(patch.url, env);
  const after = await updateSubscriptionRow(tx, actor.organisationId, id, patch);
  await audit(tx, actor, {
    action: 'webhook.update',
    entityType: 'webhook_subscription',
    entityId: id,
    changes: diff(before as Record<string, unknown>, patch as Record<string, unknown>),
  });
  return toSubscription(after);
}

export async function rotateSubscriptionSecret(tx: Tx, actor: Actor, id: string, secrets: SecretBox) {
  await load(tx, actor, id, true);
  const secret = newWebhookSecret();
  const after = await updateSubscriptionRow(
    tx,
    actor.organisationId,
    id,
    sealSecret(secrets, actor.organisationId, id, secret),
  );
  await audit(tx, actor, {
    action: 'webhook.rotate_secret',
    entityType: 'webhook_subscription',
    entityId: id,
    changes: { secret: '[changed]' },
  });
  return { subscription: toSubscription(after), secret };
}

/** Deletes a subscription: kept for the delivery history, hidden, and its pending deliveries cancelled. */
export async function deleteSubscription(tx: Tx, actor: Actor, id: string) {
  await load(tx, actor, id, true);
  await softDeleteSubscription(tx, actor.organisationId, id);
  await audit(tx, actor, { action: 'webhook.delete', entityType: 'webhook_subscription', entityId: id });
}

/* ---------- Deliveries (admins) ---------- */

function assertAdmin(actor: Actor) {
  if (actor.kind === 'client' || !can(actor.role, 'integration.manage'))
    throw forbidden('Only admins see webhook deliveries');
}

const toDelivery = ({ delivery, url, eventType }: DeliveryRow): WebhookDelivery => ({
  id: delivery.id,
  subscriptionId: delivery.subscriptionId,
  url,
  eventId: delivery.eventId,
  eventType: eventType as WebhookDelivery['eventType'],
  status: delivery.status,
  attempts: delivery.attempts,
  nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt : null,
  lastAttemptAt: delivery.lastAttemptAt,
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  deliveredAt: delivery.deliveredAt,
  updatedAt: delivery.updatedAt,
});

/** Deliveries, most recently changed first; `status=failed` lists the ones given up on. */
export async function listDeliveries(
  tx: Tx,
  actor: Actor,
  query: {
    status?: WebhookDelivery['status'] | undefined;
    subscriptionId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  assertAdmin(actor);
  const rows = await listDeliveryRows(tx, actor.organisationId, {
    status: query.status,
    subscriptionId: query.subscriptionId,
    before: query.cursor ? decodeInstantCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (row) => [row.delivery.updatedAt, row.delivery.id]);
  return { items: page.items.map(toDelivery), nextCursor: page.nextCursor };
}

/** Sends a failed (or cancelled) delivery again, with a fresh retry budget. */
export async function retryDelivery(tx: Tx, actor: Actor, id: string) {
  assertAdmin(actor);
  const found = await findDelivery(tx, actor.organisationId, id);
  if (!found) throw notFound('Webhook delivery');
  await requeueDelivery(tx, actor.organisationId, id);
  await audit(tx, actor, {
    action: 'webhook_delivery.retry',
    entityType: 'webhook_delivery',
    entityId: id,
    changes: { status: [found.delivery.status, 'pending'] },
  });
  return toDelivery((await findDelivery(tx, actor.organisationId, id)) as DeliveryRow);
}
