import { api, type QueryValue } from './api-client';

/** The largest page the API serves (`limit` 1–200). */
export const ALL_PAGES_LIMIT = 200;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every row of a keyset-paginated list, following `nextCursor` page after page: for lists used whole
 * (pickers, lookups by id, reference data), so that an organisation with more than one page of
 * programs, workers or services still sees all of them.
 */
export async function fetchAllPages<T>(
  path: string,
  options: { query?: Record<string, QueryValue>; signal?: AbortSignal | undefined } = {},
): Promise<T[]> {
  const rows: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api.get<Page<T>>(path, {
      query: { ...options.query, limit: ALL_PAGES_LIMIT, cursor },
      signal: options.signal,
    });
    rows.push(...page.items);
    cursor = page.nextCursor ?? null;
    // A cursor seen before would loop for ever: stop rather than hang the screen.
    if (cursor !== null) {
      if (seen.has(cursor)) throw new Error(`${path}: the list repeats its cursor`);
      seen.add(cursor);
    }
  } while (cursor !== null);
  return rows;
}
