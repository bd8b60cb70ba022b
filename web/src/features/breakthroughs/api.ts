import type {
  ApprovalQueueItem,
  Breakthrough,
  BreakthroughCreate,
  BreakthroughScenario,
  BreakthroughTransition,
  BreakthroughUpdate,
  Case,
  Plan,
  PlanCreate,
  PlanTransition,
  PlanUpdate,
  PlanVersion,
  page,
} from '@percee/shared';
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, api, ifMatch } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { keysetQueryOptions } from '../../lib/keyset';
import { queryRoots } from '../../lib/reference-data';

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const breakthroughPath = (id: string) => `/breakthroughs/${encodeURIComponent(id)}`;

export const breakthroughKeys = {
  all: queryRoots.breakthroughs,
  ofCase: (caseId: string) => [...breakthroughKeys.all, 'case', caseId] as const,
  caseInfo: (caseId: string) => [...breakthroughKeys.ofCase(caseId), 'info'] as const,
  plan: (caseId: string) => [...breakthroughKeys.ofCase(caseId), 'plan'] as const,
  versions: (caseId: string) => [...breakthroughKeys.ofCase(caseId), 'versions'] as const,
  list: (caseId: string) => [...breakthroughKeys.ofCase(caseId), 'list'] as const,
  detail: (id: string) => [...breakthroughKeys.all, 'detail', id] as const,
  queue: () => [...breakthroughKeys.all, 'queue'] as const,
};

/** The case the plan belongs to (its household, program and whether it is closed). */
export const caseInfoQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: breakthroughKeys.caseInfo(caseId),
    queryFn: ({ signal }) => api.get<Case>(casePath(caseId), { signal }),
  });

/** The breakthrough plan of a case; `null` while the case has none (the API answers 404). */
export const planQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: breakthroughKeys.plan(caseId),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Plan>(`${casePath(caseId)}/plan`, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const PLAN_VERSIONS_PAGE_SIZE = 20;
type PlanVersionPage = z.infer<ReturnType<typeof page<typeof PlanVersion>>>;

/** The versions of the plan, newest first, page by page ("show more"). */
export const planVersionsQueryOptions = (caseId: string) =>
  keysetQueryOptions<PlanVersionPage>(breakthroughKeys.versions(caseId), `${casePath(caseId)}/plan/versions`, {
    limit: PLAN_VERSIONS_PAGE_SIZE,
  });

/**
 * The breakthroughs of a case, with their scenarios and figures: every page of them, since the
 * board groups them by status and counts each column.
 */
export const caseBreakthroughsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: breakthroughKeys.list(caseId),
    queryFn: ({ signal }) => fetchAllPages<Breakthrough>(`${casePath(caseId)}/breakthroughs`, { signal }),
  });

export const breakthroughQueryOptions = (id: string) =>
  queryOptions({
    queryKey: breakthroughKeys.detail(id),
    queryFn: ({ signal }) => api.get<Breakthrough>(breakthroughPath(id), { signal }),
  });

/** A breakthrough awaiting a sign-off, with the household it is for. */
export type QueueEntry = ApprovalQueueItem;
type QueuePage = z.infer<ReturnType<typeof page<typeof ApprovalQueueItem>>>;

export const QUEUE_PAGE_SIZE = 25;

/**
 * Breakthroughs waiting for a coordinator's sign-off, oldest proposal first, page by page
 * (coordinators and admins see the organisation's; case workers the ones on their cases).
 */
export const approvalQueueQueryOptions = () =>
  keysetQueryOptions<QueuePage>(breakthroughKeys.queue(), '/breakthroughs/awaiting-approval', {
    limit: QUEUE_PAGE_SIZE,
  });

/** Figures derived from plans and breakthroughs elsewhere: the case's timeline, reports, avoided costs. */
function refreshDerived(queryClient: QueryClient, caseId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...queryRoots.cases, 'detail', caseId] }),
    queryClient.invalidateQueries({ queryKey: queryRoots.aggregates }),
  ]);
}

function planChanged(queryClient: QueryClient, plan: Plan) {
  queryClient.setQueryData(breakthroughKeys.plan(plan.caseId), plan);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: breakthroughKeys.versions(plan.caseId) }),
    refreshDerived(queryClient, plan.caseId),
  ]);
}

function breakthroughChanged(queryClient: QueryClient, breakthrough: Breakthrough) {
  queryClient.setQueryData(breakthroughKeys.detail(breakthrough.id), breakthrough);
  queryClient.setQueryData<Breakthrough[]>(breakthroughKeys.list(breakthrough.caseId), (list) =>
    list?.map((existing) => (existing.id === breakthrough.id ? breakthrough : existing)),
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: breakthroughKeys.list(breakthrough.caseId) }),
    queryClient.invalidateQueries({ queryKey: breakthroughKeys.queue() }),
    refreshDerived(queryClient, breakthrough.caseId),
  ]);
}

/** Reload the plan after a 412 or a 409 (someone else changed it). */
export function useReloadPlan(caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: breakthroughKeys.plan(caseId) }),
      queryClient.invalidateQueries({ queryKey: breakthroughKeys.list(caseId) }),
    ]);
}

/** Reload a breakthrough (and the lists showing it) after a 412 or a 409. */
export function useReloadBreakthrough() {
  const queryClient = useQueryClient();
  return (breakthrough: Pick<Breakthrough, 'id' | 'caseId'>) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: breakthroughKeys.detail(breakthrough.id) }),
      queryClient.invalidateQueries({ queryKey: breakthroughKeys.list(breakthrough.caseId) }),
      queryClient.invalidateQueries({ queryKey: breakthroughKeys.queue() }),
    ]);
}

export function useCreatePlan(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanCreate) => api.post<Plan>(`${casePath(caseId)}/plan`, body),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, changes }: { current: Plan; changes: PlanUpdate }) =>
      api.patch<Plan>(`${casePath(current.caseId)}/plan`, changes, { headers: ifMatch(current.version) }),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

export function useTransitionPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, move }: { current: Plan; move: PlanTransition }) =>
      api.post<Plan>(`${casePath(current.caseId)}/plan/transitions`, move, { headers: ifMatch(current.version) }),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

export function useProposeBreakthrough(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BreakthroughCreate) => api.post<Breakthrough>(`${casePath(caseId)}/breakthroughs`, body),
    onSuccess: (created) => breakthroughChanged(queryClient, created),
  });
}

export function useUpdateBreakthrough() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, changes }: { current: Breakthrough; changes: BreakthroughUpdate }) =>
      api.patch<Breakthrough>(breakthroughPath(current.id), changes, { headers: ifMatch(current.version) }),
    onSuccess: (updated) => breakthroughChanged(queryClient, updated),
  });
}

export function useSetScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, scenario }: { current: Breakthrough; scenario: BreakthroughScenario }) =>
      api.put<Breakthrough>(`${breakthroughPath(current.id)}/scenario`, scenario, {
        headers: ifMatch(current.version),
      }),
    onSuccess: (updated) => breakthroughChanged(queryClient, updated),
  });
}

export function useTransitionBreakthrough() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, move }: { current: Breakthrough; move: BreakthroughTransition }) =>
      api.post<Breakthrough>(`${breakthroughPath(current.id)}/transitions`, move, {
        headers: ifMatch(current.version),
      }),
    onSuccess: (moved) => breakthroughChanged(queryClient, moved),
  });
}
