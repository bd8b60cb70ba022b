import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import OurCasesRoute from './our-cases';

describe('our cases (partner accounts)', () => {
  it('lists the reduced view: reference, stage, program, next contact, purposes; no names', async () => {
    mockFetch(() =>
      jsonResponse({
        items: [
          {
            id: IDS.case,
            reference: 'H-2026-00042',
            stage: 'monitoring',
            programName: 'Accompagnement logement',
            nextContactAt: '2026-03-04T09:00:00.000Z',
            involvements: [
              { id: IDS.referral, purpose: 'information_sharing', startedAt: '2026-01-01T00:00:00.000Z', note: null },
            ],
          },
        ],
        nextCursor: null,
      }),
    );
    renderWithProviders(<OurCasesRoute />, { me: testUser({ role: 'partner' }) });

    const link = await screen.findByRole('link', { name: 'H-2026-00042' });
    expect(link.getAttribute('href')).toBe(`/partner/cases/${IDS.case}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Nos dossiers' })).toBeTruthy();
    expect(screen.getByText('Accompagnement logement')).toBeTruthy();
    expect(screen.getByText("Partage d'informations")).toBeTruthy();
  });
  it('shows more of our cases on demand', async () => {
    const user = userEvent.setup();
    const ourCase = (n: number) => ({
      id: `00000000-0000-4000-8000-00000000030${n}`,
      reference: `H-2026-0000${n}`,
      stage: 'monitoring',
      programName: 'Accompagnement logement',
      nextContactAt: null,
      involvements: [],
    });
    const fetchMock = mockFetch((url) =>
      url.endsWith('cursor=next')
        ? jsonResponse({ items: [ourCase(3)], nextCursor: null })
        : jsonResponse({ items: [ourCase(1), ourCase(2)], nextCursor: 'next' }),
    );
    renderWithProviders(<OurCasesRoute />, { me: testUser({ role: 'partner' }) });

    expect(await screen.findByRole('link', { name: 'H-2026-00002' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'H-2026-00003' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByRole('link', { name: 'H-2026-00003' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(1 + 3);
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      '/api/v1/partner/cases?limit=50',
      '/api/v1/partner/cases?limit=50&cursor=next',
    ]);
  });
});
