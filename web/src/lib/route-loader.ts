import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { getAccessToken } from './api-client';

let loaderQueryClient: QueryClient | null = null;

/** The query client the route loaders fill: the app's own (set by `AppProvider`). */
export function setLoaderQueryClient(client: QueryClient): void {
  loaderQueryClient = client;
}

/** Starts a page's main queries (`prefetchQuery`/`prefetchInfiniteQuery`, which never throw). */
export type Prefetch = (queryClient: QueryClient, args: LoaderFunctionArgs) => Promise<unknown>;

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
      if (prefetch && queryClient && getAccessToken() !== null) prefetch(queryClient, args).catch(() => undefined);
      return null;
    },
  };
}
