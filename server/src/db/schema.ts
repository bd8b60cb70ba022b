import {
  accompanimentTypes,
  aidKinds,
  aidNatures,
  apiScopes,
  breakthroughCategories,
  breakthroughStatuses,
  caseStages,
  closureReasons,
  consentPurposes,
  contactTypes,
  costCategories,
  costUnits,
  type Deadlock,
  declineReasons,
  householdRoles,
  inquiryChannels,
  inquiryOutcomes,
  legalBases,
  organisationKinds,
  type PlanGoal,
  planStatuses,
  problemDomains,
  programMethods,
  referralStatuses,
  residenceStatuses,
  roles,
  severities,
  siteKinds,
} from '@percee/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/*
 * Every tenant-owned table carries `organisation_id`, leads its primary key and indexes with it
 * (so it distributes by organisation, see docs/scaling.md), and references other tenant rows
 * through composite foreign keys (organisation_id, id): a row can never point into another
 * organisation. Row-level security policies live in hand-written migrations (drizzle-kit does
 * not emit them); `rls.test.ts` checks every such table is covered.
 */

/**
 * timestamptz in the database, an ISO 8601 string (UTC, `Z`) in the application and at the edge.
 * Millisecond precision, like the ISO strings: a keyset cursor holding a timestamp then names
 * exactly one position (microseconds would be lost in the cursor and rows repeated across pages).
 */
export const timestamptz = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp(3) with time zone',
  fromDriver: (value) => new Date(value).toISOString(),
});

const timestamps = {
  createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  updatedAt: timestamptz('updated_at').notNull().default(sql`now()`),
};

export const organisationKind = pgEnum('organisation_kind', organisationKinds);
export const siteKind = pgEnum('site_kind', siteKinds);
export const userRole = pgEnum('user_role', roles);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * Months after the last case of a household closed before its personal data is pseudonymised
     * (see docs/decisions/0006-retention-pseudonymisation.md). Set by the organisation's admins.
     */
    retentionMonths: integer('retention_months').notNull().default(60),
    ...timestamps,
  },
  (t) => [check('organisations_retention_months_check', sql`${t.retentionMonths} between 1 and 600`)],
);

export const sites = pgTable(
  'sites',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: siteKind('kind').notNull(),
    address: text('address'),
    municipality: text('municipality'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('sites_org_name_idx').on(t.organisationId, t.name, t.id),
  ],
);

/** Partner services (housing, debt help, school, CPAS/OCMW...) an organisation shares with under a legal basis. */
export const partnerServices = pgTable(
  'partner_services',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('partner_services_org_name_key').on(t.organisationId, t.name),
  ],
);

