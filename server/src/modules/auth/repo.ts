import { and, eq, isNull, sql } from 'drizzle-orm';
import { APP_ROLE, type Tx } from '../../db/client.js';
import { organisations, refreshTokens, users } from '../../db/schema.js';
import { rowsOf } from '../../lib/sql.js';

/** Where the account with this e-mail lives, before any tenant is set (SECURITY DEFINER lookup, migration 0007). */
export const locateAccount = async (tx: Tx, email: string) =>
  (
    await rowsOf<{ organisation_id: string; user_id: string }>(
      tx,
      sql`select organisation_id, user_id from app.sign_in_account(${email})`,
    )
  )[0];

export const findUser = async (tx: Tx, organisationId: string, userId: string) =>
  (
    await tx
      .select()
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)))
  )[0];

export const findOrganisation = async (tx: Tx, organisationId: string) =>
  (await tx.select().from(organisations).where(eq(organisations.id, organisationId)))[0];

/** Where the refresh token with this hash lives, before any tenant is set (SECURITY DEFINER lookup). */
export const locateRefreshToken = async (tx: Tx, tokenHash: string) =>
  (
    await rowsOf<{ organisation_id: string; token_id: string }>(
      tx,
      sql`select organisation_id, token_id from app.refresh_token_owner(${tokenHash})`,
    )
  )[0];

/** The token, read under the tenant policy once its organisation is set. */
export const findRefreshToken = async (tx: Tx, organisationId: string, id: string, tokenHash: string) =>
  (
    await tx
      .select()
      .from(refreshTokens)
      .where(
        and(
          eq(refreshTokens.organisationId, organisationId),
          eq(refreshTokens.id, id),
          eq(refreshTokens.tokenHash, tokenHash),
        ),
      )
  )[0];

export async function insertRefreshToken(tx: Tx, token: typeof refreshTokens.$inferInsert) {
  await tx.insert(refreshTokens).values(token);
}

/** Marks a token used, atomically: only one of two concurrent refreshes with it wins. */
export async function claimRefreshToken(tx: Tx, organisationId: string, id: string) {
  const claimed = await tx
    .update(refreshTokens)
    .set({ usedAt: new Date().toISOString() })
    .where(
      and(eq(refreshTokens.organisationId, organisationId), eq(refreshTokens.id, id), isNull(refreshTokens.usedAt)),
    )
    .returning({ id: refreshTokens.id });
  return claimed.length === 1;
}

/** Revokes the organisation's tokens still open that `which` selects. */
/**
 * A family of refresh tokens (a session): when the sign-in that started it happened, and whether it is
 * still open, i.e. none of its tokens was revoked (the rule the per-request check applies, plugins/auth.ts).
 */
export async function familyState(tx: Tx, organisationId: string, familyId: string) {
  const [row] = await tx
    .select({
      startedAt: sql<string | null>`min(${refreshTokens.createdAt})`,
      open: sql<boolean | null>`bool_and(${refreshTokens.revokedAt} is null)`,
    })
    .from(refreshTokens)
    .where(and(eq(refreshTokens.organisationId, organisationId), eq(refreshTokens.familyId, familyId)));
  return {
    startedAt: row?.startedAt ? new Date(row.startedAt).toISOString() : null,
    open: row?.open === true,
  };
}

/** Runs the rest of the transaction as the application role (credential counters sit outside any tenant). */
export async function setAppRole(tx: Tx) {
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
}

export interface AttemptCounterRow {
  key_hash: string;
  failures: number;
  window_ends_at: string;
  retry_after: number;
}

/** Counts one failure on each key (a window over starts again at 1); returns the counters as they now are. */
export const countAttempts = (tx: Tx, keys: string[], windowMs: number) =>
  rowsOf<AttemptCounterRow>(
    tx,
    sql`insert into app.credential_attempts as c (key_hash, failures, window_ends_at)
        values ${sql.join(
          keys.map((key) => sql`(${key}, 1, now() + ${windowMs} * interval '1 millisecond')`),
          sql`, `,
        )}
        on conflict (key_hash) do update set
          failures = case when c.window_ends_at <= now() then 1 else c.failures + 1 end,
          window_ends_at = case when c.window_ends_at <= now() then excluded.window_ends_at else c.window_ends_at end
        returning key_hash, failures, window_ends_at::text as window_ends_at,
          greatest(1, ceil(extract(epoch from (window_ends_at - now()))))::int as retry_after`,
  );

/** Takes one failure back from each counter, in the window it was counted in only. */
export const takeBackAttempts = (tx: Tx, counted: Pick<AttemptCounterRow, 'key_hash' | 'window_ends_at'>[]) =>
  tx.execute(
    sql`update app.credential_attempts c set failures = c.failures - 1
        from (select key_hash from app.credential_attempts
              where (key_hash, window_ends_at) in (${sql.join(
                counted.map((row) => sql`(${row.key_hash}, ${row.window_ends_at}::timestamptz)`),
                sql`, `,
              )})
              order by key_hash for update) mine
        where c.key_hash = mine.key_hash and c.failures > 0`,
  );
