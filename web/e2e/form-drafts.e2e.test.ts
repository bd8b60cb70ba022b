import type { CostCatalogueItem, Program } from '@percee/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, newPage, signIn } from './browser.js';
import { ACCOUNTS, apiGet, apiToken, checkAccessible, expectVisible, settle, uniqueName } from './support.js';

const OFFLINE = 'Pas de connexion : rien n’a été envoyé.';
const RESTORED = 'Brouillon repris';

interface CaseloadEntry {
  case: { id: string; programId: string };
}

/**
 * A connection that drops on a home visit: the form says nothing was sent and keeps what was typed;
 * after a reload, the draft (kept in the tab's sessionStorage) is back, with a notice.
 */
describe('forms keep a draft when the connection drops', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('contact journal: offline submit → kept → reload → draft restored → sent → draft gone', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coach);
    await page.goto('/caseload');
    await settle(page);
    const casePath = (await page.locator('.card-list').getByRole('link').first().getAttribute('href')) as string;
    await page.goto(casePath);
    await settle(page);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Noter un contact' }) });
    const note = `Appel : ${uniqueName('Note')} — le propriétaire attend le courrier du CPAS.`;
    await form.getByRole('radio', { name: 'Téléphone' }).check();
    await form.getByRole('button', { name: /^30\smin$/ }).click();
    await form.getByLabel('Notes').fill(note);

    await page.context().setOffline(true);
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expectVisible(form.getByRole('alert').filter({ hasText: OFFLINE }));
    expect(await form.getByLabel('Notes').inputValue()).toBe(note);
    expect(await form.getByRole('radio', { name: 'Téléphone' }).isChecked()).toBe(true);
    await checkAccessible(page, 'contact form, sent while offline');

    // Back online, the page is reloaded (as a person would): the draft is back.
    await page.context().setOffline(false);
    await page.reload();
    await settle(page);
    await expectVisible(form.getByText(RESTORED));
    expect(await form.getByLabel('Notes').inputValue()).toBe(note);
    expect(await form.getByLabel('Durée (minutes)').inputValue()).toBe('30');
    expect(await form.getByRole('radio', { name: 'Téléphone' }).isChecked()).toBe(true);
    await checkAccessible(page, 'contact form with a restored draft');
    // Nothing about the household in the address bar, nor in the storage key.
    expect(page.url()).toBe(`${baseUrl()}${casePath}`);
    const keys = await page.evaluate(() => Object.keys(sessionStorage));
    expect(keys).toContain(`percee:draft:contact:${casePath.split('/').pop()}`);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('draft')))).toEqual([]);

    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expectVisible(form.getByText('Le contact a été enregistré.'));
    const journal = page.getByRole('region', { name: 'Journal des contacts' }).locator('.journal');
    await expect.poll(() => journal.textContent()).toContain(note);
    expect(await form.getByText(RESTORED).count()).toBe(0);
    await page.reload();
    await settle(page);
    await expectVisible(page.getByRole('heading', { name: 'Noter un contact' }));
    expect(await form.getByText(RESTORED).count()).toBe(0);
    expect(await form.getByLabel('Notes').inputValue()).toBe('');
    await page.context().close();
  });

  it('breakthrough proposal: offline submit → reload → the scenario is back → discard empties the form', async () => {
    const token = await apiToken(baseUrl(), ACCOUNTS.coach, DEMO_PASSWORD);
    const caseId = await caseWithOpenPlan(token);
    const catalogue = (await apiGet<{ items: CostCatalogueItem[] }>(baseUrl(), token, '/cost-catalogue')).items;
    const shelter = catalogue.find((item) => item.code === 'shelter_night') as CostCatalogueItem;
    expect(shelter).toBeDefined();

    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coach);
    await page.goto(`/cases/${caseId}/plan`);
    await settle(page);
    await page.getByRole('link', { name: 'Proposer une percée' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Proposer une percée' }));
    await settle(page);
    const title = `Nuits d'hôtel évitées ${uniqueName('Brouillon')}`;
    await page.getByLabel('Intitulé').fill(title);
    await page.getByLabel('Catégorie').selectOption({ label: 'Nouveau logement' });
    await page.getByLabel('Domaine de vie').selectOption({ label: 'Logement' });
    await page.getByLabel('Responsable').fill('Coach familial');
    const line = page.getByRole('group', { name: 'Ligne 1 sans la percée', exact: true });
    await line.getByLabel('Poste de coût').selectOption(shelter.id);
    await line.getByLabel(/^Quantité/).fill('60');
    await line.getByLabel('Probabilité (%)').fill('50');
    const net = async () => page.getByTestId('avoided-cost-preview').textContent();
    const previewBefore = await net();

    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Proposer la percée' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: OFFLINE }));
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/plan/breakthroughs/new`);
    expect(await page.getByLabel('Intitulé').inputValue()).toBe(title);

    await page.context().setOffline(false);
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Proposer une percée' }));
    await settle(page);
    await expectVisible(page.getByText(RESTORED));
    expect(await page.getByLabel('Intitulé').inputValue()).toBe(title);
    expect(await page.getByLabel('Catégorie').inputValue()).toBe('new_housing');
    expect(await line.getByLabel('Poste de coût').inputValue()).toBe(shelter.id);
    expect(await line.getByLabel(/^Quantité/).inputValue()).toBe('60');
    expect(await line.getByLabel('Probabilité (%)').inputValue()).toBe('50');
    // The live preview prices the restored scenario as before.
    expect(await net()).toBe(previewBefore);
    await checkAccessible(page, 'proposal form with a restored draft');

    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    expect(await page.getByLabel('Intitulé').inputValue()).toBe('');
    expect(await line.getByLabel('Poste de coût').inputValue()).toBe('');
    expect(await page.getByText(RESTORED).count()).toBe(0);
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Proposer une percée' }));
    await settle(page);
    expect(await page.getByText(RESTORED).count()).toBe(0);
    expect(await page.getByLabel('Intitulé').inputValue()).toBe('');
    await page.context().close();
  });

  it('sign-out forgets the drafts of the tab', async () => {
    const page: Page = await newPage(browser);
    await signIn(page, ACCOUNTS.coach);
    await page.goto('/caseload');
    await settle(page);
    await page.goto((await page.locator('.card-list').getByRole('link').first().getAttribute('href')) as string);
    await settle(page);
    await page.getByLabel('Notes').fill('Brouillon à ne pas laisser derrière soi.');
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('percee:draft:')))).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((key) => key.startsWith('percee:draft:')))).toBe(
      false,
    );
    await page.context().close();
  });
});

/** A case of the coach's, in a breakthrough program, whose plan is open to proposals. */
async function caseWithOpenPlan(token: string): Promise<string> {
  const programs = (await apiGet<{ items: Program[] }>(baseUrl(), token, '/programs')).items;
  const breakthrough = new Set(programs.filter((p) => p.method === 'breakthrough').map((p) => p.id));
  const caseload = (await apiGet<{ items: CaseloadEntry[] }>(baseUrl(), token, '/caseload?limit=200')).items;
  for (const entry of caseload.filter((candidate) => breakthrough.has(candidate.case.programId))) {
    const response = await fetch(`${baseUrl()}/api/v1/cases/${entry.case.id}/plan`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok && ((await response.json()) as { status: string }).status !== 'completed') return entry.case.id;
  }
  throw new Error('no case of the coach with an open breakthrough plan');
}
