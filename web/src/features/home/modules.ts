import type { Role } from '@percee/shared';

/** Business modules, with the page each opens. */
export type AvailableModule =
  | 'caseload'
  | 'referrals'
  | 'households'
  | 'cases'
  | 'breakthroughs'
  | 'avoidedCosts'
  | 'reports'
  | 'team'
  | 'helpDesk';

export const modulePaths: Record<AvailableModule, string> = {
  caseload: '/caseload',
  referrals: '/referrals',
  households: '/households',
  cases: '/cases',
  breakthroughs: '/breakthroughs',
  avoidedCosts: '/avoided-costs',
  reports: '/reports',
  team: '/team',
  helpDesk: '/help-desk',
};

/** Which modules each role uses (the same as its navigation; a test keeps them in step). */
export const availableModulesByRole: Record<Role, readonly AvailableModule[]> = {
  admin: ['avoidedCosts', 'reports', 'team', 'helpDesk'],
  coordinator: [
    'caseload',
    'referrals',
    'households',
    'cases',
    'breakthroughs',
    'avoidedCosts',
    'reports',
    'team',
    'helpDesk',
  ],
  // Breakthrough plans are reached from the cases.
  case_worker: ['caseload', 'households', 'cases', 'helpDesk'],
  partner: ['referrals'],
  analyst: ['avoidedCosts', 'reports'],
};
