import type { SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';

/** Rows of a raw aggregate query (both drivers return `{ rows }`). */
export async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
