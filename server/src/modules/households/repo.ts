import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseCoWorkers, cases, householdProblems, households, persons } from '../../db/schema.js';

export type HouseholdRow = typeof households.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

export const findHousehold = async (tx: Tx, organisationId: string, id: string, forUpdate = false) => {
  const query = tx
    .select()
    .from(households)
    .where(and(eq(households.organisationId, organisationId), eq(households.id, id)));
  return (forUpdate ? await query.for('update') : await query)[0];
};

export const membersOf = (tx: Tx, organisationId: string, householdId: string) =>
  tx
    .select()
    .from(persons)
    .where(and(eq(persons.organisationId, organisationId), eq(persons.householdId, householdId)))
    // Applicant first (enum order), then as registered.
    .orderBy(asc(persons.role), asc(persons.createdAt), asc(persons.id));

export const problemsOf = (tx: Tx, organisationId: string, householdId: string) =>
  tx
    .select()
    .from(householdProblems)
    .where(and(eq(householdProblems.organisationId, organisationId), eq(householdProblems.householdId, householdId)))
    .orderBy(asc(householdProblems.domain));

/** Households a case worker works with: through a case they are primary or co-worker on. */
export function workedBy(organisationId: string, userId: string): SQL {
  return sql`exists (select 1 from ${cases} c where c.organisation_id = ${organisationId} and c.household_id = ${households.id}
    and (c.primary_worker_id = ${userId} or exists (select 1 from ${caseCoWorkers} w
      where w.organisation_id = ${organisationId} and w.case_id = c.id and w.user_id = ${userId})))`;
}

/** Next household reference of the organisation for the year, e.g. H-2026-00042 (serialised per organisation). */
export async function nextReference(tx: Tx, organisationId: string, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`household-ref:${organisationId}`}))`);
  const prefix = `H-${year}-`;
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), sql`${households.reference} like ${`${prefix}%`}`));
  return `${prefix}${String((row?.count ?? 0) + 1).padStart(5, '0')}`;
}

export async function openCaseCounts(tx: Tx, organisationId: string, householdIds: string[]) {
  if (householdIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ householdId: cases.householdId, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(eq(cases.organisationId, organisationId), inArray(cases.householdId, householdIds), isNull(cases.closedAt)),
    )
    .groupBy(cases.householdId);
  return new Map(rows.map((row) => [row.householdId, row.count]));
}

export async function memberCounts(tx: Tx, organisationId: string, householdIds: string[]) {
  if (householdIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ householdId: persons.householdId, count: sql<number>`count(*)::int` })
    .from(persons)
    .where(and(eq(persons.organisationId, organisationId), inArray(persons.householdId, householdIds)))
    .groupBy(persons.householdId);
  return new Map(rows.map((row) => [row.householdId, row.count]));
}

/** Same person (name and birth date) or same address in this organisation. */
export async function findDuplicates(
  tx: Tx,
  organisationId: string,
  people: { nameKey: string; birthDate: string | null }[],
  addressKey: string | null,
  excludeHouseholdId?: string,
) {
  const samePerson = people
    .filter((person) => person.birthDate)
    .map((person) => and(eq(persons.nameKey, person.nameKey), eq(persons.birthDate, person.birthDate as string)));
  const byPerson =
    samePerson.length === 0
      ? []
      : await tx
          .select({
            householdId: households.id,
            reference: households.reference,
            nameKey: persons.nameKey,
            birthDate: persons.birthDate,
          })
          .from(persons)
          .innerJoin(
            households,
            and(eq(households.organisationId, persons.organisationId), eq(households.id, persons.householdId)),
          )
          .where(and(eq(persons.organisationId, organisationId), or(...samePerson)))
          .limit(20);
  const byAddress = addressKey
    ? await tx
        .select({ householdId: households.id, reference: households.reference })
        .from(households)
        .where(and(eq(households.organisationId, organisationId), eq(households.addressKey, addressKey)))
        .limit(20)
    : [];
  return {
    byPerson: byPerson.filter((row) => row.householdId !== excludeHouseholdId),
    byAddress: byAddress.filter((row) => row.householdId !== excludeHouseholdId),
  };
}