export const users = pgTable(
  'users',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    locale: text('locale').notNull().default('fr'),
    siteId: uuid('site_id'),
    /** Partner accounts: the partner service they work for; what they see follows its involvements. */
    partnerServiceId: uuid('partner_service_id'),
    active: boolean('active').notNull().default(true),
    // TOTP second factor (RFC 6238). Secrets are `keyId:ciphertext`, sealed by lib/secrets.ts (SECRETS_KEY,
    // rotated with the webhook secrets), never returned after enrolment; the pending one waits for its first valid code. The last accepted time step
    // refuses a code replayed within its window; recovery codes are SHA-256 hashes, removed when used.
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: timestamptz('totp_enabled_at'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    totpRecoveryHashes: text('totp_recovery_hashes').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    foreignKey({
      columns: [t.organisationId, t.partnerServiceId],
      foreignColumns: [partnerServices.organisationId, partnerServices.id],
    }),
    // One account per e-mail across the installation: sign-in needs no organisation picker.
    uniqueIndex('users_email_key').on(t.email),
    index('users_org_name_idx').on(t.organisationId, t.displayName, t.id),
    foreignKey({ columns: [t.organisationId, t.siteId], foreignColumns: [sites.organisationId, sites.id] }),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    revokedAt: timestamptz('revoked_at'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_user_idx').on(t.organisationId, t.userId),
    index('refresh_tokens_family_idx').on(t.organisationId, t.familyId),
    foreignKey({ columns: [t.organisationId, t.userId], foreignColumns: [users.organisationId, users.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** Append-only: the application role may insert and read, never update or delete. */
export const auditLog = pgTable(
  'audit_log',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    id: bigserial('id', { mode: 'number' }).notNull(),
    occurredAt: timestamptz('occurred_at').notNull().default(sql`now()`),
    actorUserId: uuid('actor_user_id'),
    /** Set instead of actor_user_id when a machine client (API client) made the change. */
    actorClientId: uuid('actor_client_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes'),
    requestId: text('request_id'),
    /*
     * Hash chain per organisation, always set by the audit_log_chain trigger (hand-written migration),
     * whatever the insert says: seq counts 1, 2, 3... per organisation, prev_hash is the previous row's
     * hash (64 zeros for the first), hash = SHA-256 over the canonical serialisation (app.audit_hash).
     * The unique index (organisation_id, seq) lives in that migration too (after the backfill).
     */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('audit_log_entity_idx').on(t.organisationId, t.entityType, t.entityId, t.occurredAt),
    index('audit_log_time_idx').on(t.organisationId, t.occurredAt),
  ],
);

/** Installation-wide facts (e.g. that the demo was seeded). Not tenant data; the app role cannot read it. */
export const systemState = pgTable('system_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamptz('updated_at').notNull().default(sql`now()`),
});

/* ---------- Case work: programs, households, referrals, cases (issue 3) ---------- */

export const programMethod = pgEnum('program_method', programMethods);
export const accompanimentType = pgEnum('accompaniment_type', accompanimentTypes);
export const problemDomain = pgEnum('problem_domain', problemDomains);
export const severity = pgEnum('severity', severities);
export const householdRole = pgEnum('household_role', householdRoles);
export const residenceStatus = pgEnum('residence_status', residenceStatuses);
export const referralStatus = pgEnum('referral_status', referralStatuses);
export const declineReason = pgEnum('decline_reason', declineReasons);
export const caseStage = pgEnum('case_stage', caseStages);
export const closureReason = pgEnum('closure_reason', closureReasons);
export const contactType = pgEnum('contact_type', contactTypes);
export const aidKind = pgEnum('aid_kind', aidKinds);
export const aidNature = pgEnum('aid_nature', aidNatures);
export const inquiryChannel = pgEnum('inquiry_channel', inquiryChannels);
export const inquiryOutcome = pgEnum('inquiry_outcome', inquiryOutcomes);

const tenant = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);
const isoDate = (name: string) => date(name, { mode: 'string' });

export const programs = pgTable(
  'programs',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    method: programMethod('method').notNull(),
    caseloadLimit: integer('caseload_limit').notNull(),
    contactIntervalDays: integer('contact_interval_days').notNull(),
    expectedDurationMonths: integer('expected_duration_months'),
    accompanimentTypes: accompanimentType('accompaniment_types').array().notNull(),
    eligibilityChecklist: jsonb('eligibility_checklist').$type<{ code: string; label: string }[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('programs_org_name_idx').on(t.organisationId, t.name, t.id),
  ],
);

export const households = pgTable(
  'households',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    reference: text('reference').notNull(),
    /** The applicant's name (or the first member's), kept by the service for lists. */
    displayName: text('display_name').notNull(),
    address: text('address'),
    postalCode: text('postal_code'),
    municipality: text('municipality'),
    siteId: uuid('site_id'),
    /** Lower-cased, accent-free names, reference and address, for search. Maintained by the service. */
    searchText: text('search_text').notNull().default(''),
    /** Normalised address + postal code, for the duplicate warning. */
    addressKey: text('address_key'),
    /** Set when the retention job replaced its personal data by placeholders (the figures stay). */
    pseudonymisedAt: timestamptz('pseudonymised_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('households_org_reference_key').on(t.organisationId, t.reference),
    index('households_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('households_org_name_idx').on(t.organisationId, t.displayName, t.id),
    index('households_org_address_idx').on(t.organisationId, t.addressKey),
    // Trigram search (LIKE and word similarity) within an organisation: app.household_search_ids().
    index('households_org_search_trgm_idx').using('gin', t.organisationId, t.searchText.op('gin_trgm_ops')),
    foreignKey({ columns: [t.organisationId, t.siteId], foreignColumns: [sites.organisationId, sites.id] }),
  ],
);

export const persons = pgTable(
  'persons',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Normalised "lastname firstname" (lower case, no accents) for duplicate detection. */
    nameKey: text('name_key').notNull(),
    birthDate: isoDate('birth_date'),
    role: householdRole('role').notNull(),
    residenceStatus: residenceStatus('residence_status').notNull().default('unknown'),
    phone: text('phone'),
    email: text('email'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('persons_household_idx').on(t.organisationId, t.householdId),
    index('persons_name_key_idx').on(t.organisationId, t.nameKey, t.birthDate),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
  ],
);

export const householdProblems = pgTable(
  'household_problems',
  {
    organisationId: tenant(),
    householdId: uuid('household_id').notNull(),
    domain: problemDomain('domain').notNull(),
    severity: severity('severity').notNull(),
    since: isoDate('since'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.householdId, t.domain] }),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
  ],
);

export const referrals = pgTable(
  'referrals',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    status: referralStatus('status').notNull().default('new'),
    referrerService: text('referrer_service').notNull(),
    referrerContact: text('referrer_contact'),
    reason: text('reason').notNull(),
    personAgreed: boolean('person_agreed').notNull(),
    programId: uuid('program_id'),
    householdId: uuid('household_id').notNull(),
    createdBy: uuid('created_by'),
    receivedAt: timestamptz('received_at').notNull().default(sql`now()`),
    decidedAt: timestamptz('decided_at'),
    decidedBy: uuid('decided_by'),
    declineReason: declineReason('decline_reason'),
    decisionNote: text('decision_note'),
    caseId: uuid('case_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('referrals_org_status_idx').on(t.organisationId, t.status, t.receivedAt, t.id),
    index('referrals_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('referrals_org_creator_idx').on(t.organisationId, t.createdBy, t.receivedAt),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
    foreignKey({ columns: [t.organisationId, t.programId], foreignColumns: [programs.organisationId, programs.id] }),
  ],
);

export const cases = pgTable(
  'cases',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    programId: uuid('program_id').notNull(),
    referralId: uuid('referral_id'),
    primaryWorkerId: uuid('primary_worker_id').notNull(),
    accompanimentType: accompanimentType('accompaniment_type').notNull(),
    stage: caseStage('stage').notNull().default('intake'),
    openedAt: timestamptz('opened_at').notNull().default(sql`now()`),
    closedAt: timestamptz('closed_at'),
    closureReason: closureReason('closure_reason'),
    /** When the accompaniment proper began: the first move to planning (a plan agreed with the person). */
    accompanimentStartedAt: timestamptz('accompaniment_started_at'),
    /** The stage the case was in when it exited: intake/assessment exits are diagnostics without accompaniment. */
    exitedFromStage: caseStage('exited_from_stage'),
    lastContactAt: timestamptz('last_contact_at'),
    nextPlannedContactAt: timestamptz('next_planned_contact_at'),
    /** last contact (or opening) + the program's interval; null once closed. Kept by the service. */
    contactDueAt: timestamptz('contact_due_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('cases_worker_due_idx').on(t.organisationId, t.primaryWorkerId, t.contactDueAt, t.id),
    index('cases_org_due_idx').on(t.organisationId, t.contactDueAt, t.id),
    // The case list's "due" order: no due date (closed cases) last, as its keyset compares it.
    index('cases_org_due_sort_idx').on(
      t.organisationId,
      sql`coalesce(${t.contactDueAt}, 'infinity'::timestamptz)`,
      t.id,
    ),
    index('cases_org_stage_idx').on(t.organisationId, t.stage, t.id),
    index('cases_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('cases_org_opened_idx').on(t.organisationId, t.openedAt, t.id),
    index('cases_household_idx').on(t.organisationId, t.householdId),
    index('cases_program_idx').on(t.organisationId, t.programId),
    index('cases_org_closed_idx').on(t.organisationId, t.closedAt),
    index('cases_org_accompaniment_idx').on(t.organisationId, t.accompanimentStartedAt),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
    foreignKey({ columns: [t.organisationId, t.programId], foreignColumns: [programs.organisationId, programs.id] }),
    foreignKey({ columns: [t.organisationId, t.primaryWorkerId], foreignColumns: [users.organisationId, users.id] }),
  ],
);

export const caseCoWorkers = pgTable(
  'case_co_workers',
  {
    organisationId: tenant(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.caseId, t.userId] }),
    index('case_co_workers_user_idx').on(t.organisationId, t.userId),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.organisationId, t.userId], foreignColumns: [users.organisationId, users.id] }),
  ],
);

