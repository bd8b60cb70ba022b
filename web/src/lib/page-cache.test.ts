import { describe, expect, it } from 'vitest';
import { insertIntoPages } from './page-cache';

const newestFirst = (row: number, other: number) => row > other;
const cached = (pages: [number[], string | null][]) => ({
  pages: pages.map(([items, nextCursor]) => ({ items, nextCursor })),
  pageParams: pages.map((_, index) => (index === 0 ? null : `c${index}`)),
});

describe('insertIntoPages', () => {
  it('puts the row where the order says, on the page it falls in', () => {
    const data = cached([
      [[9, 7], 'c1'],
      [[5, 3], null],
    ]);
    expect(insertIntoPages(data, 10, newestFirst)?.pages.map((page) => page.items)).toEqual([
      [10, 9, 7],
      [5, 3],
    ]);
    expect(insertIntoPages(data, 6, newestFirst)?.pages.map((page) => page.items)).toEqual([
      [9, 7],
      [6, 5, 3],
    ]);
    // The cache given is not changed in place.
    expect(data.pages[0]?.items).toEqual([9, 7]);
  });

  it('appends a row older than all only when no page follows; else the next page brings it', () => {
    expect(insertIntoPages(cached([[[9, 7], null]]), 1, newestFirst)?.pages[0]?.items).toEqual([9, 7, 1]);
    const more = cached([[[9, 7], 'c1']]);
    expect(insertIntoPages(more, 1, newestFirst)).toBe(more);
    expect(insertIntoPages(undefined, 1, newestFirst)).toBeUndefined();
  });
});
