import type { CaseloadEntry } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { queryRoots } from '../../lib/reference-data';

export const caseloadKeys = {
  all: queryRoots.caseload,
  mine: () => [...caseloadKeys.all, 'mine'] as const,
};

/** The signed-in worker's open cases, most urgent first (the API sorts them). */
export const caseloadQueryOptions = () =>
  queryOptions({
    queryKey: caseloadKeys.mine(),
    queryFn: async ({ signal }) => (await api.get<{ items: CaseloadEntry[] }>('/caseload', { signal })).items,
  });

/**
 * Overdue cases first, keeping the API's order otherwise (it already sorts by urgency; this only
 * guarantees that an overdue contact is never below a case that can wait).
 */
export function overdueFirst(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  return [...entries.filter((entry) => entry.case.overdue), ...entries.filter((entry) => !entry.case.overdue)];
}
