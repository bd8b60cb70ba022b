import type {
  Aid,
  Case,
  Consent,
  ConsentCreate,
  FileAccess,
  Household,
  HouseholdCaseSummary,
  HouseholdSummary,
  HouseholdUpdate,
  LegalHold,
  LegalHoldCreate,
  LegalHoldRelease,
  Person,
  PersonExport,
  PersonInput,
  PersonUpdate,
  page,
  RecordRevision,
} from '@percee/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ifMatch } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { keysetQueryOptions } from '../../lib/keyset';
import { householdQueryOptions, queryRoots } from '../../lib/reference-data';

type Page<T extends z.ZodType> = z.infer<ReturnType<typeof page<T>>>;
export type HouseholdPage = Page<typeof HouseholdSummary>;
type CasePage = Page<typeof Case>;

export const HOUSEHOLDS_PAGE_SIZE = 25;
/** A household has a handful of cases over the years: one page holds them all. */
const HOUSEHOLD_CASES_LIMIT = 200;

const path = (id: string) => `/households/${encodeURIComponent(id)}`;

export const householdKeys = {
  all: queryRoots.households,
  searches: () => [...householdKeys.all, 'search'] as const,
  search: (q: string) => [...householdKeys.searches(), q] as const,
  detail: (id: string) => [...householdKeys.all, 'detail', id] as const,
  cases: (id: string) => [...householdKeys.detail(id), 'cases'] as const,
  aid: (caseId: string) => [...householdKeys.all, 'aid', caseId] as const,
};

/** Households matching a name, reference or address (accent- and case-insensitive), page by page. */
/** The search in the URL (`q`), as the page first sends it; its route loader starts the same one. */
export const householdSearchFrom = (params: URLSearchParams) => (params.get('q') ?? '').trim();

export const householdSearchQueryOptions = (q: string) =>
  keysetQueryOptions<HouseholdPage>(householdKeys.search(q), '/households', {
    q: q || undefined,
    limit: HOUSEHOLDS_PAGE_SIZE,
  });

/** The household file (lib/reference-data: the agenda reads it too). */
export { householdQueryOptions };

/** The cases of a household, open and closed (those the person may see). */
export const householdCasesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: householdKeys.cases(id),
    queryFn: async ({ signal }) =>
      (
        await api.get<CasePage>('/cases', {
          query: { householdId: id, sort: 'opened', limit: HOUSEHOLD_CASES_LIMIT },
          signal,
        })
      ).items,
  });

/**
 * Aid is recorded per case: the household's aid is that of each of its cases, every page of it
 * (its rows are merged across cases and totalled).
 */
export const caseAidQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: householdKeys.aid(caseId),
    queryFn: ({ signal }) => fetchAllPages<Aid>(`/cases/${encodeURIComponent(caseId)}/aid`, { signal }),
  });

/** Update the address or the problems, on the version that was read (412 if someone else changed it). */
export function useUpdateHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, changes }: { current: Household; changes: HouseholdUpdate }) =>
      api.patch<Household>(path(current.id), changes, { headers: ifMatch(current.version) }),
    onSuccess: (household) => {
      queryClient.setQueryData(householdKeys.detail(household.id), household);
      return queryClient.invalidateQueries({ queryKey: householdKeys.searches() });
    },
  });
}

export function useAddMember(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (person: PersonInput) => api.post<Person>(`${path(householdId)}/members`, person),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: householdKeys.detail(householdId), exact: true }),
        queryClient.invalidateQueries({ queryKey: householdKeys.searches() }),
      ]),
  });
}

/** Reload the household (after a 412). */
export function useReloadHousehold(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: householdKeys.detail(id), exact: true });
}

/** How a household is named: its applicant (or first member). */
export function householdName(household: Pick<Household, 'members' | 'reference'>): string {
  const person = household.members.find((member) => member.role === 'applicant') ?? household.members[0];
  return person ? `${person.firstName} ${person.lastName}` : household.reference;
}

/* ---------- Legal holds and the export of a person's data ---------- */

export const legalHoldsKey = (householdId: string) => [...householdKeys.detail(householdId), 'legal-holds'] as const;

