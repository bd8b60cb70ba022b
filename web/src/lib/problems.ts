import { type CaseStage, caseStages, type DuplicateCandidate } from '@percee/shared';
import { isProblem } from './api-client';

/**
 * Typed readers for the extension members of the API's conflict problems. The body of an error is
 * untrusted input: each reader checks the shape and returns `null` when it is not the expected problem.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DUPLICATE_REASONS = new Set(['same_person', 'same_address']);

/** `409 possible-duplicate`: the households the new one may duplicate. */
export function duplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!isProblem(error, 'possible-duplicate')) return null;
  const list = error.extensions.duplicates;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is DuplicateCandidate =>
      isRecord(item) &&
      typeof item.householdId === 'string' &&
      typeof item.reference === 'string' &&
      typeof item.detail === 'string' &&
      DUPLICATE_REASONS.has(String(item.reason)),
  );
}

/** `409 caseload-full`: the worker's open cases and the program's limit. */
export function caseloadFullOf(error: unknown): { caseload: number | null; caseloadLimit: number | null } | null {
  if (!isProblem(error, 'caseload-full')) return null;
  const { caseload, caseloadLimit } = error.extensions;
  return {
    caseload: typeof caseload === 'number' ? caseload : null,
    caseloadLimit: typeof caseloadLimit === 'number' ? caseloadLimit : null,
  };
}

const isStage = (value: unknown): value is CaseStage => (caseStages as readonly unknown[]).includes(value);

/** `409 illegal-transition`: the stage the case is really in, and the moves allowed from it. */
export function illegalTransitionOf(error: unknown): { from: CaseStage | null; allowedMoves: CaseStage[] } | null {
  if (!isProblem(error, 'illegal-transition')) return null;
  const { from, allowedMoves } = error.extensions;
  return {
    from: isStage(from) ? from : null,
    allowedMoves: Array.isArray(allowedMoves) ? allowedMoves.filter(isStage) : [],
  };
}

/**
 * `409 illegal-transition` of any workflow (a plan, a breakthrough): the status it is really in, and
 * the moves allowed from it, kept only when they are values of `statuses`.
 */
export function illegalMoveOf<T extends string>(
  error: unknown,
  statuses: readonly T[],
): { from: T | null; allowedMoves: T[] } | null {
  if (!isProblem(error, 'illegal-transition')) return null;
  const isStatus = (value: unknown): value is T => (statuses as readonly unknown[]).includes(value);
  const { from, allowedMoves } = error.extensions;
  return {
    from: isStatus(from) ? from : null,
    allowedMoves: Array.isArray(allowedMoves) ? allowedMoves.filter(isStatus) : [],
  };
}
