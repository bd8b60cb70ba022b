import type { Tx } from '../db/client.js';
import { caseEvents } from '../db/schema.js';

/**
 * Adds an entry to a case's timeline, in the transaction of the change it records. Cases own the
 * timeline's reading; aid, assessments, contacts and breakthroughs write to it, so the write is here,
 * below every module, and none of them needs the cases module for it.
 */
export async function insertCaseEvent(tx: Tx, event: typeof caseEvents.$inferInsert) {
  await tx.insert(caseEvents).values(event);
}
