import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { contacts, users } from '../../db/schema.js';
import { keysetPage } from '../../platform/keyset.js';

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
  const page = keysetPage('desc', [contacts.occurredAt, contacts.id], ['instant', 'uuid'], before, limit);
  return tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.caseId, caseId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
}

/** One contact, locked for a correction when `forUpdate`. */
export async function findContact(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** A correction or a void: the changed columns, as a new version. */
export async function updateContact(
  tx: Tx,
  organisationId: string,
  id: string,
  set: Partial<typeof contacts.$inferInsert>,
) {
  const [row] = await tx
    .update(contacts)
    .set({ ...set, version: sql`${contacts.version} + 1` })
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, id)))
    .returning();
  return row as ContactRow;
}

/** The case's latest contact that is not voided (what its contact clock starts from), if any. */
export async function latestContact(tx: Tx, organisationId: string, caseId: string) {
  const [row] = await tx
    .select({ occurredAt: contacts.occurredAt, nextPlannedAt: contacts.nextPlannedAt })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.caseId, caseId), isNull(contacts.voidedAt)))
    .orderBy(desc(contacts.occurredAt), desc(contacts.id))
    .limit(1);
  return row ?? null;
}

/** Display names of the staff who recorded contacts (the export's "recorded by"). */
export const recorderNames = async (tx: Tx, organisationId: string, ids: string[]) =>
  ids.length === 0
    ? []
    : tx
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(and(eq(users.organisationId, organisationId), inArray(users.id, ids)));
