import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, expectNoHorizontalScroll, expectVisible, settle } from './support.js';

/*
 * The household as a family (issue 18.6), in the browser: a typo-tolerant search ("dubios" finds the
 * Dubois household of the demo), a member corrected with a reason and its history, the composition,
 * and the printable case summary; axe (WCAG 2.1 A/AA) with zero violations and screenshots at 1280 and
 * 390 px of each new screen.
 */
describe('the household as a family', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await newPage(browser);
    await signIn(page, ACCOUNTS.coordinator);
  });
  afterAll(() => browser?.close());

  async function atWidths(name: string) {
    for (const width of [1280, 390] as const) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      if (width === 1280) await expectAccessible(page, name);
      await screenshot(page, `${name}-${width}`);
      await expectNoHorizontalScroll(page, `${name} at ${width}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('finds "dubios", corrects a member with a reason, shows its history and the printable summary', async () => {
    await page.goto('/households?q=dubios');
    await settle(page);
    const link = page
      .locator('table')
      .getByRole('link', { name: /Dubois/ })
      .first();
    await expectVisible(link);
    await link.click();
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Composition du ménage' }));
    await settle(page);
    const householdUrl = new URL(page.url()).pathname;

    // Correct the first current member: a new phone number, with the reason.
    await page
      .getByRole('button', { name: /^Corriger \(/ })
      .first()
      .click();
    const form = page.locator('.editor-panel');
    await expectVisible(form);
    await form.getByLabel('Téléphone').fill('+32 470 98 76 54');
    await form.getByLabel('Motif de la correction').fill('Nouveau numéro donné lors de la visite');
    await form.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expectVisible(page.getByText(/a été corrigé·e/));
    await expectVisible(page.getByRole('link', { name: '+32 470 98 76 54' }));

    // Its earlier version, with the reason.
    await page
      .getByRole('button', { name: /^Historique \(/ })
      .first()
      .click();
    await expectVisible(page.getByText(/Nouveau numéro donné lors de la visite/));
    await atWidths('household-family');

    // The new number finds the household, typed another way.
    await page.goto(`/households?q=${encodeURIComponent('0470.98.76.54')}`);
    await settle(page);
    await expectVisible(
      page
        .locator('table')
        .getByRole('link', { name: /Dubois/ })
        .first(),
    );
    await page.goto(householdUrl);
    await settle(page);

    // The printable summary.
    await page.getByRole('link', { name: 'Résumé imprimable' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: /Résumé du dossier/ }));
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Composition du ménage' }));
    await expect(page.getByRole('cell', { name: /98 76 54/ }).count()).resolves.toBeGreaterThan(0);
    await atWidths('household-summary');
    // On paper: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: /Résumé du dossier/ }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('cell', { name: /98 76 54/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await screenshot(page, 'household-summary-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
