import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, expectNoHorizontalScroll, expectVisible, settle } from './support.js';

type Role = keyof typeof ACCOUNTS;

/*
 * The screens added with the help desk, programs administration, retention, the audit trail,
 * two-factor sign-in and partner access under consent: axe (WCAG 2.1 A/AA) with zero violations, a
 * screenshot at each width and no horizontal scrolling, like the main screens in responsive.e2e.test.ts.
 */

/** The first link of `scope` on the list page at `listPath`: a real household or case. */
const firstLinkIn = (listPath: string, scope: string) => async (page: Page) => {
  await page.goto(listPath);
  await settle(page);
  const href = await page.locator(scope).getByRole('link').first().getAttribute('href');
  expect(href, `a link in ${scope} on ${listPath}`).toBeTruthy();
  return href as string;
};

const SCREENS: { name: string; role: Role; path: string | ((page: Page) => Promise<string>) }[] = [
  { name: 'help-desk', role: 'coordinator', path: '/help-desk' },
  { name: 'admin-programs', role: 'admin', path: '/admin/programs' },
  { name: 'admin-retention', role: 'admin', path: '/admin/retention' },
  { name: 'admin-case-settings', role: 'admin', path: '/admin/case-settings' },
  { name: 'admin-audit', role: 'admin', path: '/admin/audit' },
  { name: 'admin-partner-services', role: 'admin', path: '/admin/partner-services' },
  { name: 'two-factor-enrolment', role: 'coach', path: '/account/two-factor' },
  // As a coordinator the household page also shows consents, legal holds and "who looked at this file".
  { name: 'household-detail-coordinator', role: 'coordinator', path: firstLinkIn('/households?q=Dubois', 'table') },
  // A partner service's own cases, under consent, and the reduced case view.
  { name: 'partner-cases', role: 'partner', path: '/partner/cases' },
  { name: 'partner-case', role: 'partner', path: firstLinkIn('/partner/cases', 'table') },
];

describe('the newer screens: accessible, and usable at 1280, 768 and 390 px', () => {
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

  it.each(SCREENS)('$name', async (screen) => {
    const page = await as(screen.role);
    await page.setViewportSize({ width: 1280, height: 900 });
    const path = typeof screen.path === 'string' ? screen.path : await screen.path(page);
    for (const width of [1280, 768, 390] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectVisible(page.getByRole('heading', { level: 1 }));
      await settle(page);
      if (width === 1280) await expectAccessible(page, screen.name);
      await screenshot(page, `${screen.name}-${width}`);
      await expectNoHorizontalScroll(page, `${screen.name} at ${width}px`);
    }
  });
});
