import type { Role } from '@percee/shared';

/** Business modules on the roadmap. None is built yet: the dashboard only announces them. */
export type PlannedModule = 'caseload' | 'referrals' | 'breakthroughs' | 'reports';

/** Which planned modules each role will use. */
export const plannedModulesByRole: Record<Role, readonly PlannedModule[]> = {
  admin: ['caseload', 'referrals', 'breakthroughs', 'reports'],
  coordinator: ['caseload', 'referrals', 'breakthroughs', 'reports'],
  case_worker: ['caseload', 'referrals', 'breakthroughs'],
  partner: ['referrals'],
  analyst: ['reports'],
};
