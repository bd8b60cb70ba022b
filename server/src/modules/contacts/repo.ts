import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { contacts, users } from '../../db/schema.js';

export type ContactRow = typeof contacts.$inferSelect;

/** Inserts the contact; returns it with its recorder's name (for the timeline line the answer carries). */
export const insertContact = async (tx: Tx, contact: typeof contacts.$inferInsert) =>
  (
    await tx
      .insert(contacts)
      .values(contact)
      .returning({
        ...getTableColumns(contacts),
        // In the same statement: the answer needs no further round trip.
        recordedByName: sql<string | null>`(select ${users.displayName} from ${users}
          where ${users.organisationId} = ${contacts.organisationId} and ${users.id} = ${contacts.recordedBy})`,
      })
  )[0] as ContactRow & { recordedByName: string | null };

/** A case's contacts' ids, unordered: what an export counts. */
export const caseContactIds = (tx: Tx, organisationId: string, caseId: string) =>
  tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.caseId, caseId)));

/** A case's contacts, newest first, after the keyset (occurred_at, id) of the previous page. */
export async function listContacts(
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  before?: [string, string],
) {
  return tx
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        eq(contacts.caseId, caseId),
        before
          ? sql`(${contacts.occurredAt}, ${contacts.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(contacts.occurredAt), desc(contacts.id))
    .limit(limit + 1);
}
