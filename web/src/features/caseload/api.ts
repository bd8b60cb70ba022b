import { type CaseloadEntry, type CaseStage, caseStages } from '@percee/shared';
import { keysetQueryOptions } from '../../lib/keyset';
import { queryRoots } from '../../lib/reference-data';

export type CaseloadPage = { items: CaseloadEntry[]; nextCursor: string | null };

export const CASELOAD_PAGE_SIZE = 50;

export const caseloadKeys = {
  all: queryRoots.caseload,
  mine: (stage: CaseStage | null) => [...caseloadKeys.all, 'mine', { stage }] as const,
};

/** A caseload only holds open cases: every stage but exit. */
export const OPEN_STAGES = caseStages.filter((stage) => stage !== 'exit');

/** The stage filter in the URL (`stage`), or none. The page and its route loader read it here. */
export function caseloadStageFrom(params: URLSearchParams): CaseStage | null {
  const stage = params.get('stage');
  return (OPEN_STAGES as readonly string[]).includes(stage ?? '') ? (stage as CaseStage) : null;
}

/** The signed-in worker's open cases, most urgent first (the API sorts them), page by page; filtered by stage. */
export const caseloadQueryOptions = (stage: CaseStage | null = null) =>
  keysetQueryOptions<CaseloadPage>(caseloadKeys.mine(stage), '/caseload', { stage, limit: CASELOAD_PAGE_SIZE });

/**
 * Overdue cases first, keeping the API's order otherwise (it already sorts by urgency; this only
 * guarantees that an overdue contact is never below a case that can wait).
 */
export function overdueFirst(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  return [...entries.filter((entry) => entry.case.overdue), ...entries.filter((entry) => !entry.case.overdue)];
}

/**
 * The figures of the summary line for the pages loaded so far. With more pages to come the total is
 * "at least" ("50+"); the overdue count is exact once a case that is not overdue was loaded, as the
 * API lists every overdue case first.
 */
export function caseloadCounts(entries: readonly CaseloadEntry[], hasMore: boolean) {
  const overdue = entries.filter((entry) => entry.case.overdue).length;
  const overdueComplete = !hasMore || overdue < entries.length;
  return {
    total: hasMore ? `${entries.length}+` : String(entries.length),
    overdue: overdueComplete ? String(overdue) : `${overdue}+`,
  };
}
