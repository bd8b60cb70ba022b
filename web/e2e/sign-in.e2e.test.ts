import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';

const ACCOUNTS = [
  { email: 'admin@demo.percee.test', name: 'Alice Admin', sees: ['Administration'] },
  { email: 'coordinatrice@demo.percee.test', name: 'Claire Coordinatrice', sees: [] },
  { email: 'coach@demo.percee.test', name: 'Karim Coach', sees: [] },
  { email: 'partenaire@demo.percee.test', name: 'Paul Partenaire', sees: [] },
  { email: 'analyste@demo.percee.test', name: 'Anna Analyste', sees: [] },
];

describe('signing in, in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('shows an accessible sign-in page and refuses a wrong password', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in-1280');
    await page.getByLabel('Adresse e-mail').fill('coach@demo.percee.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
    expect(page.url()).toContain('/login');
    await page.context().close();
  });

  it.each(ACCOUNTS)('signs in $email, shows who is signed in and the demo badge, and signs out', async (account) => {
    const page = await newPage(browser);
    await signIn(page, account.email);
    await expect.poll(() => page.getByText(account.name).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('DÉMO', { exact: false }).first().isVisible()).toBe(true);
    for (const entry of account.sees) {
      await expect.poll(() => page.getByRole('link', { name: entry }).first().isVisible()).toBe(true);
    }
    if (!account.sees.includes('Administration')) {
      expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    }
    await expectAccessible(page, `home of ${account.email}`);
    // A reload keeps the session (silent refresh from the httpOnly cookie).
    await page.reload();
    await expect.poll(() => page.getByText(account.name).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/login/);
    await page.context().close();
  });
});
