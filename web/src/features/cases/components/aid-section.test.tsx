import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, caseFixture, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { AidForm, AidSection } from './aid-section';

const AID_URL = `/api/v1/cases/${IDS.case}/aid`;

describe('recording aid', () => {
  it('takes the amount in euros and sends integer cents', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((_url, init) =>
      jsonResponse({ id: 'x', ...(bodyOf(init) as object) }, { status: 201 }),
    );
    renderWithProviders(<AidForm caseId={IDS.case} />, { me: testUser() });

    await user.selectOptions(screen.getByLabelText("Type d'aide"), 'energy');
    await user.selectOptions(screen.getByLabelText('Nature'), 'financial');
    await user.type(screen.getByLabelText(/Montant/), '1 234,56');
    await user.clear(screen.getByLabelText('Accordée le'));
    await user.type(screen.getByLabelText('Accordée le'), '2025-02-03');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'aide" }));

    expect(await screen.findByText("L'aide a été enregistrée.")).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url, init]) => url === AID_URL && init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      kind: 'energy',
      nature: 'financial',
      amountCents: 123456,
      grantedOn: '2025-02-03',
      note: null,
    });
    // The form is ready for the next one.
    await waitFor(() => expect((screen.getByLabelText(/Montant/) as HTMLInputElement).value).toBe(''));
  });

  it('refuses an amount that is not one, in the interface language', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<AidForm caseId={IDS.case} />, { me: testUser() });

    await user.selectOptions(screen.getByLabelText("Type d'aide"), 'food');
    await user.selectOptions(screen.getByLabelText('Nature'), 'material');
    await user.type(screen.getByLabelText(/Montant/), 'abc');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'aide" }));

    expect(await screen.findByText('Saisissez un montant en euros, par exemple 12,50.')).toBeTruthy();
    expect(screen.getByLabelText(/Montant/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends no amount for aid in kind', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((_url, init) =>
      jsonResponse({ id: 'x', ...(bodyOf(init) as object) }, { status: 201 }),
    );
    renderWithProviders(<AidForm caseId={IDS.case} />, { me: testUser() });

    await user.selectOptions(screen.getByLabelText("Type d'aide"), 'clothing');
    await user.selectOptions(screen.getByLabelText('Nature'), 'material');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'aide" }));

    await screen.findByText("L'aide a été enregistrée.");
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toMatchObject({ kind: 'clothing', amountCents: null });
  });
});

describe('the aid of a case', () => {
  const grant = (n: number, amountCents: number | null) => ({
    id: `00000000-0000-4000-8000-00000000050${n}`,
    caseId: IDS.case,
    kind: 'energy',
    nature: 'financial',
    amountCents,
    grantedOn: `2025-0${n}-01`,
    note: null,
    recordedBy: IDS.worker,
    version: 1,
    correctedAt: null,
    voided: null,
  });

  it('shows the grants page by page, with the total of every grant from the server', async () => {
    const user = userEvent.setup();
    mockFetch((url) => {
      if (url === `${AID_URL}?limit=20`)
        return jsonResponse({ items: [grant(3, 10_000), grant(2, null)], nextCursor: 'c' });
      if (url === `${AID_URL}?limit=20&cursor=c`) return jsonResponse({ items: [grant(1, 2_550)], nextCursor: null });
      // Not a sum of the rows shown: the server's, over every grant.
      if (url === `${AID_URL}/total`) return jsonResponse({ grants: 3, totalCents: 12_550 });
      return jsonResponse({}, { status: 404 });
    });
    renderWithProviders(<AidSection caseItem={caseFixture()} />, { me: testUser() });

    const table = await screen.findByRole('table', { name: 'Aides' });
    const footer = () => (table.querySelector('tfoot') as HTMLElement).textContent?.replace(/\s/g, ' ');
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header, two grants, total
    await waitFor(() => expect(footer()).toBe('Total des 3 aides125,50 €'));

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    expect(within(table).getByText(/^25,50\s€$/)).toBeTruthy();
    expect(footer()).toBe('Total125,50 €');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });
});
