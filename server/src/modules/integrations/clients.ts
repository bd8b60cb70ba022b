import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiClient, ApiClientCreate, ApiClientUpdate, ApiScope, PageQuery } from '@percee/shared';
import { can } from '@percee/shared';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { type Actor, NO_USER } from '../../db/tenant.js';
import { decodeTextCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import {
  actAsClient,
  findClient,
  findPresentedClient,
  insertClient,
  listClientRows,
  markClientRevoked,
  noteClientToken,
  type ClientRow as Row,
  replaceClientSecret,
  updateClientRow,
} from './repo.js';

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
  const row = await findClient(tx, actor.organisationId, id, forUpdate);
  if (!row) throw notFound('API client');
  return row;
}

export async function listClients(tx: Tx, actor: Actor, query: PageQuery) {
  assertAdmin(actor);
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await listClientRows(tx, actor.organisationId, after, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toApiClient), nextCursor: page.nextCursor };
}

export async function getClient(tx: Tx, actor: Actor, id: string) {
  return toApiClient(await load(tx, actor, id));
}

export async function createClient(tx: Tx, actor: Actor, input: z.output<typeof ApiClientCreate>) {
  assertAdmin(actor);
  const secret = newClientSecret();
  const created = await insertClient(tx, {
    organisationId: actor.organisationId,
    name: input.name,
    scopes: input.scopes,
    secretHash: hashSecret(secret),
    createdBy: actor.userId,
  });
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
  const after = await updateClientRow(tx, actor.organisationId, id, patch);
  await audit(tx, actor, {
    action: 'api_client.update',
    entityType: 'api_client',
    entityId: id,
    changes: diff(before, patch),
  });
  return toApiClient(after);
}

/** A new secret (shown once); the old one and every token issued with it stop working at once. */
export async function rotateClient(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const before = await load(tx, actor, id, true);
  if (expectedVersion !== undefined) assertVersion(expectedVersion, before.version);
  if (!before.active) throw notFound('API client');
  const secret = newClientSecret();
  const client = await replaceClientSecret(tx, actor.organisationId, id, hashSecret(secret));
  await audit(tx, actor, {
    action: 'api_client.rotate',
    entityType: 'api_client',
    entityId: id,
    changes: { secret: '[changed]' },
  });
  return { client: toApiClient(client), clientId: client.id, clientSecret: secret };
}

/** Revokes a client for good: its tokens stop on their next request. Revoking twice is harmless. */
export async function revokeClient(tx: Tx, actor: Actor, id: string, expectedVersion: number | undefined) {
  const before = await load(tx, actor, id, true);
  if (expectedVersion !== undefined) assertVersion(expectedVersion, before.version);
  if (!before.active) return;
  await markClientRevoked(tx, actor.organisationId, id);
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
    await actAsClient(tx, input.clientId);
    const row = await findPresentedClient(tx, input.clientId);
    const matches = timingSafeEqual(presented, Buffer.from(row?.secretHash ?? DECOY_HASH, 'hex'));
    if (!row || !matches || !row.active) return invalid;
    const granted: ApiScope[] = row.scopes;
    const requested = input.scope?.split(' ').filter(Boolean);
    const unknown = requested?.filter((scope) => !(granted as string[]).includes(scope)) ?? [];
    if (unknown.length > 0) {
      return { ok: false, error: 'invalid_scope', description: `Not granted to this client: ${unknown.join(' ')}` };
    }
    const scopes = requested ? granted.filter((scope) => requested.includes(scope)) : granted;
    await noteClientToken(tx, row.organisationId, row.id);
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
