import type { ProgramMethod } from '@percee/shared';

/**
 * Pages of a case that belong to another feature, by program method: the case page links to them
 * without importing that feature (features do not import each other). A feature that adds a page
 * for the cases of a method lists it here; its route is declared in the router.
 */
export type CasePageId = 'breakthroughPlan';

export interface CasePage {
  id: CasePageId;
  /** The program methods whose cases have this page. */
  methods: readonly ProgramMethod[];
  path: (caseId: string) => string;
}

export const casePages: readonly CasePage[] = [
  {
    id: 'breakthroughPlan',
    methods: ['breakthrough'],
    path: (caseId) => `/cases/${encodeURIComponent(caseId)}/plan`,
  },
];

/** The extra pages of a case of a program following `method` (none while the method is unknown). */
export function casePagesFor(method: ProgramMethod | undefined): CasePage[] {
  return method ? casePages.filter((page) => page.methods.includes(method)) : [];
}
