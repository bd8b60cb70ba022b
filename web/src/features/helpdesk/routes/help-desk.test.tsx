import type { Inquiry } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import HelpDeskRoute from './help-desk';

const REFERRAL_ID = '00000000-0000-4000-8000-00000000beef';
const inquiry = (overrides: Partial<Inquiry> = {}): Inquiry => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  channel: 'phone',
  topic: 'Facture d’énergie, plan de paiement',
  outcome: 'routed_to_service',
  routedTo: 'Service de médiation de dettes',
  referralId: null,
  siteId: null,
  receivedAt: '2025-03-03T09:15:00.000Z',
  handledBy: '00000000-0000-4000-8000-000000000001',
  ...overrides,
});

/** Where the help desk sent the person, with the state it carried (never in the URL). */
function ReferralFormStub() {
  const location = useLocation();
  return <p data-testid="referral-form">{JSON.stringify(location.state)}</p>;
}

describe('help desk', () => {
  it('logs an inquiry in a few clicks, without the person’s name, and lists it with filters', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/inquiries' && init.method === 'POST') return jsonResponse(inquiry(), { status: 201 });
      if (url.startsWith('/api/v1/inquiries?')) return jsonResponse({ items: [inquiry()], nextCursor: null });
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<HelpDeskRoute />, { me: testUser({ role: 'case_worker' }), route: '/help-desk' });

    const table = await screen.findByRole('table', { name: 'Demandes reçues à l’accueil, les plus récentes d’abord' });
    expect(within(table).getByRole('rowheader', { name: 'Facture d’énergie, plan de paiement' })).toBeTruthy();
    expect(within(table).getByText('Service de médiation de dettes')).toBeTruthy();

    // The topic is required; the shared schema refuses a blank one.
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();

    await user.click(screen.getByLabelText('Téléphone'));
    await user.type(screen.getByLabelText(/^Question/), 'Facture d’énergie, plan de paiement');
    await user.click(screen.getByLabelText('Orientation vers un service'));
    await user.type(screen.getByLabelText(/^Orientée vers/), 'Service de médiation de dettes');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));

    expect(await screen.findByText('Demande enregistrée.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({
      channel: 'phone',
      topic: 'Facture d’énergie, plan de paiement',
      outcome: 'routed_to_service',
      routedTo: 'Service de médiation de dettes',
    });
    expect(Date.parse((bodyOf(post?.[1]) as { receivedAt: string }).receivedAt)).toBeLessThanOrEqual(Date.now());

    // Filters go to the API as query parameters.
    await user.selectOptions(screen.getByLabelText('Canal'), 'walk_in');
    await user.selectOptions(screen.getByLabelText('Suite donnée'), 'information_given');
    await user.type(screen.getByLabelText('Du'), '2025-03-01');
    const lastGet = () =>
      fetchMock.mock.calls
        .map(([url]) => String(url))
        .filter((url) => url.startsWith('/api/v1/inquiries?'))
        .at(-1) ?? '';
    await screen.findByRole('table');
    const query = new URL(lastGet(), 'http://x').searchParams;
    expect(query.get('channel')).toBe('walk_in');
    expect(query.get('outcome')).toBe('information_given');
    expect(query.get('from')).toBe(new Date('2025-03-01T00:00').toISOString());
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeTruthy();
  }, 30_000);

  it('turns an inquiry into a referral: the referral form first, then the inquiry is logged with it', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/inquiries' && init.method === 'POST') {
        return jsonResponse(inquiry({ outcome: 'referral_created', referralId: REFERRAL_ID }), { status: 201 });
      }
      if (url.startsWith('/api/v1/inquiries?')) return jsonResponse({ items: [], nextCursor: null });
      return problemResponse(404, { title: 'Not Found' });
    });
    const { unmount } = renderWithProviders(
      <Routes>
        <Route path="/help-desk" element={<HelpDeskRoute />} />
        <Route path="/referrals/new" element={<ReferralFormStub />} />
      </Routes>,
      { me: testUser({ role: 'case_worker' }), route: '/help-desk' },
    );

    await user.type(await screen.findByLabelText(/^Question/), 'Avis d’expulsion');
    await user.click(screen.getByLabelText('Orientation vers un accompagnement'));
    expect(screen.getByText('La demande est enregistrée dès que l’orientation est envoyée.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continuer vers le formulaire d’orientation' }));

    const carried = JSON.parse((await screen.findByTestId('referral-form')).textContent ?? '{}');
    expect(carried).toEqual({
      returnTo: '/help-desk',
      carry: { channel: 'walk_in', topic: 'Avis d’expulsion', outcome: 'referral_created', routedTo: null },
    });
    // Nothing is logged before the referral exists.
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
    unmount();

    // The referral form sends the person back with the new referral's id.
    renderWithProviders(<HelpDeskRoute />, {
      me: testUser({ role: 'case_worker' }),
      route: '/help-desk',
      state: { referralId: REFERRAL_ID, carry: carried.carry },
    });
    expect(await screen.findByText('Orientation envoyée et demande enregistrée.')).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(bodyOf(posts[0]?.[1])).toMatchObject({
      channel: 'walk_in',
      topic: 'Avis d’expulsion',
      outcome: 'referral_created',
      referralId: REFERRAL_ID,
    });
  }, 30_000);
});
