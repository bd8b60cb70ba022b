import {
  type BreakthroughCategory,
  type BreakthroughScenario,
  type CaseStage,
  caseStages,
  type Deadlock,
  type PlanGoal,
  type ProblemDomain,
} from '@percee/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { breakthroughPlans, breakthroughs, caseEvents, cases, householdProblems } from '../../db/schema.js';
import { insertPlanSnapshot, realisedColumns, replaceScenario } from '../breakthroughs/index.js';
import { ensureDefaultCatalogue } from '../catalogue/index.js';
import { insertHousehold } from './repo.js';

/*
 * The Heerlen-Noord situation (breakthrough method, domain brief): 13 households followed, 8 with a
 * plan, 6 with breakthroughs, 9 breakthroughs in total, more than EUR 500,000 of social costs avoided.
 * Written into the demo organisation's breakthrough program as the services would: the avoided costs
 * are not typed in, they are computed from each breakthrough's stored scenarios with the prices of
 * the default catalogue (the same functions as the API), and frozen at achievement.
 */

export const HEERLEN = { followed: 13, withPlan: 8, withBreakthrough: 6, breakthroughs: 9 } as const;

const DAY = 86_400_000;

type Line = [code: string, quantity: number, probabilityPercent: number];
interface DemoBreakthrough {
  title: string;
  domain: ProblemDomain;
  category: BreakthroughCategory;
  responsible: string;
  interventionCents: number;
  /** A bent rule needs a sign-off even without money. */
  needsApproval: boolean;
  horizonMonths: number;
  without: Line[];
  with: Line[];
  proposedDaysAgo: number;
  achievedDaysAgo: number | null;
  status: 'achieved' | 'in_progress' | 'proposed';
}

/** Breakthroughs per household with a breakthrough (the first six plans). */
const BREAKTHROUGHS: DemoBreakthrough[][] = [
  [
    {
      title: "Apurement des arriérés de loyer : l'expulsion est annulée",
      domain: 'housing',
      category: 'eviction_prevention',
      responsible: 'Coach familial et société de logement',
      interventionCents: 380_000,
      needsApproval: true,
      horizonMonths: 24,
      without: [
        ['eviction_societal', 1, 80],
        ['shelter_night', 90, 60],
        ['child_placement_year', 2, 25],
      ],
      with: [['debt_help_trajectory', 1, 100]],
      proposedDaysAgo: 300,
      achievedDaysAgo: 270,
      status: 'achieved',
    },
    {
      title: 'Suivi en santé mentale sans attendre la fin des dettes (dérogation)',
      domain: 'mental_health',
      category: 'care_access',
      responsible: 'Centre de santé mentale',
      interventionCents: 0,
      needsApproval: true,
      horizonMonths: 12,
      without: [
        ['multi_problem_family_year', 1, 50],
        ['adult_detention_day', 30, 20],
      ],
      with: [['debt_help_trajectory', 1, 100]],
      proposedDaysAgo: 250,
      achievedDaysAgo: 200,
      status: 'achieved',
    },
    {
      title: "Permis de conduire financé pour un emploi d'aide-soignant",
      domain: 'unemployment',
      category: 'other',
      responsible: 'Coach familial',
      interventionCents: 120_000,
      needsApproval: true,
      horizonMonths: 12,
      without: [['multi_problem_family_year', 1, 20]],
      with: [],
      proposedDaysAgo: 40,
      achievedDaysAgo: null,
      status: 'in_progress',
    },
  ],
  [
    {
      title: 'Logement social plus grand : les enfants reviennent à la maison',
      domain: 'parenting',
      category: 'new_housing',
      responsible: 'Société de logement (attribution prioritaire)',
      interventionCents: 0,
      needsApproval: true,
      horizonMonths: 24,
      without: [['child_placement_year', 6, 75]],
      with: [['child_placement_year', 1, 10]],
      proposedDaysAgo: 280,
      achievedDaysAgo: 210,
      status: 'achieved',
    },
    {
      title: 'Manuels et fournitures scolaires pour la rentrée',
      domain: 'education',
      category: 'school_supplies',
      responsible: 'Coach familial',
      interventionCents: 45_000,
      needsApproval: true,
      horizonMonths: 12,
      without: [['child_placement_year', 1, 5]],
      with: [],
      proposedDaysAgo: 150,
      achievedDaysAgo: 140,
      status: 'achieved',
    },
  ],
  [
    {
      title: 'Allocations débloquées en une semaine',
      domain: 'administration',
      category: 'benefit_acceleration',
      responsible: 'CPAS — service des allocations',
      interventionCents: 0,
      needsApproval: true,
      horizonMonths: 12,
      without: [
        ['eviction_direct', 1, 60],
        ['shelter_night', 60, 50],
        ['multi_problem_family_year', 1, 25],
      ],
      with: [],
      proposedDaysAgo: 260,
      achievedDaysAgo: 250,
      status: 'achieved',
    },
    {
      title: 'Rachat des dettes par la commune, un seul remboursement',
      domain: 'debt',
      category: 'debt_settlement',
      responsible: 'Service de médiation de dettes',
      interventionCents: 650_000,
      needsApproval: true,
      horizonMonths: 24,
      without: [
        ['eviction_societal', 1, 60],
        ['multi_problem_family_year', 1, 40],
      ],
      with: [['debt_help_trajectory', 1, 100]],
      proposedDaysAgo: 200,
      achievedDaysAgo: 120,
      status: 'achieved',
    },
  ],
  [
    {
      title: "Taxi vers l'école pendant trois mois",
      domain: 'education',
      category: 'transport',
      responsible: 'Coach familial et école',
      interventionCents: 240_000,
      needsApproval: true,
      horizonMonths: 12,
      without: [
        ['child_placement_year', 1, 30],
        ['minor_detention_day', 20, 10],
      ],
      with: [],
      proposedDaysAgo: 180,
      achievedDaysAgo: 90,
      status: 'achieved',
    },
  ],
  [
    {
      title: "Médiation avec le bailleur et plan d'apurement",
      domain: 'housing',
      category: 'eviction_prevention',
      responsible: 'Coach familial',
      interventionCents: 420_000,
      needsApproval: true,
      horizonMonths: 24,
      without: [
        ['eviction_societal', 1, 80],
        ['homeless_shelter_year', 1, 40],
      ],
      with: [['debt_help_trajectory', 1, 100]],
      proposedDaysAgo: 160,
      achievedDaysAgo: 60,
      status: 'achieved',
    },
  ],
  [
    {
      title: "Sortie de l'hébergement d'urgence vers un logement accompagné",
      domain: 'housing',
      category: 'new_housing',
      responsible: 'Agence immobilière sociale',
      interventionCents: 180_000,
      needsApproval: true,
      horizonMonths: 24,
      without: [
        ['homeless_shelter_year', 2, 90],
        ['adult_detention_day', 60, 25],
      ],
      with: [['shelter_night', 20, 100]],
      proposedDaysAgo: 120,
      achievedDaysAgo: 30,
      status: 'achieved',
    },
  ],
];

