import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Demo accounts (password DEMO_PASSWORD in browser.ts). */
export const ACCOUNTS = {
  admin: 'admin@demo.percee.test',
  coordinator: 'coordinatrice@demo.percee.test',
  coach: 'coach@demo.percee.test',
  partner: 'partenaire@demo.percee.test',
  analyst: 'analyste@demo.percee.test',
} as const;

export const PROGRAM = 'Case management — Héberge Toit';

/** A name no demo household has, so that the duplicate check stays quiet and lists can be searched. */
export function uniqueName(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let suffix = '';
  let n = Date.now() + Math.floor(Math.random() * 1_000_000);
  for (let i = 0; i < 6; i++) {
    suffix += letters[n % 26];
    n = Math.floor(n / 26);
  }
  return `${prefix}${suffix[0]?.toUpperCase()}${suffix.slice(1)}`;
}

/**
 * Waits until the locator is visible. On timeout, says where the page was and what it showed (an
 * error page, a loader that never went away…), which a bare timeout does not.
 */
export async function expectVisible(locator: Locator, timeout = 10_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const page = locator.page();
    const shown = await page
      .locator('main, body')
      .first()
      .textContent({ timeout: 1_000 })
      .then((text) => text ?? '')
      .catch(() => '(unreadable)');
    throw new Error(
      `${(error as Error).message.split('\n')[0]}\n  on ${page.url()}\n  the page shows: ${shown.replace(/\s+/g, ' ').slice(0, 400)}`,
    );
  }
}

/** Waits until no loading indicator is left on the page (lazy routes, queries). */
export async function settle(page: Page) {
  await page.waitForLoadState('load');
  await expect
    .poll(() => page.locator('.page-loader').count(), { timeout: 10_000, message: 'loaders still on the page' })
    .toBe(0);
}

/**
 * axe-core, WCAG 2.1 A/AA, like `expectAccessible` but as a soft assertion: a violation fails the
 * test yet the rest of the journey still runs (and is still checked), so one page's contrast issue
 * does not hide a broken workflow. The violations are also printed, for the report.
 */
export async function checkAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id} [${v.impact}]: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
  if (violations.length > 0) console.warn(`axe violations on ${label}:\n  ${violations.join('\n  ')}`);
  expect.soft(violations, `axe: ${label}`).toEqual([]);
}

/** Whether `locator` is the focused element. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (only Tab) until `locator` has the focus: proves the control is reachable with the
 * keyboard, in the page's own order. Every stop on the way must show a visible focus indicator.
 */
export async function tabTo(page: Page, locator: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
    if (await isFocused(locator)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Tab never reached ${locator} (focus ended on ${focused})`);
}

/**
 * The focused element is drawn with a visible focus indicator: an outline at least 2 px wide (or a
 * box-shadow ring) on the element itself or, for a visually hidden native control (the radio
 * buttons drawn as large buttons), on its label. An outline on a transparent element does not count.
 */
export async function expectFocusVisible(page: Page) {
  const found = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { ok: false, what: 'nothing focused' };
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.getAttribute('type') ? `[type=${node.getAttribute('type')}]` : ''}${node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : ''}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''}`;
    const opaque = (node: Element | null) => {
      for (let current = node; current; current = current.parentElement) {
        if (Number.parseFloat(getComputedStyle(current).opacity) === 0) return false;
      }
      return true;
    };
    // In date and time inputs, the last Tab stop is the browser's own calendar button (inside the
    // input's shadow tree): the input then no longer matches :focus-visible and the app's ring gives
    // way to Chromium's native focus ring around the icon — visible, though thinner (see the report).
    if (
      /^(date|time|datetime-local|month|week)$/.test(element.getAttribute('type') ?? '') &&
      !element.matches(':focus-visible')
    ) {
      return { ok: true, what: `${describe(element)} (native ring on the calendar button)` };
    }
    const candidates = [element, element.closest('label')].filter((node): node is HTMLElement => node !== null);
    for (const candidate of candidates) {
      const css = getComputedStyle(candidate);
      const outlined = css.outlineStyle !== 'none' && Number.parseFloat(css.outlineWidth) >= 2;
      const ringed = css.boxShadow !== 'none' && css.boxShadow !== '';
      if ((outlined || ringed) && opaque(candidate)) return { ok: true, what: describe(candidate) };
    }
    const css = getComputedStyle(element);
    return {
      ok: false,
      what: `${describe(element)} "${(element.textContent ?? '').trim().slice(0, 40)}" (outline ${css.outlineStyle} ${css.outlineWidth}, box-shadow ${css.boxShadow}, opacity ${css.opacity})`,
    };
  });
  expect.soft(found.ok, `visible focus indicator on ${found.what}`).toBe(true);
}

/** No horizontal scrolling: the page fits the viewport's width. */
export async function expectNoHorizontalScroll(page: Page, label: string) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.closest('.visually-hidden'))
      .slice(0, 5)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const cls = element.className ? `.${String(element.className).split(' ').join('.')}` : '';
        return `${element.tagName.toLowerCase()}${cls} (right ${Math.round(rect.right)})`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: wide };
  });
  expect
    .soft(scrollWidth, `${label}: scrollWidth ${scrollWidth} > ${innerWidth}; widest: ${culprits.join(', ')}`)
    .toBeLessThanOrEqual(innerWidth);
}

/** The main navigation's link names. */
export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expectVisible(nav);
  return (await nav.getByRole('link').allTextContents()).map((text) => text.trim());
}

/** An access token for a demo account, for the few facts a test reads from the API (prices, ids). */
export async function apiToken(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status, `sign-in of ${email} through the API`).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** GET on the API as the holder of `token`; the JSON body. */
export async function apiGet<T>(baseUrl: string, token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.ok, `GET ${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

/** The value (`dd`) of the term (`dt`) named `label` in a description list under `scope`. */
export async function definition(scope: Locator, label: string): Promise<string> {
  const term = scope.locator('dt', {
    hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`),
  });
  await expectVisible(term);
  return ((await term.first().locator('xpath=following-sibling::dd[1]').textContent()) ?? '').trim();
}
