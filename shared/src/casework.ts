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
