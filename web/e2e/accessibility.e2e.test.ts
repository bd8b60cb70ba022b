import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.js';
import { ACCOUNTS, expectVisible, settle } from './support.js';

type Role = keyof typeof ACCOUNTS;

/**
 * axe-core (WCAG 2.1 A and AA) on every page a person reaches, in the states that matter (forms
 * open, validation errors shown). One test per page, so that each violation is reported on its own.
 */
describe('every page passes axe (WCAG 2.1 A/AA)', () => {
  let browser: Browser;
  const sessions = new Map<Role, Page>();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  /** One signed-in page per role, reused by the tests (each test navigates where it needs). */
  async function as(role: Role): Promise<Page> {
    const existing = sessions.get(role);
    if (existing) return existing;
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS[role]);
    sessions.set(role, page);
    return page;
  }

  /** Full page load of `path`, then wait for its heading and for the data. */
  async function open(page: Page, path: string, heading?: string | RegExp) {
    await page.goto(path);
    await expectVisible(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }));
    await settle(page);
  }

  /** The first link of a list page, followed: the path of a real referral, household or case. */
  async function firstLink(page: Page, listPath: string, scope: string): Promise<string> {
    await open(page, listPath);
    const href = await page.locator(scope).getByRole('link').first().getAttribute('href');
    expect(href).toBeTruthy();
    return href as string;
  }

  it('sign-in page, and with its errors shown', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Connexion' }));
    await expectAccessible(page, 'sign-in');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectVisible(page.getByText('Ce champ est obligatoire.'));
    await expectAccessible(page, 'sign-in with validation errors');
    await page.context().close();
  });

  it.each(['admin', 'coordinator', 'coach', 'partner', 'analyst'] as const)('home of the %s', async (role) => {
    const page = await as(role);
    // Case workers and coordinators open on "my day", the others on the module overview.
    await open(page, '/', /^(Bonjour |Ma journée$)/);
    await expectAccessible(page, `home (${role})`);
  });

  it('caseload (coach), and filtered by stage', async () => {
    const page = await as('coach');
    await open(page, '/caseload', 'Mon portefeuille');
    expect(await page.locator('.card-list__item').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'caseload');
    await page.getByLabel('Étape').selectOption({ label: 'Diagnostic' });
    await expectAccessible(page, 'caseload filtered on assessment');
  });

  it('referral inbox (coordinator), new and declined tabs', async () => {
    const page = await as('coordinator');
    await open(page, '/referrals', 'Orientations reçues');
    expect(await page.locator('.card-list__item').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'referral inbox');
    await open(page, '/referrals?status=accepted', 'Orientations reçues');
    await expectAccessible(page, 'referral inbox, accepted tab');
  });

  it('referral detail (coordinator), with the accept and decline forms open', async () => {
    const page = await as('coordinator');
    const path = await firstLink(page, '/referrals', '.card-list');
    await open(page, path, /^Orientation de /);
    await expectAccessible(page, 'referral detail');
    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    await expectVisible(page.getByRole('region', { name: "Accepter l'orientation" }));
    await settle(page);
    await expectAccessible(page, 'referral detail, accept form open');
    await page.getByRole('button', { name: 'Accepter et ouvrir le dossier' }).click();
    await expectVisible(page.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
    await expectAccessible(page, 'referral detail, accept form with errors');
    await page.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expectVisible(page.getByRole('region', { name: "Refuser l'orientation" }));
    await expectAccessible(page, 'referral detail, decline form open');
  });

  it('referral detail and list (partner)', async () => {
    const page = await as('partner');
    await open(page, '/referrals', 'Mes orientations');
    await expectAccessible(page, 'my referrals (partner)');
    const href = await page.locator('.card-list').getByRole('link').first().getAttribute('href');
    await open(page, href as string, /^Orientation de /);
    await expectAccessible(page, 'referral detail (partner)');
  });

  it('new referral form: new household, existing household, and with errors', async () => {
    const page = await as('coordinator');
    await open(page, '/referrals/new', 'Nouvelle orientation');
    await expectAccessible(page, 'new referral form');
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByRole('button', { name: 'Ajouter une problématique' }).click();
    await expectAccessible(page, 'new referral form, two people and a problem');
    await page.getByRole('button', { name: "Envoyer l'orientation" }).click();
    await expectVisible(page.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
    await expectAccessible(page, 'new referral form with validation errors');
    await page.getByRole('radio', { name: 'Ménage déjà enregistré' }).check();
    await page.getByLabel('Rechercher le ménage').fill('Dubois');
    await expectVisible(page.locator('.pick-list'));
    await expectAccessible(page, 'new referral form, household search results');
  });

  it('new referral form (partner)', async () => {
    const page = await as('partner');
    await open(page, '/referrals/new', 'Nouvelle orientation');
    await expectAccessible(page, 'new referral form (partner)');
  });

  it('households: list, search results, no results', async () => {
    const page = await as('coach');
    await open(page, '/households', 'Ménages');
    await expectAccessible(page, 'households');
    await page.getByLabel('Rechercher un ménage').fill('Dubois');
    await page.waitForURL(/q=Dubois/);
    await settle(page);
    await expectAccessible(page, 'households search results');
    await page.getByLabel('Rechercher un ménage').fill('zzzzqqq');
    await expectVisible(page.getByText('Aucun ménage ne correspond à « zzzzqqq ».'));
    await expectAccessible(page, 'households, no results');
  });

  it('household detail, with the edit and add-member forms', async () => {
    const page = await as('coach');
    const path = await firstLink(page, '/households', 'table');
    await open(page, path);
    await expectAccessible(page, 'household detail');
    await page.getByRole('button', { name: "Modifier l'adresse et les problématiques" }).click();
    await expectVisible(page.getByRole('region', { name: "Modifier l'adresse et les problématiques" }));
    await expectAccessible(page, 'household detail, edit form');
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();
    await expectVisible(page.getByRole('region', { name: 'Ajouter une personne au ménage' }));
    await expectAccessible(page, 'household detail, add-member form');
  });

  it('case list (coordinator)', async () => {
    const page = await as('coordinator');
    await open(page, '/cases', 'Dossiers');
    await expectAccessible(page, 'cases');
  });

  it('case page (coach): contact form with errors, transition form', async () => {
    const page = await as('coach');
    const path = await firstLink(page, '/caseload', '.card-list');
    await open(page, path);
    await expectAccessible(page, 'case page');
    const contact = page.locator('form', { has: page.getByRole('heading', { name: 'Noter un contact' }) });
    await contact.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expectVisible(contact.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
    await expectAccessible(page, 'case page, contact form with errors');
    await page.getByRole('group', { name: "Changer d'étape" }).getByRole('button').first().click();
    await expectVisible(page.getByRole('button', { name: 'Confirmer' }));
    await expectAccessible(page, 'case page, transition form open');
  });

  it('case page (coach): a correction form and a history open (decision 19)', async () => {
    const page = await as('coach');
    // The most overdue case first: one with the coach's own contacts, which the coach may correct.
    const path = await firstLink(page, '/caseload', '.card-list');
    await open(page, path);
    const correct = page.locator('#case-journal').getByRole('button', { name: 'Corriger' }).first();
    await expectVisible(correct);
    await correct.click();
    await expectVisible(page.getByRole('form', { name: 'Corriger cette entrée' }));
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expectAccessible(page, 'case page, correction form with errors');
    await page.getByRole('button', { name: 'Historique' }).first().click();
    await expectAccessible(page, 'case page, history open');
  });

  it('case page at the assessment stage (assessment form)', async () => {
    const page = await as('coordinator');
    const path = await firstLink(page, '/cases?stage=assessment', 'table');
    await open(page, path);
    await expectVisible(page.getByRole('heading', { name: /^Nouvelle évaluation/ }));
    await expectAccessible(page, 'case page, assessment form');
  });

  it('case page at the planning stage: objectives, the objective form with an action and errors', async () => {
    const page = await as('coordinator');
    const path = await firstLink(page, '/cases?stage=planning', 'table');
    await open(page, path);
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Nouvel objectif convenu avec la personne' }),
    });
    await form.getByRole('button', { name: 'Ajouter une action' }).click();
    await form.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    await expectVisible(form.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
    await expectAccessible(page, 'case page, objective form with errors');
  });

  it('administration: users and sites, with their forms', async () => {
    const page = await as('admin');
    await open(page, '/admin/users', 'Administration');
    await expectVisible(page.getByRole('table'));
    await expectAccessible(page, 'admin users');
    await page.getByRole('button', { name: 'Nouveau compte' }).click();
    await expectVisible(page.getByRole('region', { name: 'Nouveau compte utilisateur' }));
    await expectAccessible(page, 'admin users, new account form');
    await open(page, '/admin/sites', 'Administration');
    await expectVisible(page.getByRole('table'));
    await expectAccessible(page, 'admin sites');
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    await expectVisible(page.getByRole('region', { name: 'Nouveau site' }));
    await expectAccessible(page, 'admin sites, new site form');
  });

  it('approval queue (coordinator), with the scenarios shown and the approval form open', async () => {
    const page = await as('coordinator');
    await open(page, '/breakthroughs', 'Percées à valider');
    const item = page.locator('.queue-item').first();
    await expectVisible(item);
    await expectAccessible(page, 'approval queue');
    await item.getByText('Voir les scénarios').click();
    await expectVisible(item.locator('details[open]'));
    await settle(page);
    await expectAccessible(page, 'approval queue, scenarios shown');
    await item.getByRole('button', { name: 'Approuver', exact: true }).click();
    await expectVisible(item.getByRole('form'));
    await expectAccessible(page, 'approval queue, approval form open');
    await item.getByRole('button', { name: 'Refuser', exact: true }).click();
    await item.getByRole('form').getByRole('button', { name: 'Confirmer le refus' }).click();
    await expectVisible(item.getByText('Indiquez un motif.'));
    await expectAccessible(page, 'approval queue, rejection without a reason');
  });

  it('breakthrough plan and board, plan editor, breakthrough page (coordinator)', async () => {
    const page = await as('coordinator');
    const planPath = await firstLink(page, '/breakthroughs', '.queue-item .cell-secondary');
    const breakthroughPath = await firstLink(page, '/breakthroughs', '.queue-item .card-list__title');
    await open(page, planPath, /^Plan de percée de /);
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Percées' }));
    await expectVisible(page.locator('.board'));
    await expectAccessible(page, 'plan and board');
    await page.getByRole('button', { name: 'Modifier le plan' }).click();
    await expectVisible(page.getByRole('region', { name: 'Modifier les objectifs et les blocages' }));
    await expectAccessible(page, 'plan editor');
    await open(page, breakthroughPath);
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Coût social évité' }));
    await expectAccessible(page, 'breakthrough page');
    await page.getByRole('button', { name: 'Modifier les scénarios' }).click();
    await expectVisible(page.getByRole('region', { name: 'Modifier les scénarios' }));
    await settle(page);
    await expectAccessible(page, 'breakthrough page, scenario editor');
  });

  it('breakthrough proposal form with its live preview, and with errors (coordinator)', async () => {
    const page = await as('coordinator');
    const planPath = await firstLink(page, '/breakthroughs', '.queue-item .cell-secondary');
    await open(page, `${planPath}/breakthroughs/new`, 'Proposer une percée');
    await expectVisible(page.getByTestId('avoided-cost-preview'));
    await expectAccessible(page, 'proposal form');
    await page.getByRole('button', { name: 'Proposer la percée' }).click();
    await expectVisible(page.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
    await expectAccessible(page, 'proposal form with validation errors');
  });

  it.each(['coordinator', 'analyst'] as const)('avoided-cost dashboard (%s)', async (role) => {
    const page = await as(role);
    await open(page, '/avoided-costs', 'Coûts sociaux évités');
    await expectVisible(page.locator('dl.kpis'));
    await settle(page);
    await expectAccessible(page, `avoided-cost dashboard (${role})`);
  });

  it('activity report (coordinator, analyst), and with an impossible period', async () => {
    const page = await as('coordinator');
    await open(page, '/reports?from=2016-01-01&to=2016-12-31', "Rapport d'activité");
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Diagnostics', exact: true }));
    await expectAccessible(page, 'activity report');
    await open(page, '/reports?from=2016-12-31&to=2016-01-01', "Rapport d'activité");
    await expectAccessible(page, 'activity report, period ending before it starts');
    const analyst = await as('analyst');
    await open(analyst, '/reports?from=2016-01-01&to=2016-12-31', "Rapport d'activité");
    await expectVisible(analyst.getByRole('heading', { level: 2, name: 'Diagnostics', exact: true }));
    await expectAccessible(analyst, 'activity report (analyst)');
  });

  it('team dashboard (coordinator)', async () => {
    const page = await as('coordinator');
    await open(page, '/team', "Tableau de bord de l'équipe");
    await expectVisible(page.getByRole('table').first());
    await expectAccessible(page, 'team dashboard');
  });

  it('cost catalogue (admin), with the new-item and add-price forms', async () => {
    const page = await as('admin');
    await open(page, '/admin/catalogue', 'Administration');
    await expectVisible(page.getByRole('table').first());
    await expectAccessible(page, 'cost catalogue');
    await page.getByRole('button', { name: 'Nouveau poste' }).click();
    await expectVisible(page.getByRole('region', { name: 'Nouveau poste de coût' }));
    await expectAccessible(page, 'cost catalogue, new item form');
    await page
      .getByRole('button', { name: /^Ajouter un prix/ })
      .first()
      .click();
    await expectVisible(page.getByRole('region', { name: /^Prix de « / }));
    await settle(page);
    await expectAccessible(page, 'cost catalogue, add-price form');
  });

  it('not-found and forbidden pages', async () => {
    const page = await as('partner');
    await open(page, '/nowhere', 'Page introuvable');
    await expectAccessible(page, 'not found');
    await open(page, '/households', 'Accès refusé');
    await expectAccessible(page, 'forbidden');
  });

  it('home in Dutch, case page in English', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coach);
    const path = await firstLink(page, '/caseload', '.card-list');
    await page.getByRole('button', { name: /^NL/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await open(page, '/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible(page, 'home (nl)');
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await open(page, path);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'case page (en)');
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.context().close();
  });
});
