import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { aidGrants } from '../../db/schema.js';
import { keysetPage } from '../../platform/keyset.js';

export type AidRow = typeof aidGrants.$inferSelect;

export const insertAid = async (tx: Tx, aid: typeof aidGrants.$inferInsert) =>
  (await tx.insert(aidGrants).values(aid).returning())[0] as AidRow;

/** A case's aid, newest grant first, after the keyset (granted_on, created_at, id) of the previous page. */
export const listAid = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  before?: [grantedOn: string, createdAt: string, id: string],
) => {
  const page = keysetPage(
    'desc',
    [aidGrants.grantedOn, aidGrants.createdAt, aidGrants.id],
    ['date', 'instant', 'uuid'],
    before,
    limit,
  );
  return tx
    .select()
    .from(aidGrants)
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.caseId, caseId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
};

/** How many grants a case has and their total amount (grants without an amount count as none; voided ones not at all). */
export async function aidTotal(tx: Tx, organisationId: string, caseId: string) {
  const [row] = await tx
    .select({
      grants: count(),
      totalCents: sql<string>`coalesce(sum(${aidGrants.amountCents}), 0)`,
    })
    .from(aidGrants)
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.caseId, caseId), isNull(aidGrants.voidedAt)));
  return { grants: row?.grants ?? 0, totalCents: Number(row?.totalCents ?? 0) };
}

/** One aid entry, locked for a correction when `forUpdate`. */
export async function findAid(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(aidGrants)
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** A correction or a void: the changed columns, as a new version. */
export async function updateAid(
  tx: Tx,
  organisationId: string,
  id: string,
  set: Partial<typeof aidGrants.$inferInsert>,
) {
  const [row] = await tx
    .update(aidGrants)
    .set({ ...set, version: sql`${aidGrants.version} + 1` })
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.id, id)))
    .returning();
  return row as AidRow;
}
