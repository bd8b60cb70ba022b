import { z } from 'zod';

/** The methods of the domain brief; a program follows one. */
export const programMethods = [
  'breakthrough',
  'case_management',
  'housing_support_asll',
  'budget_support_masp',
  'outreach',
] as const;
export const ProgramMethod = z.enum(programMethods);
export type ProgramMethod = z.infer<typeof ProgramMethod>;

/** Accompaniment types (Soliha's activity report counts cases by these). */
export const accompanimentTypes = [
  'housing_keeping',
  'housing_search',
  'housing_access',
  'masp',
  'family_coaching',
  'case_management',
  'outreach',
] as const;
export const AccompanimentType = z.enum(accompanimentTypes);
export type AccompanimentType = z.infer<typeof AccompanimentType>;

export const problemDomains = [
  'debt',
  'addiction',
  'unemployment',
  'domestic_violence',
  'mental_health',
  'physical_health',
  'justice',
  'housing',
  'education',
  'parenting',
  'social_isolation',
  'administration',
] as const;
export const ProblemDomain = z.enum(problemDomains);
export type ProblemDomain = z.infer<typeof ProblemDomain>;

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

export const householdRoles = ['applicant', 'partner', 'child', 'other_adult', 'other'] as const;
export const HouseholdRole = z.enum(householdRoles);

export const residenceStatuses = [
  'citizen',
  'permit',
  'eu_citizen',
  'asylum_seeker',
  'undocumented',
  'unknown',
] as const;
export const ResidenceStatus = z.enum(residenceStatuses);

/** The six stages of the case-management cycle (La Louvière). */
export const caseStages = ['intake', 'assessment', 'planning', 'monitoring', 'evaluation', 'exit'] as const;
export const CaseStage = z.enum(caseStages);
export type CaseStage = z.infer<typeof CaseStage>;

export const closureReasons = [
  'goals_reached',
  'refused_or_disengaged',
  'never_reached',
  'not_admitted',
  'moved_away',
  'transferred',
  'other',
] as const;
export const ClosureReason = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof ClosureReason>;

/**
 * Allowed stage moves: forward one stage at a time, re-assessment from evaluation back to assessment,
 * and exit from any open stage (with a closure reason). No stage the method requires is skipped.
 */
export const STAGE_MOVES: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  intake: ['assessment', 'exit'],
  assessment: ['planning', 'exit'],
  planning: ['monitoring', 'exit'],
  monitoring: ['evaluation', 'exit'],
  evaluation: ['assessment', 'exit'],
  exit: [],
};

export const allowedMoves = (from: CaseStage): readonly CaseStage[] => STAGE_MOVES[from];
export const canMove = (from: CaseStage, to: CaseStage) => STAGE_MOVES[from].includes(to);

export const referralStatuses = ['new', 'accepted', 'declined', 'withdrawn'] as const;
export const ReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const declineReasons = [
  'no_real_request',
  'not_eligible',
  'out_of_territory',
  'capacity_full',
  'duplicate',
  'other',
] as const;
export const DeclineReason = z.enum(declineReasons);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const contactTypes = ['home_visit', 'office', 'phone', 'video', 'street_outreach', 'with_partner'] as const;
export const ContactType = z.enum(contactTypes);
export type ContactType = z.infer<typeof ContactType>;

export const aidKinds = [
  'medical_care',
  'housing',
  'food',
  'clothing',
  'mobility',
  'water',
  'energy',
  'other',
] as const;
export const AidKind = z.enum(aidKinds);
export const aidNatures = ['material', 'financial', 'social'] as const;
export const AidNature = z.enum(aidNatures);

export const inquiryChannels = ['phone', 'walk_in', 'email'] as const;
export const InquiryChannel = z.enum(inquiryChannels);
export type InquiryChannel = z.infer<typeof InquiryChannel>;
export const inquiryOutcomes = ['information_given', 'routed_to_service', 'referral_created'] as const;
export const InquiryOutcome = z.enum(inquiryOutcomes);
export type InquiryOutcome = z.infer<typeof InquiryOutcome>;

/*
 * When a contact is due, and how late it is: one rule for the server (case, caseload, the overdue filter
 * and the caseload's order) and the web (case page, case list, caseload badges), so that two screens
 * never say 11 and 12 days for the same case. Days are elapsed 24-hour periods between instants, not
 * calendar days: the organisation has no time zone of its own, and an instant minus an instant does not
 * depend on where the browser or the server runs, nor on a daylight-saving change in between.
 */
const DAY_MS = 86_400_000;

/** Contacts due within this many days are "due soon" (badge), as are planned contacts (caseload action). */
export const DUE_SOON_DAYS = 3;

/** The next contact is due the program's interval after the last contact (or the opening). */
export function contactDueAt(lastContactAt: string | null, openedAt: string, intervalDays: number): string {
  const since = new Date(lastContactAt ?? openedAt);
  return new Date(since.getTime() + intervalDays * DAY_MS).toISOString();
}

/** Overdue from the instant it was due (the SQL filter and the caseload's order say `contact_due_at < now`). */
export const isOverdue = (dueAt: string | Date, now: Date = new Date()) => new Date(dueAt).getTime() < now.getTime();

/**
 * Whole days from `now` until `dueAt`, towards zero: negative once past (26.3 days late is -26), 0 within
 * a day either side. The API's `daysUntilDue`.
 */
export function daysUntilDue(dueAt: string | Date, now: Date = new Date()): number {
  return Math.trunc((new Date(dueAt).getTime() - now.getTime()) / DAY_MS) || 0; // `|| 0`: never -0
}

/** How many days late an overdue contact reads: at least 1 (due an hour ago is "1 day overdue"). */
export const daysOverdue = (daysUntil: number) => Math.max(1, -daysUntil);

/** The instant `days` whole days after `from` (the caseload's "soon"). */
export const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/*
 * The caseload limit: one rule for the server's check when a case is assigned (accepting a referral,
 * a transfer), the accept form's worker list and the team dashboard. A worker with `limit` open cases
 * is full: they take no new case without a coordinator's override. The dashboard compares with the
 * lowest limit of the programs of their open cases; assigning, with the program of the case.
 */
export type CaseloadState = 'under' | 'full' | 'over';

export function caseloadState(openCases: number, limit: number): CaseloadState {
  if (openCases > limit) return 'over';
  return openCases === limit ? 'full' : 'under';
}

/** Whether a worker may take one more case under `limit` without an override. */
export const takesAnotherCase = (openCases: number, limit: number) => caseloadState(openCases, limit) === 'under';
