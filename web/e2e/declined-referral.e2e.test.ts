import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, signIn } from './browser.js';
import { ACCOUNTS, checkAccessible, expectVisible, settle, uniqueName } from './support.js';

/** The partner refers a household (the minimum: one person, a reason, the agreement); returns the referral's path. */
async function partnerRefers(page: Page, lastName: string): Promise<string> {
  await page.goto('/referrals/new');
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Nouvelle orientation' }));
  const person = page.getByRole('group', { name: 'Personne 1', exact: true });
  await person.getByLabel('Prénom').fill('Jonas');
  await person.getByLabel('Nom', { exact: true }).fill(lastName);
  await page.getByLabel('Service qui oriente').fill('Maison médicale du Nord');
  await page.getByLabel("Motif de l'orientation").fill('Dettes de loyer et isolement.');
  await page.getByLabel('La personne a demandé ou accepté cette orientation').check();
  await page.getByRole('button', { name: "Envoyer l'orientation" }).click();
  await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
  await expectVisible(page.getByText("L'orientation a été envoyée."));
  return new URL(page.url()).pathname;
}

/** The coordinator opens the referral from the inbox and declines it ("out of territory", with a note). */
async function coordinatorDeclines(page: Page, household: string, note: string, checkA11y = false) {
  await page.goto('/referrals');
  await page.getByRole('link', { name: household }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: `Orientation de ${household}` }));
  await page.getByRole('button', { name: 'Refuser', exact: true }).click();
  const panel = page.getByRole('region', { name: "Refuser l'orientation" });
  await expectVisible(panel);
  // No reason, no decline: the form says what is missing.
  await panel.getByRole('button', { name: 'Refuser l’orientation' }).click();
  await expectVisible(panel.getByText('Le formulaire contient des erreurs. Corrigez les champs signalés.'));
  expect(await panel.getByLabel('Motif du refus').getAttribute('aria-invalid')).toBe('true');
  await panel.getByLabel('Motif du refus').selectOption({ label: 'Hors territoire' });
  await panel.getByLabel('Note pour le service qui oriente').fill(note);
  if (checkA11y) await checkAccessible(page, 'referral detail with the decline form open (coordinator)');
  await panel.getByRole('button', { name: 'Refuser l’orientation' }).click();
  await expectVisible(page.getByText("L'orientation a été refusée."));
  const decided = page.getByRole('region', { name: 'Décision' });
  expect(await decided.textContent()).toContain('Hors territoire');
  expect(await page.getByRole('button', { name: 'Accepter', exact: true }).count()).toBe(0);
}

async function expectDeclinedDetail(page: Page, note: string) {
  await settle(page);
  await expect
    .poll(() => page.locator('.badge-row').first().textContent(), { timeout: 3_000, message: 'status on the page' })
    .toContain('Refusée');
  const decision = page.getByRole('region', { name: 'Décision' });
  await expectVisible(decision);
  const text = ((await decision.textContent()) ?? '').replace(/\s+/g, ' ');
  expect(text).toContain('Refusée');
  expect(text).toContain('Motif du refus');
  expect(text).toContain('Hors territoire');
  expect(text).toContain(note);
  expect(text).toMatch(/Décidée le/);
  // Decided: nothing left to withdraw.
  expect(await page.getByRole('button', { name: 'Retirer' }).count()).toBe(0);
}

describe('a declined referral, seen by the service that referred', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('the coordinator declines with a reason and a note; the partner sees the decision, the reason and the note', async () => {
    const lastName = uniqueName('Mathieu');
    const household = `Jonas ${lastName}`;
    const note = `Le ménage habite Ixelles : réorientez ${lastName} vers le CPAS d'Ixelles.`;

    const partner = await newPage(browser);
    await signIn(partner, ACCOUNTS.partner);
    const referralPath = await partnerRefers(partner, lastName);

    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    await coordinatorDeclines(coordinator, household, note, true);

    // It has left the coordinator's "new" inbox and sits under "declined".
    await coordinator.getByRole('link', { name: 'Orientations reçues' }).first().click();
    await expectVisible(coordinator.getByRole('heading', { level: 1, name: 'Orientations reçues' }));
    await settle(coordinator);
    // (The cached list shows first, then the refetched one: wait for it.)
    await expect.poll(() => coordinator.getByRole('link', { name: household }).count()).toBe(0);
    await coordinator.getByRole('link', { name: 'Refusées' }).click();
    await expectVisible(coordinator.getByRole('link', { name: household }));

    // Later, the partner opens Percée: the referral is among their declined ones, with the reason and the note.
    await partner.goto('/');
    await partner
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Orientations' })
      .click();
    await expectVisible(partner.getByRole('heading', { level: 1, name: 'Mes orientations' }));
    await settle(partner);
    // The partner's list names no household (it does not read household files): the card is found by its link.
    expect(await partner.locator(`a[href="${referralPath}"]`).count()).toBe(0);
    await partner.getByRole('link', { name: 'Refusées' }).click();
    const card = partner.locator('.card-list__item', { has: partner.locator(`a[href="${referralPath}"]`) });
    await expectVisible(card);
    expect(await card.textContent()).toContain('Refusée');
    expect(await card.textContent()).not.toContain(lastName);
    await checkAccessible(partner, 'my referrals, declined tab (partner)');
    await card.locator(`a[href="${referralPath}"]`).click();
    await partner.waitForURL((url) => url.pathname === referralPath);
    await expectDeclinedDetail(partner, note);
    await checkAccessible(partner, 'declined referral detail (partner)');

    for (const page of [partner, coordinator]) await page.context().close();
  });

  // Reproduces a stale cache: the referral's page keeps what the partner saw when sending it for 30 s
  // (React Query staleTime), so right after a quick decision the list says "Refusée" while the page
  // says "Nouvelle" and still offers "Retirer".
  it('without reloading, the referral page agrees with the list the partner just came from', async () => {
    const lastName = uniqueName('Mathieu');
    const household = `Jonas ${lastName}`;
    const note = 'Hors de notre zone.';

    const partner = await newPage(browser);
    await signIn(partner, ACCOUNTS.partner);
    const referralPath = await partnerRefers(partner, lastName);

    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    await coordinatorDeclines(coordinator, household, note);

    await partner
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Orientations' })
      .click();
    await partner.getByRole('link', { name: 'Refusées' }).click();
    const card = partner.locator('.card-list__item', { has: partner.locator(`a[href="${referralPath}"]`) });
    await expectVisible(card);
    expect(await card.textContent()).toContain('Refusée');
    expect(await card.textContent()).not.toContain(lastName);
    await card.locator(`a[href="${referralPath}"]`).click();
    await partner.waitForURL((url) => url.pathname === referralPath);
    await expectDeclinedDetail(partner, note);

    for (const page of [partner, coordinator]) await page.context().close();
  });
});
