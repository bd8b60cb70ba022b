import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { LegalHolds } from './legal-holds';

const HOUSEHOLD = '00000000-0000-4000-8000-0000000000aa';
const HOLDS_URL = `/api/v1/households/${HOUSEHOLD}/legal-holds`;
const coordinator = { id: '00000000-0000-4000-8000-0000000000c1', displayName: 'Claire Coordinatrice' };
const hold = (active: boolean) => ({
  id: '00000000-0000-4000-8000-0000000000b1',
  householdId: HOUSEHOLD,
  reason: 'Procédure au tribunal',
  placedBy: coordinator,
  placedAt: '2026-11-01T10:00:00.000Z',
  releasedBy: active ? null : coordinator,
  releasedAt: active ? null : '2026-11-20T10:00:00.000Z',
  releaseReason: active ? null : 'Jugement rendu',
  active,
});

describe('legal holds on a household', () => {
  it('places a hold with a reason, then releases it with a reason', async () => {
    const user = userEvent.setup();
    let state: 'none' | 'active' | 'released' = 'none';
    const fetchMock = mockFetch((url, init) => {
      if (url === HOLDS_URL && init.method === 'POST') {
        state = 'active';
        return jsonResponse(hold(true), { status: 201 });
      }
      if (url === `${HOLDS_URL}/${hold(true).id}/release` && init.method === 'POST') {
        state = 'released';
        return jsonResponse(hold(false));
      }
      if (url === `${HOLDS_URL}?limit=20`) {
        return jsonResponse({ items: state === 'none' ? [] : [hold(state === 'active')], nextCursor: null });
      }
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<LegalHolds householdId={HOUSEHOLD} />, { me: testUser({ role: 'coordinator' }) });

    expect(await screen.findByText('Aucun gel juridique.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Poser un gel juridique' }));
    expect(await screen.findByText('Indiquez un motif (3 caractères au moins).')).toBeTruthy();
    await user.type(screen.getByLabelText('Motif du gel'), 'Procédure au tribunal');
    await user.click(screen.getByRole('button', { name: 'Poser un gel juridique' }));
    expect(await screen.findByText('Le gel juridique a été posé.')).toBeTruthy();
    expect(await screen.findByText('Actif')).toBeTruthy();

    await user.type(screen.getByLabelText('Motif de la levée'), 'Jugement rendu');
    await user.click(screen.getByRole('button', { name: 'Lever le gel' }));
    expect(await screen.findByText('Le gel juridique a été levé.')).toBeTruthy();
    expect(await screen.findByText('Levé')).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts.map(([, init]) => bodyOf(init))).toEqual([
      { reason: 'Procédure au tribunal' },
      { reason: 'Jugement rendu' },
    ]);
  }, 30_000);
  it('knows the active hold from the first page, and shows older ones on demand', async () => {
    const user = userEvent.setup();
    const older = { ...hold(false), id: '00000000-0000-4000-8000-0000000000b2', reason: 'Ancienne procédure' };
    const current = { ...hold(true), reason: 'Nouvelle procédure' };
    mockFetch((url) => {
      if (url === `${HOLDS_URL}?limit=20&cursor=older`) return jsonResponse({ items: [older], nextCursor: null });
      if (url === `${HOLDS_URL}?limit=20`) return jsonResponse({ items: [current], nextCursor: 'older' });
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<LegalHolds householdId={HOUSEHOLD} />, { me: testUser({ role: 'coordinator' }) });

    expect(await screen.findByText(/Nouvelle procédure/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lever le gel' })).toBeTruthy();
    expect(screen.queryByText(/Ancienne procédure/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText(/Ancienne procédure/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });
});
