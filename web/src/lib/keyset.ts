import { infiniteQueryOptions, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type QueryValue } from './api-client';

/** A page of a keyset-paginated list, as every list endpoint of the API returns it. */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The infinite-query options of a keyset-paginated endpoint ("show more"): the first page has no
 * cursor, the next one is the `nextCursor` of the last page received. `query` holds the filters and
 * the page size (`limit`); `staleTime` overrides the client's default for lists that must stay fresh.
 */
export const keysetQueryOptions = <TPage extends KeysetPage<unknown>, TKey extends QueryKey = QueryKey>(
  queryKey: TKey,
  path: string,
  query: Record<string, QueryValue> = {},
  options: { staleTime?: number } = {},
) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => api.get<TPage>(path, { query: { ...query, cursor: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: TPage) => last.nextCursor,
    ...options,
  });

/**
 * A keyset list as the screens use it: the infinite query, and every row received so far (`items`,
 * the pages flattened in order). Spread the result into `<LoadMore />` for the "show more" button.
 */
export function useKeysetList<TPage extends KeysetPage<unknown>, TKey extends QueryKey>(
  options: ReturnType<typeof keysetQueryOptions<TPage, TKey>>,
) {
  const query = useInfiniteQuery(options);
  const items = useMemo((): TPage['items'] => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return { ...query, items };
}
