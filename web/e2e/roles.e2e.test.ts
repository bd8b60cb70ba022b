import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn } from './browser.js';
import { ACCOUNTS, checkAccessible, expectVisible, navLinks, settle } from './support.js';

/** Paths of the pages with personal data (households, their case files, referrals). */
const PERSONAL_DATA = /^\/(households|cases|caseload|referrals)(\/|$|\?)/;

/**
 * The navigation has `present` and none of `absent`. (Other entries may come with new modules: the
 * point is what each role must and must not reach.)
 */
async function expectNav(page: Page, present: string[], absent: string[]) {
  const links = await navLinks(page);
  for (const name of present) expect(links, `"${name}" in the navigation`).toContain(name);
  for (const name of absent) expect(links, `"${name}" not in the navigation`).not.toContain(name);
}

/** Opens `path` directly (typed URL, bookmark) and expects the "access denied" page inside the shell. */
async function expectForbidden(page: Page, path: string) {
  await page.goto(path);
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Accès refusé' }));
  expect(await page.getByText('Votre rôle ne donne pas accès à cette page.').count()).toBe(1);
  await expectVisible(page.getByRole('link', { name: "Retour à l'accueil" }));
  // Nothing of the page behind it leaked in.
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

describe('each role sees only what it may', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('the partner only has home and their referrals, and is refused case files and households', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.partner);
    await expectNav(
      page,
      ['Accueil', 'Nos dossiers', 'Orientations'],
      ['Mon portefeuille', 'Dossiers', 'Ménages', 'Administration', 'Orientations reçues'],
    );
    for (const name of ['Mon portefeuille', 'Dossiers', 'Ménages', 'Administration', 'Orientations reçues']) {
      expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    }
    await expectForbidden(page, '/cases');
    await checkAccessible(page, 'forbidden page (partner on /cases)');
    await expectForbidden(page, '/caseload');
    await expectForbidden(page, '/households');
    await expectForbidden(page, '/admin/users');
    // The link back home works.
    await page.getByRole('link', { name: "Retour à l'accueil" }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Bonjour Paul Partenaire' }));
    // Their referrals: the title says they are theirs, and there is no household link to follow.
    await page.goto('/referrals');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Mes orientations' }));
    await settle(page);
    const first = page.locator('.card-list__item').first();
    await first.getByRole('link').first().click();
    await expectVisible(page.getByRole('heading', { name: 'La demande' }));
    const details = page.getByRole('region', { name: 'La demande' });
    expect(await details.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Accepter', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('the analyst has no page with personal data', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.analyst);
    await expectNav(
      page,
      ['Accueil'],
      ['Mon portefeuille', 'Dossiers', 'Ménages', 'Orientations', 'Orientations reçues', 'Administration'],
    );
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Bonjour Anna Analyste' }));
    // No link anywhere on the page (navigation, home modules) leads to households, cases or referrals.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => PERSONAL_DATA.test(href))).toEqual([]);
    for (const path of ['/caseload', '/cases', '/households', '/referrals', '/referrals/new', '/admin']) {
      await expectForbidden(page, path);
    }
    await page.context().close();
  });

  it('the case worker has no administration, nor the referral inbox', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coach);
    await expectNav(
      page,
      ['Accueil', 'Mon portefeuille', 'Ménages', 'Dossiers'],
      ['Administration', 'Orientations reçues', 'Orientations'],
    );
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: "Ouvrir l'administration" }).count()).toBe(0);
    await expectForbidden(page, '/admin');
    await expectForbidden(page, '/admin/users');
    await expectForbidden(page, '/referrals');
    // Any service may refer a household, case workers included.
    await page.goto('/referrals/new');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Nouvelle orientation' }));
    await page.context().close();
  });

  it('the coordinator decides referrals but does not administer; the admin does', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    await expectNav(
      coordinator,
      ['Accueil', 'Mon portefeuille', 'Orientations reçues', 'Ménages', 'Dossiers'],
      ['Administration'],
    );
    await expectForbidden(coordinator, '/admin/sites');
    await coordinator.context().close();

    const admin = await newPage(browser);
    await signIn(admin, ACCOUNTS.admin);
    await expectNav(
      admin,
      ['Accueil', 'Coûts évités', 'Rapports', 'Équipe', 'Administration'],
      ['Mon portefeuille', 'Orientations reçues', 'Ménages', 'Dossiers'],
    );
    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.waitForURL(/\/admin\/sites$/);
    await expectVisible(admin.getByRole('heading', { level: 1, name: 'Administration' }));
    await admin.context().close();
  });
});
