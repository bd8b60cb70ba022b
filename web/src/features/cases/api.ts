import type {
  Aid,
  AidCreate,
  AidTotal,
  Assessment,
  AssessmentCreate,
  AssessmentInstrument,
  AssessmentProgress,
  Case,
  CaseAssignment,
  CaseListQuery,
  CaseTransition,
  Contact,
  ContactCreate,
  ContactSaved,
  Involvement,
  InvolvementCreate,
  page,
  TimelineEntry,
} from '@percee/shared';
import { type CaseStage, caseSorts, caseStages } from '@percee/shared';
import { type InfiniteData, type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ifMatch } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { keysetQueryOptions } from '../../lib/keyset';
import { insertIntoPages } from '../../lib/page-cache';
import { queryRoots } from '../../lib/reference-data';

type Page<T extends z.ZodType> = z.infer<ReturnType<typeof page<T>>>;
export type CasePage = Page<typeof Case>;
export type ContactPage = Page<typeof Contact>;

/** The filters of the case list (a subset of the shared `CaseListQuery`, as sent in the URL). */
export type CaseFilters = Partial<
  Pick<CaseListQuery, 'stage' | 'programId' | 'workerId' | 'overdue' | 'open' | 'sort'>
>;

export const CASES_PAGE_SIZE = 50;
export const CONTACTS_PAGE_SIZE = 20;

const path = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const caseKeys = {
  all: queryRoots.cases,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseFilters) => [...caseKeys.lists(), filters] as const,
  instruments: () => [...caseKeys.all, 'instruments'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...caseKeys.detail(id), 'timeline'] as const,
  contacts: (id: string) => [...caseKeys.detail(id), 'contacts'] as const,
  assessments: (id: string) => [...caseKeys.detail(id), 'assessments'] as const,
  progress: (id: string) => [...caseKeys.detail(id), 'progress'] as const,
  aid: (id: string) => [...caseKeys.detail(id), 'aid'] as const,
};

type Sort = (typeof caseSorts)[number];
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/**
 * The filters live in the URL, so that a filtered list can be bookmarked and shared. The page and
 * its route loader both read them here (the same query key: one request).
 */
export function caseFiltersFrom(params: URLSearchParams): CaseFilters {
  const open = params.get('open');
  return {
    stage: oneOf<CaseStage>(caseStages, params.get('stage')),
    programId: params.get('programId') || undefined,
    workerId: params.get('workerId') || undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    // Open cases by default; "all" shows closed ones too.
    open: open === 'all' ? undefined : open !== 'false',
    sort: oneOf<Sort>(caseSorts, params.get('sort')) ?? 'due',
  };
}

/** Cases, filtered, page by page ("show more"). */
export const casesQueryOptions = (filters: CaseFilters) =>
  keysetQueryOptions<CasePage>(caseKeys.list(filters), '/cases', { ...filters, limit: CASES_PAGE_SIZE });

/** A case, with the stage moves allowed from where it is and its version (for If-Match). */
export const caseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => api.get<Case>(path(id), { signal }),
  });

export type TimelinePage = Page<typeof TimelineEntry>;
export const TIMELINE_PAGE_SIZE = 50;

/** The case's timeline, newest first, page by page. */
export const timelineQueryOptions = (id: string) =>
  keysetQueryOptions<TimelinePage>(caseKeys.timeline(id), `${path(id)}/timeline`, { limit: TIMELINE_PAGE_SIZE });

export const contactsQueryOptions = (id: string) =>
  keysetQueryOptions<ContactPage>(caseKeys.contacts(id), `${path(id)}/contacts`, { limit: CONTACTS_PAGE_SIZE });

/** The organisation's assessment instruments (domains and levels, labelled in fr, nl and en). */
export const instrumentsQueryOptions = () =>
  queryOptions({
    queryKey: caseKeys.instruments(),
    queryFn: ({ signal }) => fetchAllPages<AssessmentInstrument>('/assessment-instruments', { signal }),
    staleTime: 5 * 60_000,
  });

export const ASSESSMENTS_PAGE_SIZE = 20;
export type AssessmentPage = Page<typeof Assessment>;

/** The case's assessments, oldest first, page by page ("show more"); progress is the server's. */
export const assessmentsQueryOptions = (id: string) =>
  keysetQueryOptions<AssessmentPage>(caseKeys.assessments(id), `${path(id)}/assessments`, {
    limit: ASSESSMENTS_PAGE_SIZE,
  });

export const progressQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.progress(id),
    queryFn: ({ signal }) => api.get<AssessmentProgress>(`${path(id)}/assessments/progress`, { signal }),
  });

export const AID_PAGE_SIZE = 20;
export type AidPage = Page<typeof Aid>;

/** The aid granted on the case, newest first, page by page ("show more"). */
export const aidQueryOptions = (id: string) =>
  keysetQueryOptions<AidPage>(caseKeys.aid(id), `${path(id)}/aid`, { limit: AID_PAGE_SIZE });

