import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { aidGrants } from '../../db/schema.js';

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
) =>
  tx
    .select()
    .from(aidGrants)
    .where(
      and(
        eq(aidGrants.organisationId, organisationId),
        eq(aidGrants.caseId, caseId),
        before
          ? sql`(${aidGrants.grantedOn}, ${aidGrants.createdAt}, ${aidGrants.id}) < (${before[0]}::date, ${before[1]}::timestamptz, ${before[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(aidGrants.grantedOn), desc(aidGrants.createdAt), desc(aidGrants.id))
    .limit(limit + 1);

/** How many grants a case has and their total amount (grants without an amount count as none). */
export async function aidTotal(tx: Tx, organisationId: string, caseId: string) {
  const [row] = await tx
    .select({
      grants: count(),
      totalCents: sql<string>`coalesce(sum(${aidGrants.amountCents}), 0)`,
    })
    .from(aidGrants)
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.caseId, caseId)));
  return { grants: row?.grants ?? 0, totalCents: Number(row?.totalCents ?? 0) };
}
