import type { AccompanimentType, CaseStage, ContactType, ProblemDomain, ProgramMethod, Severity } from '@percee/shared';
import { caseStages, contactDueAt } from '@percee/shared';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  aidGrants,
  assessmentScores,
  assessments,
  caseEvents,
  cases,
  contacts,
  householdProblems,
  programs,
  referrals,
} from '../../db/schema.js';
import { ZRM_2017 } from '../assessments/index.js';
import { insertHousehold } from './repo.js';

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32): the demo is the same on every installation. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  };
}

const PROGRAMS: {
  name: string;
  method: ProgramMethod;
  caseloadLimit: number;
  contactIntervalDays: number;
  expectedDurationMonths: number | null;
  accompanimentTypes: AccompanimentType[];
  eligibilityChecklist: { code: string; label: string }[];
}[] = [
  {
    name: 'Plan de percée (méthode Doorbraak)',
    method: 'breakthrough',
    caseloadLimit: 8,
    contactIntervalDays: 14,
    expectedDurationMonths: 12,
    accompanimentTypes: ['family_coaching'],
    eligibilityChecklist: [
      { code: 'stuck', label: 'Bloqué depuis longtemps entre règles contradictoires' },
      { code: 'consent', label: 'Le ménage accepte un coach familial' },
    ],
  },
  {
    name: 'Case management — Héberge Toit',
    method: 'case_management',
    caseloadLimit: 10,
    contactIntervalDays: 14,
    expectedDurationMonths: null,
    accompanimentTypes: ['case_management'],
    eligibilityChecklist: [
      { code: 'real_request', label: 'Demande réelle de la personne' },
      { code: 'street_under_6_months', label: 'En rue depuis moins de 6 mois' },
      { code: 'residence_permit', label: 'Titre de séjour' },
    ],
  },
  {
    name: 'ASLL — accompagnement social lié au logement',
    method: 'housing_support_asll',
    caseloadLimit: 25,
    contactIntervalDays: 15,
    expectedDurationMonths: 6,
    accompanimentTypes: ['housing_keeping', 'housing_search', 'housing_access'],
    eligibilityChecklist: [{ code: 'diagnostic', label: 'Diagnostic réalisé' }],
  },
  {
    name: 'MASP — accompagnement budgétaire',
    method: 'budget_support_masp',
    caseloadLimit: 20,
    contactIntervalDays: 15,
    expectedDurationMonths: 24,
    accompanimentTypes: ['masp'],
    eligibilityChecklist: [{ code: 'social_benefits', label: 'Perçoit des prestations sociales' }],
  },
  {
    name: 'Aller vers — familles aux droits incomplets',
    method: 'outreach',
    caseloadLimit: 30,
    contactIntervalDays: 21,
    expectedDurationMonths: 4,
    accompanimentTypes: ['outreach'],
    eligibilityChecklist: [],
  },
];

const LAST_NAMES = [
  'Dubois',
  'Lambert',
  'Peeters',
  'Janssens',
  'Martin',
  'Dupont',
  'Leroy',
  'Moreau',
  'Claes',
  'Maes',
  'Willems',
  'Lejeune',
  'Renard',
  'Hermans',
  'Benali',
  'El Amrani',
  'Nowak',
  'Kaya',
  'Diallo',
  'Rossi',
  'Lefebvre',
  'Mertens',
  'Jacobs',
  'Goossens',
  'Wouters',
  'Simon',
  'Laurent',
  'Dumont',
  'Gilles',
  'Michel',
  'Fontaine',
  'Charlier',
  'Bertrand',
  'Collard',
  'Delvaux',
  'Pirard',
];
const FIRST_NAMES = [
  'Sarah',
  'Nadia',
  'Kevin',
  'Julie',
  'Mohamed',
  'Sofia',
  'David',
  'Laura',
  'Yasmine',
  'Thomas',
  'Inès',
  'Marc',
];
const CHILD_NAMES = ['Lucas', 'Emma', 'Noah', 'Lina', 'Adam', 'Louise', 'Nathan', 'Mila'];
const STREETS = [
  'rue de la Station',
  'rue Haute',
  'avenue des Lilas',
  'rue du Moulin',
  'chaussée de Mons',
  'rue des Écoles',
];
const PROBLEMS: ProblemDomain[] = [
  'debt',
  'housing',
  'unemployment',
  'mental_health',
  'addiction',
  'parenting',
  'administration',
  'social_isolation',
];
const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const CONTACT_TYPES: ContactType[] = [
  'home_visit',
  'home_visit',
  'office',
  'phone',
  'phone',
  'street_outreach',
  'with_partner',
];

