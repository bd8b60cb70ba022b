import { readFileSync } from 'node:fs';
import type { ActivityReport } from '@percee/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, apiGet, apiToken, checkAccessible, expectVisible, settle } from './support.js';

/** The demo's 2016 year (Soliha Drôme's activity report, see README "Demo data"). */
const FROM = '2016-01-01';
const TO = '2016-12-31';

/** A CSV line split on `;`, quotes removed (the activity report's cells hold no separator). */
const cellsOf = (line: string) => line.split(';').map((cell) => cell.replace(/^"|"$/g, ''));

/**
 * The activity report as a funder receives it: the CSV downloaded from the page, and the printed page.
 * The figures are compared with the report the API gives for the same period (not typed here).
 */
describe('the activity report leaves the browser as a CSV file and on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('downloads the CSV: BOM, header, and the figures of the period', async () => {
    const token = await apiToken(baseUrl(), ACCOUNTS.coordinator, DEMO_PASSWORD);
    const report = await apiGet<ActivityReport>(baseUrl(), token, `/reports/activity?from=${FROM}&to=${TO}`);
    expect(typeof report.diagnostics.done).toBe('number');

    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coordinator);
    await page.goto(`/reports?from=${FROM}&to=${TO}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: "Rapport d'activité" }));
    await settle(page);
    // The page shows the same figure as the API.
    const diagnostics = page.getByRole('table', { name: 'Diagnostics', exact: true });
    const done = diagnostics.getByRole('row', { name: /^Diagnostics réalisés/ });
    expect(((await done.getByRole('cell').last().textContent()) ?? '').replace(/\D/g, '')).toBe(
      String(report.diagnostics.done),
    );

    expect(await page.getByLabel('Séparateur CSV').inputValue()).toBe('semicolon');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: "Exporter « Rapport d'activité » en CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`activity-${FROM}-${TO}.csv`);
    const path = await download.path();
    const bytes = readFileSync(path);
    // UTF-8 with a byte-order mark, so that Excel reads the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(cellsOf(lines[0] as string)).toEqual(['section', 'figure', 'key', 'value']);
    const row = (section: string, figure: string) =>
      lines.map(cellsOf).find((cells) => cells[0] === section && cells[1] === figure && cells[2] === '');
    expect(row('period', 'from-to')?.[3]).toBe(`${FROM} – ${TO}`);
    expect(row('diagnostics', 'done')?.[3]).toBe(String(report.diagnostics.done));
    expect(row('accompaniments', 'active')?.[3]).toBe(String(report.accompaniments.active));
    expect(row('diagnostics', 'withoutAccompaniment')?.[3]).toBe(String(report.diagnostics.withoutAccompaniment));
    // The page says the file was saved.
    await expectVisible(page.getByText(`Fichier téléchargé : activity-${FROM}-${TO}.csv`));
    await page.context().close();
  });

  it('prints: filters, buttons and navigation give way to the figures', async () => {
    const page = await newPage(browser);
    await signIn(page, ACCOUNTS.coordinator);
    await page.goto(`/reports?from=${FROM}&to=${TO}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: "Rapport d'activité" }));
    await settle(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1, name: "Rapport d'activité" }).isVisible()).toBe(true);
    for (const hidden of ['.app-header', '.report-filters', '.csv-export', '.report-actions']) {
      expect(await page.locator(hidden).first().isVisible(), `${hidden} hidden in print`).toBe(false);
    }
    // The scope of the report (period, program) and every section stay on paper.
    expect(await page.locator('.report__scope').isVisible()).toBe(true);
    expect(await page.locator('.report__scope').textContent()).toContain('2016');
    for (const section of ['Orientations', 'Diagnostics', 'Accompagnements', 'Contacts']) {
      expect(
        await page.getByRole('heading', { level: 2, name: section, exact: true }).isVisible(),
        `section ${section}`,
      ).toBe(true);
    }
    await checkAccessible(page, 'activity report, print media');
    await screenshot(page, 'activity-report-print');
    await page.context().close();
  });
});