/** A proposal waiting for the coordinator's sign-off, on the seventh plan (no breakthrough achieved yet). */
const PENDING: DemoBreakthrough = {
  title: 'Caution locative avancée pour quitter un logement insalubre',
  domain: 'housing',
  category: 'new_housing',
  responsible: 'Coach familial',
  interventionCents: 90_000,
  needsApproval: true,
  horizonMonths: 12,
  without: [['shelter_night', 30, 40]],
  with: [],
  proposedDaysAgo: 3,
  achievedDaysAgo: null,
  status: 'proposed',
};

const GOALS: PlanGoal[][] = [
  [
    { domain: 'housing', text: 'Garder le logement familial' },
    { domain: 'debt', text: 'Un seul plan de remboursement, supportable' },
    { domain: 'mental_health', text: 'Un suivi régulier en santé mentale' },
  ],
  [
    { domain: 'parenting', text: 'Les enfants reviennent vivre à la maison' },
    { domain: 'education', text: "Les enfants vont à l'école tous les jours" },
  ],
  [
    { domain: 'administration', text: 'Tous les droits ouverts (allocations, intervention majorée)' },
    { domain: 'debt', text: 'Plus aucune saisie sur le revenu' },
  ],
  [{ domain: 'education', text: "L'aîné termine son année scolaire" }],
];

const DEADLOCKS: Deadlock[][] = [
  [
    { kind: 'debt', description: 'Pas de suivi en santé mentale tant que les dettes ne sont pas réglées' },
    { kind: 'rule', description: 'Pas de médiation de dettes sans suivi en santé mentale' },
  ],
  [
    { kind: 'waiting_list', description: "Liste d'attente de 18 mois pour un logement social de cinq chambres" },
    { kind: 'rule', description: 'Retour des enfants refusé tant que le logement est trop petit' },
  ],
  [{ kind: 'rule', description: 'Dossier d’allocations bloqué par une adresse de référence manquante' }],
  [{ kind: 'other', description: "L'école est trop loin depuis le relogement provisoire" }],
];

