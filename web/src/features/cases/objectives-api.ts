import type {
  AgreementCreate,
  Objective,
  ObjectiveCreate,
  ObjectiveEvaluation,
  ObjectiveEvaluationCreate,
  ObjectiveUpdate,
  page,
} from '@percee/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ifMatch } from '../../lib/api-client';
import { keysetQueryOptions } from '../../lib/keyset';
import { queryRoots } from '../../lib/reference-data';
import { caseKeys } from './api';

export type ObjectivePage = z.infer<ReturnType<typeof page<typeof Objective>>>;
export const OBJECTIVES_PAGE_SIZE = 50;

const objectiveKeys = {
  list: (caseId: string) => [...caseKeys.detail(caseId), 'objectives'] as const,
};

/** The case's objectives, oldest first, page by page. */
export const objectivesQueryOptions = (caseId: string) =>
  keysetQueryOptions<ObjectivePage>(objectiveKeys.list(caseId), `/cases/${encodeURIComponent(caseId)}/objectives`, {
    limit: OBJECTIVES_PAGE_SIZE,
  });

/** What an objective's change touches: its list, the case's timeline, the caseload's next due date. */
const objectivesChanged = (queryClient: QueryClient, caseId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: objectiveKeys.list(caseId) }),
    queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
    queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
  ]);

export function useCreateObjective(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (objective: ObjectiveCreate) =>
      api.post<Objective>(`/cases/${encodeURIComponent(caseId)}/objectives`, objective),
    onSuccess: () => objectivesChanged(queryClient, caseId),
  });
}

export function useUpdateObjective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, changes }: { current: Objective; changes: ObjectiveUpdate }) =>
      api.patch<Objective>(`/objectives/${encodeURIComponent(current.id)}`, changes, {
        headers: ifMatch(current.version),
      }),
    onSuccess: (updated) => objectivesChanged(queryClient, updated.caseId),
  });
}

export function useRecordAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, agreement }: { current: Objective; agreement: AgreementCreate }) =>
      api.put<Objective>(`/objectives/${encodeURIComponent(current.id)}/agreement`, agreement, {
        headers: ifMatch(current.version),
      }),
    onSuccess: (updated) => objectivesChanged(queryClient, updated.caseId),
  });
}

export function useEvaluateObjectives(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evaluation: ObjectiveEvaluationCreate) =>
      api.post<ObjectiveEvaluation>(`/cases/${encodeURIComponent(caseId)}/objective-evaluations`, evaluation),
    onSuccess: () => objectivesChanged(queryClient, caseId),
  });
}
