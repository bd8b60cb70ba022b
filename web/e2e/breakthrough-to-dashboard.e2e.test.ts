import {
  avoidedCost,
  type CostCatalogueItem,
  type PricedLine,
  type Program,
  parseEuroToCents,
  priceOn,
} from '@percee/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, newPage, signIn } from './browser.js';
import {
  ACCOUNTS,
  apiGet,
  apiToken,
  checkAccessible,
  definition,
  expectVisible,
  settle,
  uniqueName,
} from './support.js';

/** The scenario the coach types: catalogue item code, quantity over the horizon, probability in %. */
type TypedLine = { code: string; quantity: number; probabilityPercent: number };
const WITHOUT: TypedLine[] = [
  { code: 'eviction_societal', quantity: 1, probabilityPercent: 80 },
  { code: 'shelter_night', quantity: 90, probabilityPercent: 60 },
];
const WITH: TypedLine[] = [{ code: 'debt_help_trajectory', quantity: 1, probabilityPercent: 100 }];
/** As typed in the form (French notation), and the same amount in cents through the shared parser. */
const INTERVENTION_TYPED = '3 800,00';

interface CaseloadEntry {
  case: { id: string; programId: string; household: { displayName: string } };
}

/** A euro amount as shown on a page ("1 234,56 €"), in cents, through the shared parser. */
function cents(shown: string): number {
  const value = parseEuroToCents(shown);
  expect(value, `"${shown}" is an amount`).not.toBeNull();
  return value as number;
}

/**
 * The breakthrough method end to end, in the browser: a coach writes the plan of a case and proposes
 * a breakthrough priced from the cost catalogue; the coordinator approves it; the coach carries it out;
 * the avoided-cost dashboard moves by exactly what the shared maths says it avoided.
 */
