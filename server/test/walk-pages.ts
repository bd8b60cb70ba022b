import { expect } from 'vitest';

interface Answer {
  statusCode: number;
  body: string;
  json: () => unknown;
}

type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Follows `nextCursor` from the first page of `url` with `limit` rows a page, checking each page on
 * the way (200, at most `limit` rows, full pages until the last), and returns every row in order.
 */
export async function walkPages<T>(get: (url: string) => Promise<Answer>, url: string, limit = 2) {
  const rows: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await get(`${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    const page = response.json() as Page<T>;
    expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
    if (page.nextCursor) expect(page.items).toHaveLength(limit);
    else expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages, `${url} does not end`).toBeLessThan(1000);
  } while (cursor);
  return { rows, pages };
}

/** A forged cursor (bad base64 JSON, or a well-formed key of the wrong kind) is a 400 problem, never a 500. */
export async function expectBadCursorRefused(
  get: (url: string) => Promise<Answer & { headers: Record<string, unknown> }>,
  url: string,
  forged: string[] = [],
) {
  const separator = url.includes('?') ? '&' : '?';
  const wrongKey = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
  for (const cursor of ['not-a-cursor', wrongKey, ...forged]) {
    const response = await get(`${url}${separator}cursor=${cursor}`);
    expect(response.statusCode, `${url} cursor ${cursor}: ${response.body}`).toBe(400);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
  }
}
