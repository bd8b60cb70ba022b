import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, apiGet, apiToken, definition, expectVisible, settle, uniqueName } from './support.js';

interface PartnerCase {
  id: string;
  reference: string;
  caseManager: { displayName: string; workPhone: string | null };
}

/** The staff accounts of the demo that can be a case's primary worker (README's demo accounts). */
const STAFF = [
  ACCOUNTS.coach,
  'sophie@demo.percee.test',
  'youssef@demo.percee.test',
  ACCOUNTS.coordinator,
  ACCOUNTS.admin,
];

/**
 * Issue 18.7 in the browser: the partner opens a case of "Nos dossiers", sees who manages it, and
 * adds an update; the case manager finds it on the case timeline and as a notice on "my day".
 */
describe('partners take part: an update reaches the case manager', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('partner adds an update → it is in their list, on the timeline and on the manager’s "my day"', async () => {
    const marker = uniqueName('Percee');
    const done = `Rencontre avec le propriétaire ${marker}`;
    const nextStep = `Plan d’apurement à signer ${marker}`;

    // ---- The partner: "Nos dossiers", the first case, the manager's name.
    const partner = await newPage(browser);
    await signIn(partner, ACCOUNTS.partner);
    await partner.goto('/partner/cases');
    await expectVisible(partner.getByRole('heading', { level: 1, name: 'Nos dossiers' }));
    await settle(partner);
    const firstLink = partner.locator('main a[href^="/partner/cases/"]').first();
    await expectVisible(firstLink);
    const href = (await firstLink.getAttribute('href')) ?? '';
    const caseId = href.split('/').pop() ?? '';
    await firstLink.click();
    await partner.waitForURL(`**/partner/cases/${caseId}`);
    await settle(partner);

    // What the API says of this case, to check the page against (the name, the phone).
    const api = baseUrl();
    const partnerToken = await apiToken(api, ACCOUNTS.partner, DEMO_PASSWORD);
    const facts = await apiGet<PartnerCase>(api, partnerToken, `/partner/cases/${caseId}`);
    await expectVisible(partner.getByRole('heading', { level: 1, name: `Dossier ${facts.reference}` }));
    const summary = partner.getByRole('region', { name: 'En bref' });
    expect(await definition(summary, 'Référent du dossier')).toBe(facts.caseManager.displayName);
    expect(await definition(summary, 'Téléphone professionnel')).toBe(
      facts.caseManager.workPhone ?? 'Pas de téléphone professionnel indiqué',
    );

    // ---- The update.
    const updates = partner.getByRole('region', { name: 'Nos suivis' });
    await updates.getByLabel('Ce que nous avons fait').fill(done);
    await updates.getByLabel('Prochaine étape (facultatif)', { exact: true }).fill(nextStep);
    await updates.getByLabel('Prochaine étape pour le (facultatif)', { exact: true }).fill('2030-03-20');
    await updates.getByRole('button', { name: 'Ajouter le suivi' }).click();
    await expectVisible(updates.getByText('Le suivi a été ajouté ; le référent en est informé.'));
    const mine = updates.locator('li', { hasText: done });
    await expectVisible(mine);
    const mineText = ((await mine.first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(mineText).toContain(`Ensuite : ${nextStep} (pour le `);
    expect(mineText).toMatch(/2030\)$/);
    await expectAccessible(partner, 'partner case page (with an update)');
    await screenshot(partner, 'partner-updates-1280');
    await partner.context().close();

    const phone = await newPage(browser, 390);
    await signIn(phone, ACCOUNTS.partner);
    await phone.goto(`/partner/cases/${caseId}`);
    await expectVisible(phone.getByRole('heading', { level: 1, name: `Dossier ${facts.reference}` }));
    await settle(phone);
    await expectVisible(phone.getByText(done));
    await expectAccessible(phone, 'partner case page at 390 px');
    await screenshot(phone, 'partner-updates-390');
    await phone.context().close();

    // ---- Who manages the case: the staff account whose name the partner was shown.
    let managerEmail: string | undefined;
    for (const email of STAFF) {
      const me = await apiGet<{ displayName: string }>(api, await apiToken(api, email, DEMO_PASSWORD), '/me');
      if (me.displayName === facts.caseManager.displayName) managerEmail = email;
    }
    expect(managerEmail, `a demo account named ${facts.caseManager.displayName}`).toBeDefined();

    // ---- The case manager: the notice on "my day", then the update on the case timeline.
    const manager = await newPage(browser);
    await signIn(manager, managerEmail as string);
    await manager.goto('/');
    await expectVisible(manager.getByRole('heading', { level: 1, name: 'Ma journée' }));
    await settle(manager);
    const notices = manager.getByRole('region', { name: 'Notifications' });
    const notice = notices.locator('li', { has: manager.locator(`a[href^="/cases/${caseId}"]`) }).filter({
      hasText: `a ajouté un suivi de partenaire (${facts.reference})`,
    });
    await expectVisible(notice);
    expect(await notice.first().getAttribute('data-unread')).toBe('true');

    await notice.first().getByRole('link').click();
    await manager.waitForURL(`**/cases/${caseId}**`);
    await settle(manager);
    const timeline = manager.getByRole('region', { name: 'Historique' });
    const entry = timeline.locator('li', { hasText: done });
    await expectVisible(entry);
    expect((await entry.locator('.timeline__what').textContent())?.trim()).toMatch(
      /^Suivi de .+ \(prochaine étape pour le .*2030\)$/,
    );
    await manager.context().close();
  });
});