describe('a breakthrough goes from the plan to the avoided-cost dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('coach plans and proposes → coordinator approves → coach achieves → dashboard moves by the realised amount', async () => {
    // ---- Facts from the API: the prices of the catalogue, and a case of the coach's with no plan yet.
    const coachToken = await apiToken(baseUrl(), ACCOUNTS.coach, DEMO_PASSWORD);
    const catalogue = (await apiGet<{ items: CostCatalogueItem[] }>(baseUrl(), coachToken, '/cost-catalogue')).items;
    const itemOf = (code: string) => {
      const item = catalogue.find((candidate) => candidate.code === code);
      expect(item, `catalogue item ${code}`).toBeDefined();
      return item as CostCatalogueItem;
    };
    const programs = (await apiGet<{ items: Program[] }>(baseUrl(), coachToken, '/programs')).items;
    const breakthroughPrograms = new Set(programs.filter((p) => p.method === 'breakthrough').map((p) => p.id));
    const caseload = (await apiGet<{ items: CaseloadEntry[] }>(baseUrl(), coachToken, '/caseload?limit=200')).items;
    let household: string | null = null;
    for (const entry of caseload.filter((candidate) => breakthroughPrograms.has(candidate.case.programId))) {
      const plan = await fetch(`${baseUrl()}/api/v1/cases/${entry.case.id}/plan`, {
        headers: { authorization: `Bearer ${coachToken}` },
      });
      if (plan.status === 404) {
        household = entry.case.household.displayName;
        break;
      }
    }
    expect(household, 'a case of a breakthrough program without a plan in the coach’s caseload').not.toBeNull();
    const title = `Reprise de la dette de loyer ${uniqueName('Dossier')}`;

    // ---- The coordinator reads the dashboard first.
    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    const before = await readDashboard(coordinator);

    // ---- 1. The coach opens the case, then its breakthrough plan, and writes it.
    const coach = await newPage(browser);
    await signIn(coach, ACCOUNTS.coach);
    await coach
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon portefeuille' })
      .click();
    await expectVisible(coach.getByRole('heading', { level: 1, name: 'Mon portefeuille' }));
    await settle(coach);
    await coach
      .locator('.card-list')
      .getByRole('link', { name: household as string, exact: true })
      .click();
    await expectVisible(coach.getByRole('heading', { level: 1, name: new RegExp(`^${household}`) }));
    await coach.getByRole('link', { name: 'Plan de percée' }).click();
    await expectVisible(coach.getByRole('heading', { level: 1, name: new RegExp(`^Plan de percée de ${household}`) }));
    await settle(coach);
    await coach.getByRole('button', { name: 'Ouvrir le plan de percée' }).click();
    await expectVisible(coach.getByRole('heading', { name: 'Objectifs et blocages' }));
    await coach.getByRole('button', { name: 'Modifier le plan' }).click();
    await coach.getByRole('button', { name: 'Ajouter un objectif' }).click();
    const goal = coach.getByRole('group', { name: 'Objectif 1', exact: true });
    await goal.getByLabel('Domaine de vie').selectOption({ label: 'Logement' });
    await goal.getByLabel('Objectif', { exact: true }).fill('Garder le logement : plus aucune menace d’expulsion.');
    await coach.getByRole('button', { name: 'Ajouter un blocage' }).click();
    const deadlock = coach.getByRole('group', { name: 'Blocage 1', exact: true });
    await deadlock.getByLabel('Type de blocage').selectOption({ label: 'Dette qui bloque' });
    await deadlock
      .getByLabel('Description')
      .fill('Pas de médiation de dettes tant que les arriérés de loyer ne sont pas apurés.');
    await checkAccessible(coach, 'plan editor with a goal and a deadlock');
    await coach.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await expectVisible(coach.getByText('Le plan a été enregistré (une nouvelle version est conservée).'));
    const content = coach.getByRole('region', { name: 'Objectifs et blocages' });
    expect(await content.textContent()).toContain('Garder le logement');
    expect(await content.textContent()).toContain('Pas de médiation de dettes');
    // Agreed with the household: the plan becomes active.
    await coach.getByRole('button', { name: 'Activer le plan (convenu avec le ménage)' }).click();
    await coach.getByLabel('Note').fill('Plan relu et signé avec le ménage.');
    await coach.getByRole('button', { name: 'Confirmer' }).click();
    await expectVisible(coach.getByText('Le plan est maintenant « Actif ».'));

    // ---- 2. The coach proposes a breakthrough, its scenarios picked from the catalogue.
    await coach.getByRole('link', { name: 'Proposer une percée' }).click();
    await expectVisible(coach.getByRole('heading', { level: 1, name: 'Proposer une percée' }));
    await settle(coach);
    await coach.getByLabel('Intitulé').fill(title);
    await coach.getByLabel('Catégorie').selectOption({ label: "Prévention d'expulsion" });
    await coach.getByLabel('Domaine de vie').selectOption({ label: 'Logement' });
    await coach.getByLabel('Responsable').fill('Coach familial et société de logement');
    await coach.getByLabel("Coût de l'intervention (€)").fill(INTERVENTION_TYPED);
    expect(await coach.getByLabel("Demander la validation d'un·e coordinateur·rice").isChecked()).toBe(true);
    await coach.getByLabel('Horizon (mois)').fill('24');
    await typeLines(coach, 'sans la percée', WITHOUT, itemOf);
    await typeLines(coach, 'avec la percée', WITH, itemOf);

    // The preview shows what the shared maths computes from the prices valid today.
    const previewDate = await coach.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const interventionCents = parseEuroToCents(INTERVENTION_TYPED) as number;
    const expectedToday = priced(previewDate, interventionCents);
    const preview = coach.getByTestId('avoided-cost-preview');
    await expect
      .poll(async () => cents(await definition(preview, 'Coût évité net')))
      .toBe(expectedToday.netAvoidedCents);
    expect(cents(await definition(preview, 'Sans la percée'))).toBe(expectedToday.withoutCents);
    expect(cents(await definition(preview, 'Avec la percée'))).toBe(expectedToday.withCents);
    expect(cents(await definition(preview, 'Coût évité brut'))).toBe(expectedToday.grossAvoidedCents);
    expect(cents(await definition(preview, "Coût de l'intervention"))).toBe(interventionCents);
    expect(expectedToday.grossAvoidedCents).toBeGreaterThan(0);
    await checkAccessible(coach, 'proposal form with scenarios and preview');
    await coach.getByRole('button', { name: 'Proposer la percée' }).click();
    await coach.waitForURL(/\/plan\/breakthroughs\/[0-9a-f-]{36}$/);
    await expectVisible(coach.getByText('La percée a été proposée.'));
    await expectVisible(coach.getByRole('heading', { level: 1, name: title }));
    const breakthroughUrl = new URL(coach.url()).pathname;
    const expectedFigures = storedFigures(coach, 'Chiffres attendus');
    expect(cents(await definition(expectedFigures, 'Coût évité net'))).toBe(expectedToday.netAvoidedCents);
    await expectVisible(coach.getByText("Cette percée attend la validation d'un·e coordinateur·rice."));

    // ---- 3. The coordinator approves it in the approval queue, with a comment.
    await coordinator
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Percées à valider' })
      .click();
    await expectVisible(coordinator.getByRole('heading', { level: 1, name: 'Percées à valider' }));
    await settle(coordinator);
    const item = coordinator.locator('.queue-item', { has: coordinator.getByRole('heading', { name: title }) });
    await expectVisible(item);
    expect(cents(await definition(item, 'Coût évité net attendu'))).toBe(expectedToday.netAvoidedCents);
    expect(await item.textContent()).toContain(household);
    await item.getByRole('button', { name: 'Approuver', exact: true }).click();
    const approve = coordinator.getByRole('form', { name: `Approuver : ${title}` });
    await expectVisible(approve);
    const comment = 'Accordé sur le budget percée 2026, ligne loyers.';
    await approve.getByLabel('Commentaire de validation').fill(comment);
    await checkAccessible(coordinator, 'approval queue with the approval form open');
    await approve.getByRole('button', { name: "Confirmer l'approbation" }).click();
    await expectVisible(coordinator.getByText(`La percée « ${title} » a été approuvée.`));
    await expect.poll(() => item.count()).toBe(0);

    // ---- 4. The coach sees the approval, starts the breakthrough, then marks it achieved.
    await coach.goto(breakthroughUrl);
    await expectVisible(coach.getByRole('heading', { level: 1, name: title }));
    await settle(coach);
    const details = coach.getByRole('region', { name: 'La percée' });
    const decision = await definition(details, 'Décision');
    expect(decision).toMatch(/^Approuvée par Claire Coordinatrice le /);
    expect(decision).toContain(comment);
    expect(await coach.locator('.case-header .badge-row').textContent()).toContain('Approuvée');
    await coach.getByRole('button', { name: 'Commencer', exact: true }).click();
    const start = coach.getByRole('form', { name: `Commencer : ${title}` });
    await start.getByLabel('Commentaire').fill('Le CPAS verse la reprise de dette cette semaine.');
    await start.getByRole('button', { name: 'Commencer' }).click();
    await expectVisible(coach.getByText('La percée est maintenant « En cours ».'));
    await coach.getByRole('button', { name: 'Marquer comme réalisée' }).click();
    const achieve = coach.getByRole('form', { name: `Marquer comme réalisée : ${title}` });
    await expectVisible(achieve);
    const achievedOn = await achieve.getByLabel('Réalisée le').inputValue();
    expect(achievedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await achieve.getByLabel('Commentaire').fill('Expulsion annulée, plan de paiement respecté.');
    await achieve.getByRole('button', { name: 'Confirmer la réalisation' }).click();
    await expectVisible(coach.getByText('La percée est maintenant « Réalisée ».'));
    // Realised figures: priced on the achievement date, by the shared maths.
    const realised = priced(achievedOn, interventionCents);
    const realisedFigures = storedFigures(coach, 'Chiffres réalisés (définitifs)');
    await expectVisible(realisedFigures);
    expect(cents(await definition(realisedFigures, 'Coût évité brut'))).toBe(realised.grossAvoidedCents);
    expect(cents(await definition(realisedFigures, 'Coût évité net'))).toBe(realised.netAvoidedCents);
    await checkAccessible(coach, 'achieved breakthrough page');

    // ---- 5. The dashboard moved by exactly the realised amounts.
    const after = await readDashboard(coordinator);
    expect(after.breakthroughs - before.breakthroughs).toBe(1);
    expect(after.gross - before.gross).toBe(realised.grossAvoidedCents);
    expect(after.intervention - before.intervention).toBe(interventionCents);
    expect(after.net - before.net).toBe(realised.netAvoidedCents);

    for (const page of [coach, coordinator]) await page.context().close();

    /** The typed scenario priced on `date` with the catalogue's prices, by the shared maths. */
    function priced(date: string, intervention: number) {
      const lines = (typed: TypedLine[]): PricedLine[] =>
        typed.map((line) => {
          const unitPriceCents = priceOn(itemOf(line.code).prices, date);
          expect(unitPriceCents, `a price of ${line.code} on ${date}`).not.toBeNull();
          return {
            unitPriceCents: unitPriceCents as number,
            quantity: line.quantity,
            probabilityPercent: line.probabilityPercent,
          };
        });
      return avoidedCost(lines(WITHOUT), lines(WITH), intervention);
    }
  }, 180_000);
});

