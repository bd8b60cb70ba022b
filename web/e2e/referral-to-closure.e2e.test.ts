import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn } from './browser.js';
import { ACCOUNTS, checkAccessible, expectVisible, PROGRAM, settle, uniqueName } from './support.js';

/**
 * The whole journey of one household, in the browser, through the screens each person uses:
 * a partner refers it, the coordinator accepts it, the coach works the case from intake to exit.
 */
describe('a referral becomes a case that is worked through the six stages and closed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  /** The ZRM 2017 domains, each scored from 1 (acute problem) to 5 (fully self-sufficient). */
  const FIRST_SCORES: Record<string, number> = {
    Finances: 2,
    'Travail et formation': 2,
    'Occupation du temps': 3,
    Logement: 1,
    'Relations familiales': 3,
    'Santé mentale': 3,
    'Santé physique': 4,
    Assuétudes: 5,
    'Actes élémentaires de la vie quotidienne': 5,
    'Actes instrumentaux de la vie quotidienne': 4,
    'Réseau social': 2,
    'Participation sociale': 2,
    Justice: 5,
  };

  const firstName = 'Nadia';
  const lastName = uniqueName('Verbeke');
  const household = `${firstName} ${lastName}`;
  const reason = `Menace d'expulsion pour arriérés de loyer, ${lastName} demande de l'aide pour garder son logement.`;

  it('partner refers → coordinator accepts → coach records, assesses, moves through every stage and exits', async () => {
    // ---- 1. The partner refers a new household.
    const partner = await newPage(browser);
    await signIn(partner, ACCOUNTS.partner);
    const referralId = await partnerRefers(partner);

    // ---- 2. The coordinator finds it in the inbox and accepts it for the coach.
    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    const caseUrl = await coordinatorAccepts(coordinator);

    // The partner follows the decision (without access to the case itself).
    await partner.reload();
    await expectVisible(partner.getByRole('heading', { name: 'Décision' }));
    const decision = partner.getByRole('region', { name: 'Décision' });
    expect(await decision.textContent()).toContain('Acceptée');
    expect(await partner.getByRole('link', { name: 'Ouvrir le dossier' }).count()).toBe(0);
    expect(partner.url()).toContain(referralId);

    // ---- 3. The coach works the case.
    const coach = await newPage(browser);
    await signIn(coach, ACCOUNTS.coach);
    await coachOpensFromCaseload(coach, caseUrl);
    await recordContact(coach);
    await move(coach, 'Diagnostic', 'Première rencontre faite, on passe au diagnostic.');
    await recordAssessment(coach, FIRST_SCORES, 1);
    await move(coach, 'Planification', `Diagnostic partagé avec Mme ${lastName}.`);
    await move(coach, 'Suivi', 'Plan signé : plan de paiement, demande de logement social.');
    await move(coach, 'Évaluation', 'Six mois de suivi.');
    await recordAssessment(coach, { ...FIRST_SCORES, Finances: 4, Logement: 3, 'Réseau social': 3 }, 2);
    // First versus latest, with the sign of the change (not colour alone).
    const chart = coach.getByRole('figure', { name: /Évolution par domaine/ });
    for (const [domain, change] of [
      ['Finances', '+2'],
      ['Logement', '+2'],
      ['Réseau social', '+1'],
      ['Santé mentale', '0'],
    ] as const) {
      const row = chart.getByRole('row', { name: new RegExp(`^${domain}`) });
      expect(((await row.getByRole('cell').last().textContent()) ?? '').trim(), domain).toBe(change);
    }
    await checkAccessible(coach, 'case page at the evaluation stage, with the progress chart');
    await exitCase(coach);
    await expectTimeline(coach);

    // The closed case has left the coach's caseload.
    await coach
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon portefeuille' })
      .click();
    await expectVisible(coach.getByRole('heading', { level: 1, name: 'Mon portefeuille' }));
    await settle(coach);
    // (The cached list shows first, then the refetched one: wait for it.)
    await expect.poll(() => coach.getByRole('link', { name: household }).count()).toBe(0);

    for (const page of [partner, coordinator, coach]) await page.context().close();
    // A long journey (three people, a dozen screens): more time than the default 60 s on a busy machine.
  }, 150_000);

  async function partnerRefers(page: Page): Promise<string> {
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Orientations', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Mes orientations' }));
    await page.getByRole('link', { name: 'Nouvelle orientation' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Nouvelle orientation' }));
    await settle(page);
    // A partner cannot search households: the form goes straight to describing a new one.
    expect(await page.getByRole('radio', { name: 'Ménage déjà enregistré' }).count()).toBe(0);
    await checkAccessible(page, 'new referral form (partner)');

    const first = page.getByRole('group', { name: 'Personne 1', exact: true });
    await first.getByLabel('Prénom').fill(firstName);
    await first.getByLabel('Nom', { exact: true }).fill(lastName);
    await first.getByLabel('Date de naissance').fill('1986-04-12');
    expect(await first.getByLabel('Rôle dans le ménage').inputValue()).toBe('applicant');
    await first.getByLabel('Statut de séjour').selectOption({ label: 'Titre de séjour' });

    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    const second = page.getByRole('group', { name: 'Personne 2', exact: true });
    await expectVisible(second);
    await second.getByLabel('Prénom').fill('Lina');
    await second.getByLabel('Nom', { exact: true }).fill(lastName);
    await second.getByLabel('Date de naissance').fill('2015-09-01');
    await second.getByLabel('Rôle dans le ménage').selectOption({ label: 'Enfant' });

    await page.getByLabel('Rue et numéro').fill(`Rue ${lastName} 17`);
    await page.getByLabel('Code postal').fill('1030');
    await page.getByLabel('Commune').fill('Schaerbeek');

    await page.getByRole('button', { name: 'Ajouter une problématique' }).click();
    const problem = page.getByRole('group', { name: 'Problématique 1', exact: true });
    await problem.getByLabel('Domaine').selectOption({ label: 'Logement' });
    await problem.getByLabel('Gravité').selectOption({ label: 'Élevée' });

    await page.getByLabel('Service qui oriente').fill('CPAS de Schaerbeek');
    await page.getByLabel('Personne de contact').fill('Paul Partenaire, 02 555 01 01');
    // The program is left to the coordinator ("À déterminer"): partners are not shown the programs
    // (GET /programs answers 403 to partners, so the list only offers "À déterminer" — see the report).
    expect(await page.getByLabel('Programme').inputValue()).toBe('');
    await page.getByLabel("Motif de l'orientation").fill(reason);
    await page.getByLabel('La personne a demandé ou accepté cette orientation').check();
    await page.getByRole('button', { name: "Envoyer l'orientation" }).click();

    // Sent: the partner lands on the referral, marked new, with what was sent.
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByText("L'orientation a été envoyée."));
    // The partner does not read household files: the referral names the household by its reference only.
    const heading = page.getByRole('heading', { level: 1, name: /^Orientation de H-\d{4}-\d{5}/ });
    await expectVisible(heading);
    expect(await heading.textContent()).not.toContain(lastName);
    const details = page.getByRole('region', { name: 'La demande' });
    const text = (await details.textContent()) ?? '';
    expect(text).toContain(reason);
    expect(text).toContain('CPAS de Schaerbeek');
    expect(text).toContain('À déterminer');
    expect(text).toMatch(/accepté cette orientation\s*Oui/);
    expect(await page.locator('.badge-row').first().textContent()).toContain('Nouvelle');
    // Deciding is the coordinator's job.
    expect(await page.getByRole('button', { name: 'Accepter' }).count()).toBe(0);
    await checkAccessible(page, 'referral detail (partner, new referral)');
    return page.url().split('/').pop() as string;
  }

  async function coordinatorAccepts(page: Page): Promise<string> {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Orientations reçues' })
      .click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Orientations reçues' }));
    await settle(page);
    // The new referral waits among the others, with its reason.
    const card = page.locator('.card-list__item', { has: page.getByRole('link', { name: household }) });
    await expectVisible(card);
    expect(await card.textContent()).toContain(reason);
    expect(await page.getByRole('link', { name: 'Nouvelles' }).getAttribute('aria-current')).toBe('page');
    await card.getByRole('link', { name: household }).click();

    await expectVisible(page.getByRole('heading', { level: 1, name: `Orientation de ${household}` }));
    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    const panel = page.getByRole('region', { name: "Accepter l'orientation" });
    await expectVisible(panel);
    await settle(page);
    // The panel's heading takes the focus, so keyboard users land in it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Accepter l'orientation");

    await panel.getByLabel('Programme').selectOption({ label: PROGRAM });
    const worker = panel.getByLabel('Référent·e', { exact: true });
    const karim = worker.locator('option', { hasText: 'Karim Coach' });
    const karimLabel = (await karim.textContent()) ?? '';
    expect(karimLabel).toMatch(/Karim Coach — dossiers ouverts : \d+/);
    await worker.selectOption((await karim.getAttribute('value')) as string);
    expect(await panel.getByLabel("Type d'accompagnement").inputValue()).toBe('case_management');
    for (const criterion of ['Demande réelle de la personne', 'En rue depuis moins de 6 mois', 'Titre de séjour']) {
      await panel.getByRole('checkbox', { name: criterion }).check();
    }
    await panel.getByLabel('Note').fill('Situation urgente, expulsion annoncée.');
    await checkAccessible(page, 'referral detail with the accept form open (coordinator)');
    await panel.getByRole('button', { name: 'Accepter et ouvrir le dossier' }).click();

    // Karim may already be at the program's limit: the coordinator then assigns anyway, with a reason.
    const accepted = page.getByText("L'orientation a été acceptée et le dossier est ouvert.");
    const full = panel.getByText('Portefeuille complet');
    await expect
      .poll(async () => (await accepted.count()) + (await full.count()), { timeout: 10_000 })
      .toBeGreaterThan(0);
    if ((await full.count()) > 0) {
      expect(karimLabel).toContain('limite atteinte');
      expect(await panel.textContent()).toMatch(
        /Karim Coach suit déjà \d+ dossiers ouverts \(limite du programme : 10\)/,
      );
      await panel.getByLabel('Raison du dépassement').fill('Continuité : Karim connaît déjà la famille.');
      await panel.getByRole('button', { name: 'Attribuer malgré tout' }).click();
    }
    await expectVisible(accepted);
    expect(await page.getByRole('region', { name: "Accepter l'orientation" }).count()).toBe(0);
    const decision = page.getByRole('region', { name: 'Décision' });
    await expectVisible(decision);
    expect(await decision.textContent()).toContain('Acceptée');
    expect(await page.locator('.badge-row').first().textContent()).toContain('Acceptée');
    // The decision buttons are gone: a referral is decided once.
    expect(await page.getByRole('button', { name: 'Refuser' }).count()).toBe(0);
    const caseLink = decision.getByRole('link', { name: 'Ouvrir le dossier' });
    const href = (await caseLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    return href;
  }

  async function coachOpensFromCaseload(page: Page, caseUrl: string) {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon portefeuille' })
      .click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Mon portefeuille' }));
    await settle(page);
    const card = page.locator('.card-list__item', { has: page.getByRole('link', { name: household }) });
    await expectVisible(card);
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('Admission');
    expect(cardText).toContain(PROGRAM);
    expect(cardText).toContain('Aucun contact pour l’instant');
    await card.getByRole('link', { name: household }).click();

    await page.waitForURL((url) => url.pathname === caseUrl);
    await expectVisible(page.getByRole('heading', { level: 1, name: household }));
    await settle(page);
    const header = (await page.locator('.case-header').textContent()) ?? '';
    expect(header).toContain(PROGRAM);
    expect(header).toContain('Karim Coach');
    expect(header).toContain('Case management');
    expect(header).toContain('Aucun contact pour l’instant');
    await expectCurrentStage(page, 'Admission');
    await checkAccessible(page, 'case page at intake (coach)');
  }

  async function recordContact(page: Page) {
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Noter un contact' }) });
    // "In a few clicks": a type, a quick duration, a note, a quick next date, save.
    await form.getByRole('radio', { name: 'Visite à domicile' }).check();
    await form.getByRole('button', { name: /^45\smin$/ }).click();
    expect(await form.getByLabel('Durée (minutes)').inputValue()).toBe('45');
    await form.getByLabel('Participant·es').fill(`Mme ${lastName}, Lina`);
    await form.getByLabel('Notes').fill('Visite : le propriétaire accepte un plan de paiement si le CPAS intervient.');
    await form.getByRole('button', { name: /Dans 14\sjours/ }).click();
    expect(await form.getByLabel('Prochain contact prévu').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();

    await expectVisible(form.getByText('Le contact a été enregistré.'));
    const journal = page.getByRole('region', { name: 'Journal des contacts' }).locator('.journal');
    await expectVisible(journal);
    const entry = (await journal.locator('li').first().textContent()) ?? '';
    expect(entry).toContain('Visite à domicile');
    expect(entry).toMatch(/45\smin/);
    expect(entry).toContain('le propriétaire accepte un plan de paiement');
    // The contact clock moved: the header now shows a last contact and the next one due.
    await expect.poll(() => page.locator('.case-header').textContent()).not.toContain('Aucun contact pour l’instant');
    expect(await page.locator('.case-header').textContent()).toContain('Prochain contact dû');
    // The form is empty again, ready for the next one.
    expect(await form.getByRole('radio', { name: 'Visite à domicile' }).isChecked()).toBe(false);
  }

  async function move(page: Page, stage: string, note: string) {
    const actions = page.getByRole('group', { name: "Changer d'étape" });
    await actions.getByRole('button', { name: `Passer à l’étape « ${stage} »` }).click();
    const form = page.getByRole('form', { name: `Passer à l’étape « ${stage} »` });
    await expectVisible(form);
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Confirmer' }).click();
    await expectVisible(page.getByText(`Le dossier est passé à l'étape « ${stage} ».`));
    await expectCurrentStage(page, stage);
  }

  async function expectCurrentStage(page: Page, stage: string) {
    const current = page.getByRole('list', { name: 'Étapes du suivi' }).locator('[aria-current="step"]');
    await expect.poll(() => current.textContent()).toContain(stage);
  }

  async function recordAssessment(page: Page, scores: Record<string, number>, expectedCount: number) {
    const section = page.getByRole('region', { name: "Évaluations de l'autonomie" });
    const form = section.locator('form', { has: page.getByRole('heading', { name: /^Nouvelle évaluation/ }) });
    await expectVisible(form);
    for (const [domain, score] of Object.entries(scores)) {
      const group = form.getByRole('group', { name: new RegExp(`^${domain}`) });
      await group.getByRole('radio', { name: new RegExp(`^${score}`) }).check();
    }
    await form.getByLabel('Note').fill(`Évaluation ${expectedCount} avec la famille.`);
    await form.getByRole('button', { name: "Enregistrer l'évaluation" }).click();
    await expectVisible(form.getByText("L'évaluation a été enregistrée."));
    await expectVisible(section.getByText(`Évaluations enregistrées (${expectedCount})`));
    // The progress chart shows, per domain, the first and the latest score.
    const chart = section.getByRole('figure', { name: /Évolution par domaine/ });
    await expectVisible(chart);
    for (const [domain, score] of Object.entries(scores)) {
      const row = chart.getByRole('row', { name: new RegExp(`^${domain}`) });
      expect(await row.textContent()).toContain(`dernière évaluation : ${score}`);
    }
  }

  async function exitCase(page: Page) {
    const actions = page.getByRole('group', { name: "Changer d'étape" });
    // From evaluation: reassess (back to assessment) or leave.
    await expectVisible(actions.getByRole('button', { name: 'Réévaluer (retour au diagnostic)' }));
    await actions.getByRole('button', { name: 'Clôturer le suivi (sortie)' }).click();
    const form = page.getByRole('form', { name: 'Clôturer le suivi (sortie)' });
    await expectVisible(form);
    // Leaving without a reason is refused, in words.
    await form.getByRole('button', { name: 'Confirmer' }).click();
    await expectVisible(form.getByText('Choisissez un motif de clôture.'));
    await form.getByLabel('Motif de clôture').selectOption({ label: 'Objectifs atteints' });
    await form.getByLabel('Note').fill('Logement conservé, plan de paiement respecté.');
    await form.getByRole('button', { name: 'Confirmer' }).click();

    await expectVisible(page.getByText("Le dossier est passé à l'étape « Sortie »."));
    await expectCurrentStage(page, 'Sortie');
    await expectVisible(page.locator('.case-header').getByText('Clôturé', { exact: true }));
    expect(await page.locator('.transition-panel').textContent()).toMatch(
      /Dossier clôturé le .+\. Objectifs atteints\./,
    );
    expect(await page.getByRole('group', { name: "Changer d'étape" }).count()).toBe(0);
    await expectVisible(page.getByText('Le dossier est clôturé : aucun nouveau contact ne peut être noté.'));
    await checkAccessible(page, 'closed case page (coach)');
  }

  async function expectTimeline(page: Page) {
    const timeline = page.getByRole('region', { name: 'Historique' });
    await expect
      .poll(async () => (await timeline.locator('.timeline__what').allTextContents()).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(9);
    // (Whitespace normalised: Intl writes "45 min" with a no-break space.)
    const entries = (await timeline.locator('.timeline__what').allTextContents()).map((text) =>
      text.trim().replace(/\s+/g, ' '),
    );
    // Every step of the case, in words.
    expect([...entries].sort()).toEqual(
      [
        'Dossier ouvert',
        'Contact : Visite à domicile (45 min)',
        'Étape : Admission → Diagnostic',
        'Évaluation zrm-2017 (étape « Diagnostic »)',
        'Étape : Diagnostic → Planification',
        'Étape : Planification → Suivi',
        'Étape : Suivi → Évaluation',
        'Évaluation zrm-2017 (étape « Évaluation »)',
        'Étape : Évaluation → Sortie (Objectifs atteints)',
      ].sort(),
    );
    // Newest first. (Contacts and assessments are placed at the minute typed in their form, so when
    // everything happens within a minute, as here, they may sort below the stage changes.)
    const stageChanges = entries.filter((entry) => entry.startsWith('Étape') || entry === 'Dossier ouvert');
    expect(stageChanges).toEqual([
      'Étape : Évaluation → Sortie (Objectifs atteints)',
      'Étape : Suivi → Évaluation',
      'Étape : Planification → Suivi',
      'Étape : Diagnostic → Planification',
      'Étape : Admission → Diagnostic',
      'Dossier ouvert',
    ]);
    const text = (await timeline.textContent()) ?? '';
    for (const note of ['Première rencontre faite', 'Plan signé', 'Logement conservé']) expect(text).toContain(note);
    expect(text).toContain('Karim Coach');
    expect(text).toContain('Claire Coordinatrice');
  }
});
