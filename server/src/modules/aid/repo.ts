import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { aidGrants } from '../../db/schema.js';

export type AidRow = typeof aidGrants.$inferSelect;

export const insertAid = async (tx: Tx, aid: typeof aidGrants.$inferInsert) =>
  (await tx.insert(aidGrants).values(aid).returning())[0] as AidRow;

/** A case's aid, newest grant first. */
export const listAid = (tx: Tx, organisationId: string, caseId: string) =>
  tx
    .select()
    .from(aidGrants)
    .where(and(eq(aidGrants.organisationId, organisationId), eq(aidGrants.caseId, caseId)))
    .orderBy(desc(aidGrants.grantedOn), desc(aidGrants.createdAt), desc(aidGrants.id));
