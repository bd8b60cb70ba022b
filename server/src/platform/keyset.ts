import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/*
 * Keyset pagination (issue 8), the SQL side: the page after (or before) the last key of the previous
 * one, compared as a row value so that an index on the same columns serves it. The cursor side (decoding
 * and checking the key) is lib/cursor.ts.
 */

/** How a key part is compared: the cast its value takes (`text` none). */
export type KeyType = 'instant' | 'date' | 'integer' | 'uuid' | 'text';

const CAST: Record<KeyType, SQL> = {
  instant: sql`::timestamptz`,
  date: sql`::date`,
  integer: sql`::int`,
  uuid: sql`::uuid`,
  text: sql``,
};

/**
 * `(a, b) > (x::timestamptz, y::uuid)`: the rows after `key` in ascending order (`>`), or before it in
 * descending order (`<`); no condition on the first page (no key). `types[i]` is how `columns[i]` compares.
 */
export function keysetFrom(
  direction: '>' | '<',
  columns: readonly (AnyPgColumn | SQL)[],
  types: readonly KeyType[],
  key: readonly (string | number)[] | undefined,
): SQL | undefined {
  if (!key) return undefined;
  const left = sql.join(
    columns.map((column) => sql`${column}`),
    sql`, `,
  );
  const right = sql.join(
    types.map((type, index) => sql`${key[index]}${CAST[type]}`),
    sql`, `,
  );
  return sql`(${left}) ${sql.raw(direction)} (${right})`;
}

/**
 * One page of a keyset-paginated list: the condition after (`asc`) or before (`desc`) the previous
 * page's last key, the order on the same columns (so the two never disagree), and one row more than
 * the page for `toPage` (lib/cursor.ts) to tell whether a next page exists.
 */
export function keysetPage(
  order: 'asc' | 'desc',
  columns: readonly (AnyPgColumn | SQL)[],
  types: readonly KeyType[],
  key: readonly (string | number)[] | undefined,
  limit: number,
) {
  return {
    where: keysetFrom(order === 'asc' ? '>' : '<', columns, types, key),
    orderBy: columns.map((column) => (order === 'asc' ? asc(column) : desc(column))),
    limit: limit + 1,
  };
}
