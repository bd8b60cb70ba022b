import type { Household, HouseholdSummary } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { bodyOf, caseFixture, IDS, problemType } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import HouseholdDetailRoute from './household-detail';
import HouseholdsRoute from './households';

const summary = (n: number, name: string): HouseholdSummary => ({
  id: `00000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`,
  reference: `MEN-00${n}`,
  displayName: name,
  municipality: 'Namur',
  memberCount: 3,
  openCaseCount: 1,
  updatedAt: '2025-02-01T10:00:00.000Z',
});

const household: Household = {
  id: IDS.household,
  reference: 'MEN-2025-0042',
  address: 'Rue de Fer 12',
  postalCode: '5000',
  municipality: 'Namur',
  siteId: null,
  members: [
    {
      id: '00000000-0000-4000-8000-000000000401',
      householdId: IDS.household,
      firstName: 'Amina',
      lastName: 'Benali',
      birthDate: '1987-05-12',
      role: 'applicant',
      residenceStatus: 'permit',
      phone: null,
      email: null,
      joinedOn: null,
      leftOn: null,
      age: 38,
      version: 1,
    },
  ],
  problems: [{ domain: 'debt', severity: 'high', since: '2024-06-01', note: null }],
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  version: 4,
};

describe('households', () => {
  it('searches once typing pauses, and shows more page by page', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      const query = new URL(url, 'http://x').searchParams;
      if (!query.get('q')) return jsonResponse({ items: [], nextCursor: null });
      return query.get('cursor') === 'next'
        ? jsonResponse({ items: [summary(2, 'Benali Karim')], nextCursor: null })
        : jsonResponse({ items: [summary(1, 'Amina Benali')], nextCursor: 'next' });
    });
    renderWithProviders(<HouseholdsRoute />, { me: testUser(), route: '/households' });

    await user.type(screen.getByLabelText('Rechercher un ménage'), 'benali');

    expect(await screen.findByRole('link', { name: 'Amina Benali' })).toBeTruthy();
    const searches = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('q='));
    expect(searches).toEqual(['/api/v1/households?q=benali&limit=25']); // not one request per keystroke

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByRole('link', { name: 'Benali Karim' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Amina Benali' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });

  it('shows a household with its members, problems and cases, and edits it with If-Match (412 → reload)', async () => {
    const user = userEvent.setup();
    let version = household.version;
    const fetchMock = mockFetch((url, init) => {
      if (url === `/api/v1/households/${IDS.household}` && init.method === 'PATCH') {
        return problemResponse(412, { type: problemType('stale'), title: 'Precondition Failed' });
      }
      if (url === `/api/v1/households/${IDS.household}`) return jsonResponse({ ...household, version: version++ });
      if (url.startsWith('/api/v1/cases?')) return jsonResponse({ items: [caseFixture()], nextCursor: null });
      // The aid of the case in two pages: the household's table and total follow both.
      const grant = (id: string, amountCents: number, grantedOn: string) => ({
        id,
        caseId: IDS.case,
        kind: 'energy',
        nature: 'financial',
        amountCents,
        grantedOn,
        note: null,
        recordedBy: IDS.worker,
      });
      if (url === `/api/v1/cases/${IDS.case}/aid?limit=200`) {
        return jsonResponse({
          items: [grant('00000000-0000-4000-8000-000000000501', 12550, '2025-02-03')],
          nextCursor: 'older',
        });
      }
      if (url === `/api/v1/cases/${IDS.case}/aid?limit=200&cursor=older`) {
        return jsonResponse({
          items: [grant('00000000-0000-4000-8000-000000000502', 4000, '2025-01-03')],
          nextCursor: null,
        });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(
      <Routes>
        <Route path="/households/:householdId" element={<HouseholdDetailRoute />} />
      </Routes>,
      { me: testUser(), route: `/households/${IDS.household}` },
    );

    expect(await screen.findByRole('heading', { level: 1, name: /Amina Benali/ })).toBeTruthy();
    expect(screen.getByText('Rue de Fer 12, 5000 Namur')).toBeTruthy();
    expect(screen.getByText('Dettes')).toBeTruthy();
    expect(screen.getByText('Élevée')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Case management Héberge Toit' })).toBeTruthy();
    expect((await screen.findAllByText(/125,50\s€/)).length).toBeGreaterThan(0);
    expect(screen.getByText(/40,00\s€/)).toBeTruthy();
    expect(screen.getByText(/165,50\s€/)).toBeTruthy(); // the total of both pages
    expect(
      fetchMock.mock.calls.some(([url]) => url === `/api/v1/cases?householdId=${IDS.household}&sort=opened&limit=200`),
    ).toBe(true);

    await user.click(screen.getByRole('button', { name: "Modifier l'adresse et les problématiques" }));
    const street = screen.getByLabelText(/Rue et numéro/);
    await user.clear(street);
    await user.type(street, 'Rue de Bruxelles 3');
    // The consent register below has its own form: the address form's button.
    await user.click(within(street.closest('form') as HTMLElement).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Données modifiées entre-temps')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(new Headers(patch?.[1]?.headers).get('If-Match')).toBe('"4"');
    expect(bodyOf(patch?.[1])).toEqual({
      address: 'Rue de Bruxelles 3',
      postalCode: '5000',
      municipality: 'Namur',
      problems: [{ domain: 'debt', severity: 'high', since: '2024-06-01', note: null }],
    });

    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.filter(
          ([url, init]) => url === `/api/v1/households/${IDS.household}` && !init?.method?.startsWith('P'),
        ),
      ).toHaveLength(2),
    );
  });

  it('exports the household list as CSV, with the search typed and the chosen separator', async () => {
    const user = userEvent.setup();
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:households'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const fetchMock = mockFetch((url) =>
        url.startsWith('/api/v1/households.csv')
          ? new Response('reference;name\r\n', {
              headers: {
                'Content-Type': 'text/csv; charset=utf-8',
                'Content-Disposition': 'attachment; filename="households.csv"',
              },
            })
          : jsonResponse({ items: [summary(1, 'Amina Benali')], nextCursor: null }),
      );
      renderWithProviders(<HouseholdsRoute />, { me: testUser(), route: '/households?q=benali' });
      await screen.findByRole('link', { name: 'Amina Benali' });

      await user.selectOptions(screen.getByLabelText('Séparateur CSV'), 'comma');
      await user.click(screen.getByRole('button', { name: 'Exporter « Ménages » en CSV' }));

      expect(await screen.findByText('Fichier téléchargé : households.csv')).toBeTruthy();
      const csv = fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/v1/households.csv'));
      expect(csv.map(([url]) => url)).toEqual(['/api/v1/households.csv?q=benali&delimiter=comma']);
      expect(click).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    }
  }, 30_000);
});