/** The case's timeline: one row per step (opening, stage change, assignment, contact, assessment, aid). */
export const caseEvents = pgTable(
  'case_events',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    caseId: uuid('case_id').notNull(),
    at: timestamptz('at').notNull().default(sql`now()`),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    summary: text('summary').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('case_events_case_idx').on(t.organisationId, t.caseId, t.at),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    type: contactType('type').notNull(),
    durationMinutes: integer('duration_minutes'),
    participants: text('participants'),
    notes: text('notes'),
    nextPlannedAt: timestamptz('next_planned_at'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('contacts_case_idx').on(t.organisationId, t.caseId, t.occurredAt),
    // Period queries (activity report): the period's contacts in one index-only scan, with what the
    // report groups by (replaces contacts_org_time_idx, same leading columns).
    index('contacts_org_time_cover_idx').on(t.organisationId, t.occurredAt, t.caseId, t.type, t.id),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
  ],
);

export const assessmentInstruments = pgTable(
  'assessment_instruments',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    domains: jsonb('domains').$type<{ code: string; label: Record<string, string> }[]>().notNull(),
    levels: jsonb('levels').$type<{ score: number; label: Record<string, string> }[]>().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('assessment_instruments_code_key').on(t.organisationId, t.code),
    index('assessment_instruments_name_idx').on(t.organisationId, t.name, t.id),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    instrumentId: uuid('instrument_id').notNull(),
    assessedAt: timestamptz('assessed_at').notNull(),
    stage: caseStage('stage').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('assessments_case_idx').on(t.organisationId, t.caseId, t.assessedAt),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
    foreignKey({
      columns: [t.organisationId, t.instrumentId],
      foreignColumns: [assessmentInstruments.organisationId, assessmentInstruments.id],
    }),
  ],
);

