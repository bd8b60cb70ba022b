import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IDS, problemType } from '../../../test/fixtures';
import { mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { InvolveForm } from './partners-section';

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
