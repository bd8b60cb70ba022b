import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launch, newPage } from './browser.js';
import { ACCOUNTS, expectFocusVisible, expectVisible, isFocused, settle, tabTo } from './support.js';

/**
 * Keyboard only: Tab to move, Enter and Space to act, typing in fields; never a click. Every stop
 * Tab makes must show a visible focus indicator (checked by `tabTo`).
 */
describe('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('signs in, opens a case from the caseload and records a contact', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Connexion' }));

    // ---- Sign in.
    const email = page.getByLabel('Adresse e-mail');
    await tabTo(page, email);
    await page.keyboard.type(ACCOUNTS.coach);
    const password = page.getByLabel('Mot de passe', { exact: true });
    await tabTo(page, password);
    await page.keyboard.type(DEMO_PASSWORD);
    // "Show password" is a toggle button: Space presses it.
    const show = page.getByRole('button', { name: 'Afficher le mot de passe' });
    await tabTo(page, show);
    await page.keyboard.press('Space');
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    expect(await password.getAttribute('type')).toBe('text');
    await tabTo(page, page.getByRole('button', { name: 'Se connecter' }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Ma journée' }));

    // ---- The skip link is the first stop, and leads to the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    expect(await isFocused(skip)).toBe(true);
    await expectFocusVisible(page);
    expect(await skip.isVisible()).toBe(true);

    // ---- To the caseload, then the first case, with Enter on links.
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mon portefeuille' }),
    );
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Mon portefeuille' }));
    await settle(page);
    // Focus follows the navigation to the new page's heading (as a page load would).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const firstCase = page.locator('.card-list').getByRole('link').first();
    const household = ((await firstCase.textContent()) ?? '').trim();
    await tabTo(page, firstCase);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { level: 1, name: household }));
    await settle(page);

    // ---- The contact: jump to the journal, then type, duration, note, next contact, save.
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Sections du dossier' }).getByRole('link', { name: 'Journal des contacts' }),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-journal');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Noter un contact' }) });
    const homeVisit = form.getByRole('radio', { name: 'Visite à domicile' });
    await tabTo(page, homeVisit);
    await page.keyboard.press('Space');
    expect(await homeVisit.isChecked()).toBe(true);
    const quarter = form.getByRole('button', { name: /^45\smin$/ });
    await tabTo(page, quarter);
    await page.keyboard.press('Enter');
    expect(await quarter.getAttribute('aria-pressed')).toBe('true');
    expect(await form.getByLabel('Durée (minutes)').inputValue()).toBe('45');
    await tabTo(page, form.getByLabel('Notes'));
    await page.keyboard.type('Appel au clavier : la famille a reçu le courrier du propriétaire.');
    const inTwoWeeks = form.getByRole('button', { name: /Dans 14\sjours/ });
    await tabTo(page, inTwoWeeks);
    await page.keyboard.press('Space');
    expect(await inTwoWeeks.getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, form.getByRole('button', { name: 'Enregistrer le contact' }));
    await page.keyboard.press('Enter');

    await expectVisible(form.getByText('Le contact a été enregistré.'));
    const entry = page.getByRole('region', { name: 'Journal des contacts' }).locator('.journal li').first();
    expect(await entry.textContent()).toContain('la famille a reçu le courrier du propriétaire');
    expect(await entry.textContent()).toContain('Visite à domicile');
    await page.context().close();
  });

  it('opens and cancels a stage change with the keyboard, focus staying visible', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').focus();
    await page.keyboard.type(ACCOUNTS.coach);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto('/caseload');
    await settle(page);
    await page.goto((await page.locator('.card-list').getByRole('link').first().getAttribute('href')) as string);
    await settle(page);
    const move = page.getByRole('group', { name: "Changer d'étape" }).getByRole('button').first();
    await tabTo(page, move);
    await page.keyboard.press('Enter');
    expect(await move.getAttribute('aria-expanded')).toBe('true');
    const moveForm = page.getByRole('form', { name: ((await move.textContent()) ?? '').trim() });
    await expectVisible(moveForm);
    const note = moveForm.getByLabel('Note');
    await tabTo(page, note);
    await page.keyboard.type('Pas encore.');
    await tabTo(page, moveForm.getByRole('button', { name: 'Annuler' }));
    await page.keyboard.press('Enter');
    expect(await move.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Confirmer' }).count()).toBe(0);
    await page.context().close();
  });
});
