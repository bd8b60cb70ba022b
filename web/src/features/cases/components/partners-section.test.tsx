import type { Involvement } from '@percee/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseFixture, IDS, problemType } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { InvolveForm, PartnersSection } from './partners-section';

const SERVICE = {
  id: '00000000-0000-4000-8000-0000000000b8',
  name: 'Service logement',
  description: null,
  active: true,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('involving a partner service in a case', () => {
  it('explains a missing consent (409) in the interface language', async () => {
    const user = userEvent.setup();
    mockFetch((url) => {
      if (url === '/api/v1/partner-services?limit=200') return pageResponse([SERVICE]);
      return problemResponse(409, { title: 'Conflict', type: problemType('consent-missing') });
    });
    renderWithProviders(<InvolveForm caseId={IDS.case} />, { me: testUser() });

    await waitFor(() => expect(screen.getByRole('option', { name: 'Service logement' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(/^Service partenaire/), SERVICE.id);
    await user.selectOptions(screen.getByLabelText(/^Finalité/), 'information_sharing');
    await user.click(screen.getByRole('button', { name: 'Impliquer' }));

    expect(await screen.findByText(/ne couvre ce service et cette finalité/)).toBeTruthy();
  });
});

const INVOLVEMENTS_URL = `/api/v1/cases/${IDS.case}/involvements`;

const involvement = (n: number, name: string, overrides: Partial<Involvement> = {}): Involvement => ({
  id: `00000000-0000-4000-8000-00000000090${n}`,
  caseId: IDS.case,
  partnerService: { id: `00000000-0000-4000-8000-00000000091${n}`, name },
  purpose: 'information_sharing',
  note: null,
  startedAt: `2025-0${n}-01T10:00:00.000Z`,
  startedBy: { id: IDS.worker, displayName: 'Luc Martin' },
  endedAt: null,
  endedBy: null,
  endReason: null,
  consentActive: true,
  ...overrides,
});

describe('partner services involved in a case', () => {
  it('lists the involvements oldest first, page by page ("show more")', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      if (url === `${INVOLVEMENTS_URL}?limit=20`) {
        return jsonResponse({
          items: [
            involvement(1, 'Office du logement', { endedAt: '2025-03-01T10:00:00.000Z', consentActive: false }),
            involvement(2, 'Médiation de dettes'),
          ],
          nextCursor: 'after-2',
        });
      }
      if (url === `${INVOLVEMENTS_URL}?limit=20&cursor=after-2`) {
        return jsonResponse({ items: [involvement(3, 'École', { consentActive: false })], nextCursor: null });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    // A closed case: the list only, no form to involve another service.
    renderWithProviders(<PartnersSection caseItem={caseFixture({ closedAt: '2025-06-01T10:00:00.000Z' })} />, {
      me: testUser(),
    });

    expect(await screen.findByText('Office du logement')).toBeTruthy();
    expect(screen.getByText(/terminé le/)).toBeTruthy();
    expect(screen.getByText('Médiation de dettes')).toBeTruthy();
    expect(screen.queryByText('École')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText('École')).toBeTruthy();
    expect(screen.getByText(/ne voit plus le dossier/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull());
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      `${INVOLVEMENTS_URL}?limit=20`,
      `${INVOLVEMENTS_URL}?limit=20&cursor=after-2`,
    ]);
  });
});
