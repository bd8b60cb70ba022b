import type { Me } from '@percee/shared';
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { getAccessToken } from './api-client';
import { sessionKeys } from './session';

let loaderQueryClient: QueryClient | null = null;

/** The query client the route loaders fill: the app's own (set by `AppProvider`). */
export function setLoaderQueryClient(client: QueryClient): void {
  loaderQueryClient = client;
}

/**
 * What a loader knows of the page asked for: the route's parameters, the URL's search parameters
 * (the filters of list pages) and the signed-in person (some filters depend on the role).
 */
export interface PrefetchArgs extends LoaderFunctionArgs {
  search: URLSearchParams;
  /** Known once the session is restored (the auth guard loads it with the token). */
  me: Me | undefined;
}

/**
 * Starts a page's main queries (`prefetchQuery`/`prefetchInfiniteQuery`, which never throw), built
 * from the same query options and the same filters the page reads, so that the page finds them in
 * the cache under the same key instead of asking again.
 */
export type Prefetch = (queryClient: QueryClient, args: PrefetchArgs) => Promise<unknown>;

/**
 * A page split into its own chunk, and the loader of its route. The loader starts downloading the
 * chunk and, at the same time, the page's data, so that neither waits for the other: without it the
 * page would only ask for its data once its code had arrived and rendered. The loader waits for
 * neither (the page shows its own loading and error states) and prefetches only with a session:
 * on a first load the session is restored by the auth guard first, and the page then fetches itself.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>, prefetch?: Prefetch) {
  return {
    Page: lazy(load),
    loader: (args: LoaderFunctionArgs) => {
      // A failed chunk is reported by the page itself when React.lazy loads it again.
      load().catch(() => undefined);
      const queryClient = loaderQueryClient;
      if (prefetch && queryClient && getAccessToken() !== null) {
        const search = new URL(args.request.url).searchParams;
        const me = queryClient.getQueryData<Me | null>(sessionKeys.me) ?? undefined;
        prefetch(queryClient, { ...args, search, me }).catch(() => undefined);
      }
      return null;
    },
  };
}
