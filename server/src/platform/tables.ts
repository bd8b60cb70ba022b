import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../db/columns.js';
import { cases } from '../modules/cases/tables.js';
import { webhookSubscriptions } from '../modules/integrations/tables.js';
import { tenant, tenantKey } from '../modules/organisations/tables.js';
import { users } from '../modules/users/tables.js';

/** Append-only: the application role may insert and read, never update or delete. */
export const auditLog = pgTable(
  'audit_log',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    occurredAt: timestamptz('occurred_at').notNull().default(sql`now()`),
    actorUserId: uuid('actor_user_id'),
    /** Set instead of actor_user_id when a machine client (API client) made the change. */
    actorClientId: uuid('actor_client_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes'),
    requestId: text('request_id'),
    /*
     * Hash chain per organisation, always set by the audit_log_chain trigger (hand-written migration),
     * whatever the insert says: seq counts 1, 2, 3... per organisation, prev_hash is the previous row's
     * hash (64 zeros for the first), hash = SHA-256 over the canonical serialisation (app.audit_hash).
     * The unique index (organisation_id, seq) lives in that migration too (after the backfill).
     */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('audit_log_entity_idx').on(t.organisationId, t.entityType, t.entityId, t.occurredAt),
    index('audit_log_time_idx').on(t.organisationId, t.occurredAt),
  ],
);

/**
 * The last walk of each organisation's audit chain (`pnpm admin verify-audit`, GET /admin/audit/verify):
 * when, and whether it held. One row per organisation, overwritten by every check; the metrics
 * endpoint reads it across organisations (the oldest check, the count of broken chains).
 */
export const auditChainChecks = pgTable('audit_chain_checks', {
  organisationId: tenant().primaryKey(),
  checkedAt: timestamptz('checked_at').notNull().default(sql`now()`),
  ok: boolean('ok').notNull(),
  /** Rows walked; when broken, the seq of the first broken row. */
  rowsChecked: integer('rows_checked').notNull(),
  firstBrokenSeq: bigint('first_broken_seq', { mode: 'number' }),
});

/** Installation-wide facts (e.g. that the demo was seeded). Not tenant data; the app role cannot read it. */
export const systemState = pgTable('system_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamptz('updated_at').notNull().default(sql`now()`),
});

/**
 * Idempotency-Key records (24 h): the first response to a POST, replayed to retries. The row is
 * inserted before the work, in the same transaction, so a concurrent retry waits on the primary key
 * and then replays (or does the work itself if the first one rolled back).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    organisationId: tenant(),
    /** The client's id, or the user's. */
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    response: jsonb('response'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    createdAt: timestamps.createdAt,
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.actorId, t.key] }),
    index('idempotency_keys_expiry_idx').on(t.organisationId, t.expiresAt),
  ],
);

/**
 * Report figures computed once and served again for a short while (REPORT_CACHE_SECONDS): aggregates
 * only, keyed by the report and its filters. A year's activity report reads hundreds of thousands of
 * rows; a coordinator, a funder's analyst and a municipal system asking for it within minutes get the
 * same figures, with the time they were computed.
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    organisationId: tenant(),
    kind: text('kind').notNull(),
    /** The report's filters as canonical JSON (sorted keys). */
    paramsKey: text('params_key').notNull(),
    figures: jsonb('figures').notNull(),
    computedAt: timestamptz('computed_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.kind, t.paramsKey] }),
    index('report_snapshots_age_idx').on(t.organisationId, t.computedAt),
  ],
);

/**
 * The outbox: one row per domain event, written in the transaction of the change. `txId` (the
 * writing transaction) and `seq` order the feed: only events of transactions older than every
 * running one are served, so a reader's cursor never skips an event committed late.
 */
export const events = pgTable(
  'events',
  {
    ...tenantKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    txId: bigint('tx_id', { mode: 'number' }).notNull().default(sql`txid_current()`),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    /** Ids and links only: never personal details. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    actorUserId: uuid('actor_user_id'),
    actorClientId: uuid('actor_client_id'),
    occurredAt: timestamptz('occurred_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('events_org_feed_idx').on(t.organisationId, t.txId, t.seq),
    // The latest event of an organisation: report snapshots older than it are recomputed.
    index('events_org_time_idx').on(t.organisationId, t.occurredAt),
  ],
);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['pending', 'succeeded', 'failed', 'cancelled']);

/** One event to one subscription: retried with exponential backoff until delivered or given up. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    ...tenantKey(),
    subscriptionId: uuid('subscription_id').notNull(),
    eventId: uuid('event_id').notNull(),
    status: webhookDeliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().default(sql`now()`),
    lastAttemptAt: timestamptz('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamptz('delivered_at'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('webhook_deliveries_event_key').on(t.organisationId, t.subscriptionId, t.eventId),
    index('webhook_deliveries_org_status_idx').on(t.organisationId, t.status, t.updatedAt, t.id),
    // The worker's queue, across organisations: the one index that does not lead with the tenant.
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    tenantRef(t, t.subscriptionId, webhookSubscriptions),
    tenantRef(t, t.eventId, events),
  ],
);

/** Every delivery attempt, for the admins' view of failures. Append-only. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    at: timestamptz('at').notNull().default(sql`now()`),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('webhook_delivery_attempts_delivery_idx').on(t.organisationId, t.deliveryId, t.attempt),
    tenantRef(t, t.deliveryId, webhookDeliveries),
  ],
);

/** The case's timeline: one row per step (opening, stage change, assignment, contact, assessment, aid). */
export const caseEvents = pgTable(
  'case_events',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    caseId: uuid('case_id').notNull(),
    at: timestamptz('at').notNull().default(sql`now()`),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    summary: text('summary').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('case_events_case_idx').on(t.organisationId, t.caseId, t.at),
    tenantRef(t, t.caseId, cases),
  ],
);

/**
 * In-app notifications (issue 18.4): one row per recipient, written by the module whose change it
 * tells of, in the same transaction (platform/notifications.ts). It holds ids and a kind, no text:
 * the web app words it in the reader's language. Read by its recipient only.
 */
export const notifications = pgTable(
  'notifications',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    caseId: uuid('case_id'),
    subjectId: uuid('subject_id'),
    actorId: uuid('actor_id'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // The list, newest first, and the unread count (a partial index: only what is still unread).
    index('notifications_user_created_idx').on(t.organisationId, t.userId, t.createdAt, t.id),
    index('notifications_user_unread_idx').on(t.organisationId, t.userId).where(sql`${t.readAt} is null`),
    tenantRef(t, t.userId, users),
    tenantRef(t, t.actorId, users),
    tenantRef(t, t.caseId, cases),
  ],
);

/**
 * Earlier versions of corrected or voided records (contacts, aid entries, appointments; decision 19):
 * one row per replaced version, with who replaced it, when and why. The application role inserts and
 * reads; retention clears the free text of a pseudonymised household's rows (its only update).
 */
export const recordRevisions = pgTable(
  'record_revisions',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    entityType: text('entity_type', { enum: ['contact', 'aid', 'appointment', 'person'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The case the record belongs to (appointments alone or with a partner have none). */
    caseId: uuid('case_id'),
    version: integer('version').notNull(),
    action: text('action', { enum: ['corrected', 'voided'] }).notNull(),
    data: jsonb('data').notNull(),
    reason: text('reason').notNull(),
    actorId: uuid('actor_id').notNull(),
    at: timestamptz('at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('record_revisions_entity_version_idx').on(t.organisationId, t.entityType, t.entityId, t.version),
    index('record_revisions_case_idx').on(t.organisationId, t.caseId),
    tenantRef(t, t.caseId, cases),
  ],
);
