import type { Role } from '@percee/shared';

/** Business modules that are available, with the page each opens. */
export type AvailableModule = 'caseload' | 'referrals' | 'households' | 'cases';
/** Modules still on the roadmap: the dashboard only announces them. */
export type PlannedModule = 'breakthroughs' | 'reports';

export const modulePaths: Record<AvailableModule, string> = {
  caseload: '/caseload',
  referrals: '/referrals',
  households: '/households',
  cases: '/cases',
};

/** Which modules each role uses (the same as its navigation; a test keeps them in step). */
export const availableModulesByRole: Record<Role, readonly AvailableModule[]> = {
  admin: ['caseload', 'referrals', 'households', 'cases'],
  coordinator: ['caseload', 'referrals', 'households', 'cases'],
  case_worker: ['caseload', 'households', 'cases'],
  partner: ['referrals'],
  analyst: [],
};

export const plannedModulesByRole: Record<Role, readonly PlannedModule[]> = {
  admin: ['breakthroughs', 'reports'],
  coordinator: ['breakthroughs', 'reports'],
  case_worker: ['breakthroughs'],
  partner: [],
  analyst: ['reports'],
};
