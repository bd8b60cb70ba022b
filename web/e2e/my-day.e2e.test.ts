import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, expectAccessible, launch, newPage, screenshot, signIn } from './browser.js';
import { ACCOUNTS, apiGet, apiToken, expectVisible, settle, uniqueName } from './support.js';

interface CaseloadEntry {
  case: { id: string; programId: string; household: { reference: string } };
}

/**
 * Issue 18.4 in the browser: a Heerlen coach proposes a breakthrough that costs money, the coordinator
 * signs it off in the approval queue, and the coach, opening the app, lands on "my day" and finds the
 * notice there, with the unread count in the header.
 */
describe('"my day" tells the coach of the sign-off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('coach proposes → coordinator signs off → the coach sees it on "my day" and marks it read', async () => {
    // ---- The coach's proposal, through the API (the proposal form has its own browser test): a case of
    // the coach's in the breakthrough (Heerlen) program, with a plan.
    const api = baseUrl();
    const coachToken = await apiToken(api, ACCOUNTS.coach, DEMO_PASSWORD);
    const programs = (await apiGet<{ items: { id: string; method: string }[] }>(api, coachToken, '/programs')).items;
    const breakthroughProgram = new Set(programs.filter((p) => p.method === 'breakthrough').map((p) => p.id));
    const caseload = (await apiGet<{ items: CaseloadEntry[] }>(api, coachToken, '/caseload?limit=200')).items;
    let chosen: CaseloadEntry | undefined;
    for (const entry of caseload.filter((candidate) => breakthroughProgram.has(candidate.case.programId))) {
      const plan = await fetch(`${api}/api/v1/cases/${entry.case.id}/plan`, {
        headers: { authorization: `Bearer ${coachToken}` },
      });
      await plan.body?.cancel();
      if (plan.status === 200) {
        chosen = entry;
        break;
      }
    }
    expect(chosen, 'a Heerlen case of the coach’s with a plan').toBeDefined();
    const { id: caseId, household } = (chosen as CaseloadEntry).case;
    const title = `Caution du nouveau logement ${uniqueName('Percee')}`;
    const proposed = await fetch(`${api}/api/v1/cases/${caseId}/breakthroughs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coachToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title,
        domain: 'housing',
        category: 'eviction_prevention',
        responsible: 'Karim Coach',
        interventionCents: 95_000,
      }),
    });
    expect(proposed.status, await proposed.clone().text()).toBe(201);
    const breakthrough = (await proposed.json()) as { id: string; needsApproval: boolean };
    expect(breakthrough.needsApproval).toBe(true);

    // ---- The coordinator signs it off in the approval queue.
    const coordinator = await newPage(browser);
    await signIn(coordinator, ACCOUNTS.coordinator);
    await coordinator.goto('/breakthroughs');
    await expectVisible(coordinator.getByRole('heading', { level: 1, name: 'Percées à valider' }));
    await settle(coordinator);
    const item = coordinator.locator('.queue-item', { has: coordinator.getByRole('heading', { name: title }) });
    await expectVisible(item);
    await item.getByRole('button', { name: 'Approuver', exact: true }).click();
    const approve = coordinator.getByRole('form', { name: `Approuver : ${title}` });
    await approve.getByLabel('Commentaire de validation').fill('Budget percée 2026.');
    await approve.getByRole('button', { name: "Confirmer l'approbation" }).click();
    await expectVisible(coordinator.getByText(`La percée « ${title} » a été approuvée.`));
    await coordinator.context().close();

    // ---- The coach opens the app: "my day", the notice on top, the unread count in the header.
    const coach = await newPage(browser);
    await signIn(coach, ACCOUNTS.coach);
    await expectVisible(coach.getByRole('heading', { level: 1, name: 'Ma journée' }));
    await settle(coach);
    const notices = coach.getByRole('region', { name: 'Notifications' });
    const notice = notices.locator('li', {
      has: coach.locator(`a[href="/cases/${caseId}/plan/breakthroughs/${breakthrough.id}"]`),
    });
    await expectVisible(notice);
    expect((await notice.getByRole('link').textContent())?.trim()).toBe(
      `Claire Coordinatrice a validé votre percée (${household.reference})`,
    );
    expect(await notice.getAttribute('data-unread')).toBe('true');
    const headerLink = coach.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    const unreadBefore = Number((await headerLink.locator('.notification-badge').textContent())?.match(/^\d+/)?.[0]);
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    for (const section of ['Rendez-vous du jour', 'Tâches à faire', 'Ménages en retard de contact'])
      await expectVisible(coach.getByRole('heading', { level: 2, name: section }));
    await expectAccessible(coach, 'my day (coach, with a sign-off notice)');
    await screenshot(coach, 'my-day');

    // ---- Read: the notice stays, no longer new; the header's count goes down by one.
    await notice.getByRole('button', { name: /^Marquer comme lu/ }).click();
    await expect.poll(() => notice.getAttribute('data-unread')).toBe('false');
    await expect
      .poll(async () => {
        const badge = headerLink.locator('.notification-badge');
        return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.match(/^\d+/)?.[0]);
      })
      .toBe(unreadBefore - 1);
    await expectAccessible(coach, 'my day (coach, notice read)');

    // ---- Narrow screens: the same page at 390 px.
    const phone = await newPage(browser, 390);
    await signIn(phone, ACCOUNTS.coach);
    await expectVisible(phone.getByRole('heading', { level: 1, name: 'Ma journée' }));
    await settle(phone);
    await expectAccessible(phone, 'my day at 390 px');
    await screenshot(phone, 'my-day-390');
    await phone.context().close();
    await coach.context().close();
  });
});
