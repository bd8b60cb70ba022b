import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { rowsOf } from '../../lib/sql.js';

const byId = (organisationId: string, userId: string) =>
  and(eq(users.organisationId, organisationId), eq(users.id, userId));

/** Locks the row: key rotation (which seals the secrets again) waits, so `enable` still matches. */
export const findTotpState = async (tx: Tx, organisationId: string, userId: string) =>
  (
    await tx
      .select({
        id: users.id,
        email: users.email,
        role: users.role,
        active: users.active,
        secret: users.totpSecret,
        pendingSecret: users.totpPendingSecret,
        enabledAt: users.totpEnabledAt,
      })
      .from(users)
      .where(byId(organisationId, userId))
      .for('update')
  )[0];

export async function setPendingSecret(tx: Tx, organisationId: string, userId: string, sealed: string) {
  await tx.update(users).set({ totpPendingSecret: sealed }).where(byId(organisationId, userId));
}

/** Turns the pending secret into the active one, if it is still the one the code was checked against. */
export async function enable(
  tx: Tx,
  organisationId: string,
  userId: string,
  input: { pendingSecret: string; step: number; recoveryHashes: string[] },
) {
  const updated = await tx
    .update(users)
    .set({
      totpSecret: input.pendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: new Date().toISOString(),
      totpLastStep: input.step,
      totpRecoveryHashes: input.recoveryHashes,
      updatedAt: new Date().toISOString(),
    })
    .where(
      and(byId(organisationId, userId), eq(users.totpPendingSecret, input.pendingSecret), isNull(users.totpEnabledAt)),
    )
    .returning({ id: users.id });
  return updated.length === 1;
}

/** Records the accepted time step; false when that step (or a later one) was already used: a replay. */
export async function claimStep(tx: Tx, organisationId: string, userId: string, step: number) {
  const claimed = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(byId(organisationId, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

/** Removes one recovery code; false when it is not (or no longer) one of the account's. */
export async function consumeRecoveryCode(tx: Tx, organisationId: string, userId: string, hash: string) {
  const consumed = await tx
    .update(users)
    .set({ totpRecoveryHashes: sql`array_remove(${users.totpRecoveryHashes}, ${hash})` })
    .where(and(byId(organisationId, userId), sql`${hash} = any(${users.totpRecoveryHashes})`))
    .returning({ id: users.id });
  return consumed.length === 1;
}

export async function clear(tx: Tx, organisationId: string, userId: string) {
  const cleared = await tx
    .update(users)
    .set({
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      totpRecoveryHashes: [],
      updatedAt: new Date().toISOString(),
    })
    .where(byId(organisationId, userId))
    .returning({ id: users.id });
  return cleared.length === 1;
}

export interface TotpSecretRow {
  organisation_id: string;
  id: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
}

/** A batch of users (all organisations, the maintenance role) with a secret not sealed with `keyId`, locked. */
export function findUnsealedTotpSecrets(tx: Tx, keyId: string, batch: number) {
  const stale = (column: ReturnType<typeof sql>) =>
    sql`(${column} is not null and split_part(${column}, ':', 1) <> ${keyId})`;
  return rowsOf<TotpSecretRow>(
    tx,
    sql`select organisation_id, id, totp_secret, totp_pending_secret from users
        where ${stale(sql`totp_secret`)} or ${stale(sql`totp_pending_secret`)}
        order by organisation_id, id limit ${batch} for update`,
  );
}

export async function storeResealedTotpSecrets(
  tx: Tx,
  row: Pick<TotpSecretRow, 'organisation_id' | 'id'>,
  secret: string | null,
  pendingSecret: string | null,
) {
  await tx.execute(
    sql`update users
        set totp_secret = ${secret},
            totp_pending_secret = ${pendingSecret}
        where organisation_id = ${row.organisation_id} and id = ${row.id}`,
  );
}
