import type {
  Case,
  DuplicateCandidate,
  DuplicateCheck,
  Household,
  HouseholdSummary,
  page,
  Referral,
  ReferralAccept,
  ReferralCreate,
  ReferralDecline,
  ReferralStatus,
} from '@percee/shared';
import { referralStatuses } from '@percee/shared';
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import { keysetQueryOptions } from '../../lib/keyset';
import { queryRoots } from '../../lib/reference-data';

type Page<T extends z.ZodType> = z.infer<ReturnType<typeof page<T>>>;
export type ReferralPage = Page<typeof Referral>;
type HouseholdPage = Page<typeof HouseholdSummary>;
export type DuplicateCheckBody = z.input<typeof DuplicateCheck>;

export const REFERRALS_PAGE_SIZE = 25;
const PICKER_SIZE = 8;

const path = (id: string) => `/referrals/${encodeURIComponent(id)}`;

export const referralKeys = {
  all: queryRoots.referrals,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (status: ReferralStatus) => [...referralKeys.lists(), status] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
  householdSearch: (q: string) => [...referralKeys.all, 'household-search', q] as const,
  household: (id: string) => [...referralKeys.all, 'household', id] as const,
  duplicateCheck: (check: DuplicateCheckBody) => [...referralKeys.all, 'duplicate-check', check] as const,
};

/** Referrals with this status, page by page (a partner sees the ones they made). */
/** The tab in the URL (`status`); new referrals by default. The page and its route loader read it here. */
export function referralStatusFrom(params: URLSearchParams): ReferralStatus {
  const status = params.get('status');
  return (referralStatuses as readonly string[]).includes(status ?? '') ? (status as ReferralStatus) : 'new';
}

export const referralsQueryOptions = (status: ReferralStatus) =>
  keysetQueryOptions<ReferralPage>(referralKeys.list(status), '/referrals', { status, limit: REFERRALS_PAGE_SIZE });

export const referralQueryOptions = (id: string) =>
  queryOptions({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => api.get<Referral>(path(id), { signal }),
    // Someone else decides referrals: opening one always shows its current status.
    refetchOnMount: 'always',
  });

/** The household picker: a few households matching what was typed. */
export const householdSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: referralKeys.householdSearch(q),
    queryFn: async ({ signal }) =>
      (await api.get<HouseholdPage>('/households', { query: { q, limit: PICKER_SIZE }, signal })).items,
    enabled: q.length >= 2,
  });

/** A household given in the URL (« refer this household » from its page). */
export const pickedHouseholdQueryOptions = (id: string) =>
  queryOptions({
    queryKey: referralKeys.household(id),
    queryFn: ({ signal }) => api.get<Household>(`/households/${encodeURIComponent(id)}`, { signal }),
  });

/**
 * Households the one being typed may duplicate (same person, same address). A read, even though
 * it is a POST: cached per question, and never retried (a warning that comes late is no warning).
 */
export const duplicateCheckQueryOptions = (check: DuplicateCheckBody) =>
  queryOptions({
    queryKey: referralKeys.duplicateCheck(check),
    queryFn: async ({ signal }) =>
      (await api.post<{ items: DuplicateCandidate[] }>('/households/duplicate-check', check, { signal })).items,
    staleTime: 60_000,
    retry: false,
  });

function referralChanged(queryClient: QueryClient, referral: Referral) {
  queryClient.setQueryData(referralKeys.detail(referral.id), referral);
  return queryClient.invalidateQueries({ queryKey: referralKeys.lists() });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (referral: ReferralCreate) => api.post<Referral>('/referrals', referral),
    onSuccess: (referral) =>
      Promise.all([
        referralChanged(queryClient, referral),
        queryClient.invalidateQueries({ queryKey: queryRoots.households }),
      ]),
  });
}

/** Accepting opens a case: the caseload, the case lists and the team's open cases change too. */
export function useAcceptReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: ReferralAccept }) =>
      api.post<{ referral: Referral; case: Case }>(`${path(id)}/accept`, decision),
    onSuccess: ({ referral }) =>
      Promise.all([
        referralChanged(queryClient, referral),
        queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
        queryClient.invalidateQueries({ queryKey: queryRoots.cases }),
        queryClient.invalidateQueries({ queryKey: queryRoots.households }),
        queryClient.invalidateQueries({ queryKey: queryRoots.reference }),
      ]),
  });
}

export function useDeclineReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: ReferralDecline }) =>
      api.post<Referral>(`${path(id)}/decline`, decision),
    onSuccess: (referral) => referralChanged(queryClient, referral),
  });
}

export function useWithdrawReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Referral>(`${path(id)}/withdraw`, { note: null }),
    onSuccess: (referral) => referralChanged(queryClient, referral),
  });
}
