import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, screenshot, signIn } from './browser.js';
import { ACCOUNTS, expectNoHorizontalScroll, expectVisible, settle, uniqueName } from './support.js';

/*
 * Issue 18.2 and 18.3, as a coach would: plan a home visit from a case page with a reminder the
 * person agreed to, see the reminder in the local sink (development), mark the visit done and log the
 * contact pre-filled from it. Screenshots of the agenda and the case's appointments at 1280 and 390 px.
 */
describe('agenda: an appointment with a reminder, then its contact', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    // In the organisation's time zone (Europe/Paris by default, same hours), so the agenda and the reminder say the same hour.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-BE',
      timezoneId: 'Europe/Brussels',
      baseURL: baseUrl(),
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    await signIn(page, ACCOUNTS.coach);
  });
  afterAll(() => browser?.close());

  it('plans, reminds, and logs the contact from the appointment', async () => {
    const firstName = uniqueName('Nora');
    // A case of the coach's caseload, and its household: a member with a phone number to remind.
    await page.goto('/caseload');
    await settle(page);
    const casePath = await page.locator('.card-list').getByRole('link').first().getAttribute('href');
    expect(casePath).toBeTruthy();
    await page.goto(casePath as string);
    await settle(page);
    const householdPath = await page.locator('.case-header').getByRole('link').first().getAttribute('href');
    await page.goto(householdPath as string);
    await settle(page);
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();
    const addMember = page.getByRole('region', { name: 'Ajouter une personne au ménage' });
    await expectVisible(addMember);
    await addMember.getByLabel('Prénom').fill(firstName);
    await addMember.getByLabel('Nom', { exact: true }).fill('Agenda');
    await addMember.getByLabel('Rôle dans le ménage').selectOption({ index: 1 });
    await addMember.getByLabel('Téléphone').fill('+32 470 11 22 33');
    await addMember.getByRole('button', { name: 'Ajouter une personne' }).click();
    await expectVisible(page.getByText(/a été ajouté·e au ménage/).first());

    // Plan a home visit tomorrow at 10:00 with her, reminded by SMS in Dutch, with her agreement.
    await page.goto(casePath as string);
    await settle(page);
    const appointments = page.getByRole('region', { name: 'Rendez-vous', exact: true });
    await appointments.getByRole('button', { name: 'Planifier un rendez-vous' }).click();
    const form = appointments.getByRole('form', { name: 'Planifier un rendez-vous' });
    await expectVisible(form);
    await form.getByLabel('Lieu').selectOption('home_visit');
    await form.getByRole('checkbox', { name: `${firstName} Agenda` }).check();
    await form.getByLabel('Rappeler à').selectOption({ label: `${firstName} Agenda` });
    await form.getByLabel('Par').selectOption('sms');
    await form.getByLabel('Langue du message').selectOption('nl');
    // Without the agreement ticked, nothing is planned.
    await form.getByRole('button', { name: 'Planifier', exact: true }).click();
    await expectVisible(form.getByText('Un rappel n’est envoyé qu’avec l’accord de la personne'));
    await form.getByRole('checkbox', { name: 'La personne accepte de recevoir ce rappel' }).check();
    await expectAccessible(page, 'case page, plan an appointment');
    await form.getByRole('button', { name: 'Planifier', exact: true }).click();
    await expectVisible(appointments.getByText('Rendez-vous planifié.'));
    await expectVisible(appointments.getByText('Rappel par SMS prévu'));
    await screenshot(page, 'case-appointments-1280');

    // The agenda: this week, with the reminder the local sink kept (sent two days ahead: at once here).
    await page.goto('/agenda');
    await settle(page);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Agenda' }));
    const outbox = page.getByRole('region', { name: 'Messages envoyés (boîte locale)' });
    await expect
      .poll(
        async () => {
          await page.reload();
          await settle(page);
          return outbox.getByText('+32 470 11 22 33').count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    await expectVisible(outbox.getByText(/Herinnering: afspraak op .* om 10:00 \(huisbezoek\)/).first());
    const item = page.locator('li.appointment', { hasText: `${firstName} Agenda` });
    await expectVisible(item.getByText('Rappel envoyé par SMS'));
    await expectAccessible(page, 'agenda');
    await screenshot(page, 'agenda-1280');
    await page.setViewportSize({ width: 390, height: 900 });
    await expectNoHorizontalScroll(page, 'agenda at 390px');
    await screenshot(page, 'agenda-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Done: the contact form opens pre-filled from the appointment; saving journals the contact.
    await item.getByRole('button', { name: 'Réalisé' }).click();
    const contact = item.getByRole('form', { name: 'Consigner le contact' });
    await expectVisible(contact);
    expect(await contact.getByLabel('Participant·es').inputValue()).toBe(`${firstName} Agenda`);
    expect(await contact.getByLabel('Type de contact').inputValue()).toBe('home_visit');
    expect(await contact.getByLabel('Durée (minutes)').inputValue()).toBe('60');
    await contact.getByLabel('Notes').fill('Visite faite, courrier du propriétaire lu ensemble.');
    await expectAccessible(page, 'agenda, contact from the appointment');
    await contact.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expectVisible(item.getByText('Réalisé', { exact: true }));

    // On the case: the contact in the journal, the appointment done, the reminder on the timeline.
    await page.goto(casePath as string);
    await settle(page);
    await expectVisible(page.getByText('Visite faite, courrier du propriétaire lu ensemble.'));
    await expectVisible(page.getByText(/Rappel envoyé par SMS pour le/).first());
    await page.setViewportSize({ width: 390, height: 900 });
    await page.getByRole('region', { name: 'Rendez-vous', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'case-appointments-390');
  }, 120_000);
});
