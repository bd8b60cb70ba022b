import type { Objective } from '@percee/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseFixture, IDS } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { ObjectivesSection } from './objectives-section';

const OBJECTIVES_URL = `/api/v1/cases/${IDS.case}/objectives`;
const EVALUATIONS_URL = `/api/v1/cases/${IDS.case}/objective-evaluations`;

const objective = (overrides: Partial<Objective> = {}): Objective => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  caseId: IDS.case,
  round: 1,
  setInRound: 1,
  carriedOver: false,
  domain: 'housing',
  text: 'Trouver un deux-pièces avant l’hiver',
  actions: [{ description: 'S’inscrire au logement social', by: 'person', partnerServiceId: null }],
  dueOn: '2027-01-31',
  status: 'open',
  breakthroughId: null,
  agreement: null,
  lastOutcome: null,
  createdBy: IDS.worker,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 1,
  ...overrides,
});

/** A small in-memory API: the objectives list answers what was recorded. */
function objectivesApi(initial: Objective[]) {
  const state = { objectives: [...initial], posted: [] as { url: string; body: unknown }[] };
  const fetchMock = mockFetch((url, init) => {
    if (url === '/api/v1/partner-services?limit=200') return pageResponse([]);
    if (url === `${OBJECTIVES_URL}?limit=50` && (init.method ?? 'GET') === 'GET') return pageResponse(state.objectives);
    if (init.method === 'POST') {
      const body = JSON.parse(String(init.body));
      state.posted.push({ url, body });
      if (url === OBJECTIVES_URL) {
        const created = objective({ id: '00000000-0000-4000-8000-0000000000c2', ...body });
        state.objectives.push(created);
        return jsonResponse(created, { status: 201 });
      }
      if (url === EVALUATIONS_URL) {
        state.objectives = state.objectives.map((o) => ({ ...o, status: body.outcomes[0].outcome }));
        return jsonResponse(
          { id: '00000000-0000-4000-8000-0000000000e1', caseId: IDS.case, round: 1, ...body, recordedBy: IDS.worker },
          { status: 201 },
        );
      }
    }
    return problemResponse(404, { title: 'Not Found' });
  });
  return { state, fetchMock };
}

describe('objectives agreed with the person, on the case page', () => {
  it('adds an objective with its action and due date in the planning stage', async () => {
    const user = userEvent.setup();
    const { state } = objectivesApi([]);
    renderWithProviders(<ObjectivesSection caseItem={caseFixture({ stage: 'planning' })} />, { me: testUser() });

    expect(await screen.findByText(/Aucun objectif n’a encore été convenu/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/^Domaine de vie/), 'finances');
    await user.type(screen.getByLabelText(/^Objectif/), 'Un plan de remboursement');
    await user.type(screen.getByLabelText(/^Échéance/), '2027-03-31');
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    await user.type(screen.getByLabelText(/^Action 1/), 'Rassembler les factures');
    await user.selectOptions(screen.getByLabelText(/^Qui/), 'person');
    await user.click(screen.getByRole('button', { name: 'Ajouter l’objectif' }));

    expect(await screen.findByText('L’objectif a été enregistré.')).toBeTruthy();
    expect(state.posted).toEqual([
      {
        url: OBJECTIVES_URL,
        body: {
          domain: 'finances',
          text: 'Un plan de remboursement',
          dueOn: '2027-03-31',
          actions: [{ description: 'Rassembler les factures', by: 'person', partnerServiceId: null }],
        },
      },
    ]);
    // The list is read again: the new objective shows, with its domain and action.
    expect(await screen.findByText('Un plan de remboursement')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Finances/ })).toBeTruthy();
  });

  it('refuses a partner action without its partner service, before sending anything', async () => {
    const user = userEvent.setup();
    const { state } = objectivesApi([]);
    renderWithProviders(<ObjectivesSection caseItem={caseFixture({ stage: 'planning' })} />, { me: testUser() });

    await user.selectOptions(await screen.findByLabelText(/^Domaine de vie/), 'housing');
    await user.type(screen.getByLabelText(/^Objectif/), 'Garder le logement');
    await user.click(screen.getByRole('button', { name: 'Ajouter une action' }));
    await user.type(screen.getByLabelText(/^Action 1/), 'Négocier un plan');
    await user.selectOptions(screen.getByLabelText(/^Qui/), 'partner');
    await user.click(screen.getByRole('button', { name: 'Ajouter l’objectif' }));

    await waitFor(() => expect(screen.getByLabelText(/^Service partenaire/).getAttribute('aria-invalid')).toBe('true'));
    expect(state.posted).toEqual([]);
  });

  it('evaluates the open objectives with the person: an outcome and their satisfaction', async () => {
    const user = userEvent.setup();
    const { state } = objectivesApi([objective()]);
    renderWithProviders(<ObjectivesSection caseItem={caseFixture({ stage: 'evaluation' })} />, { me: testUser() });

    expect(await screen.findByRole('heading', { name: 'Évaluer les objectifs avec la personne' })).toBeTruthy();
    // No outcome chosen: nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’évaluation' }));
    expect(await screen.findByText('Donnez un résultat à au moins un objectif.')).toBeTruthy();
    expect(state.posted).toEqual([]);

    await user.selectOptions(screen.getByLabelText(/^Résultat/), 'reached');
    await user.type(screen.getByLabelText(/^Commentaire/), 'Bail signé');
    await user.selectOptions(screen.getByLabelText(/^Satisfaction de la personne/), '4');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’évaluation' }));

    expect(await screen.findByText('L’évaluation a été enregistrée.')).toBeTruthy();
    expect(state.posted).toHaveLength(1);
    expect(state.posted[0]?.url).toBe(EVALUATIONS_URL);
    expect(state.posted[0]?.body).toMatchObject({
      satisfaction: 4,
      note: null,
      outcomes: [{ objectiveId: objective().id, outcome: 'reached', note: 'Bail signé' }],
    });
    // Reached: no longer open, so nothing left to evaluate, and no edit button.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull());
    expect(screen.getByText('Atteint')).toBeTruthy();
  });
});