const NEW_HOUSEHOLDS = [
  ['Aïcha', 'Vandenberghe'],
  ['Patrick', 'Dewit'],
  ['Samira', 'Ouali'],
  ['Jean-Marc', 'Loiseau'],
  ['Fatima', 'Ziani'],
  ['Christophe', 'Mathieu'],
  ['Nathalie', 'Henrard'],
  ['Rachid', 'Amrani'],
  ['Sandra', 'Delcourt'],
  ['Bruno', 'Lecomte'],
  ['Khadija', 'Bouzid'],
  ['Didier', 'Renier'],
  ['Vanessa', 'Stas'],
] as const;

/** Open cases furthest along the cycle first; closed ones last. */
const advancement = (stage: CaseStage) => (stage === 'exit' ? -1 : caseStages.indexOf(stage));

const scenarioOf = (ids: Record<string, string>, item: DemoBreakthrough): BreakthroughScenario => {
  const lines = (list: Line[]) =>
    list.map(([code, quantity, probabilityPercent]) => {
      const catalogueItemId = ids[code];
      if (!catalogueItemId) throw new Error(`demo: no catalogue item ${code}`);
      return { catalogueItemId, quantity, probabilityPercent };
    });
  return { horizonMonths: item.horizonMonths, without: lines(item.without), with: lines(item.with) };
};

/**
 * Brings the breakthrough program to the Heerlen figures: tops it up to 13 households with a case,
 * gives 8 of them an active plan (versions kept), and 6 of those the 9 achieved breakthroughs.
 */
export async function seedHeerlen(
  tx: Tx,
  organisationId: string,
  programId: string,
  people: { coordinatorId: string; workerIds: string[] },
  now = new Date(),
) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
  const dateOf = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const catalogue = await ensureDefaultCatalogue(tx, organisationId);

  const existing = await tx
    .select({ id: cases.id, stage: cases.stage, primaryWorkerId: cases.primaryWorkerId, openedAt: cases.openedAt })
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), eq(cases.programId, programId)))
    .orderBy(asc(cases.openedAt), asc(cases.id));
  const missing = HEERLEN.followed - existing.length;
  if (missing < 0) throw new Error('demo: the breakthrough program already has more than 13 households');

  // The households of the Heerlen cohort: followed for about a year, now being monitored.
  const created: { id: string; stage: CaseStage; primaryWorkerId: string; openedAt: string }[] = [];
  for (let index = 0; index < missing; index++) {
    const [firstName, lastName] = NEW_HOUSEHOLDS[index % NEW_HOUSEHOLDS.length] as readonly [string, string];
    const reference = `HN-${now.getUTCFullYear()}-${String(index + 1).padStart(3, '0')}`;
    const address = `${10 + index * 7} rue du Charbonnage`;
    const householdId = await insertHousehold(tx, organisationId, { reference, address }, [
      { firstName, lastName, role: 'applicant' },
    ]);
    await tx.insert(householdProblems).values(
      (['debt', 'housing', 'mental_health'] as const).map((domain, rank) => ({
        organisationId,
        householdId,
        domain,
        severity: rank === 0 ? ('critical' as const) : ('high' as const),
        since: dateOf(900 + index * 30),
      })),
    );
    const primaryWorkerId = people.workerIds[index % people.workerIds.length] as string;
    const openedAt = at(380 - index * 5);
    const lastContactAt = at(5 + index);
    const [row] = await tx
      .insert(cases)
      .values({
        organisationId,
        householdId,
        programId,
        primaryWorkerId,
        accompanimentType: 'family_coaching',
        stage: 'monitoring',
        openedAt,
        accompanimentStartedAt: at(350 - index * 5),
        lastContactAt,
        contactDueAt: new Date(new Date(lastContactAt).getTime() + 14 * DAY).toISOString(),
      })
      .returning({ id: cases.id });
    const caseId = (row as { id: string }).id;
    await tx.insert(caseEvents).values([
      { organisationId, caseId, kind: 'opened', actorId: people.coordinatorId, summary: 'opened', at: openedAt },
      ...(['assessment', 'planning', 'monitoring'] as const).map((to, step) => ({
        organisationId,
        caseId,
        kind: 'stage_change',
        actorId: primaryWorkerId,
        summary: `${caseStages[step]}→${to}`,
        at: at(370 - index * 5 - step * 10),
      })),
    ]);
    created.push({ id: caseId, stage: 'monitoring', primaryWorkerId, openedAt });
  }

  // Plans: the cohort first, then the program's other cases furthest along the cycle.
  const candidates = [
    ...created,
    ...existing
      .filter((row) => caseStages.indexOf(row.stage) >= caseStages.indexOf('planning'))
      .sort((a, b) => advancement(b.stage) - advancement(a.stage)),
  ];
  const planned = candidates.slice(0, HEERLEN.withPlan);
  if (planned.length < HEERLEN.withPlan) throw new Error('demo: not enough cases for 8 plans');

  for (const [index, target] of planned.entries()) {
    const goals = GOALS[index % GOALS.length] as PlanGoal[];
    const deadlocks = DEADLOCKS[index % DEADLOCKS.length] as Deadlock[];
    const draftedAt = at(330 - index * 5);
    const activatedAt = at(320 - index * 5);
    const [plan] = await tx
      .insert(breakthroughPlans)
      .values({
        organisationId,
        caseId: target.id,
        status: 'active',
        goals,
        deadlocks,
        createdBy: target.primaryWorkerId,
        activatedAt,
        version: 2,
        createdAt: draftedAt,
        updatedAt: activatedAt,
      })
      .returning();
    const row = plan as typeof breakthroughPlans.$inferSelect;
    await insertPlanSnapshot(tx, { ...row, version: 1, status: 'draft' }, 'created', target.primaryWorkerId, draftedAt);
    await insertPlanSnapshot(tx, row, 'status_change', target.primaryWorkerId, activatedAt);
    await tx.insert(caseEvents).values([
      {
        organisationId,
        caseId: target.id,
        kind: 'plan',
        actorId: target.primaryWorkerId,
        summary: 'created',
        at: draftedAt,
      },
      {
        organisationId,
        caseId: target.id,
        kind: 'plan',
        actorId: target.primaryWorkerId,
        summary: 'draft→active',
        note: 'Plan signé avec la famille.',
        at: activatedAt,
      },
    ]);

    const items = [...(BREAKTHROUGHS[index] ?? []), ...(index === HEERLEN.withBreakthrough ? [PENDING] : [])];
    for (const item of items) {
      await seedBreakthrough(tx, organisationId, row.id, target, item, catalogue, people.coordinatorId, at, dateOf);
    }
  }
}

