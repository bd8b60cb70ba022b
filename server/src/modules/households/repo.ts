import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { caseCoWorkers, cases, householdProblems, households, persons } from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';

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
          .innerJoin(households, tenantJoin(households, persons, 'householdId'))
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

const householdWhere = (organisationId: string, id: string) =>
  and(eq(households.organisationId, organisationId), eq(households.id, id));

/** Whether the case worker works with this household (see workedBy). */
export async function isWorkedBy(tx: Tx, organisationId: string, id: string, userId: string) {
  const [visible] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), eq(households.id, id), workedBy(organisationId, userId)));
  return visible !== undefined;
}

/** The search's conditions; `workerId`: only the households that worker works with. */
export function householdFilters(
  organisationId: string,
  query: {
    workerId?: string | undefined;
    siteId?: string | undefined;
    updatedSince?: string | undefined;
    /** An exact household reference (the unique index answers it). */
    reference?: string | undefined;
    tokens: string[];
  },
) {
  const filters: (SQL | undefined)[] = [eq(households.organisationId, organisationId)];
  if (query.workerId !== undefined) filters.push(workedBy(organisationId, query.workerId));
  if (query.siteId) filters.push(eq(households.siteId, query.siteId));
  if (query.updatedSince !== undefined) filters.push(sql`${households.updatedAt} >= ${query.updatedSince}`);
  if (query.reference !== undefined) filters.push(eq(households.reference, query.reference));
  if (query.tokens.length > 0) {
    // Substring or close word (typos) for every token, through the trigram index (migration 0007):
    // the function returns ids of the tenant's households; this query still reads them under RLS.
    const list = sql.join(
      query.tokens.map((token) => sql`${token}`),
      sql`, `,
    );
    // `= any(array(...))`: the ids become one index probe each (an `in (select ...)` would hash-join the
    // organisation's households with them).
    filters.push(sql`${households.id} = any(array(select app.household_search_ids(array[${list}]::text[])))`);
  }
  return filters;
}

/** A page of households: by name, or (`sync`) oldest change first, after the cursor's key. */
export function householdPage(
  tx: Tx,
  filters: (SQL | undefined)[],
  sync: boolean,
  after: [string, string] | undefined,
  limit: number,
) {
  const where = [...filters];
  if (after && sync) {
    where.push(sql`(${households.updatedAt}, ${households.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  } else if (after) {
    where.push(sql`(${households.displayName}, ${households.id}) > (${after[0]}, ${after[1]}::uuid)`);
  }
  return tx
    .select()
    .from(households)
    .where(and(...where))
    .orderBy(
      ...(sync ? [asc(households.updatedAt), asc(households.id)] : [asc(households.displayName), asc(households.id)]),
    )
    .limit(limit);
}

export const matchingHouseholds = (tx: Tx, filters: (SQL | undefined)[]) =>
  tx
    .select({ id: households.id })
    .from(households)
    .where(and(...filters));

export async function insertHousehold(tx: Tx, values: typeof households.$inferInsert) {
  const [inserted] = await tx.insert(households).values(values).returning();
  return inserted;
}

export async function insertProblems(tx: Tx, rows: (typeof householdProblems.$inferInsert)[]) {
  await tx.insert(householdProblems).values(rows);
}

export async function deleteProblems(tx: Tx, organisationId: string, householdId: string) {
  await tx
    .delete(householdProblems)
    .where(and(eq(householdProblems.organisationId, organisationId), eq(householdProblems.householdId, householdId)));
}

export const insertPersons = (tx: Tx, rows: (typeof persons.$inferInsert)[]) =>
  tx.insert(persons).values(rows).returning();

/** Sets columns without a new version (the derived ones). */
export async function setHousehold(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof households>,
) {
  await tx.update(households).set(set).where(householdWhere(organisationId, id));
}

/** Changes the household as a new version; the row after. */
export async function updateHouseholdRow(
  tx: Tx,
  organisationId: string,
  id: string,
  set: PgUpdateSetSource<typeof households>,
) {
  const [after] = await tx
    .update(households)
    .set({ ...set, version: sql`${households.version} + 1`, updatedAt: sql`now()` })
    .where(householdWhere(organisationId, id))
    .returning();
  return after;
}

/** A new version of the household (a member changed). */
export async function bumpHousehold(tx: Tx, organisationId: string, id: string) {
  await tx
    .update(households)
    .set({ version: sql`${households.version} + 1`, updatedAt: sql`now()` })
    .where(householdWhere(organisationId, id));
}

export async function findMember(
  tx: Tx,
  organisationId: string,
  householdId: string,
  personId: string,
  forUpdate = false,
) {
  const query = tx
    .select()
    .from(persons)
    .where(
      and(eq(persons.organisationId, organisationId), eq(persons.householdId, householdId), eq(persons.id, personId)),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updatePerson(tx: Tx, organisationId: string, id: string, set: PgUpdateSetSource<typeof persons>) {
  const [row] = await tx
    .update(persons)
    .set({ ...set, version: sql`${persons.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(persons.organisationId, organisationId), eq(persons.id, id)))
    .returning();
  return row;
}
