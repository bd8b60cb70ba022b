import type { Consent, Person } from '@percee/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { ConsentsSection } from './consents-section';

const PERSON: Person = {
  id: '00000000-0000-4000-8000-0000000000b7',
  householdId: IDS.household,
  firstName: 'Amina',
  lastName: 'Benali',
  birthDate: null,
  role: 'applicant',
  residenceStatus: 'unknown',
  phone: null,
  email: null,
  joinedOn: null,
  leftOn: null,
  age: null,
  version: 1,
};
const SERVICE = {
  id: '00000000-0000-4000-8000-0000000000b8',
  name: 'Service logement',
  description: null,
  active: true,
  createdAt: '2025-01-01T00:00:00.000Z',
};
const CONSENT: Consent = {
  id: '00000000-0000-4000-8000-0000000000b9',
  householdId: IDS.household,
  person: { id: PERSON.id, displayName: 'Amina Benali' },
  purpose: 'information_sharing',
  recipient: { id: SERVICE.id, name: SERVICE.name },
  legalBasis: 'consent',
  grantedAt: '2025-02-01T10:00:00.000Z',
  expiresAt: null,
  withdrawnAt: null,
  withdrawalReason: null,
  withdrawnBy: null,
  recordedBy: { id: IDS.worker, displayName: 'Luc' },
  evidenceNote: null,
  status: 'active',
  createdAt: '2025-02-01T10:00:00.000Z',
};
const LIST = `/api/v1/households/${IDS.household}/consents`;

describe('consent register on the household page', () => {
  it('lists the register and records a consent with the shared schema', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/partner-services?limit=200') return pageResponse([SERVICE]);
      if (url === LIST && init.method === 'POST') return jsonResponse(CONSENT, { status: 201 });
      if (url === `${LIST}?limit=50`) return jsonResponse({ items: [CONSENT], nextCursor: null });
      return jsonResponse({});
    });
    renderWithProviders(<ConsentsSection householdId={IDS.household} members={[PERSON]} />, { me: testUser() });

    expect(await screen.findByRole('heading', { name: 'Consentements et bases légales' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: /Amina Benali/ })).toBeTruthy();
    expect(screen.getByText('Actif')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText(/^Personne/), PERSON.id);
    await user.selectOptions(screen.getByLabelText(/^Finalité/), 'referral');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Service logement' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(/^Service partenaire/), SERVICE.id);
    await user.selectOptions(screen.getByLabelText(/^Base légale/), 'public_task');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Le consentement a été enregistré.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url, init]) => url === LIST && init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      personId: PERSON.id,
      purpose: 'referral',
      partnerServiceId: SERVICE.id,
      legalBasis: 'public_task',
      expiresAt: null,
      evidenceNote: null,
    });
  });

  it('withdraws with a reason, never deletes', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      if (url === '/api/v1/partner-services?limit=200') return pageResponse([SERVICE]);
      if (url === `/api/v1/consents/${CONSENT.id}/withdraw`) return jsonResponse({ ...CONSENT, status: 'withdrawn' });
      return jsonResponse({ items: [CONSENT], nextCursor: null });
    });
    renderWithProviders(<ConsentsSection householdId={IDS.household} members={[PERSON]} />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: 'Retirer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait' }));
    expect(screen.getByText('Indiquez le motif du retrait.')).toBeTruthy();
    await user.type(screen.getByLabelText('Motif du retrait'), 'Demandé par téléphone');
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => url === `/api/v1/consents/${CONSENT.id}/withdraw`)).toBe(true),
    );
    const call = fetchMock.mock.calls.find(([url]) => url === `/api/v1/consents/${CONSENT.id}/withdraw`);
    expect(bodyOf(call?.[1])).toEqual({ reason: 'Demandé par téléphone' });
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
  });
  it('shows the older lines first and the rest of the register on demand', async () => {
    const user = userEvent.setup();
    const later: Consent = {
      ...CONSENT,
      id: '00000000-0000-4000-8000-0000000000ba',
      purpose: 'referral',
      grantedAt: '2025-06-01T10:00:00.000Z',
    };
    const fetchMock = mockFetch((url) => {
      if (url === '/api/v1/partner-services') return jsonResponse({ items: [SERVICE] });
      if (url === `${LIST}?limit=50&cursor=more`) return jsonResponse({ items: [later], nextCursor: null });
      if (url === `${LIST}?limit=50`) return jsonResponse({ items: [CONSENT], nextCursor: 'more' });
      return jsonResponse({});
    });
    renderWithProviders(<ConsentsSection householdId={IDS.household} members={[PERSON]} />, { me: testUser() });

    expect(await screen.findAllByRole('rowheader', { name: /Amina Benali/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await waitFor(() => expect(screen.getAllByRole('rowheader', { name: /Amina Benali/ })).toHaveLength(2));
    expect(screen.getAllByRole('cell', { name: 'Orientation' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${LIST}?limit=50&cursor=more`);
  });
});
