import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../test/http';
import { ApiError } from './api-client';
import { ALL_PAGES_LIMIT, fetchAllPages } from './fetch-all-pages';

type Row = { id: string; name: string };
const rows: Row[] = Array.from({ length: 2 * ALL_PAGES_LIMIT + 37 }, (_, index) => ({
  id: `row-${index}`,
  name: `Program ${String(index).padStart(3, '0')}`,
}));

/** A keyset-paginated list as the API serves it: `limit` rows after the row named by the cursor. */
function serve(list: Row[]) {
  return mockFetch((url) => {
    const query = new URL(url, 'http://localhost').searchParams;
    const limit = Number(query.get('limit') ?? 50);
    const cursor = query.get('cursor');
    const start = cursor ? list.findIndex((row) => row.id === cursor) + 1 : 0;
    const items = list.slice(start, start + limit);
    const more = start + limit < list.length;
    return jsonResponse({ items, nextCursor: more ? (items.at(-1)?.id ?? null) : null });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchAllPages', () => {
  it('follows nextCursor until the last page and returns every row once, in order', async () => {
    const fetchMock = serve(rows);

    const all = await fetchAllPages<Row>('/programs', { query: { includeInactive: true } });

    expect(all).toEqual(rows);
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls).toEqual([
      '/api/v1/programs?includeInactive=true&limit=200',
      '/api/v1/programs?includeInactive=true&limit=200&cursor=row-199',
      '/api/v1/programs?includeInactive=true&limit=200&cursor=row-399',
    ]);
  });

  it('asks once when the list fits in a page, and returns an empty list as empty', async () => {
    const fetchMock = serve(rows.slice(0, 3));
    expect(await fetchAllPages<Row>('/team')).toEqual(rows.slice(0, 3));
    expect(fetchMock).toHaveBeenCalledTimes(1);

    serve([]);
    expect(await fetchAllPages<Row>('/team')).toEqual([]);
  });

  it('fails as the API fails on any page (no partial list)', async () => {
    mockFetch((url) =>
      url.includes('cursor=')
        ? problemResponse(400, { title: 'Bad Request', detail: 'The cursor is not one this API returned' })
        : jsonResponse({ items: rows.slice(0, 2), nextCursor: 'row-1' }),
    );
    await expect(fetchAllPages<Row>('/partner-services')).rejects.toBeInstanceOf(ApiError);
  });

  it('stops instead of looping when a cursor comes back again', async () => {
    mockFetch(() => jsonResponse({ items: rows.slice(0, 1), nextCursor: 'same' }));
    await expect(fetchAllPages<Row>('/programs/options')).rejects.toThrow('repeats its cursor');
  });
});
