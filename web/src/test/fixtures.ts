import type {
  ActivityReport,
  Breakthrough,
  Case,
  CaseloadEntry,
  CostCatalogueItem,
  CostPrice,
  Program,
  Referral,
  TeamMember,
} from '@percee/shared';

/** Realistic API payloads for tests (ids are fixed so that requests can be asserted). */
export const IDS = {
  case: '00000000-0000-4000-8000-0000000000c1',
  household: '00000000-0000-4000-8000-0000000000d1',
  program: '00000000-0000-4000-8000-0000000000e1',
  worker: '00000000-0000-4000-8000-0000000000f1',
  otherWorker: '00000000-0000-4000-8000-0000000000f2',
  referral: '00000000-0000-4000-8000-0000000000a9',
} as const;

export const problemType = (slug: string) => `urn:percee:problem:${slug}`;

export const caseFixture = (overrides: Partial<Case> = {}): Case => ({
  id: IDS.case,
  household: { id: IDS.household, reference: 'MEN-2025-0042', displayName: 'Amina Benali' },
  programId: IDS.program,
  programName: 'Case management Héberge Toit',
  primaryWorker: { id: IDS.worker, displayName: 'Luc Martin' },
  coWorkerIds: [],
  accompanimentType: 'case_management',
  stage: 'planning',
  allowedMoves: ['monitoring', 'exit'],
  openedAt: '2025-01-10T09:00:00.000Z',
  closedAt: null,
  closureReason: null,
  lastContactAt: '2025-02-01T10:00:00.000Z',
  contactDueAt: '2025-02-15T10:00:00.000Z',
  overdue: false,
  updatedAt: '2025-02-01T10:00:00.000Z',
  version: 7,
  ...overrides,
});

export const caseloadEntryFixture = (overrides: Partial<CaseloadEntry> = {}): CaseloadEntry => ({
  case: caseFixture(),
  daysUntilDue: 10,
  nextPlannedContactAt: null,
  nextObjectiveDueOn: null,
  pendingActions: [],
  ...overrides,
});

export const programFixture = (overrides: Partial<Program> = {}): Program => ({
  id: IDS.program,
  name: 'Case management Héberge Toit',
  method: 'case_management',
  caseloadLimit: 10,
  contactIntervalDays: 14,
  expectedDurationMonths: null,
  accompanimentTypes: ['case_management', 'housing_search'],
  eligibilityChecklist: [
    { code: 'real_request', label: 'La personne formule une demande réelle' },
    { code: 'street.lt6m', label: 'En rue depuis moins de 6 mois' },
  ],
  active: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

export const teamFixture = (): TeamMember[] => [
  { id: IDS.worker, displayName: 'Luc Martin', role: 'case_worker', siteId: null, openCases: 10 },
  { id: IDS.otherWorker, displayName: 'Sofia Peeters', role: 'case_worker', siteId: null, openCases: 4 },
];

export const referralFixture = (overrides: Partial<Referral> = {}): Referral => ({
  id: IDS.referral,
  status: 'new',
  referrerService: 'CPAS Nord',
  referrerContact: 'Claire, 081 00 00 00',
  reason: 'Menace d’expulsion, dettes de loyer.',
  personAgreed: true,
  programId: IDS.program,
  household: { id: IDS.household, reference: 'MEN-2025-0042', displayName: 'Amina Benali' },
  receivedAt: '2025-02-01T08:00:00.000Z',
  createdBy: null,
  decidedAt: null,
  decidedBy: null,
  declineReason: null,
  decisionNote: null,
  caseId: null,
  updatedAt: '2025-02-01T08:00:00.000Z',
  version: 1,
  ...overrides,
});

/** The JSON body of a recorded fetch call. */
export const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));

/* ---------- Breakthrough method ---------- */

export const BREAKTHROUGH_IDS = {
  program: '00000000-0000-4000-8000-0000000000e2',
  breakthrough: '00000000-0000-4000-8000-0000000000b1',
  plan: '00000000-0000-4000-8000-0000000000b0',
  shelter: '00000000-0000-4000-8000-000000000c01',
  eviction: '00000000-0000-4000-8000-000000000c02',
  coordinator: '00000000-0000-4000-8000-0000000000f3',
} as const;

const priceRow = (id: string, validFrom: string, unitPriceCents: number): CostPrice => ({
  id,
  validFrom,
  unitPriceCents,
  note: null,
  createdBy: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  recordedAt: '2025-01-01T00:00:00.000Z',
});

