import type { Case, CaseloadEntry, Program, Referral, TeamMember } from '@percee/shared';

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
