import type { Breakthrough } from '@percee/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  BREAKTHROUGH_IDS,
  bodyOf,
  breakthroughFixture,
  caseFixture,
  catalogueFixture,
  problemType,
} from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import ApprovalQueueRoute from './approval-queue';

const TRANSITIONS_URL = `/api/v1/breakthroughs/${BREAKTHROUGH_IDS.breakthrough}/transitions`;
const coordinator = testUser({
  id: BREAKTHROUGH_IDS.coordinator,
  role: 'coordinator',
  displayName: 'Claire Coordinatrice',
});

const QUEUE_URL = '/api/v1/breakthroughs/awaiting-approval?limit=25';

/** A backend with one breakthrough awaiting sign-off; `onTransition` answers the sign-off and may change what is pending. */
function queueBackend(onTransition: (init: RequestInit, state: { pending: Breakthrough[] }) => Response) {
  const state = { pending: [breakthroughFixture()] };
  const fetchMock = mockFetch((url, init) => {
    if (url === QUEUE_URL) {
      return jsonResponse({
        items: state.pending.map((breakthrough) => ({
          breakthrough,
          household: caseFixture().household,
          proposedAt: '2025-03-01T10:00:00.000Z',
        })),
        nextCursor: null,
      });
    }
    if (url === '/api/v1/cost-catalogue?includeInactive=true&limit=200') return pageResponse(catalogueFixture());
    if (url === TRANSITIONS_URL && init.method === 'POST') return onTransition(init, state);
    return problemResponse(404, { title: 'Not Found' });
  });
  return fetchMock;
}

const transitionCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([url]) => url === TRANSITIONS_URL);

describe('approval queue', () => {
  it('lists what awaits a sign-off, and approves with the comment and If-Match', async () => {
    const user = userEvent.setup();
    const fetchMock = queueBackend((init, state) => {
      state.pending = [];
      return jsonResponse(
        breakthroughFixture({
          status: 'approved',
          allowedMoves: ['in_progress', 'abandoned'],
          version: 4,
          decision: {
            outcome: 'approved',
            by: { id: BREAKTHROUGH_IDS.coordinator, displayName: 'Claire Coordinatrice' },
            at: '2025-03-02T09:00:00.000Z',
            comment: String((bodyOf(init) as { comment?: string }).comment),
          },
        }),
      );
    });
    renderWithProviders(<ApprovalQueueRoute />, { me: coordinator });

    const item = await screen.findByRole('listitem', { name: 'Reprise de la dette de loyer' });
    expect(screen.getByText('En attente de validation : 1')).toBeTruthy();
    expect(within(item).getByText('Amina Benali · MEN-2025-0042')).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Approuver' }));
    await user.type(within(item).getByLabelText(/Commentaire de validation/), 'Budget percée 2025, ligne logement');
    await user.click(within(item).getByRole('button', { name: "Confirmer l'approbation" }));

    expect(await screen.findByText('La percée « Reprise de la dette de loyer » a été approuvée.')).toBeTruthy();
    const [call] = transitionCalls(fetchMock);
    expect(bodyOf(call?.[1])).toEqual({ to: 'approved', comment: 'Budget percée 2025, ligne logement' });
    expect(new Headers(call?.[1]?.headers).get('If-Match')).toBe('"3"');
    // The queue is reloaded: nothing left to sign off.
    expect(await screen.findByText('Aucune percée en attente de validation.')).toBeTruthy();
  }, 30_000);

  it('shows the 403 problem when the API refuses the sign-off', async () => {
    const user = userEvent.setup();
    queueBackend(() =>
      problemResponse(403, { title: 'Forbidden', detail: 'Only a coordinator approves a breakthrough' }),
    );
    renderWithProviders(<ApprovalQueueRoute />, { me: coordinator });

    const item = await screen.findByRole('listitem', { name: 'Reprise de la dette de loyer' });
    await user.click(within(item).getByRole('button', { name: 'Approuver' }));
    await user.click(within(item).getByRole('button', { name: "Confirmer l'approbation" }));

    const alert = await within(item).findByRole('alert');
    expect(alert.textContent).toContain('Action réservée aux coordinateur·rices');
    expect(alert.textContent).toContain('Seul·e un·e coordinateur·rice peut approuver une percée.');
    // Still in the queue.
    expect(screen.getByRole('listitem', { name: 'Reprise de la dette de loyer' })).toBeTruthy();
  }, 30_000);

  it('asks for a reason to reject, and shows the moves really allowed on a 409', async () => {
    const user = userEvent.setup();
    const fetchMock = queueBackend(() =>
      problemResponse(409, {
        type: problemType('illegal-transition'),
        title: 'Conflict',
        detail: 'A breakthrough cannot move from approved to abandoned',
        from: 'approved',
        allowedMoves: ['in_progress', 'abandoned'],
      }),
    );
    renderWithProviders(<ApprovalQueueRoute />, { me: coordinator });

    const item = await screen.findByRole('listitem', { name: 'Reprise de la dette de loyer' });
    await user.click(within(item).getByRole('button', { name: 'Refuser' }));
    await user.click(within(item).getByRole('button', { name: 'Confirmer le refus' }));
    expect(await within(item).findByText('Indiquez un motif.')).toBeTruthy();
    expect(within(item).getByLabelText('Motif du refus').getAttribute('aria-invalid')).toBe('true');
    expect(transitionCalls(fetchMock)).toHaveLength(0);

    await user.type(within(item).getByLabelText('Motif du refus'), 'Hors budget : voir le fonds social');
    await user.click(within(item).getByRole('button', { name: 'Confirmer le refus' }));

    const alert = await within(item).findByRole('alert');
    expect(alert.textContent).toContain("Ce changement n'est pas possible : la percée est « Approuvée ».");
    expect(alert.textContent).toContain('Statuts possibles : En cours, Abandonnée.');
    expect(bodyOf(transitionCalls(fetchMock)[0]?.[1])).toEqual({
      to: 'abandoned',
      comment: 'Hors budget : voir le fonds social',
    });
  }, 30_000);

  it('shows admins the queue without the sign-off (coordinators hold the budget)', async () => {
    queueBackend(() => jsonResponse({}));
    renderWithProviders(<ApprovalQueueRoute />, { me: testUser({ role: 'admin' }) });
    const item = await screen.findByRole('listitem', { name: 'Reprise de la dette de loyer' });
    expect(screen.getByText(/Seul·es les coordinateur·rices valident les percées/)).toBeTruthy();
    expect(within(item).queryByRole('button', { name: 'Approuver' })).toBeNull();
    await waitFor(() => expect(within(item).queryByRole('button', { name: 'Refuser' })).toBeNull());
  }, 30_000);
});