export const assessmentScores = pgTable(
  'assessment_scores',
  {
    organisationId: tenant(),
    assessmentId: uuid('assessment_id').notNull(),
    domain: text('domain').notNull(),
    score: integer('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.assessmentId, t.domain] }),
    foreignKey({
      columns: [t.organisationId, t.assessmentId],
      foreignColumns: [assessments.organisationId, assessments.id],
    }),
  ],
);

export const aidGrants = pgTable(
  'aid_grants',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    kind: aidKind('kind').notNull(),
    nature: aidNature('nature').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }),
    grantedOn: isoDate('granted_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('aid_grants_case_idx').on(t.organisationId, t.caseId, t.grantedOn),
    index('aid_grants_org_date_idx').on(t.organisationId, t.grantedOn),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
  ],
);

export const inquiries = pgTable(
  'inquiries',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    channel: inquiryChannel('channel').notNull(),
    topic: text('topic').notNull(),
    outcome: inquiryOutcome('outcome').notNull(),
    routedTo: text('routed_to'),
    referralId: uuid('referral_id'),
    siteId: uuid('site_id'),
    receivedAt: timestamptz('received_at').notNull(),
    handledBy: uuid('handled_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('inquiries_org_time_idx').on(t.organisationId, t.receivedAt, t.id),
    foreignKey({ columns: [t.organisationId, t.referralId], foreignColumns: [referrals.organisationId, referrals.id] }),
    foreignKey({ columns: [t.organisationId, t.siteId], foreignColumns: [sites.organisationId, sites.id] }),
  ],
);

/* ---------- Consent and legal-basis register, partner involvement (issue 7) ---------- */

export const consentPurpose = pgEnum('consent_purpose', consentPurposes);
export const legalBasis = pgEnum('legal_basis', legalBases);

/**
 * One line of the register: a person's consent or another legal basis for one purpose and one
 * recipient. Never deleted (the application role may only set the withdrawal columns).
 */