async function seedBreakthrough(
  tx: Tx,
  organisationId: string,
  planId: string,
  target: { id: string; primaryWorkerId: string },
  item: DemoBreakthrough,
  catalogue: Record<string, string>,
  coordinatorId: string,
  at: (daysAgo: number) => string,
  dateOf: (daysAgo: number) => string,
) {
  const proposedAt = at(item.proposedDaysAgo);
  const approvedAt = at(item.proposedDaysAgo - 2);
  const startedAt = at(item.proposedDaysAgo - 3);
  const [inserted] = await tx
    .insert(breakthroughs)
    .values({
      organisationId,
      planId,
      caseId: target.id,
      title: item.title,
      domain: item.domain,
      category: item.category,
      responsible: item.responsible,
      interventionCents: item.interventionCents,
      needsApproval: item.needsApproval,
      dueDate: dateOf(item.proposedDaysAgo - 60),
      proposedBy: target.primaryWorkerId,
      proposedAt,
      proposedOn: dateOf(item.proposedDaysAgo),
      createdAt: proposedAt,
    })
    .returning({
      id: breakthroughs.id,
      proposedOn: breakthroughs.proposedOn,
      interventionCents: breakthroughs.interventionCents,
    });
  const basis = inserted as { id: string; proposedOn: string; interventionCents: number };
  const id = basis.id;
  // The figures come from the stored scenario and the catalogue's prices, as through the API.
  const { columns } = await replaceScenario(tx, organisationId, basis, scenarioOf(catalogue, item), 'demo', {
    isNew: true,
  });
  await tx
    .update(breakthroughs)
    .set(columns)
    .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)));
  const event = (summary: string, when: string, actorId: string, note: string | null = null) => ({
    organisationId,
    caseId: target.id,
    kind: 'breakthrough',
    actorId,
    summary: `${summary}: ${item.title}`,
    note,
    at: when,
  });
  const events = [event('proposed', proposedAt, target.primaryWorkerId)];
  if (item.status !== 'proposed') {
    const achievedOn = item.achievedDaysAgo === null ? null : dateOf(item.achievedDaysAgo);
    await tx
      .update(breakthroughs)
      .set({
        status: item.status,
        decisionOutcome: 'approved',
        decidedBy: coordinatorId,
        decidedAt: approvedAt,
        decisionComment: 'Accordé sur le budget percée.',
        startedAt,
        ...(achievedOn ? (await realisedColumns(tx, organisationId, basis, achievedOn)).columns : {}),
        version: achievedOn ? 4 : 3,
        updatedAt: achievedOn ? at(item.achievedDaysAgo as number) : startedAt,
      })
      .where(and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.id, id)));
    events.push(
      event('proposed→approved', approvedAt, coordinatorId, 'Accordé sur le budget percée.'),
      event('approved→in_progress', startedAt, target.primaryWorkerId),
    );
    if (achievedOn)
      events.push(event('in_progress→achieved', at(item.achievedDaysAgo as number), target.primaryWorkerId));
  }
  await tx.insert(caseEvents).values(events);
}