/** The total of the case's aid, summed by the server over every grant (not only the pages shown). */
export const aidTotalQueryOptions = (id: string) =>
  queryOptions({
    // Under the aid key: whatever refreshes the aid refreshes its total.
    queryKey: [...caseKeys.aid(id), 'total'] as const,
    queryFn: ({ signal }) => api.get<AidTotal>(`${path(id)}/aid/total`, { signal }),
  });

/**
 * After a case changed: store the new version, and refresh what derives from it here (timeline)
 * and elsewhere (case lists, the caseload, the household's page).
 */
function caseChanged(queryClient: QueryClient, updated: Case) {
  queryClient.setQueryData(caseKeys.detail(updated.id), updated);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.timeline(updated.id) }),
    queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
    queryClient.invalidateQueries({ queryKey: queryRoots.households }),
  ]);
}

/** Reload the case after a 412 (someone else changed it): the next attempt uses the new version. */
export function useReloadCase(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id), exact: true });
}

export function useTransitionCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, move }: { current: Case; move: CaseTransition }) =>
      api.post<Case>(`${path(current.id)}/transitions`, move, { headers: ifMatch(current.version) }),
    onSuccess: (updated) => caseChanged(queryClient, updated),
  });
}

/** Reopen a closed case (coordinators), with a reason, within the organisation's period. */
export function useReopenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, reason }: { current: Case; reason: string }) =>
      api.post<Case>(`${path(current.id)}/reopen`, { reason }, { headers: ifMatch(current.version) }),
    onSuccess: (updated) => caseChanged(queryClient, updated),
  });
}

export function useAssignCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, assignment }: { current: Case; assignment: CaseAssignment }) =>
      api.post<Case>(`${path(current.id)}/assignment`, assignment, { headers: ifMatch(current.version) }),
    onSuccess: (updated) =>
      Promise.all([
        caseChanged(queryClient, updated),
        queryClient.invalidateQueries({ queryKey: queryRoots.reference }),
      ]),
  });
}

export function useSetCoWorkers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, userIds }: { current: Case; userIds: string[] }) =>
      api.put<Case>(`${path(current.id)}/co-workers`, { userIds }, { headers: ifMatch(current.version) }),
    onSuccess: (updated) => caseChanged(queryClient, updated),
  });
}

const instant = (value: string) => Date.parse(value);

export function useCreateContact(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: ContactCreate) => api.post<ContactSaved>(`${path(caseId)}/contacts`, contact),
    /*
     * The answer carries what the case screen shows that the contact changed (the case's contact clock,
     * the journal's new row, the timeline's new line): written into the cache, nothing is read again
     * (issue 24). Lists on other screens (case lists, caseload) are only marked stale.
     */
    onSuccess: ({ case: updated, timelineEntry, ...contact }: ContactSaved) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      // The journal: newest first by (occurredAt, id).
      queryClient.setQueryData<InfiniteData<ContactPage>>(caseKeys.contacts(caseId), (data) =>
        insertIntoPages<Contact>(
          data,
          contact,
          (row, other) =>
            instant(row.occurredAt) > instant(other.occurredAt) ||
            (instant(row.occurredAt) === instant(other.occurredAt) && row.id > other.id),
        ),
      );
      // The timeline: newest first by (at, id); the new line's id is the largest, so it leads its instant.
      queryClient.setQueryData<InfiniteData<TimelinePage>>(caseKeys.timeline(caseId), (data) =>
        insertIntoPages<TimelineEntry>(data, timelineEntry, (row, other) => instant(row.at) >= instant(other.at)),
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
      ]);
    },
  });
}

export function useCreateAssessment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assessment: AssessmentCreate) => api.post<Assessment>(`${path(caseId)}/assessments`, assessment),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.assessments(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.progress(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
      ]),
  });
}

export function useCreateAid(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (aid: AidCreate) => api.post<Aid>(`${path(caseId)}/aid`, aid),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.aid(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryRoots.households }),
      ]),
  });
}

/* ---------- Partner services involved in the case ---------- */

const involvementKey = (id: string) => [...caseKeys.detail(id), 'involvements'] as const;

export const INVOLVEMENTS_PAGE_SIZE = 20;
export type InvolvementPage = Page<typeof Involvement>;

/** The partner services involved in the case, oldest first, page by page ("show more"). */
export const involvementsQueryOptions = (caseId: string) =>
  keysetQueryOptions<InvolvementPage>(involvementKey(caseId), `${path(caseId)}/involvements`, {
    limit: INVOLVEMENTS_PAGE_SIZE,
  });

export function useInvolve(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvolvementCreate) => api.post<Involvement>(`${path(caseId)}/involvements`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: involvementKey(caseId) }),
  });
}

export function useEndInvolvement(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<Involvement>(`${path(caseId)}/involvements/${encodeURIComponent(id)}/end`, { reason: null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: involvementKey(caseId) }),
  });
}
