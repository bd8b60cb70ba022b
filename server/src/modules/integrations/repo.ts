import { and, asc, desc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Config } from '../../config.js';
import type { Tx } from '../../db/client.js';
import {
  apiClients,
  events,
  importJobRows,
  importJobs,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookSubscriptions,
} from '../../db/schema.js';
import { APP_ROLE } from '../../db/tenant.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';

/* ---------- API clients ---------- */

export type ClientRow = typeof apiClients.$inferSelect;

const clientWhere = (organisationId: string, id: string) =>
  and(eq(apiClients.organisationId, organisationId), eq(apiClients.id, id));

export async function findClient(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = tx.select().from(apiClients).where(clientWhere(organisationId, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** By name, from a (name, id) cursor. */
export const listClientRows = (tx: Tx, organisationId: string, after: [string, string] | undefined, limit: number) =>
  tx
    .select()
    .from(apiClients)
    .where(
      and(
        eq(apiClients.organisationId, organisationId),
        after ? sql`(${apiClients.name}, ${apiClients.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(apiClients.name), asc(apiClients.id))
    .limit(limit);

export async function insertClient(tx: Tx, values: typeof apiClients.$inferInsert) {
  const [row] = await tx.insert(apiClients).values(values).returning();
  return row as ClientRow;
}

/** Changes a client and bumps its version; the row after. */
export async function updateClientRow(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof apiClients>,
) {
  const [row] = await tx
    .update(apiClients)
    .set({ ...set, version: sql`${apiClients.version} + 1`, updatedAt: sql`now()` })
    .where(clientWhere(organisationId, id))
    .returning();
  return row as ClientRow;
}

/** A new secret hash: tokens issued with the old credential stop working. */
export const replaceClientSecret = (tx: Tx, organisationId: string, id: string, secretHash: string) =>
  updateClientRow(tx, organisationId, id, {
    secretHash,
    credentialVersion: sql`${apiClients.credentialVersion} + 1`,
    rotatedAt: sql`now()`,
  });

export async function markClientRevoked(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(apiClients)
    .set({ active: false, revokedAt: sql`now()`, version: sql`${apiClients.version} + 1`, updatedAt: sql`now()` })
    .where(clientWhere(organisationId, id));
}

/** Before the tenant is known: the app role, allowed to read the presented client's row only. */
export async function actAsClient(tx: Tx, clientId: string) {
  await tx.execute(
    sql`select set_config('role', ${APP_ROLE}, true), set_config('app.client_id', ${clientId.toLowerCase()}, true)`,
  );
}

export async function findPresentedClient(tx: Tx, clientId: string) {
  const [row] = await tx.select().from(apiClients).where(eq(apiClients.id, clientId));
  return row;
}

/** Enters the client's tenant and notes the token's issue. */
export async function noteClientToken(tx: Tx, organisationId: string, id: string) {
  await tx.execute(sql`select set_config('app.org_id', ${organisationId}, true)`);
  await tx.update(apiClients).set({ lastTokenAt: sql`now()` }).where(clientWhere(organisationId, id));
}

/* ---------- Webhook subscriptions ---------- */

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

const subscriptionWhere = (organisationId: string, id: string) =>
  and(eq(webhookSubscriptions.organisationId, organisationId), eq(webhookSubscriptions.id, id));

/** `clientId`: only that client's subscription (a client sees its own only). */
const ownedBy = (clientId: string | undefined) =>
  clientId === undefined ? undefined : eq(webhookSubscriptions.clientId, clientId);

export async function findSubscription(
  tx: Tx,
  organisationId: string,
  id: string,
  clientId: string | undefined,
  forUpdate = false,
) {
  const query = tx
    .select()
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.organisationId, organisationId),
        eq(webhookSubscriptions.id, id),
        isNull(webhookSubscriptions.deletedAt),
        ownedBy(clientId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Oldest first, from a (createdAt, id) cursor. */
export const listSubscriptionRows = (
  tx: Tx,
  organisationId: string,
  clientId: string | undefined,
  after: [string, string] | undefined,
  limit: number,
) =>
  tx
    .select()
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.organisationId, organisationId),
        isNull(webhookSubscriptions.deletedAt),
        ownedBy(clientId),
        after
          ? sql`(${webhookSubscriptions.createdAt}, ${webhookSubscriptions.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id))
    .limit(limit);

export async function insertSubscription(tx: Tx, values: typeof webhookSubscriptions.$inferInsert) {
  const [row] = await tx.insert(webhookSubscriptions).values(values).returning();
  return row as SubscriptionRow;
}

/** Changes a subscription and bumps its version; the row after. */
export async function updateSubscriptionRow(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof webhookSubscriptions>,
) {
  const [row] = await tx
    .update(webhookSubscriptions)
    .set({ ...set, version: sql`${webhookSubscriptions.version} + 1`, updatedAt: sql`now()` })
    .where(subscriptionWhere(organisationId, id))
    .returning();
  return row as SubscriptionRow;
}

/** Hides the subscription (kept for the delivery history) and cancels its pending deliveries. */
export async function softDeleteSubscription(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(webhookSubscriptions)
    .set({ active: false, deletedAt: sql`now()`, version: sql`${webhookSubscriptions.version} + 1` })
    .where(subscriptionWhere(organisationId, id));
  await tx
    .update(webhookDeliveries)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(
      and(
        eq(webhookDeliveries.organisationId, organisationId),
        eq(webhookDeliveries.subscriptionId, id),
        eq(webhookDeliveries.status, 'pending'),
      ),
    );
}

/* ---------- Webhook deliveries ---------- */

const deliveryColumns = {
  delivery: webhookDeliveries,
  url: webhookSubscriptions.url,
  eventType: events.type,
};

const selectDeliveries = (tx: Tx) =>
  tx
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, tenantJoin(webhookSubscriptions, webhookDeliveries, 'subscriptionId'))
    .innerJoin(events, tenantJoin(events, webhookDeliveries, 'eventId'));

export type DeliveryRow = Awaited<ReturnType<ReturnType<typeof selectDeliveries>['execute']>>[number];
type DeliveryStatus = (typeof webhookDeliveries.$inferSelect)['status'];

/** Most recently changed first, before an (updatedAt, id) cursor. */
export function listDeliveryRows(
  tx: Tx,
  organisationId: string,
  query: {
    status?: DeliveryStatus | undefined;
    subscriptionId?: string | undefined;
    before?: [string, string] | undefined;
    limit: number;
  },
) {
  const filters: (SQL | undefined)[] = [eq(webhookDeliveries.organisationId, organisationId)];
  if (query.status) filters.push(eq(webhookDeliveries.status, query.status));
  if (query.subscriptionId) filters.push(eq(webhookDeliveries.subscriptionId, query.subscriptionId));
  if (query.before) {
    const [at, id] = query.before;
    filters.push(sql`(${webhookDeliveries.updatedAt}, ${webhookDeliveries.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return selectDeliveries(tx)
    .where(and(...filters))
    .orderBy(desc(webhookDeliveries.updatedAt), desc(webhookDeliveries.id))
    .limit(query.limit);
}

const deliveryWhere = (organisationId: string, id: string) =>
  and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.id, id));

export async function findDelivery(tx: Tx, organisationId: string, id: string) {
  const [row] = await selectDeliveries(tx).where(deliveryWhere(organisationId, id));
  return row;
}

/** Pending again now, with a fresh retry budget. */
export async function requeueDelivery(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(webhookDeliveries)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
    .where(deliveryWhere(organisationId, id));
}

/* ---------- Import jobs ---------- */

export type JobRow = typeof importJobs.$inferSelect;
type JobUpdate = PgUpdateSetSource<typeof importJobs>;
type JobOutcome = (typeof importJobRows.$inferSelect)['outcome'];
/** A job's key; with the lease token, only while that lease holds (status running, same token). */
export interface JobKey {
  organisationId: string;
  id: string;
  token?: string;
}

const jobWhere = ({ organisationId, id, token }: JobKey) =>
  token === undefined
    ? and(eq(importJobs.organisationId, organisationId), eq(importJobs.id, id))
    : and(
        eq(importJobs.organisationId, organisationId),
        eq(importJobs.id, id),
        eq(importJobs.status, 'running'),
        eq(importJobs.leaseToken, token),
      );

/** The lease: `seconds` from now. */
export const leaseFor = (seconds: number) => sql`now() + make_interval(secs => ${seconds})`;

/** The end of a job: its lease dropped. */
export const finished = (status: 'succeeded' | 'failed', error: string | null = null) =>
  ({ status, error, finishedAt: sql`now()`, updatedAt: sql`now()`, leaseToken: null, leaseUntil: null }) as const;

export async function insertJob(tx: Tx, values: typeof importJobs.$inferInsert) {
  const [created] = await tx.insert(importJobs).values(values).returning({ id: importJobs.id });
  return (created as { id: string }).id;
}

export async function insertJobRows(tx: Tx, rows: (typeof importJobRows.$inferInsert)[]) {
  await tx.insert(importJobRows).values(rows);
}

/** Locks the job (`lock`) so a cancel and a batch wait for each other. */
export async function findJob(tx: Tx, key: JobKey, lock = false) {
  const query = tx.select().from(importJobs).where(jobWhere(key));
  const [job] = lock ? await query.for('update') : await query;
  return job;
}

/** Changes the job; the row after, or none when the key (its lease) no longer matches. */
export async function updateJob(tx: Tx, key: JobKey, set: JobUpdate) {
  const [job] = await tx.update(importJobs).set(set).where(jobWhere(key)).returning();
  return job;
}

/** Changes the job, nothing read back. */
export async function setJob(tx: Tx, key: JobKey, set: JobUpdate) {
  await tx.update(importJobs).set(set).where(jobWhere(key));
}

/** Drops the uploaded rows' content (personal data); outcomes stay. */
export async function forgetJobValues(tx: Tx, job: Pick<JobRow, 'organisationId' | 'id'>) {
  await tx
    .update(importJobRows)
    .set({ value: null })
    .where(
      and(
        eq(importJobRows.organisationId, job.organisationId),
        eq(importJobRows.jobId, job.id),
        sql`${importJobRows.value} is not null`,
      ),
    );
}

const rowsAfter = (job: Pick<JobRow, 'organisationId' | 'id'>, after: number) =>
  and(
    eq(importJobRows.organisationId, job.organisationId),
    eq(importJobRows.jobId, job.id),
    gt(importJobRows.row, after),
  );

/** The rows' outcomes after row `after`, in order. */
export const reportRows = (tx: Tx, job: Pick<JobRow, 'organisationId' | 'id'>, after: number, limit: number) =>
  tx
    .select({
      row: importJobRows.row,
      outcome: importJobRows.outcome,
      errors: importJobRows.errors,
      resourceId: importJobRows.resourceId,
      reference: importJobRows.reference,
    })
    .from(importJobRows)
    .where(rowsAfter(job, after))
    .orderBy(asc(importJobRows.row))
    .limit(limit);

/** The next rows to check (phase 1), with what reading them found. */
export const rowsToValidate = (tx: Tx, job: Pick<JobRow, 'organisationId' | 'id'>, after: number, limit: number) =>
  tx
    .select({
      row: importJobRows.row,
      value: importJobRows.value,
      outcome: importJobRows.outcome,
      errors: importJobRows.errors,
    })
    .from(importJobRows)
    .where(rowsAfter(job, after))
    .orderBy(asc(importJobRows.row))
    .limit(limit);

/** The next rows to write (phase 2). */
export const rowsToWrite = (tx: Tx, job: Pick<JobRow, 'organisationId' | 'id'>, after: number, limit: number) =>
  tx
    .select({ row: importJobRows.row, value: importJobRows.value })
    .from(importJobRows)
    .where(rowsAfter(job, after))
    .orderBy(asc(importJobRows.row))
    .limit(limit);

/** Phase 1's verdicts, in one statement. */
export async function recordOutcomes(
  tx: Tx,
  job: Pick<JobRow, 'organisationId' | 'id'>,
  results: { row: number; outcome: JobOutcome; errors: unknown[] }[],
) {
  await tx.execute(sql`
        update import_job_rows as r set outcome = v.outcome, errors = v.errors
        from jsonb_to_recordset(${JSON.stringify(results)}::jsonb) as v("row" int, outcome text, errors jsonb)
        where r.organisation_id = ${job.organisationId} and r.job_id = ${job.id} and r."row" = v."row"`);
}

/** Phase 2's written rows, in one statement: their content dropped. */
export async function recordWritten(
  tx: Tx,
  job: Pick<JobRow, 'organisationId' | 'id'>,
  written: { row: number; id: string; reference: string | null }[],
) {
  await tx.execute(sql`
        update import_job_rows as r set outcome = 'written', resource_id = v.id, reference = v.reference, value = null
        from jsonb_to_recordset(${JSON.stringify(written)}::jsonb) as v("row" int, id uuid, reference text)
        where r.organisation_id = ${job.organisationId} and r.job_id = ${job.id} and r."row" = v."row"`);
}

/** A row refused while writing, then every row of its batch and after it: not written. */
export async function markNotWritten(
  tx: Tx,
  job: Pick<JobRow, 'organisationId' | 'id'>,
  refused: { row: number; errors: (typeof importJobRows.$inferSelect)['errors'] },
) {
  await tx
    .update(importJobRows)
    .set({ outcome: 'not_written', errors: refused.errors })
    .where(
      and(
        eq(importJobRows.organisationId, job.organisationId),
        eq(importJobRows.jobId, job.id),
        eq(importJobRows.row, refused.row),
      ),
    );
  await tx
    .update(importJobRows)
    .set({ outcome: 'not_written' })
    .where(
      and(
        eq(importJobRows.organisationId, job.organisationId),
        eq(importJobRows.jobId, job.id),
        inArray(importJobRows.outcome, ['valid', 'pending']),
      ),
    );
}

/** The oldest queued job, or a running one whose lease ran out, across tenants (as the imports worker). */
export async function oldestDueJob(tx: Tx) {
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'imports', true)`);
  const [due] = await rowsOf<{ organisation_id: string; id: string }>(
    tx,
    sql`select organisation_id, id from import_jobs
        where status = 'queued' or (status = 'running' and lease_until < now())
        order by created_at limit 1`,
  );
  return due;
}

/** Takes the job with a fresh lease, unless another instance took it first (none then). */
export async function claimJob(tx: Tx, organisationId: string, id: string, token: string, leaseSeconds: number) {
  const [job] = await tx
    .update(importJobs)
    .set({
      status: 'running',
      leaseToken: token,
      leaseUntil: leaseFor(leaseSeconds),
      attempts: sql`${importJobs.attempts} + 1`,
      startedAt: sql`coalesce(${importJobs.startedAt}, now())`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(importJobs.organisationId, organisationId),
        eq(importJobs.id, id),
        sql`(${importJobs.status} = 'queued' or (${importJobs.status} = 'running' and ${importJobs.leaseUntil} < now()))`,
      ),
    )
    .returning();
  return job;
}

/** Whether the uploader may still act: the client active, or the user active with the same role. */
export async function uploaderActive(tx: Tx, job: JobRow) {
  const [found] = job.actorClientId
    ? await rowsOf<{ ok: boolean }>(
        tx,
        sql`select active as ok from api_clients where organisation_id = ${job.organisationId} and id = ${job.actorClientId}`,
      )
    : await rowsOf<{ ok: boolean }>(
        tx,
        sql`select active and role = ${job.actorRole} as ok from users where organisation_id = ${job.organisationId} and id = ${job.actorUserId}`,
      );
  return found?.ok === true;
}

export interface SecretRow {
  organisation_id: string;
  id: string;
  secret: string | null;
  secret_ciphertext: string | null;
  secret_key_id: string | null;
}

/** A batch of webhook subscriptions (all organisations, the maintenance role) whose secret is not sealed with `keyId`, locked. */
export const findUnsealedWebhookSecrets = (tx: Tx, keyId: string, batch: number) =>
  rowsOf<SecretRow>(
    tx,
    sql`select organisation_id, id, secret, secret_ciphertext, secret_key_id from webhook_subscriptions
        where secret_key_id is distinct from ${keyId}
        order by organisation_id, id limit ${batch} for update`,
  );

export async function storeSealedWebhookSecret(
  tx: Tx,
  row: Pick<SecretRow, 'organisation_id' | 'id'>,
  sealed: { ciphertext: string; keyId: string },
) {
  await tx.execute(
    sql`update webhook_subscriptions
        set secret_ciphertext = ${sealed.ciphertext}, secret_key_id = ${sealed.keyId}, secret = null
        where organisation_id = ${row.organisation_id} and id = ${row.id}`,
  );
}

const count = async (tx: Tx, statement: ReturnType<typeof sql>) =>
  (await rowsOf<{ n: number }>(tx, sql`with gone as (${statement} returning 1) select count(*)::int as n from gone`))[0]
    ?.n ?? 0;

/** Housekeeping's deletions (see maintenance.ts cleanUp), as the maintenance role, with how many rows each removed. */
export async function deleteExpired(tx: Tx, settings: Omit<Config['cleanup'], 'intervalMs'>) {
  const idempotencyKeys = await count(tx, sql`delete from idempotency_keys where expires_at < now()`);
  const attempts = await count(
    tx,
    sql`delete from webhook_delivery_attempts where at < now() - make_interval(days => ${settings.attemptRetentionDays})`,
  );
  const expired = sql`e.occurred_at < now() - make_interval(days => ${settings.eventRetentionDays})
    and not exists (select 1 from webhook_deliveries p
                    where p.organisation_id = e.organisation_id and p.event_id = e.id and p.status = 'pending')`;
  const eventAttempts = await count(
    tx,
    sql`delete from webhook_delivery_attempts a using webhook_deliveries d, events e
        where a.organisation_id = d.organisation_id and a.delivery_id = d.id
          and e.organisation_id = d.organisation_id and e.id = d.event_id and ${expired}`,
  );
  const deliveries = await count(
    tx,
    sql`delete from webhook_deliveries d using events e
        where e.organisation_id = d.organisation_id and e.id = d.event_id and ${expired}`,
  );
  const events = await count(tx, sql`delete from events e where ${expired}`);
  // Served for minutes (REPORT_CACHE_SECONDS, at most a day); older ones would only be recomputed.
  const reportSnapshots = await count(
    tx,
    sql`delete from report_snapshots where computed_at < now() - interval '1 day'`,
  );
  // Failed sign-in and token attempts whose window has ended count for nothing any more.
  const credentialAttempts = await count(tx, sql`delete from app.credential_attempts where window_ends_at <= now()`);
  // An import's report (row outcomes, created ids) is for the uploader to collect, not an archive.
  const importJobs = await count(
    tx,
    sql`delete from import_jobs where status in ('succeeded', 'failed', 'cancelled')
        and finished_at < now() - make_interval(days => ${settings.importJobRetentionDays})`,
  );
  return {
    importJobs,
    idempotencyKeys,
    attempts: attempts + eventAttempts,
    deliveries,
    events,
    reportSnapshots,
    credentialAttempts,
  };
}

/* ---------- Webhook delivery (delivery.ts) ---------- */

export interface DueDelivery {
  organisation_id: string;
  id: string;
}

/** The rest of the transaction runs as the application role with the webhook worker's one policy. */
export async function actAsWebhookWorker(tx: Tx) {
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'webhooks', true)`);
}

export const dueDeliveries = (tx: Tx, batch: number) =>
  rowsOf<DueDelivery>(
    tx,
    sql`select organisation_id, id from webhook_deliveries
        where status = 'pending' and next_attempt_at <= now()
        order by next_attempt_at limit ${batch}`,
  );

/** Pushes a due delivery's next attempt `leaseMs` ahead; undefined when it is no longer pending and due. */
export async function claimDelivery(tx: Tx, organisationId: string, id: string, leaseMs: number) {
  const [delivery] = await tx
    .update(webhookDeliveries)
    .set({ nextAttemptAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`, updatedAt: sql`now()` })
    .where(
      and(
        eq(webhookDeliveries.organisationId, organisationId),
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.status, 'pending'),
        sql`${webhookDeliveries.nextAttemptAt} <= now()`,
      ),
    )
    .returning();
  return delivery;
}

/** The delivery's event, subscription and the subscription's client (whether it may still receive). */
export async function deliveryTarget(
  tx: Tx,
  organisationId: string,
  delivery: Pick<typeof webhookDeliveries.$inferSelect, 'subscriptionId' | 'eventId'>,
) {
  const [found] = await tx
    .select({
      event: events,
      subscription: webhookSubscriptions,
      clientActive: apiClients.active,
      scopes: apiClients.scopes,
    })
    .from(events)
    .innerJoin(
      webhookSubscriptions,
      and(
        eq(webhookSubscriptions.organisationId, events.organisationId),
        eq(webhookSubscriptions.id, delivery.subscriptionId),
      ),
    )
    .leftJoin(apiClients, tenantJoin(apiClients, webhookSubscriptions, 'clientId'))
    .where(and(eq(events.organisationId, organisationId), eq(events.id, delivery.eventId)));
  return found;
}

export async function cancelDelivery(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(webhookDeliveries)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(deliveryWhere(organisationId, id));
}

/** Records one attempt and what follows it: delivered, given up, or retried after `retryInMs`. */
export async function recordDeliveryAttempt(
  tx: Tx,
  organisationId: string,
  deliveryId: string,
  outcome: { attempt: number; statusCode: number | null; error: string | null; durationMs: number },
  next: 'succeeded' | 'failed' | { retryInMs: number },
) {
  const { attempt, statusCode, error, durationMs } = outcome;
  await tx.insert(webhookDeliveryAttempts).values({
    organisationId,
    deliveryId,
    attempt,
    statusCode,
    error,
    durationMs,
  });
  await tx
    .update(webhookDeliveries)
    .set({
      attempts: attempt,
      lastAttemptAt: sql`now()`,
      lastStatusCode: statusCode,
      lastError: error,
      updatedAt: sql`now()`,
      ...(next === 'succeeded'
        ? { status: 'succeeded' as const, deliveredAt: sql`now()` }
        : next === 'failed'
          ? { status: 'failed' as const }
          : { nextAttemptAt: sql`now() + make_interval(secs => ${next.retryInMs / 1000})` }),
    })
    .where(deliveryWhere(organisationId, deliveryId));
}
