import type { Case } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, caseFixture, IDS, problemType } from '../../../test/fixtures';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { caseQueryOptions } from '../api';
import { StageStepper } from './stage-stepper';
import { TransitionPanel } from './transition-panel';

const TRANSITIONS_URL = `/api/v1/cases/${IDS.case}/transitions`;
const transitionCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([url]) => url === TRANSITIONS_URL);

function renderCase(caseItem = caseFixture()) {
  return renderWithProviders(
    <>
      <StageStepper stage={caseItem.stage} />
      <TransitionPanel caseItem={caseItem} />
    </>,
    { me: testUser() },
  );
}

const CASE_URL = `/api/v1/cases/${IDS.case}`;

/** As on the case page: the panel shows the case as loaded (and reloaded) from the API. */
function LiveCase() {
  const query = useQuery(caseQueryOptions(IDS.case));
  if (!query.data) return null;
  return (
    <>
      <StageStepper stage={query.data.stage} />
      <TransitionPanel caseItem={query.data} />
    </>
  );
}

/** A backend whose case is `loads[n]` on the n-th GET (the last one after that). */
function caseBackend(loads: Case[], onTransition: () => Response) {
  let gets = 0;
  return mockFetch((url) => {
    if (url === TRANSITIONS_URL) return onTransition();
    if (url === CASE_URL) return jsonResponse(loads[Math.min(gets++, loads.length - 1)]);
    return problemResponse(404, { title: 'Not Found' });
  });
}

/** The stage-change buttons (the one group of moves). */
const moveButtons = () =>
  within(screen.getByRole('group', { name: "Changer d'étape" }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('stage stepper and transitions', () => {
  it('shows the six stages with the current one, and offers only the moves the API allows', () => {
    mockFetch(() => jsonResponse({}));
    renderCase(caseFixture({ stage: 'planning', allowedMoves: ['monitoring', 'exit'] }));

    const steps = within(screen.getByRole('list', { name: 'Étapes du suivi' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '✓Admission – étape franchie',
      '✓Diagnostic – étape franchie',
      '3Planification – étape en cours',
      '4Suivi',
      '5Évaluation',
      '⏏Sortie',
    ]);
    expect(steps[2]?.getAttribute('aria-current')).toBe('step');
    expect(steps.filter((step) => step.hasAttribute('aria-current'))).toHaveLength(1);

    expect(moveButtons()).toEqual(['Passer à l’étape « Suivi »', 'Clôturer le suivi (sortie)']);
  });

  it('offers re-assessment from evaluation', () => {
    mockFetch(() => jsonResponse({}));
    renderCase(caseFixture({ stage: 'evaluation', allowedMoves: ['assessment', 'exit'] }));
    expect(moveButtons()).toEqual(['Réévaluer (retour au diagnostic)', 'Clôturer le suivi (sortie)']);
  });

  it('sends the move with If-Match and, on 409, shows the moves really allowed', async () => {
    const user = userEvent.setup();
    // Someone else already moved the case to monitoring.
    const fetchMock = caseBackend(
      [caseFixture(), caseFixture({ stage: 'monitoring', allowedMoves: ['evaluation', 'exit'], version: 8 })],
      () =>
        problemResponse(409, {
          type: problemType('illegal-transition'),
          title: 'Conflict',
          detail: 'A case cannot move from monitoring to monitoring',
          from: 'monitoring',
          allowedMoves: ['evaluation', 'exit'],
        }),
    );
    renderWithProviders(<LiveCase />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: 'Passer à l’étape « Suivi »' }));
    await user.type(screen.getByLabelText(/Note/), 'Plan signé avec Mme Benali');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Ce changement n'est pas possible : le dossier est à l'étape « Suivi ».");
    expect(alert.textContent).toContain('Étapes possibles : Évaluation, Sortie.');

    const [call] = transitionCalls(fetchMock);
    expect(call?.[1]?.method).toBe('POST');
    expect(new Headers(call?.[1]?.headers).get('If-Match')).toBe('"7"');
    expect(bodyOf(call?.[1])).toEqual({ to: 'monitoring', note: 'Plan signé avec Mme Benali' });
    // The case is reloaded: the stepper and the buttons follow the real stage.
    await waitFor(() =>
      expect(moveButtons()).toEqual(['Passer à l’étape « Évaluation »', 'Clôturer le suivi (sortie)']),
    );
    expect(screen.getByText('Suivi').closest('li')?.getAttribute('aria-current')).toBe('step');
  });

  it('asks for a closure reason to exit', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() =>
      jsonResponse(
        caseFixture({
          stage: 'exit',
          allowedMoves: [],
          closedAt: '2025-03-01T10:00:00.000Z',
          closureReason: 'moved_away',
        }),
      ),
    );
    renderCase();

    await user.click(screen.getByRole('button', { name: 'Clôturer le suivi (sortie)' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByText('Choisissez un motif de clôture.')).toBeTruthy();
    expect(transitionCalls(fetchMock)).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Motif de clôture'), 'moved_away');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText("Le dossier est passé à l'étape « Sortie ».")).toBeTruthy();
    expect(bodyOf(transitionCalls(fetchMock)[0]?.[1])).toEqual({ to: 'exit', note: null, closureReason: 'moved_away' });
  });

  it('on 412, says someone else changed the case and offers to reload it', async () => {
    const user = userEvent.setup();
    const fetchMock = caseBackend([caseFixture(), caseFixture({ version: 9 })], () =>
      problemResponse(412, { type: problemType('stale'), title: 'Precondition Failed' }),
    );
    renderWithProviders(<LiveCase />, { me: testUser() });

    await user.click(await screen.findByRole('button', { name: 'Passer à l’étape « Suivi »' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText('Données modifiées entre-temps')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(fetchMock.mock.calls.filter(([url]) => url === CASE_URL)).toHaveLength(2));
    expect(screen.queryByText('Données modifiées entre-temps')).toBeNull();

    // The next attempt uses the version just loaded.
    await user.click(screen.getByRole('button', { name: 'Passer à l’étape « Suivi »' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(transitionCalls(fetchMock)).toHaveLength(2));
    expect(new Headers(transitionCalls(fetchMock)[1]?.[1]?.headers).get('If-Match')).toBe('"9"');
  });
});
