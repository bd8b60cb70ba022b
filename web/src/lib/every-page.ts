import { api } from './api-client';

/** The largest page the API serves (`PageQuery.limit`). */
export const LARGEST_PAGE = 200;

/**
 * Every item of a keyset-paginated list, following `nextCursor` to the end: for a list used whole
 * (a board grouped by status, rows merged across cases with their total), never only its first page.
 */
export async function everyPage<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await api.get(path, {
      query: { limit: LARGEST_PAGE, cursor },
      signal,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
