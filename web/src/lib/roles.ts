import type { Role } from '@percee/shared';

/**
 * What a role may do, for the interface (the API enforces the same rules). Features ask these
 * questions rather than comparing role names, so that a rule lives in one place.
 */

/** Coordinators decide referrals, assign and transfer cases, set co-workers (admins do not read case content). */
export const coordinates = (role: Role) => role === 'coordinator';

/** Roles that work on case files and may read households (never admins, partners nor analysts). */
export const worksOnCases = (role: Role) => role === 'coordinator' || role === 'case_worker';

/** Roles that follow referrals: coordinators decide them, partners see the ones they made. */
export const followsReferrals = (role: Role) => coordinates(role) || role === 'partner';

/** Only coordinators may assign beyond a worker's caseload limit (with a reason); admins may not. */
export const overridesCaseload = (role: Role) => role === 'coordinator';

/** Only coordinators sign off (approve or reject) a breakthrough: they hold its budget. Admins may not. */
export const approvesBreakthroughs = (role: Role) => role === 'coordinator';

/** Aggregate figures (activity reports, avoided costs): coordinators, admins, analysts. */
export const readsAggregates = (role: Role) => role === 'coordinator' || role === 'admin' || role === 'analyst';

/** Analysts and funders see aggregates only, never a name: small counts read "<5". */
export const seesAggregatesOnly = (role: Role) => role === 'analyst';

/** The admins manage the organisation's reference data (sites, users, cost catalogue). */
export const administers = (role: Role) => role === 'admin';

/** Who may see "who looked at this file" (reads and changes of a household's file). */
export const readsFileAccessLog = (role: Role) => coordinates(role);
