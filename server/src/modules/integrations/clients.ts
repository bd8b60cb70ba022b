import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiClient, ApiClientCreate, ApiClientUpdate, ApiScope, PageQuery } from '@percee/shared';
import { can } from '@percee/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { apiClients } from '../../db/schema.js';
import { type Actor, APP_ROLE, NO_USER } from '../../db/tenant.js';
import { decodeTextCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';

type Row = typeof apiClients.$inferSelect;

/** A client secret: 256 random bits. Shown once; only its SHA-256 is stored. */
const newClientSecret = () => `pcs_${randomBytes(32).toString('base64url')}`;
const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

function toApiClient(row: Row): ApiClient {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    rotatedAt: row.rotatedAt,
    revokedAt: row.revokedAt,
    lastTokenAt: row.lastTokenAt,
    version: row.version,
  };
}

function assertAdmin(actor: Actor) {
  if (actor.kind === 'client' || !can(actor.role, 'integration.manage'))
    throw forbidden('Only admins manage API clients');
}

async function load(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  assertAdmin(actor);
  const query = tx
    .select()
    .from(apiClients)
    .where(and(eq(apiClients.organisationId, actor.organisationId), eq(apiClients.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('API client');
  return row;
}

export async function listClients(tx: Tx, actor: Actor, query: PageQuery) {
  assertAdmin(actor);
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await tx
    .select()
    .from(apiClients)
    .where(
      and(
        eq(apiClients.organisationId, actor.organisationId),
        after ? sql`(${apiClients.name}, ${apiClients.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(apiClients.name), asc(apiClients.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toApiClient), nextCursor: page.nextCursor };
}

export async function getClient(tx: Tx, actor: Actor, id: string) {
  return toApiClient(await load(tx, actor, id));
}

export async function createClient(tx: Tx, actor: Actor, input: z.output<typeof ApiClientCreate>) {
  assertAdmin(actor);
  const secret = newClientSecret();
  const [row] = await tx
    .insert(apiClients)
    .values({
      organisationId: actor.organisationId,
      name: input.name,
      scopes: input.scopes,
      secretHash: hashSecret(secret),
      createdBy: actor.userId,
    })
    .returning();
  const created = row as Row;
  await audit(tx, actor, {
    action: 'api_client.create',
    entityType: 'api_client',
    entityId: created.id,
    changes: { name: input.name, scopes: input.scopes },
  });
  return { client: toApiClient(created), clientId: created.id, clientSecret: secret };
}

export async function updateClient(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: z.output<typeof ApiClientUpdate>,
) {
  const before = await load(tx, actor, id, true);
  assertVersion(expectedVersion, before.version);
  const [after] = await tx
    .update(apiClients)
    .set({ ...patch, version: sql`${apiClients.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(apiClients.organisationId, actor.organisationId), eq(apiClients.id, id)))
    .returning();
  await audit(tx, actor, {
    action: 'api_client.update',
    entityType: 'api_client',
    entityId: id,
    changes: diff(before, patch),
  });
  return toApiClient(after as Row);
}

/** A new secret (shown once); the old one and every token issued with it stop working at once. */
export async function rotateClient(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const before = await load(tx, actor, id, true);
  if (expectedVersion !== undefined) assertVersion(expectedVersion, before.version);
  if (!before.active) throw notFound('API client');
  const secret = newClientSecret();
  const [after] = await tx
    .update(apiClients)
    .set({
      secretHash: hashSecret(secret),
      credentialVersion: sql`${apiClients.credentialVersion} + 1`,
      rotatedAt: sql`now()`,
      version: sql`${apiClients.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(apiClients.organisationId, actor.organisationId), eq(apiClients.id, id)))
    .returning();
  await audit(tx, actor, {
    action: 'api_client.rotate',
    entityType: 'api_client',
    entityId: id,
    changes: { secret: '[changed]' },
  });
  const client = after as Row;
  return { client: toApiClient(client), clientId: client.id, clientSecret: secret };
}

/** Revokes a client for good: its tokens stop on their next request. Revoking twice is harmless. */
export async function revokeClient(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const before = await load(tx, actor, id, true);
  if (expectedVersion !== undefined) assertVersion(expectedVersion, before.version);
  if (!before.active) return;
  await tx
    .update(apiClients)
    .set({ active: false, revokedAt: sql`now()`, version: sql`${apiClients.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(apiClients.organisationId, actor.organisationId), eq(apiClients.id, id)));
  await audit(tx, actor, {
    action: 'api_client.revoke',
    entityType: 'api_client',
    entityId: id,
    changes: { active: [true, false] },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECOY_HASH = hashSecret('decoy');

export type ClientGrant =
  | { ok: true; organisationId: string; clientId: string; scopes: ApiScope[]; credentialVersion: number }
  | { ok: false; error: 'invalid_client' | 'invalid_scope'; description: string };

/**
 * The token endpoint's check: the client exists, is active, and the secret matches (compared in
 * constant time). Runs before the tenant is known: only the presented client's row is readable.
 */
export async function grantClientCredentials(
  db: Db,
  input: { clientId: string; clientSecret: string; scope: string | undefined; requestId: string },
): Promise<ClientGrant> {
  const invalid = { ok: false, error: 'invalid_client', description: 'Unknown client or wrong secret' } as const;
  const presented = Buffer.from(hashSecret(input.clientSecret), 'hex');
  if (!UUID.test(input.clientId)) {
    timingSafeEqual(presented, Buffer.from(DECOY_HASH, 'hex'));
    return invalid;
  }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.client_id', ${input.clientId.toLowerCase()}, true)`,
    );
    const [row] = await tx.select().from(apiClients).where(eq(apiClients.id, input.clientId));
    const matches = timingSafeEqual(presented, Buffer.from(row?.secretHash ?? DECOY_HASH, 'hex'));
    if (!row || !matches || !row.active) return invalid;
    const granted: ApiScope[] = row.scopes;
    const requested = input.scope?.split(' ').filter(Boolean);
    const unknown = requested?.filter((scope) => !(granted as string[]).includes(scope)) ?? [];
    if (unknown.length > 0) {
      return { ok: false, error: 'invalid_scope', description: `Not granted to this client: ${unknown.join(' ')}` };
    }
    const scopes = requested ? granted.filter((scope) => requested.includes(scope)) : granted;
    await tx.execute(sql`select set_config('app.org_id', ${row.organisationId}, true)`);
    await tx
      .update(apiClients)
      .set({ lastTokenAt: sql`now()` })
      .where(and(eq(apiClients.organisationId, row.organisationId), eq(apiClients.id, row.id)));
    await audit(
      tx,
      {
        organisationId: row.organisationId,
        userId: NO_USER,
        kind: 'client',
        clientId: row.id,
        requestId: input.requestId,
      },
      { action: 'api_client.token', entityType: 'api_client', entityId: row.id, changes: { scope: scopes.join(' ') } },
    );
    return {
      ok: true,
      organisationId: row.organisationId,
      clientId: row.id,
      scopes,
      credentialVersion: row.credentialVersion,
    } as const;
  });
}
