import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.js';

/** The database's clock, for a timestamp a service puts in the columns it hands a repo's update. */
export const dbNow = () => sql`now()`;

/** Rows of a raw aggregate query (both drivers return `{ rows }`). */
export async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * The join condition of a composite tenant reference: the `target` row that `from[key]` names, in the
 * same organisation as `from` (works with aliased tables too).
 */
export const tenantJoin = <F extends { organisationId: AnyPgColumn }>(
  target: { organisationId: AnyPgColumn; id: AnyPgColumn },
  from: F,
  key: { [K in keyof F]: F[K] extends AnyPgColumn ? K : never }[keyof F],
) => and(eq(target.organisationId, from.organisationId), eq(target.id, from[key] as AnyPgColumn)) as SQL;
