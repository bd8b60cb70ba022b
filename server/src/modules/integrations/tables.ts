import { apiScopes } from '@percee/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { tenantRef, timestamps, timestamptz, versioned } from '../../db/columns.js';
import { tenant, tenantKey } from '../organisations/tables.js';
import { userRole, users } from '../users/tables.js';

export const apiScope = pgEnum('api_scope', apiScopes);

/**
 * A machine client of another municipal system (OAuth2 client credentials). Only the SHA-256 of its
 * secret is kept: the secret is 256 random bits, so a slow hash adds nothing. `credentialVersion`
 * goes up on every rotation and is a claim of its tokens, so a rotation ends the old tokens at once.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    ...tenantKey(),
    name: text('name').notNull(),
    scopes: apiScope('scopes').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    credentialVersion: integer('credential_version').notNull().default(1),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    rotatedAt: timestamptz('rotated_at'),
    revokedAt: timestamptz('revoked_at'),
    lastTokenAt: timestamptz('last_token_at'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // The token endpoint finds a client by id before it knows the tenant (see the lookup policy).
    uniqueIndex('api_clients_id_key').on(t.id),
    index('api_clients_org_name_idx').on(t.organisationId, t.name, t.id),
    tenantRef(t, t.createdBy, users),
  ],
);

export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    ...tenantKey(),
    /** The machine client that owns it; null when an admin registered it for the organisation. */
    clientId: uuid('client_id'),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().notNull(),
    /**
     * The signing secret, encrypted (AES-256-GCM, see lib/secrets.ts): every delivery is signed with
     * it (HMAC), so it must be recoverable; never returned after creation or rotation.
     */
    secretCiphertext: text('secret_ciphertext'),
    /** Id of the key that sealed `secretCiphertext` (keys rotate: `pnpm admin rotate-secrets`). */
    secretKeyId: text('secret_key_id'),
    /**
     * Legacy plaintext secret of rows written before encryption: sealed and cleared at start-up
     * and by `pnpm admin rotate-secrets`; never written any more.
     */
    secret: text('secret'),
    active: boolean('active').notNull().default(true),
    deletedAt: timestamptz('deleted_at'),
    createdBy: uuid('created_by'),
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('webhook_subscriptions_client_idx').on(t.organisationId, t.clientId),
    index('webhook_subscriptions_created_idx').on(t.organisationId, t.createdAt, t.id),
    check(
      'webhook_subscriptions_secret_sealed',
      sql`(${t.secretCiphertext} is null) = (${t.secretKeyId} is null) and (${t.secretCiphertext} is not null or ${t.secret} is not null)`,
    ),
    tenantRef(t, t.clientId, apiClients),
  ],
);

/**
 * Bulk import jobs (issue 15): the upload is staged row by row in `import_job_rows`, then validated
 * and written in batches by the in-process runner, each batch its own transaction. `lease_until` is
 * renewed by every batch: a job whose process died is taken up again from its last committed batch.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    ...tenantKey(),
    kind: text('kind', { enum: ['households', 'referrals'] }).notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] })
      .notNull()
      .default('queued'),
    /** Who uploaded it: the job acts as them (a user, or a machine client with the role its scope stands for). */
    actorUserId: uuid('actor_user_id'),
    actorClientId: uuid('actor_client_id'),
    actorRole: userRole('actor_role').notNull(),
    total: integer('total').notNull(),
    /** Rows up to this number were validated (rolled back trials) / written (committed). */
    validatedThrough: integer('validated_through').notNull().default(0),
    writtenThrough: integer('written_through').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    written: integer('written').notNull().default(0),
    /** Why a job failed, in words without personal data. */
    error: text('error'),
    leaseToken: uuid('lease_token'),
    leaseUntil: timestamptz('lease_until'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamps.createdAt,
    updatedAt: timestamps.updatedAt,
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('import_jobs_org_created_idx').on(t.organisationId, t.createdAt, t.id),
    index('import_jobs_due_idx').on(t.leaseUntil).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

/**
 * One uploaded row of an import job and its outcome. `value` (the row as sent: personal data) is
 * kept only until the job ends; the outcome (errors by field path, the created id and reference) stays
 * for the report.
 */
export const importJobRows = pgTable(
  'import_job_rows',
  {
    organisationId: tenant(),
    jobId: uuid('job_id').notNull(),
    row: integer('row').notNull(),
    value: jsonb('value'),
    outcome: text('outcome', { enum: ['pending', 'valid', 'invalid', 'written', 'not_written'] })
      .notNull()
      .default('pending'),
    errors: jsonb('errors').$type<{ path: string; message: string; code?: string }[]>().notNull().default([]),
    resourceId: uuid('resource_id'),
    reference: text('reference'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.jobId, t.row] }),
    tenantRef(t, t.jobId, importJobs).onDelete('cascade'),
  ],
);