/** Two catalogue items; the shelter night has a price announced for 2099 that must not apply today. */
export const catalogueFixture = (): CostCatalogueItem[] => [
  {
    id: BREAKTHROUGH_IDS.shelter,
    code: 'shelter.night',
    labels: { fr: "Nuit d'hébergement d'urgence", nl: 'Opvangnacht', en: 'Shelter night' },
    category: 'housing',
    unit: 'day',
    sourceNote: 'ad.nl',
    isDefault: true,
    toReview: true,
    active: true,
    currentPriceCents: 12_000,
    prices: [
      priceRow('00000000-0000-4000-8000-000000000d01', '2000-01-01', 10_000),
      priceRow('00000000-0000-4000-8000-000000000d02', '2020-01-01', 12_000),
      priceRow('00000000-0000-4000-8000-000000000d03', '2099-01-01', 99_900),
    ],
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
  {
    id: BREAKTHROUGH_IDS.eviction,
    code: 'eviction.direct',
    labels: { fr: 'Expulsion, coûts directs', nl: 'Uithuiszetting, directe kosten', en: 'Eviction, direct costs' },
    category: 'housing',
    unit: 'event',
    sourceNote: 'eropaf.nl (2014)',
    isDefault: true,
    toReview: false,
    active: true,
    currentPriceCents: 500_000,
    prices: [priceRow('00000000-0000-4000-8000-000000000d04', '2000-01-01', 500_000)],
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
];

const figures = (referenceDate: string) => ({
  referenceDate,
  withoutCents: 850_000,
  withCents: 60_000,
  grossAvoidedCents: 790_000,
  interventionCents: 150_000,
  netAvoidedCents: 640_000,
});

export const breakthroughFixture = (overrides: Partial<Breakthrough> = {}): Breakthrough => ({
  id: BREAKTHROUGH_IDS.breakthrough,
  planId: BREAKTHROUGH_IDS.plan,
  caseId: IDS.case,
  title: 'Reprise de la dette de loyer',
  domain: 'housing',
  category: 'eviction_prevention',
  responsible: 'CPAS – service logement',
  interventionCents: 150_000,
  dueDate: '2025-04-30',
  needsApproval: true,
  status: 'proposed',
  allowedMoves: ['approved', 'abandoned'],
  proposedBy: { id: IDS.worker, displayName: 'Luc Martin' },
  proposedOn: '2025-03-01',
  decision: null,
  startedAt: null,
  achievedOn: null,
  abandonedAt: null,
  abandonReason: null,
  scenario: {
    horizonMonths: 12,
    without: [
      {
        catalogueItemId: BREAKTHROUGH_IDS.eviction,
        code: 'eviction.direct',
        quantity: 1,
        probabilityPercent: 80,
        unitPriceCents: 500_000,
        cents: 400_000,
      },
      {
        catalogueItemId: BREAKTHROUGH_IDS.shelter,
        code: 'shelter.night',
        quantity: 50,
        probabilityPercent: 75,
        unitPriceCents: 12_000,
        cents: 450_000,
      },
    ],
    with: [
      {
        catalogueItemId: BREAKTHROUGH_IDS.shelter,
        code: 'shelter.night',
        quantity: 5,
        probabilityPercent: 100,
        unitPriceCents: 12_000,
        cents: 60_000,
      },
    ],
  },
  expected: figures('2025-03-01'),
  realised: null,
  updatedAt: '2025-03-01T10:00:00.000Z',
  version: 3,
  ...overrides,
});

/** A report as an analyst receives it: counts from 1 to 4 read "<5". */
export const analystReportFixture = (period: { from: string; to: string }): ActivityReport => ({
  period: { ...period, timeZone: 'Europe/Paris' },
  computedAt: '2026-11-30T09:15:00.000Z',
  suppressed: true,
  referrals: {
    received: 42,
    accepted: 30,
    declined: '<5',
    withdrawn: 0,
    pending: 9,
    declinedByReason: [{ key: 'not_eligible', count: '<5' }],
  },
  diagnostics: {
    done: 129,
    withoutAccompaniment: 26,
    withoutAccompanimentByReason: [{ key: 'never_reached', count: 14 }],
    duplicateOverrides: 0,
  },
  households: { diagnosed: 120, accompanied: 150, followed: 260 },
  accompaniments: {
    active: 163,
    started: 88,
    closed: 70,
    activeByType: [
      { key: 'housing_keeping', count: 104 },
      { key: 'housing_search', count: 38 },
      { key: 'housing_access', count: 17 },
      { key: 'masp', count: '<5' },
    ],
  },
  closures: { total: 70, byReason: [{ key: 'goals_reached', count: 51 }] },
  duration: { closedCases: 70, averageDays: 152.4, medianDays: null },
  contacts: {
    total: 1250,
    byType: [
      { key: 'home_visit', count: 800 },
      { key: 'video', count: '<5' },
    ],
    casesWithContact: 150,
    perActiveCase: 7.7,
    averageIntervalDays: 14.2,
  },
  assessmentProgress: { cases: '<5', domains: [] },
  objectives: { set: 9, reached: '<5', partly: '<5', notReached: 0, evaluations: 6, meanSatisfaction: 3.5 },
  aid: {
    grants: 12,
    totalCents: '<5',
    byKind: [{ key: 'energy', count: '<5', totalCents: '<5' }],
    byNature: [{ key: 'financial', count: 12, totalCents: 345_600 }],
  },
});
