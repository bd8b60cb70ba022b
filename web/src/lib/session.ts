import type { AccessToken, Me } from '@percee/shared';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { ApiError, api, getAccessToken, refreshAccessToken, setAccessToken } from './api-client';
import { clearFormDrafts } from './form-draft';

/**
 * The signed-in person, shared by every feature. `null` means "no session".
 * Bootstrap: on first load there is no token in memory, so the refresh cookie is exchanged first.
 */
export const sessionKeys = {
  all: ['session'] as const,
  me: ['session', 'me'] as const,
  endReason: ['session', 'end-reason'] as const,
};

export type SessionEndReason = 'signed-out' | 'expired';

async function fetchSession(): Promise<Me | null> {
  if (!getAccessToken()) {
    const refreshed = await refreshAccessToken();
    if (!refreshed) return null;
  }
  try {
    return await api.get<Me>('/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.me,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  });

export function useSession() {
  return useQuery(meQueryOptions());
}

/**
 * The signed-in person, provided by the authentication guard. Going through context (rather than
 * each component reading the query) guarantees that pages never render with a session that just ended:
 * the guard re-renders first and redirects.
 */
export const MeContext = createContext<Me | null>(null);

/** The signed-in person. Only call below the authentication guard. */
export function useMe(): Me {
  const me = use(MeContext);
  if (!me) throw new Error('useMe() must be used inside the authenticated part of the app');
  return me;
}

/** Store a fresh access token and load the person it belongs to. */
export async function startSession(queryClient: QueryClient, token: AccessToken): Promise<Me | null> {
  setAccessToken(token.accessToken);
  queryClient.removeQueries({ queryKey: sessionKeys.endReason });
  return queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
}

/** Forget the token and every cached (possibly personal) server data. */
export function endSession(queryClient: QueryClient, reason: SessionEndReason): void {
  setAccessToken(null);
  // Drafts stay through an expired session (the person signs in again and finds them), not a sign-out.
  if (reason === 'signed-out') clearFormDrafts();
  const notSession = {
    predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== sessionKeys.all[0],
  };
  void queryClient.cancelQueries(notSession);
  queryClient.removeQueries(notSession);
  queryClient.setQueryData(sessionKeys.endReason, reason);
  queryClient.setQueryData(sessionKeys.me, null);
}

export function getSessionEndReason(queryClient: QueryClient): SessionEndReason | undefined {
  return queryClient.getQueryData<SessionEndReason>(sessionKeys.endReason);
}
