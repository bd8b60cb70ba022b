import type { Role } from '@percee/shared';

/**
 * Navigation is a table: role → entries. A new module adds its entry to `navEntries`
 * and lists it for the roles that use it; the header and the route guards follow.
 */
export type NavEntryId =
  | 'home'
  | 'caseload'
  | 'agenda'
  | 'referralInbox'
  | 'referrals'
  | 'households'
  | 'cases'
  | 'breakthroughs'
  | 'avoidedCosts'
  | 'reports'
  | 'team'
  | 'helpDesk'
  | 'ourCases'
  | 'admin';

/** Pages reached from other pages rather than from the navigation (e.g. the referral form). */
export type PageAreaId = 'newReferral';

/** What a route guard checks: a navigation entry, or a page area. */
export type AreaId = NavEntryId | PageAreaId;

export interface NavEntry {
  id: NavEntryId;
  to: string;
  /** Match the path exactly (for "/"). */
  end?: boolean;
}

export const navEntries: Record<NavEntryId, NavEntry> = {
  home: { id: 'home', to: '/', end: true },
  caseload: { id: 'caseload', to: '/caseload' },
  // Appointments: my day or week, the team's for coordinators.
  agenda: { id: 'agenda', to: '/agenda' },
  // Same pages, two names: coordinators decide referrals (inbox), partners follow the ones they made.
  referralInbox: { id: 'referralInbox', to: '/referrals' },
  referrals: { id: 'referrals', to: '/referrals' },
  households: { id: 'households', to: '/households' },
  cases: { id: 'cases', to: '/cases' },
  // The coordinators' queue of breakthroughs awaiting a sign-off (plans are reached from the cases).
  breakthroughs: { id: 'breakthroughs', to: '/breakthroughs' },
  avoidedCosts: { id: 'avoidedCosts', to: '/avoided-costs' },
  reports: { id: 'reports', to: '/reports' },
  team: { id: 'team', to: '/team' },
  // The help-desk log of the reception (coordinators, case workers, admins, as the API allows).
  helpDesk: { id: 'helpDesk', to: '/help-desk' },
  // Partners: the cases their service is involved in, under consent (a reduced view).
  ourCases: { id: 'ourCases', to: '/partner/cases' },
  admin: { id: 'admin', to: '/admin' },
};

export const navByRole: Record<Role, readonly NavEntryId[]> = {
  // Admins manage users and settings, read aggregates and the help-desk log (which holds no personal data;
  // the API hides the topic of an inquiry that led to a referral from them): no case or household content.
  admin: ['home', 'avoidedCosts', 'reports', 'team', 'helpDesk', 'admin'],
  coordinator: [
    'home',
    'caseload',
    'agenda',
    'referralInbox',
    'households',
    'cases',
    'breakthroughs',
    'avoidedCosts',
    'reports',
    'team',
    'helpDesk',
  ],
  // Case workers reach the breakthrough plans from their cases.
  case_worker: ['home', 'caseload', 'agenda', 'households', 'cases', 'helpDesk'],
  partner: ['home', 'ourCases', 'referrals'],
  // Aggregates only for analysts: no page with personal data.
  analyst: ['home', 'avoidedCosts', 'reports'],
};

/** Page areas per role. Any service may refer a person: everyone but analysts. */
export const pageAreasByRole: Record<Role, readonly PageAreaId[]> = {
  admin: ['newReferral'],
  coordinator: ['newReferral'],
  case_worker: ['newReferral'],
  partner: ['newReferral'],
  analyst: [],
};

export function navEntriesFor(role: Role): NavEntry[] {
  return navByRole[role].map((id) => navEntries[id]);
}

/** Whether the role may open an area (any of them, when given several). */
export function canAccess(role: Role, area: AreaId | readonly AreaId[]): boolean {
  const areas: readonly AreaId[] = typeof area === 'string' ? [area] : area;
  return areas.some(
    (id) =>
      (navByRole[role] as readonly AreaId[]).includes(id) || (pageAreasByRole[role] as readonly AreaId[]).includes(id),
  );
}
