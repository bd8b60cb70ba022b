import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { sites } from '../../db/schema.js';

export type SiteRow = typeof sites.$inferSelect;

export async function listSites(
  tx: Tx,
  organisationId: string,
  limit: number,
  after?: [string, string],
  { activeOnly = false } = {},
) {
  return tx
    .select()
    .from(sites)
    .where(
      and(
        eq(sites.organisationId, organisationId),
        activeOnly ? eq(sites.active, true) : undefined,
        after ? sql`(${sites.name}, ${sites.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(limit + 1);
}

export const findSite = async (tx: Tx, organisationId: string, id: string) =>
  (
    await tx
      .select()
      .from(sites)
      .where(and(eq(sites.organisationId, organisationId), eq(sites.id, id)))
  )[0];

export const insertSite = async (tx: Tx, site: typeof sites.$inferInsert) =>
  (await tx.insert(sites).values(site).returning())[0] as SiteRow;

export const updateSite = async (tx: Tx, organisationId: string, id: string, patch: Partial<SiteRow>) =>
  (
    await tx
      .update(sites)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(and(eq(sites.organisationId, organisationId), eq(sites.id, id)))
      .returning()
  )[0];
