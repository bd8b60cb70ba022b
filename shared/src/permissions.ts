import type { Role } from './enums.js';

/*
 * Who may do what, named once. The server checks these names (route hooks and service rules) and the
 * web shows or hides actions with the same `can()`, so a rule changes here and nowhere else.
 * A machine client acts with the role its scope maps to (server/src/plugins/auth.ts, SCOPE_ROLE).
 *
 * Admins manage the organisation (users, sites, programs, catalogue, partner services, integrations,
 * retention) and keep the consent register, but never read case or household content: an admin who
 * also coordinates needs a coordinator account. Analysts read aggregates only.
 */
const ALL_STAFF = ['admin', 'coordinator', 'case_worker'] as const;
const CASEWORK = ['coordinator', 'case_worker'] as const;
const AGGREGATES = ['coordinator', 'admin', 'analyst'] as const;

export const PERMISSIONS = {
  // Administration of the organisation.
  /** Create, edit, disable users; reset a second factor. */
  'user.manage': ['admin'],
  'site.manage': ['admin'],
  /** Site names (pickers, report filters). */
  'site.read': ['admin', 'coordinator', 'case_worker', 'analyst'],
  'program.edit': ['admin'],
  /** Program settings (caseload limits, contact intervals, checklists); others get the options only. */
  'program.read': ALL_STAFF,
  'catalogue.edit': ['admin'],
  'catalogue.read': ['admin', 'coordinator', 'case_worker', 'analyst'],
  'partnerService.manage': ['admin'],
  'partnerService.read': ALL_STAFF,
  /** API clients, webhook subscriptions and deliveries, the event feed (machine clients: by scope). */
  'integration.manage': ['admin'],
  'audit.read': ['admin'],
  'retention.manage': ['admin'],
  'legalHold.manage': ['admin', 'coordinator'],
  /** The team and its caseloads (assignment pickers). */
  'team.read': ALL_STAFF,
  'team.dashboard': ['coordinator', 'admin'],
  'helpdesk.use': ALL_STAFF,

  // Casework: household files, cases, referrals, breakthroughs.
  /** Open, create and edit household files (of the cases one works on, or all: `case.readAll`). */
  'household.access': CASEWORK,
  /** Work on case files: read them, record contacts, assessments, aid, plans and breakthroughs. */
  'case.read': CASEWORK,
  /** Every case and household file of the organisation, not only the ones one works on. */
  'case.readAll': ['coordinator'],
  'case.assign': ['coordinator'],
  'case.setCoWorkers': ['coordinator'],
  /** The whole team's agenda, and planning appointments in a colleague's agenda. */
  'agenda.team': ['coordinator'],
  /** Assign beyond a worker's caseload limit, with a reason. */
  'case.overrideCaseload': ['coordinator'],
  /**
   * Checked for likely duplicates when creating a household (by referral too). Not partners: the
   * check would tell them who else the organisation knows.
   */
  'household.duplicateCheck': ALL_STAFF,
  /** Send referrals and follow the ones one sent. */
  'referral.send': ['coordinator', 'admin', 'case_worker', 'partner'],
  /** Every referral of the organisation (the inbox). */
  'referral.inbox': ['coordinator'],
  'referral.decide': ['coordinator'],
  /**
   * Correct or void a contact, aid entry or appointment one recorded oneself (with a reason); the author
   * must still work on the case.
   */
  'record.correctOwn': CASEWORK,
  /** Correct or void anyone's contact, aid entry or appointment (with a reason). */
  'record.correctAny': ['coordinator'],
  /** Reopen a closed case, with a reason, within the organisation's reopening period. */
  'case.reopen': ['coordinator'],
  /** The case settings (the reopening period): read by those who reopen, set by admins. */
  'caseSettings.read': ['admin', 'coordinator'],
  'caseSettings.manage': ['admin'],
  /** Approve or reject a breakthrough that needs a sign-off (coordinators hold its budget). */
  'breakthrough.approve': ['coordinator'],
  'consent.register': ALL_STAFF,
  /** One's own tasks: the rules' and the ones one writes (on cases one works on). */
  'task.use': CASEWORK,
  /** The team's tasks (its overdue ones), and giving a task to a colleague. */
  'task.team': ['coordinator'],
  /** Who looked at a household's file (admins: metadata only). */
  'accessLog.read': ['coordinator', 'admin'],
  /** Export everything held on a person (subject access). */
  'subjectData.export': ['coordinator'],
  /**
   * A household member's phone number and e-mail (issue 18.6): those who work on the file. Partners,
   * analysts and admins never get them, whatever route they reach.
   */
  'household.contactDetails': CASEWORK,
  /** Partner services' own view: "our cases". */
  'partner.cases': ['partner'],

  // Aggregates.
  /** Activity reports and avoided-cost figures. */
  'aggregate.read': AGGREGATES,
  /** Exact small counts in aggregates; without it, counts under the threshold read "<5". */
  'aggregate.smallCounts': ['coordinator', 'admin'],
  /** Set the organisation's report settings (the time zone report periods are read in). */
  'reportSettings.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const permissions = Object.keys(PERMISSIONS) as Permission[];

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission `role` holds. */
export const permissionsOf = (role: Role): Permission[] => permissions.filter((permission) => can(role, permission));
