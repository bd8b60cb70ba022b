import { screen } from '@testing-library/react';
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
      }),
    );
    renderWithProviders(<OurCasesRoute />, { me: testUser({ role: 'partner' }) });

    const link = await screen.findByRole('link', { name: 'H-2026-00042' });
    expect(link.getAttribute('href')).toBe(`/partner/cases/${IDS.case}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Nos dossiers' })).toBeTruthy();
    expect(screen.getByText('Accompagnement logement')).toBeTruthy();
    expect(screen.getByText("Partage d'informations")).toBeTruthy();
  });
});
