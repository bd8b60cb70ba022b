import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BREAKTHROUGH_IDS, bodyOf, catalogueFixture, problemType } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import CatalogueRoute from './catalogue';

const PRICES_URL = `/api/v1/cost-catalogue/${BREAKTHROUGH_IDS.shelter}/prices`;

describe('cost catalogue (admins)', () => {
  it('flags the items to review, and adds a price from a date after the latest one', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/cost-catalogue?includeInactive=true&limit=200') return pageResponse(catalogueFixture());
      if (url === PRICES_URL && init.method === 'POST') {
        return attempts++ === 0
          ? problemResponse(409, {
              type: problemType('price-history'),
              title: 'Conflict',
              detail: 'A new price must start after the latest one (2099-01-01)',
              latestValidFrom: '2099-01-01',
            })
          : jsonResponse(catalogueFixture()[0], { status: 201 });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<CatalogueRoute />, { me: testUser({ role: 'admin' }) });

    const row = (await screen.findByRole('rowheader', { name: /Nuit d'hébergement d'urgence/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('à vérifier')).toBeTruthy();
    expect(screen.getByText('Postes à vérifier (chiffres publics par défaut) : 1')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: "Ajouter un prix à « Nuit d'hébergement d'urgence »" }));
    const history = screen.getByRole('table', { name: 'Historique des prix' });
    expect(within(history).getAllByRole('row')).toHaveLength(4);

    await user.type(screen.getByLabelText('Prix unitaire (€)'), '135,50');
    await user.clear(screen.getByLabelText('Valable à partir du'));
    await user.type(screen.getByLabelText('Valable à partir du'), '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Ajouter un prix' }));

    expect(await screen.findByText(/Un nouveau prix doit commencer après le 1 janv\. 2099/)).toBeTruthy();
    expect(screen.getByLabelText('Valable à partir du').getAttribute('aria-invalid')).toBe('true');

    await user.clear(screen.getByLabelText('Valable à partir du'));
    await user.type(screen.getByLabelText('Valable à partir du'), '2099-02-01');
    await user.click(screen.getByRole('button', { name: 'Ajouter un prix' }));
    expect(
      await screen.findByText("Le nouveau prix de « Nuit d'hébergement d'urgence » a été enregistré."),
    ).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([url, init]) => url === PRICES_URL && init?.method === 'POST');
    expect(bodyOf(posts[1]?.[1])).toEqual({ validFrom: '2099-02-01', unitPriceCents: 13_550, note: null });
  }, 30_000);
});
