/**
 * Example values of the main list and detail schemas, shown in the OpenAPI document (`examples`).
 * Made-up people and places. A server test checks that each one validates against its own schema.
 */

const ids = {
  household: '0b6f4c2e-5d1a-4e8b-9c3f-2a7d6e1b4c01',
  person: '5a2e8c1d-3f4b-4a6e-8d9c-7b1e0f2a3c02',
  program: '7c1d9e2f-4a3b-4c5d-9e6f-8a7b6c5d4e03',
  caseId: 'c4e2a1b3-6d5f-4e7a-8b9c-0d1e2f3a4b04',
  worker: 'e1f2a3b4-c5d6-4e7f-a8b9-c0d1e2f3a405',
  coordinator: 'f2a3b4c5-d6e7-4f8a-b9c0-d1e2f3a4b506',
  referral: '9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c07',
  contact: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c08',
  plan: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d09',
  breakthrough: 'd3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f10',
  catalogueItem: 'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a11',
  catalogueItem2: 'f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b12',
  partner: '06b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c13',
};

export const programExample = {
  id: ids.program,
  name: 'Accompagnement renforcé',
  method: 'case_management',
  caseloadLimit: 12,
  contactIntervalDays: 14,
  expectedDurationMonths: 18,
  accompanimentTypes: ['case_management', 'housing_keeping'],
  eligibilityChecklist: [
    { code: 'real_request', label: 'La personne demande un accompagnement' },
    { code: 'territory', label: 'Réside sur le territoire de la commune' },
  ],
  active: true,
  createdAt: '2025-01-06T08:00:00.000Z',
};

export const programOptionExample = { id: ids.program, name: 'Accompagnement renforcé', method: 'case_management' };

export const householdSummaryExample = {
  id: ids.household,
  reference: 'HH-2025-0042',
  displayName: 'Camille Exemple',
  municipality: 'La Louvière',
  memberCount: 3,
  openCaseCount: 1,
  updatedAt: '2025-03-04T10:15:00.000Z',
};

export const householdExample = {
  id: ids.household,
  reference: 'HH-2025-0042',
  address: '12 rue de l’Exemple',
  postalCode: '7100',
  municipality: 'La Louvière',
  siteId: null,
  members: [
    {
      id: ids.person,
      householdId: ids.household,
      firstName: 'Camille',
      lastName: 'Exemple',
      birthDate: '1986-05-14',
      role: 'applicant',
      residenceStatus: 'citizen',
      phone: '0470 12 34 56',
      email: 'camille@example.org',
      joinedOn: null,
      leftOn: null,
      age: 38,
      version: 2,
    },
  ],
  problems: [
    { domain: 'debt', severity: 'high', since: '2024-09-01', note: null },
    { domain: 'housing', severity: 'critical', since: '2025-01-15', note: 'Eviction notice received' },
  ],
  createdAt: '2025-02-10T09:00:00.000Z',
  updatedAt: '2025-03-04T10:15:00.000Z',
  version: 3,
};

const householdRef = { id: ids.household, reference: 'HH-2025-0042', displayName: 'Camille Exemple' };

export const referralExample = {
  id: ids.referral,
  status: 'accepted',
  referrerService: 'CPAS — service logement',
  referrerContact: 'Service logement, 064 00 00 00',
  reason: 'Eviction notice, rent arrears of three months',
  personAgreed: true,
  programId: ids.program,
  household: householdRef,
  receivedAt: '2025-02-10T09:00:00.000Z',
  createdBy: ids.partner,
  decidedAt: '2025-02-12T14:30:00.000Z',
  decidedBy: ids.coordinator,
  declineReason: null,
  decisionNote: null,
  caseId: ids.caseId,
  updatedAt: '2025-02-12T14:30:00.000Z',
  version: 2,
};

export const caseExample = {
  id: ids.caseId,
  household: householdRef,
  programId: ids.program,
  programName: 'Accompagnement renforcé',
  primaryWorker: { id: ids.worker, displayName: 'Sophie Coach' },
  coWorkerIds: [],
  accompanimentType: 'case_management',
  stage: 'planning',
  allowedMoves: ['monitoring', 'exit'],
  openedAt: '2025-02-12T14:30:00.000Z',
  closedAt: null,
  closureReason: null,
  lastContactAt: '2025-03-03T10:00:00.000Z',
  contactDueAt: '2025-03-17T10:00:00.000Z',
  overdue: false,
  updatedAt: '2025-03-03T10:00:00.000Z',
  version: 5,
};

export const contactExample = {
  id: ids.contact,
  caseId: ids.caseId,
  occurredAt: '2025-03-03T10:00:00.000Z',
  type: 'home_visit',
  durationMinutes: 60,
  participants: 'Applicant and her eldest son',
  notes: 'Went through the payment plan with the landlord’s letter.',
  nextPlannedAt: '2025-03-10T10:00:00.000Z',
  recordedBy: ids.worker,
  createdAt: '2025-03-03T11:05:00.000Z',
  version: 1,
  correctedAt: null,
  voided: null,
};

/** A contact as POST answers it: the contact, the case as it now is, the new timeline line. */
export const contactSavedExample = {
  ...contactExample,
  case: caseExample,
  timelineEntry: {
    at: contactExample.occurredAt,
    kind: 'contact',
    actor: { id: ids.worker, displayName: 'Sophie Coach' },
    summary: 'home_visit (60 min)',
    note: null,
  },
};

const figures = (referenceDate: string) => ({
  referenceDate,
  withoutCents: 1_250_000,
  withCents: 0,
  grossAvoidedCents: 1_250_000,
  interventionCents: 150_000,
  netAvoidedCents: 1_100_000,
});

export const breakthroughExample = {
  id: ids.breakthrough,
  planId: ids.plan,
  caseId: ids.caseId,
  title: 'Eviction prevented: payment plan signed with the landlord',
  domain: 'housing',
  category: 'eviction_prevention',
  responsible: 'Sophie Coach',
  interventionCents: 150_000,
  dueDate: '2025-04-30',
  needsApproval: true,
  status: 'achieved',
  allowedMoves: [],
  proposedBy: { id: ids.worker, displayName: 'Sophie Coach' },
  proposedOn: '2025-03-05',
  decision: {
    outcome: 'approved',
    by: { id: ids.coordinator, displayName: 'Claire Coordinatrice' },
    at: '2025-03-06T09:00:00.000Z',
    comment: null,
  },
  startedAt: '2025-03-06T09:05:00.000Z',
  achievedOn: '2025-04-22',
  abandonedAt: null,
  abandonReason: null,
  scenario: {
    horizonMonths: 12,
    without: [
      {
        catalogueItemId: ids.catalogueItem,
        code: 'eviction',
        quantity: 1,
        probabilityPercent: 100,
        unitPriceCents: 1_250_000,
        cents: 1_250_000,
      },
    ],
    with: [
      {
        catalogueItemId: ids.catalogueItem2,
        code: 'debt_mediation',
        quantity: 1,
        probabilityPercent: 0,
        unitPriceCents: 80_000,
        cents: 0,
      },
    ],
  },
  expected: figures('2025-03-05'),
  realised: figures('2025-04-22'),
  updatedAt: '2025-04-22T15:00:00.000Z',
  version: 4,
};