/** Adds and fills the lines of one scenario ("sans la percée" / "avec la percée"). */
async function typeLines(page: Page, kind: string, lines: TypedLine[], itemOf: (code: string) => CostCatalogueItem) {
  for (const [index, line] of lines.entries()) {
    const group = page.getByRole('group', { name: `Ligne ${index + 1} ${kind}`, exact: true });
    if ((await group.count()) === 0) await page.getByRole('button', { name: `Ajouter une ligne ${kind}` }).click();
    await expectVisible(group);
    await group.getByLabel('Poste de coût').selectOption(itemOf(line.code).id);
    await group.getByLabel(/^Quantité/).fill(String(line.quantity));
    await group.getByLabel('Probabilité (%)').fill(String(line.probabilityPercent));
  }
}

/** The block of stored figures titled `title` on a breakthrough page. */
function storedFigures(page: Page, title: string): Locator {
  return page.locator('.stored-figures', { has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The headline money of the avoided-cost dashboard (default period: the last twelve months). */
async function readDashboard(page: Page) {
  await page.goto('/avoided-costs');
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Coûts sociaux évités' }));
  await settle(page);
  const headline = page.locator('dl.kpis');
  await expectVisible(headline);
  const count = async (label: string) => Number((await definition(headline, label)).replace(/\D/g, ''));
  return {
    breakthroughs: await count('Percées réalisées'),
    gross: cents(await definition(headline, 'Coût évité brut')),
    intervention: cents(await definition(headline, "Coût de l'intervention")),
    net: cents(await definition(headline, 'Coût évité net')),
  };
}
