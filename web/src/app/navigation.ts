import type { Permission, Role } from '@percee/shared';
import { PERMISSIONS } from '@percee/shared/permissions';
import { can } from '../lib/roles';

/**
 * Navigation is a table: entry → the permission that opens it (the shared vocabulary the API enforces,
 * `@percee/shared` permissions), so who sees an entry follows the same rule as what the API lets them do.
 * A new module adds its entry to `navEntries` with its permission; the header and the route guards follow.
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
  /** Who sees the entry: the roles holding this permission; everyone when null. */
  permission: Permission | null;
  /** Match the path exactly (for "/"). */
  end?: boolean;
}

// In the order of the navigation.
export const navEntries: Record<NavEntryId, NavEntry> = {
  home: { id: 'home', to: '/', end: true, permission: null },
  caseload: { id: 'caseload', to: '/caseload', permission: 'case.read' },
  // Appointments: my day or week, the team's for coordinators.
  agenda: { id: 'agenda', to: '/agenda', permission: 'case.read' },
  // Same pages, two names: coordinators decide referrals (inbox), partners follow the ones they made.
  referralInbox: { id: 'referralInbox', to: '/referrals', permission: 'referral.inbox' },
  // Partners: the cases their service is involved in, under consent (a reduced view).
  ourCases: { id: 'ourCases', to: '/partner/cases', permission: 'partner.cases' },
  referrals: { id: 'referrals', to: '/referrals', permission: 'partner.cases' },
  households: { id: 'households', to: '/households', permission: 'household.access' },
  cases: { id: 'cases', to: '/cases', permission: 'case.read' },
  // The coordinators' queue of breakthroughs awaiting a sign-off (plans are reached from the cases).
  breakthroughs: { id: 'breakthroughs', to: '/breakthroughs', permission: 'breakthrough.approve' },
  // Aggregates (admins and analysts too): no page with personal data.
  avoidedCosts: { id: 'avoidedCosts', to: '/avoided-costs', permission: 'aggregate.read' },
  reports: { id: 'reports', to: '/reports', permission: 'aggregate.read' },
  team: { id: 'team', to: '/team', permission: 'team.dashboard' },
  // The help-desk log of the reception: it holds no personal data (the API hides the topic of an
  // inquiry that led to a referral from admins).
  helpDesk: { id: 'helpDesk', to: '/help-desk', permission: 'helpdesk.use' },
  // Admins manage users and settings, never case or household content.
  admin: { id: 'admin', to: '/admin', permission: 'site.manage' },
};

/** Page areas and their permission. Any service may refer a person: everyone but analysts. */
const pageAreas: Record<PageAreaId, Permission> = {
  newReferral: 'referral.send',
};

const opens = (role: Role, permission: Permission | null) => permission === null || can(role, permission);

/** The navigation entries of each role, derived from the permissions. */
export const navByRole = {} as Record<Role, readonly NavEntryId[]>;
// The roles, from the vocabulary itself: the shared package's index (its schemas) stays out of the first bundle.
const roles = [...new Set(Object.values(PERMISSIONS).flat())] as Role[];
for (const role of roles) {
  navByRole[role] = Object.values(navEntries)
    .filter((entry) => opens(role, entry.permission))
    .map((entry) => entry.id);
}

export function navEntriesFor(role: Role): NavEntry[] {
  return navByRole[role].map((id) => navEntries[id]);
}

/** Whether the role may open an area (any of them, when given several). */
export function canAccess(role: Role, area: AreaId | readonly AreaId[]): boolean {
  const areas: readonly AreaId[] = typeof area === 'string' ? [area] : area;
  return areas.some((id) =>
    opens(role, id in pageAreas ? pageAreas[id as PageAreaId] : navEntries[id as NavEntryId].permission),
  );
}
