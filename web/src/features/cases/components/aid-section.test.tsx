import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { AidForm } from './aid-section';

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