export type LegalHoldPage = Page<typeof LegalHold>;

/**
 * A household's legal holds, newest first, page by page. The active one, if any, is on the first page:
 * it is the newest (a hold can only be placed once the previous one is released).
 */
export const legalHoldsQueryOptions = (householdId: string) =>
  keysetQueryOptions<LegalHoldPage>(legalHoldsKey(householdId), `${path(householdId)}/legal-holds`, { limit: 20 });

export function usePlaceLegalHold(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LegalHoldCreate) => api.post<LegalHold>(`${path(householdId)}/legal-holds`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: legalHoldsKey(householdId) }),
  });
}

export function useReleaseLegalHold(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ holdId, reason }: { holdId: string } & LegalHoldRelease) =>
      api.post<LegalHold>(`${path(householdId)}/legal-holds/${encodeURIComponent(holdId)}/release`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: legalHoldsKey(householdId) }),
  });
}

/** Everything held about a person (read on demand: the export is audited each time). */
export const personExportQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: [...householdKeys.all, 'person-export', personId] as const,
    queryFn: ({ signal }) => api.get<PersonExport>(`/persons/${encodeURIComponent(personId)}/export`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

export type FileAccessPage = Page<typeof FileAccess>;

/** "Who looked at this file" (coordinators and admins), newest first, page by page. */
export const householdAccessLogQueryOptions = (id: string) =>
  keysetQueryOptions<FileAccessPage>([...householdKeys.detail(id), 'access-log'] as const, `${path(id)}/access-log`, {
    limit: 25,
  });

/* ---------- Consent and legal-basis register ---------- */

export const consentKeys = {
  list: (householdId: string) => [...householdKeys.detail(householdId), 'consents'] as const,
};

export type ConsentPage = Page<typeof Consent>;

/** The household's register, oldest line first, page by page. */
export const consentsQueryOptions = (householdId: string) =>
  keysetQueryOptions<ConsentPage>(consentKeys.list(householdId), `${path(householdId)}/consents`, { limit: 50 });

export function useRecordConsent(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consent: ConsentCreate) => api.post<Consent>(`${path(householdId)}/consents`, consent),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.list(householdId) }),
  });
}

export function useWithdrawConsent(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Consent>(`/consents/${encodeURIComponent(id)}/withdraw`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.list(householdId) }),
  });
}

/* ---------- The household as a family: member corrections, history, the printable summary ---------- */

/** Correct a member on the version that was read (412 if someone else changed it); the reason is kept. */
export function useUpdateMember(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ person, changes }: { person: Person; changes: PersonUpdate }) =>
      api.patch<Person>(`${path(householdId)}/members/${encodeURIComponent(person.id)}`, changes, {
        headers: ifMatch(person.version),
      }),
    onSuccess: (person) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: householdKeys.detail(householdId) }),
        queryClient.invalidateQueries({ queryKey: householdKeys.searches() }),
        queryClient.invalidateQueries({ queryKey: memberHistoryKey(householdId, person.id) }),
      ]),
  });
}

export type MemberHistoryPage = Page<typeof RecordRevision>;

const memberHistoryKey = (householdId: string, personId: string) =>
  [...householdKeys.detail(householdId), 'member-history', personId] as const;

/** A member's earlier versions, newest first (reading them is audited). */
export const memberHistoryQueryOptions = (householdId: string, personId: string) =>
  keysetQueryOptions<MemberHistoryPage>(
    memberHistoryKey(householdId, personId),
    `${path(householdId)}/members/${encodeURIComponent(personId)}/history`,
    { limit: 20 },
  );

/** The printable case summary (an audited read each time it is fetched). */
export const householdSummaryQueryOptions = (householdId: string) =>
  queryOptions({
    queryKey: [...householdKeys.detail(householdId), 'summary'] as const,
    queryFn: ({ signal }) => api.get<HouseholdCaseSummary>(`${path(householdId)}/summary`, { signal }),
    // The loader's fetch serves the page: one audited read per opening, not two.
    staleTime: 60_000,
  });