export const consents = pgTable(
  'consents',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    personId: uuid('person_id').notNull(),
    purpose: consentPurpose('purpose').notNull(),
    partnerServiceId: uuid('partner_service_id').notNull(),
    legalBasis: legalBasis('legal_basis').notNull(),
    grantedAt: timestamptz('granted_at').notNull().default(sql`now()`),
    expiresAt: timestamptz('expires_at'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnBy: uuid('withdrawn_by'),
    recordedBy: uuid('recorded_by'),
    evidenceNote: text('evidence_note'),
    createdAt: timestamptz('created_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('consents_household_idx').on(t.organisationId, t.householdId, t.grantedAt),
    index('consents_service_purpose_idx').on(t.organisationId, t.partnerServiceId, t.purpose, t.householdId),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
    foreignKey({ columns: [t.organisationId, t.personId], foreignColumns: [persons.organisationId, persons.id] }),
    foreignKey({
      columns: [t.organisationId, t.partnerServiceId],
      foreignColumns: [partnerServices.organisationId, partnerServices.id],
    }),
    foreignKey({ columns: [t.organisationId, t.recordedBy], foreignColumns: [users.organisationId, users.id] }),
    foreignKey({ columns: [t.organisationId, t.withdrawnBy], foreignColumns: [users.organisationId, users.id] }),
    check('consents_expiry_after_grant', sql`${t.expiresAt} is null or ${t.expiresAt} > ${t.grantedAt}`),
    check('consents_withdrawal_reason', sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`),
  ],
);

/** A partner service involved in a case for a purpose; ended, never deleted. */
export const caseInvolvements = pgTable(
  'case_involvements',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    partnerServiceId: uuid('partner_service_id').notNull(),
    purpose: consentPurpose('purpose').notNull(),
    note: text('note'),
    startedAt: timestamptz('started_at').notNull().default(sql`now()`),
    startedBy: uuid('started_by'),
    endedAt: timestamptz('ended_at'),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('case_involvements_case_idx').on(t.organisationId, t.caseId),
    index('case_involvements_service_idx').on(t.organisationId, t.partnerServiceId, t.caseId),
    uniqueIndex('case_involvements_active_key')
      .on(t.organisationId, t.caseId, t.partnerServiceId, t.purpose)
      .where(sql`ended_at is null`),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
    foreignKey({
      columns: [t.organisationId, t.partnerServiceId],
      foreignColumns: [partnerServices.organisationId, partnerServices.id],
    }),
    foreignKey({ columns: [t.organisationId, t.startedBy], foreignColumns: [users.organisationId, users.id] }),
    foreignKey({ columns: [t.organisationId, t.endedBy], foreignColumns: [users.organisationId, users.id] }),
  ],
);

/* ---------- Breakthrough plans and avoided social costs (issue "Breakthrough plans and avoided social costs") ---------- */

export const costCategory = pgEnum('cost_category', costCategories);
export const costUnit = pgEnum('cost_unit', costUnits);
export const planStatus = pgEnum('plan_status', planStatuses);
export const breakthroughCategory = pgEnum('breakthrough_category', breakthroughCategories);
export const breakthroughStatus = pgEnum('breakthrough_status', breakthroughStatuses);
export const scenarioKind = pgEnum('scenario_kind', ['without', 'with']);

/** The social cost catalogue: unit costs an organisation prices its avoided-cost scenarios with. */
export const costCatalogueItems = pgTable(
  'cost_catalogue_items',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    labelFr: text('label_fr').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    category: costCategory('category').notNull(),
    unit: costUnit('unit').notNull(),
    sourceNote: text('source_note'),
    /** Seeded from the public figures of the domain brief when the organisation was created. */
    isDefault: boolean('is_default').notNull().default(false),
    /** Not yet checked by an admin of this organisation. */
    toReview: boolean('to_review').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('cost_catalogue_items_code_key').on(t.organisationId, t.code),
    // The catalogue's list order (keyset pages).
    index('cost_catalogue_items_list_idx').on(t.organisationId, t.category, t.code, t.id),
  ],
);

/** Price history: append-only (the application role may insert and read). A price applies from its date on. */
export const costPrices = pgTable(
  'cost_prices',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    validFrom: isoDate('valid_from').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('cost_prices_item_date_key').on(t.organisationId, t.itemId, t.validFrom),
    foreignKey({
      columns: [t.organisationId, t.itemId],
      foreignColumns: [costCatalogueItems.organisationId, costCatalogueItems.id],
    }),
    foreignKey({ columns: [t.organisationId, t.createdBy], foreignColumns: [users.organisationId, users.id] }),
    check('cost_prices_price_check', sql`${t.unitPriceCents} >= 0`),
  ],
);

/** One breakthrough plan per case; each change also lands as an immutable row in breakthrough_plan_versions. */
export const breakthroughPlans = pgTable(
  'breakthrough_plans',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    status: planStatus('status').notNull().default('draft'),
    goals: jsonb('goals').$type<PlanGoal[]>().notNull(),
    deadlocks: jsonb('deadlocks').$type<Deadlock[]>().notNull(),
    createdBy: uuid('created_by').notNull(),
    activatedAt: timestamptz('activated_at'),
    completedAt: timestamptz('completed_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('breakthrough_plans_case_key').on(t.organisationId, t.caseId),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
    foreignKey({ columns: [t.organisationId, t.createdBy], foreignColumns: [users.organisationId, users.id] }),
  ],
);

/** Append-only snapshots of a plan, one per version. */
export const breakthroughPlanVersions = pgTable(
  'breakthrough_plan_versions',
  {
    organisationId: tenant(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    change: text('change').$type<'created' | 'revised' | 'status_change'>().notNull(),
    status: planStatus('status').notNull(),
    goals: jsonb('goals').$type<PlanGoal[]>().notNull(),
    deadlocks: jsonb('deadlocks').$type<Deadlock[]>().notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamptz('changed_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.planId, t.version] }),
    foreignKey({
      columns: [t.organisationId, t.planId],
      foreignColumns: [breakthroughPlans.organisationId, breakthroughPlans.id],
    }),
  ],
);

/**
 * A breakthrough of a plan. Its avoided-cost figures are stored computed (cents), so the summary is a
 * SQL sum: expected ones priced on the proposal date (kept up to date while not achieved), realised
 * ones priced on the achievement date and frozen then.
 */
export const breakthroughs = pgTable(
  'breakthroughs',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    caseId: uuid('case_id').notNull(),
    title: text('title').notNull(),
    domain: problemDomain('domain').notNull(),
    category: breakthroughCategory('category').notNull(),
    responsible: text('responsible').notNull(),
    interventionCents: bigint('intervention_cents', { mode: 'number' }).notNull().default(0),
    dueDate: isoDate('due_date'),
    needsApproval: boolean('needs_approval').notNull(),
    status: breakthroughStatus('status').notNull().default('proposed'),
    horizonMonths: integer('horizon_months').notNull().default(12),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamptz('proposed_at').notNull().default(sql`now()`),
    /** Reference date of the expected figures. */
    proposedOn: isoDate('proposed_on').notNull(),
    decisionOutcome: text('decision_outcome').$type<'approved' | 'rejected'>(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
    decisionComment: text('decision_comment'),
    startedAt: timestamptz('started_at'),
    /** Reference date of the realised figures. */
    achievedOn: isoDate('achieved_on'),
    abandonedAt: timestamptz('abandoned_at'),
    abandonReason: text('abandon_reason'),
    expectedWithoutCents: bigint('expected_without_cents', { mode: 'number' }).notNull().default(0),
    expectedWithCents: bigint('expected_with_cents', { mode: 'number' }).notNull().default(0),
    expectedGrossCents: bigint('expected_gross_cents', { mode: 'number' }).notNull().default(0),
    expectedNetCents: bigint('expected_net_cents', { mode: 'number' }).notNull().default(0),
    realisedWithoutCents: bigint('realised_without_cents', { mode: 'number' }),
    realisedWithCents: bigint('realised_with_cents', { mode: 'number' }),
    realisedGrossCents: bigint('realised_gross_cents', { mode: 'number' }),
    realisedNetCents: bigint('realised_net_cents', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('breakthroughs_case_idx').on(t.organisationId, t.caseId, t.proposedAt),
    index('breakthroughs_plan_idx').on(t.organisationId, t.planId),
    index('breakthroughs_achieved_idx').on(t.organisationId, t.status, t.achievedOn),
    foreignKey({
      columns: [t.organisationId, t.planId],
      foreignColumns: [breakthroughPlans.organisationId, breakthroughPlans.id],
    }),
    foreignKey({ columns: [t.organisationId, t.caseId], foreignColumns: [cases.organisationId, cases.id] }),
    foreignKey({ columns: [t.organisationId, t.proposedBy], foreignColumns: [users.organisationId, users.id] }),
    foreignKey({ columns: [t.organisationId, t.decidedBy], foreignColumns: [users.organisationId, users.id] }),
    check('breakthroughs_horizon_check', sql`${t.horizonMonths} between 1 and 36`),
    check('breakthroughs_intervention_check', sql`${t.interventionCents} >= 0`),
    check(
      'breakthroughs_realised_check',
      sql`(${t.status} = 'achieved') = (${t.achievedOn} is not null and ${t.realisedGrossCents} is not null)`,
    ),
  ],
);

/** The lines of a breakthrough's two scenarios, with the unit price each set of figures used. */
export const breakthroughScenarioLines = pgTable(
  'breakthrough_scenario_lines',
  {
    organisationId: tenant(),
    breakthroughId: uuid('breakthrough_id').notNull(),
    scenario: scenarioKind('scenario').notNull(),
    position: integer('position').notNull(),
    catalogueItemId: uuid('catalogue_item_id').notNull(),
    quantity: integer('quantity').notNull(),
    probabilityPercent: integer('probability_percent').notNull(),
    expectedUnitPriceCents: bigint('expected_unit_price_cents', { mode: 'number' }).notNull(),
    realisedUnitPriceCents: bigint('realised_unit_price_cents', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.breakthroughId, t.scenario, t.position] }),
    index('breakthrough_scenario_lines_item_idx').on(t.organisationId, t.catalogueItemId),
    foreignKey({
      columns: [t.organisationId, t.breakthroughId],
      foreignColumns: [breakthroughs.organisationId, breakthroughs.id],
    }),
    foreignKey({
      columns: [t.organisationId, t.catalogueItemId],
      foreignColumns: [costCatalogueItems.organisationId, costCatalogueItems.id],
    }),
    check('breakthrough_scenario_lines_quantity_check', sql`${t.quantity} >= 0`),
    check('breakthrough_scenario_lines_probability_check', sql`${t.probabilityPercent} between 0 and 100`),
  ],
);

/* ---------- Integrations: machine clients, idempotency, events and webhooks (issue "The HTTP API for other municipal systems") ---------- */

export const apiScope = pgEnum('api_scope', apiScopes);
export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['pending', 'succeeded', 'failed', 'cancelled']);

/**
 * A machine client of another municipal system (OAuth2 client credentials). Only the SHA-256 of its
 * secret is kept: the secret is 256 random bits, so a slow hash adds nothing. `credentialVersion`
 * goes up on every rotation and is a claim of its tokens, so a rotation ends the old tokens at once.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    scopes: apiScope('scopes').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    credentialVersion: integer('credential_version').notNull().default(1),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    rotatedAt: timestamptz('rotated_at'),
    revokedAt: timestamptz('revoked_at'),
    lastTokenAt: timestamptz('last_token_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    // The token endpoint finds a client by id before it knows the tenant (see the lookup policy).
    uniqueIndex('api_clients_id_key').on(t.id),
    index('api_clients_org_name_idx').on(t.organisationId, t.name, t.id),
    foreignKey({ columns: [t.organisationId, t.createdBy], foreignColumns: [users.organisationId, users.id] }),
  ],
);

/**
 * Idempotency-Key records (24 h): the first response to a POST, replayed to retries. The row is
 * inserted before the work, in the same transaction, so a concurrent retry waits on the primary key
 * and then replays (or does the work itself if the first one rolled back).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    organisationId: tenant(),
    /** The client's id, or the user's. */
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    response: jsonb('response'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    createdAt: timestamps.createdAt,
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.actorId, t.key] }),
    index('idempotency_keys_expiry_idx').on(t.organisationId, t.expiresAt),
  ],
);

/**
 * Report figures computed once and served again for a short while (REPORT_CACHE_SECONDS): aggregates
 * only, keyed by the report and its filters. A year's activity report reads hundreds of thousands of
 * rows; a coordinator, a funder's analyst and a municipal system asking for it within minutes get the
 * same figures, with the time they were computed.
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    organisationId: tenant(),
    kind: text('kind').notNull(),
    /** The report's filters as canonical JSON (sorted keys). */
    paramsKey: text('params_key').notNull(),
    figures: jsonb('figures').notNull(),
    computedAt: timestamptz('computed_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.kind, t.paramsKey] }),
    index('report_snapshots_age_idx').on(t.organisationId, t.computedAt),
  ],
);

/**
 * The outbox: one row per domain event, written in the transaction of the change. `txId` (the
 * writing transaction) and `seq` order the feed: only events of transactions older than every
 * running one are served, so a reader's cursor never skips an event committed late.
 */
export const events = pgTable(
  'events',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    txId: bigint('tx_id', { mode: 'number' }).notNull().default(sql`txid_current()`),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    /** Ids and links only: never personal details. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    actorUserId: uuid('actor_user_id'),
    actorClientId: uuid('actor_client_id'),
    occurredAt: timestamptz('occurred_at').notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('events_org_feed_idx').on(t.organisationId, t.txId, t.seq),
    // The latest event of an organisation: report snapshots older than it are recomputed.
    index('events_org_time_idx').on(t.organisationId, t.occurredAt),
  ],
);

export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    /** The machine client that owns it; null when an admin registered it for the organisation. */
    clientId: uuid('client_id'),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().notNull(),
    /**
     * The signing secret, encrypted (AES-256-GCM, see lib/secrets.ts): every delivery is signed with
     * it (HMAC), so it must be recoverable; never returned after creation or rotation.
     */
    secretCiphertext: text('secret_ciphertext'),
    /** Id of the key that sealed `secretCiphertext` (keys rotate: `pnpm admin rotate-secrets`). */
    secretKeyId: text('secret_key_id'),
    /**
     * Legacy plaintext secret of rows written before encryption: sealed and cleared at start-up
     * and by `pnpm admin rotate-secrets`; never written any more.
     */
    secret: text('secret'),
    active: boolean('active').notNull().default(true),
    deletedAt: timestamptz('deleted_at'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('webhook_subscriptions_client_idx').on(t.organisationId, t.clientId),
    index('webhook_subscriptions_created_idx').on(t.organisationId, t.createdAt, t.id),
    check(
      'webhook_subscriptions_secret_sealed',
      sql`(${t.secretCiphertext} is null) = (${t.secretKeyId} is null) and (${t.secretCiphertext} is not null or ${t.secret} is not null)`,
    ),
    foreignKey({
      columns: [t.organisationId, t.clientId],
      foreignColumns: [apiClients.organisationId, apiClients.id],
    }),
  ],
);

/** One event to one subscription: retried with exponential backoff until delivered or given up. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    subscriptionId: uuid('subscription_id').notNull(),
    eventId: uuid('event_id').notNull(),
    status: webhookDeliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().default(sql`now()`),
    lastAttemptAt: timestamptz('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamptz('delivered_at'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('webhook_deliveries_event_key').on(t.organisationId, t.subscriptionId, t.eventId),
    index('webhook_deliveries_org_status_idx').on(t.organisationId, t.status, t.updatedAt, t.id),
    // The worker's queue, across organisations: the one index that does not lead with the tenant.
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    foreignKey({
      columns: [t.organisationId, t.subscriptionId],
      foreignColumns: [webhookSubscriptions.organisationId, webhookSubscriptions.id],
    }),
    foreignKey({ columns: [t.organisationId, t.eventId], foreignColumns: [events.organisationId, events.id] }),
  ],
);

/** Every delivery attempt, for the admins' view of failures. Append-only. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    organisationId: tenant(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    at: timestamptz('at').notNull().default(sql`now()`),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('webhook_delivery_attempts_delivery_idx').on(t.organisationId, t.deliveryId, t.attempt),
    foreignKey({
      columns: [t.organisationId, t.deliveryId],
      foreignColumns: [webhookDeliveries.organisationId, webhookDeliveries.id],
    }),
  ],
);

/* ---------- Data-subject rights and retention (issue 7, point 5) ---------- */

/**
 * A legal hold on a household (litigation, an inquiry by the authorities...): while one is active
 * (not released) the retention job never touches the household. Rows are released, never deleted.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by').notNull(),
    placedAt: timestamptz('placed_at').notNull().default(sql`now()`),
    releasedBy: uuid('released_by'),
    releasedAt: timestamptz('released_at'),
    releaseReason: text('release_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('legal_holds_household_idx').on(t.organisationId, t.householdId, t.placedAt),
    // At most one active hold per household.
    uniqueIndex('legal_holds_active_key').on(t.organisationId, t.householdId).where(sql`${t.releasedAt} is null`),
    foreignKey({
      columns: [t.organisationId, t.householdId],
      foreignColumns: [households.organisationId, households.id],
    }),
    foreignKey({ columns: [t.organisationId, t.placedBy], foreignColumns: [users.organisationId, users.id] }),
    foreignKey({ columns: [t.organisationId, t.releasedBy], foreignColumns: [users.organisationId, users.id] }),
  ],
);

/**
 * Bulk import jobs (issue 15): the upload is staged row by row in `import_job_rows`, then validated
 * and written in batches by the in-process runner, each batch its own transaction. `lease_until` is
 * renewed by every batch: a job whose process died is taken up again from its last committed batch.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    organisationId: tenant(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: ['households', 'referrals'] }).notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] })
      .notNull()
      .default('queued'),
    /** Who uploaded it: the job acts as them (a user, or a machine client with the role its scope stands for). */
    actorUserId: uuid('actor_user_id'),
    actorClientId: uuid('actor_client_id'),
    actorRole: userRole('actor_role').notNull(),
    total: integer('total').notNull(),
    /** Rows up to this number were validated (rolled back trials) / written (committed). */
    validatedThrough: integer('validated_through').notNull().default(0),
    writtenThrough: integer('written_through').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    written: integer('written').notNull().default(0),
    /** Why a job failed, in words without personal data. */
    error: text('error'),
    leaseToken: uuid('lease_token'),
    leaseUntil: timestamptz('lease_until'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamps.createdAt,
    updatedAt: timestamps.updatedAt,
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('import_jobs_org_created_idx').on(t.organisationId, t.createdAt, t.id),
    index('import_jobs_due_idx').on(t.leaseUntil).where(sql`${t.status} in ('queued', 'running')`),
  ],
);

/**
 * One uploaded row of an import job and its outcome. `value` (the row as sent: personal data) is
 * kept only until the job ends; the outcome (errors by field path, the created id and reference) stays
 * for the report.
 */
export const importJobRows = pgTable(
  'import_job_rows',
  {
    organisationId: tenant(),
    jobId: uuid('job_id').notNull(),
    row: integer('row').notNull(),
    value: jsonb('value'),
    outcome: text('outcome', { enum: ['pending', 'valid', 'invalid', 'written', 'not_written'] })
      .notNull()
      .default('pending'),
    errors: jsonb('errors').$type<{ path: string; message: string; code?: string }[]>().notNull().default([]),
    resourceId: uuid('resource_id'),
    reference: text('reference'),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.jobId, t.row] }),
    foreignKey({
      columns: [t.organisationId, t.jobId],
      foreignColumns: [importJobs.organisationId, importJobs.id],
    }).onDelete('cascade'),
  ],
);

// Module tables, in their module's own file (drizzle-kit reads them through this one).
export * from '../modules/appointments/tables.js';
