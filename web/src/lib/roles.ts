import type { Permission, Role } from '@percee/shared';
// The subpath, not the index: this file is in the first bundle, the schemas are not.
import { can } from '@percee/shared/permissions';

/**
 * What a role may do, for the interface: the same vocabulary the API enforces (`@percee/shared`
 * permissions), so a rule lives in one place. Features ask these questions rather than comparing role
 * names; each answers with one permission (`roles.test.ts` checks the ones that go together still do).
 */
export { can, type Permission };

/** Coordinators decide referrals, assign and transfer cases, set co-workers (admins do not read case content). */
export const coordinates = (role: Role) => can(role, 'referral.decide');

/** Roles that work on case files and may read households (never admins, partners nor analysts). */
export const worksOnCases = (role: Role) => can(role, 'case.read');

/** Roles that follow referrals in a list of their own: the inbox, or a partner's referrals sent. */
export const followsReferrals = (role: Role) => can(role, 'referral.inbox') || can(role, 'partner.cases');

/** Only coordinators may assign beyond a worker's caseload limit (with a reason); admins may not. */
export const overridesCaseload = (role: Role) => can(role, 'case.overrideCaseload');

/** Only coordinators sign off (approve or reject) a breakthrough: they hold its budget. Admins may not. */
export const approvesBreakthroughs = (role: Role) => can(role, 'breakthrough.approve');

/** Aggregate figures (activity reports, avoided costs): coordinators, admins, analysts. */
export const readsAggregates = (role: Role) => can(role, 'aggregate.read');

/** Analysts and funders see aggregates only, never a name: small counts read "<5". */
export const seesAggregatesOnly = (role: Role) => readsAggregates(role) && !can(role, 'aggregate.smallCounts');

/** The admins manage the organisation's reference data (sites, users, cost catalogue). */
export const administers = (role: Role) => can(role, 'site.manage');

/** Who may see "who looked at this file" (reads and changes of a household's file). */
export const readsFileAccessLog = (role: Role) => can(role, 'accessLog.read');