/**
 * Case work for the demo organisation: one program per method of the domain brief, a few dozen
 * households in every stage, contacts over the last months (some cases overdue), assessments with
 * progress, aid, and referrals waiting in the inbox. Written straight into the tables, as the
 * services would, so every screen has something to show.
 */
export async function seedDemoCasework(
  tx: Tx,
  organisationId: string,
  people: { coordinatorId: string; workerIds: string[]; partnerId: string },
  instrumentId: string,
  now = new Date(),
) {
  const rng = random(2026);
  const programRows = await tx
    .insert(programs)
    .values(PROGRAMS.map((program) => ({ ...program, organisationId })))
    .returning();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();

  for (const [index, lastName] of LAST_NAMES.entries()) {
    const program = programRows[index % programRows.length] as (typeof programRows)[number];
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length] as string;
    const reference = `H-${now.getUTCFullYear()}-${String(index + 1).padStart(5, '0')}`;
    const address = `${rng.int(1, 180)} ${rng.pick(STREETS)}`;
    const members = [
      {
        firstName,
        lastName,
        birthDate: `19${rng.int(60, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
        role: 'applicant' as const,
      },
      ...Array.from({ length: rng.int(0, 3) }, (_, child) => ({
        firstName: CHILD_NAMES[(index + child) % CHILD_NAMES.length] as string,
        lastName,
        birthDate: `20${rng.int(10, 22)}-0${rng.int(1, 9)}-2${rng.int(0, 8)}`,
        role: 'child' as const,
      })),
    ];
    const householdId = await insertHousehold(tx, organisationId, { reference, address }, members);
    const domains = [...new Set([rng.pick(PROBLEMS), rng.pick(PROBLEMS), rng.pick(PROBLEMS)])];
    await tx.insert(householdProblems).values(
      domains.map((domain) => ({
        organisationId,
        householdId,
        domain,
        severity: rng.pick(SEVERITIES),
        since: at(rng.int(90, 900)).slice(0, 10),
      })),
    );

    // The last five households wait in the referral inbox; the others have a case.
    const referredDaysAgo = rng.int(20, 200);
    if (index >= LAST_NAMES.length - 5) {
      await tx.insert(referrals).values({
        organisationId,
        referrerService: rng.pick([
          'CPAS — service social',
          'Société de logement',
          'École communale',
          'Police — cellule violences',
        ]),
        reason: 'Situation à évaluer : arriérés de loyer et démarches administratives en retard.',
        personAgreed: true,
        householdId,
        createdBy: people.partnerId,
        receivedAt: at(rng.int(0, 6)),
      });
      continue;
    }
    const stage = caseStages[index % caseStages.length] as CaseStage;
    const pool = [...people.workerIds, people.coordinatorId];
    const workerId = pool[index % pool.length] as string;
    const openedAt = at(referredDaysAgo - 2);
    const [referral] = await tx
      .insert(referrals)
      .values({
        organisationId,
        referrerService: 'CPAS — service social',
        reason: 'Accompagnement demandé par la personne.',
        personAgreed: true,
        householdId,
        programId: program.id,
        createdBy: people.coordinatorId,
        receivedAt: at(referredDaysAgo),
        status: 'accepted',
        decidedAt: openedAt,
        decidedBy: people.coordinatorId,
      })
      .returning({ id: referrals.id });
    const closed = stage === 'exit';
    // Contacts every ~program interval; a third of the open cases fall behind.
    const behind = !closed && index % 3 === 1;
    const contactDays: number[] = [];
    for (
      let day = referredDaysAgo - 4;
      day > (behind ? program.contactIntervalDays + 6 : 2);
      day -= rng.int(7, program.contactIntervalDays)
    ) {
      contactDays.push(day);
    }
    const lastContactAt = contactDays.length > 0 ? at(contactDays.at(-1) as number) : null;
    const [created] = await tx
      .insert(cases)
      .values({
        organisationId,
        householdId,
        programId: program.id,
        referralId: (referral as { id: string }).id,
        primaryWorkerId: workerId,
        accompanimentType: program.accompanimentTypes[index % program.accompanimentTypes.length] as AccompanimentType,
        stage,
        openedAt,
        closedAt: closed ? at(rng.int(1, 10)) : null,
        closureReason: closed ? rng.pick(['goals_reached', 'refused_or_disengaged', 'moved_away'] as const) : null,
        exitedFromStage: closed ? 'evaluation' : null,
        accompanimentStartedAt: caseStages.indexOf(stage) >= 2 ? at(referredDaysAgo - 2 - 20) : null,
        lastContactAt,
        nextPlannedContactAt: closed ? null : at(-rng.int(1, 10)),
        contactDueAt: closed ? null : contactDueAt(lastContactAt, openedAt, program.contactIntervalDays),
      })
      .returning({ id: cases.id });
    const caseId = (created as { id: string }).id;
    await tx
      .update(referrals)
      .set({ caseId })
      .where(eq(referrals.id, (referral as { id: string }).id));
    await tx.insert(caseEvents).values({
      organisationId,
      caseId,
      kind: 'opened',
      actorId: people.coordinatorId,
      summary: 'opened from referral',
      at: openedAt,
    });
    const reached = caseStages.indexOf(stage);
    for (let step = 1; step <= Math.min(reached, 4); step++) {
      await tx.insert(caseEvents).values({
        organisationId,
        caseId,
        kind: 'stage_change',
        actorId: workerId,
        summary: `${caseStages[step - 1]}→${caseStages[step]}`,
        at: at(referredDaysAgo - 2 - step * 10),
      });
    }
    if (closed) {
      await tx.insert(caseEvents).values({
        organisationId,
        caseId,
        kind: 'stage_change',
        actorId: workerId,
        summary: 'evaluation→exit',
        at: at(1),
      });
    }
    if (contactDays.length > 0) {
      await tx.insert(contacts).values(
        contactDays.map((day) => ({
          organisationId,
          caseId,
          occurredAt: at(day),
          type: rng.pick(CONTACT_TYPES),
          durationMinutes: rng.pick([20, 30, 45, 60, 90]),
          notes: 'Point sur les démarches en cours.',
          recordedBy: workerId,
        })),
      );
      await tx.insert(caseEvents).values(
        contactDays.map((day) => ({
          organisationId,
          caseId,
          kind: 'contact',
          actorId: workerId,
          summary: 'home_visit',
          at: at(day),
        })),
      );
    }
    // Scored at assessment, and again at evaluation: scores rise with the support.
    if (reached >= 1) {
      const rounds = reached >= 4 ? 2 : 1;
      for (let round = 0; round < rounds; round++) {
        const [assessment] = await tx
          .insert(assessments)
          .values({
            organisationId,
            caseId,
            instrumentId,
            assessedAt: at(referredDaysAgo - 12 - round * 60),
            stage: round === 0 ? 'assessment' : 'evaluation',
            recordedBy: workerId,
          })
          .returning({ id: assessments.id });
        await tx.insert(assessmentScores).values(
          ZRM_2017.domains.map((domain) => ({
            organisationId,
            assessmentId: (assessment as { id: string }).id,
            domain: domain.code,
            score: Math.min(5, rng.int(1, 3) + round * rng.int(0, 2)),
          })),
        );
      }
    }
    if (index % 4 === 0) {
      await tx.insert(aidGrants).values({
        organisationId,
        caseId,
        kind: rng.pick(['food', 'energy', 'housing', 'mobility'] as const),
        nature: 'financial',
        amountCents: rng.int(5, 60) * 1000,
        grantedOn: at(rng.int(5, 60)).slice(0, 10),
        recordedBy: workerId,
      });
    }
  }
  return Object.fromEntries(programRows.map((program) => [program.method, program.id])) as Record<
    ProgramMethod,
    string
  >;
}
