import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { cases, partnerServices, users } from '../../db/schema.js';

export type UserRow = typeof users.$inferSelect;

export async function listUsers(tx: Tx, organisationId: string, limit: number, after?: [string, string]) {
  return tx
    .select()
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        after ? sql`(${users.displayName}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit + 1);
}

export const findUser = async (tx: Tx, organisationId: string, id: string) =>
  (
    await tx
      .select()
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
  )[0];

export const insertUser = async (tx: Tx, user: typeof users.$inferInsert) =>
  (await tx.insert(users).values(user).returning())[0] as UserRow;

export const updateUser = async (tx: Tx, organisationId: string, id: string, patch: Partial<UserRow>) =>
  (
    await tx
      .update(users)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(and(eq(users.organisationId, organisationId), eq(users.id, id)))
      .returning()
  )[0];

/** Active case workers and coordinators with their open caseload, in one query, by name (users_org_name_idx). */
export async function listTeam(tx: Tx, organisationId: string, limit: number, after?: [string, string]) {
  return tx
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      siteId: users.siteId,
      // Qualified by hand: inside a subquery drizzle renders bare column names.
      openCases: sql<number>`(select count(*)::int from ${cases} c where c.organisation_id = users.organisation_id
        and c.primary_worker_id = users.id and c.closed_at is null)`,
    })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        inArray(users.role, ['case_worker', 'coordinator']),
        after ? sql`(${users.displayName}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit + 1);
}

export async function partnerServiceExists(tx: Tx, organisationId: string, partnerServiceId: string) {
  const [found] = await tx
    .select({ id: partnerServices.id })
    .from(partnerServices)
    .where(and(eq(partnerServices.organisationId, organisationId), eq(partnerServices.id, partnerServiceId)));
  return !!found;
}
