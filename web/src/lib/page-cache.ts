import type { InfiniteData } from '@tanstack/react-query';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A row the server just answered, put into the cached pages of a keyset-paginated list (newest first or
 * any other order `comesBefore` says), instead of reading the list again. A row that sorts after every
 * loaded row goes on the last page only if no page follows; otherwise "show more" brings it, as the
 * keyset of the next page is unchanged. Nothing cached: nothing to do (the list reads it when shown).
 */
export function insertIntoPages<T>(
  data: InfiniteData<Page<T>, unknown> | undefined,
  row: T,
  comesBefore: (row: T, other: T) => boolean,
): InfiniteData<Page<T>, unknown> | undefined {
  if (!data) return data;
  const pages = data.pages.map((page) => ({ ...page, items: [...page.items] }));
  for (const page of pages) {
    const index = page.items.findIndex((other) => comesBefore(row, other));
    if (index >= 0) {
      page.items.splice(index, 0, row);
      return { ...data, pages };
    }
  }
  const last = pages.at(-1);
  if (!last || last.nextCursor !== null) return data;
  last.items.push(row);
  return { ...data, pages };
}
