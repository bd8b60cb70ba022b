import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navByRole } from '../src/app/navigation.js';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, expectFocusVisible, expectNoHorizontalScroll, expectVisible, isFocused, settle } from './support.js';

type Role = keyof typeof ACCOUNTS;

const WIDTHS = [1280, 768, 390] as const;

interface Screen {
  name: string;
  role: Role;
  /** The page's path, possibly found by following the first link of a list. */
  path: (page: Page) => Promise<string>;
  heading?: string | RegExp;
}

/** Follows the first link of `scope` on the list page at `listPath`: a real referral, household or case. */
const firstOf = (listPath: string, scope: string) => async (page: Page) => {
  await page.goto(listPath);
  await settle(page);
  const href = await page.locator(scope).getByRole('link').first().getAttribute('href');
  expect(href, `a link in ${scope} on ${listPath}`).toBeTruthy();
  return href as string;
};
const fixed = (path: string) => async () => path;

const SCREENS: Screen[] = [
  { name: 'home', role: 'coach', path: fixed('/'), heading: 'Ma journée' },
  { name: 'caseload', role: 'coach', path: fixed('/caseload'), heading: 'Mon portefeuille' },
  { name: 'referral-inbox', role: 'coordinator', path: fixed('/referrals'), heading: 'Orientations reçues' },
  {
    name: 'referral-detail',
    role: 'coordinator',
    path: firstOf('/referrals', '.card-list'),
    heading: /^Orientation de /,
  },
  { name: 'new-referral', role: 'coordinator', path: fixed('/referrals/new'), heading: 'Nouvelle orientation' },
  { name: 'household-detail', role: 'coach', path: firstOf('/households?q=Dubois', 'table') },
  { name: 'case-page', role: 'coach', path: firstOf('/caseload', '.card-list') },
  { name: 'admin-users', role: 'admin', path: fixed('/admin/users'), heading: 'Administration' },
  { name: 'approval-queue', role: 'coordinator', path: fixed('/breakthroughs'), heading: 'Percées à valider' },
  {
    name: 'breakthrough-plan',
    role: 'coordinator',
    path: firstOf('/breakthroughs', '.queue-item .cell-secondary'),
    heading: /^Plan de percée de /,
  },
  {
    name: 'breakthrough-proposal',
    role: 'coordinator',
    path: async (page) => `${await firstOf('/breakthroughs', '.queue-item .cell-secondary')(page)}/breakthroughs/new`,
    heading: 'Proposer une percée',
  },
  { name: 'breakthrough', role: 'coordinator', path: firstOf('/breakthroughs', '.queue-item .card-list__title') },
  { name: 'avoided-costs', role: 'coordinator', path: fixed('/avoided-costs'), heading: 'Coûts sociaux évités' },
  {
    name: 'activity-report',
    role: 'coordinator',
    path: fixed('/reports?from=2016-01-01&to=2016-12-31'),
    heading: "Rapport d'activité",
  },
  { name: 'team-dashboard', role: 'coordinator', path: fixed('/team'), heading: "Tableau de bord de l'équipe" },
  { name: 'cost-catalogue', role: 'admin', path: fixed('/admin/catalogue'), heading: 'Administration' },
];

/**
 * Every main screen at desktop, tablet and phone widths: a screenshot each (docs/screenshots/
 * <screen>-<width>.png) and no horizontal scrolling — a social worker on a home visit uses a phone.
 */
describe('the main screens at 1280, 768 and 390 px', () => {
  let browser: Browser;
  const sessions = new Map<Role, Page>();
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function as(role: Role): Promise<Page> {
    const existing = sessions.get(role);
    if (existing) return existing;
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS[role]);
    sessions.set(role, page);
    return page;
  }

  it('sign-in', async () => {
    const page = await newPage(browser);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/login');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Connexion' }));
      await screenshot(page, `sign-in-${width}`);
      await expectNoHorizontalScroll(page, `sign-in at ${width}px`);
    }
    await page.context().close();
  });

  it.each(SCREENS)('$name', async (screen) => {
    const page = await as(screen.role);
    await page.setViewportSize({ width: 1280, height: 900 });
    const path = await screen.path(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectVisible(page.getByRole('heading', { level: 1, ...(screen.heading ? { name: screen.heading } : {}) }));
      await settle(page);
      await screenshot(page, `${screen.name}-${width}`);
      await expectNoHorizontalScroll(page, `${screen.name} at ${width}px`);
    }
  });

  it('on a phone, the navigation folds behind a Menu button naming the current page', async () => {
    const page = await newPage(browser, 390);
    await signIn(page, ACCOUNTS.admin);
    await page.goto('/team');
    await expectVisible(page.getByRole('heading', { level: 1, name: "Tableau de bord de l'équipe" }));
    await settle(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const toggle = nav.getByRole('button', { name: /^Menu/ });
    await expectVisible(toggle);
    expect(((await toggle.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Équipe');
    // Closed: no entry hides off-screen in a row that scrolls sideways.
    expect(await nav.getByRole('link').count()).toBe(0);
    await expectNoHorizontalScroll(page, 'closed menu at 390px');

    // Keyboard: Tab reaches the button (with a visible focus ring), Enter opens it.
    await toggle.focus();
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const links = nav.getByRole('link');
    // As many entries as the navigation table gives an admin.
    expect(await links.count()).toBe(navByRole.admin.length);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box && box.x + box.width, 'each entry fits the width').toBeLessThanOrEqual(390);
      expect(box?.height, 'each entry is a large tap target').toBeGreaterThanOrEqual(44);
    }
    await expectNoHorizontalScroll(page, 'open menu at 390px');
    await expectAccessible(page, 'open navigation menu at 390px');
    await screenshot(page, 'navigation-menu-390');
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(toggle)).toBe(true);

    // Following an entry closes the menu; the button names the new page.
    await toggle.click();
    await nav.getByRole('link', { name: 'Coûts évités' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Coûts sociaux évités' }));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain('Coûts évités');

    // Wide screens show every entry, and no Menu button.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await nav.getByRole('link').count()).toBe(navByRole.admin.length);
    await page.context().close();
  });
});
