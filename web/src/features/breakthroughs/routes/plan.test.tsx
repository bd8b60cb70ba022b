import type { Plan, PlanVersion } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  BREAKTHROUGH_IDS,
  bodyOf,
  breakthroughFixture,
  caseFixture,
  IDS,
  problemType,
  programFixture,
} from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import PlanRoute from './plan';

const CASE_URL = `/api/v1/cases/${IDS.case}`;
const PLAN_URL = `${CASE_URL}/plan`;

const planFixture = (overrides: Partial<Plan> = {}): Plan => ({
  id: BREAKTHROUGH_IDS.plan,
  caseId: IDS.case,
  status: 'active',
  allowedMoves: ['completed'],
  goals: [{ domain: 'housing', text: 'Garder le logement' }],
  deadlocks: [{ kind: 'debt', description: 'Pas de médiation de dettes sans suivi psychologique' }],
  createdBy: IDS.worker,
  createdAt: '2025-02-01T10:00:00.000Z',
  activatedAt: '2025-02-10T10:00:00.000Z',
  completedAt: null,
  updatedAt: '2025-02-10T10:00:00.000Z',
  version: 5,
  ...overrides,
});

function backend(plan: Plan | null, handlers: { [url: string]: (init: RequestInit) => Response } = {}) {
  return mockFetch((url, init) => {
    const handler = handlers[`${init.method ?? 'GET'} ${url}`];
    if (handler) return handler(init);
    if (url === '/api/v1/programs?limit=200') {
      return pageResponse([programFixture({ id: BREAKTHROUGH_IDS.program, method: 'breakthrough' })]);
    }
    if (url === CASE_URL) return jsonResponse(caseFixture({ programId: BREAKTHROUGH_IDS.program }));
    if (url === PLAN_URL) return plan ? jsonResponse(plan) : problemResponse(404, { title: 'Not Found' });
    if (url.startsWith(`${PLAN_URL}/versions?`)) return jsonResponse({ items: [], nextCursor: null });
    // The board is served in two pages: it must follow the cursor to show both.
    if (url === `${CASE_URL}/breakthroughs?limit=200`) {
      return jsonResponse({ items: [breakthroughFixture()], nextCursor: 'page-2' });
    }
    if (url === `${CASE_URL}/breakthroughs?limit=200&cursor=page-2`) {
      return jsonResponse({
        items: [
          breakthroughFixture({
            id: '00000000-0000-4000-8000-0000000000b3',
            title: 'Manuels scolaires',
            status: 'achieved',
            allowedMoves: [],
            realised: { ...breakthroughFixture().expected, referenceDate: '2025-05-01', netAvoidedCents: 123_400 },
          }),
        ],
        nextCursor: null,
      });
    }
    return problemResponse(404, { title: 'Not Found' });
  });
}

function renderPlan() {
  return renderWithProviders(
    <Routes>
      <Route path="/cases/:caseId/plan" element={<PlanRoute />} />
    </Routes>,
    { me: testUser(), route: `/cases/${IDS.case}/plan` },
  );
}

describe('breakthrough plan', () => {
  it('shows the goals, the deadlocks and the board of breakthroughs by status', async () => {
    backend(planFixture());
    renderPlan();

    expect(await screen.findByRole('heading', { level: 1, name: /Plan de percée de Amina Benali/ })).toBeTruthy();
    expect(screen.getByText('Garder le logement')).toBeTruthy();
    expect(screen.getByText('Pas de médiation de dettes sans suivi psychologique')).toBeTruthy();

    const proposed = await screen.findByRole('region', { name: 'Proposée (1)' });
    expect(within(proposed).getByRole('link', { name: 'Reprise de la dette de loyer' }).getAttribute('href')).toBe(
      `/cases/${IDS.case}/plan/breakthroughs/${BREAKTHROUGH_IDS.breakthrough}`,
    );
    expect(within(proposed).getByText('Validation attendue')).toBeTruthy();
    const achieved = screen.getByRole('region', { name: 'Réalisée (1)' });
    expect(within(achieved).getByText(/Coût évité net réalisé : 1\s234,00\s€/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Proposer une percée' }).getAttribute('href')).toBe(
      `/cases/${IDS.case}/plan/breakthroughs/new`,
    );
  }, 30_000);

  it('completes the plan with If-Match, and says why not while breakthroughs are open', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(planFixture(), {
      [`POST ${PLAN_URL}/transitions`]: () =>
        problemResponse(409, {
          type: problemType('open-breakthroughs'),
          title: 'Conflict',
          detail: 'Achieve or abandon every breakthrough of the plan before completing it',
        }),
    });
    renderPlan();

    await user.click(await screen.findByRole('button', { name: 'Terminer le plan' }));
    await user.type(screen.getByLabelText(/Note/), 'Objectifs atteints');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Réalisez ou abandonnez chaque percée du plan avant de le terminer.',
    );
    const post = fetchMock.mock.calls.find(
      ([url, init]) => url === `${PLAN_URL}/transitions` && init?.method === 'POST',
    );
    expect(new Headers(post?.[1]?.headers).get('If-Match')).toBe('"5"');
    expect(bodyOf(post?.[1])).toEqual({ to: 'completed', note: 'Objectifs atteints' });
  }, 30_000);

  it('revises the goals with If-Match', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(planFixture(), {
      [`PATCH ${PLAN_URL}`]: (init) => jsonResponse({ ...planFixture(), ...(bodyOf(init) as object), version: 6 }),
    });
    renderPlan();

    await user.click(await screen.findByRole('button', { name: 'Modifier le plan' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un objectif' }));
    const goal2 = within(screen.getByRole('group', { name: 'Objectif 2' }));
    await user.selectOptions(goal2.getByLabelText('Domaine de vie'), 'debt');
    await user.type(goal2.getByLabelText('Objectif'), 'Plan de remboursement accepté');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le plan' }));

    expect(await screen.findByText('Le plan a été enregistré (une nouvelle version est conservée).')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(new Headers(patch?.[1]?.headers).get('If-Match')).toBe('"5"');
    expect(bodyOf(patch?.[1])).toEqual({
      goals: [
        { domain: 'housing', text: 'Garder le logement' },
        { domain: 'debt', text: 'Plan de remboursement accepté' },
      ],
      deadlocks: [{ kind: 'debt', description: 'Pas de médiation de dettes sans suivi psychologique' }],
    });
    expect(await screen.findByText('Plan de remboursement accepté')).toBeTruthy();
  }, 30_000);

  it('shows the versions of the plan newest first, and the older ones on "show more"', async () => {
    const user = userEvent.setup();
    const version = (number: number, change: PlanVersion['change']): PlanVersion => ({
      version: number,
      change,
      status: 'draft',
      goals: [{ domain: 'housing', text: `Objectif de la version ${number}` }],
      deadlocks: [],
      changedBy: { id: IDS.worker, displayName: 'Luc Martin' },
      changedAt: `2025-02-0${number}T10:00:00.000Z`,
    });
    const fetchMock = backend(planFixture(), {
      [`GET ${PLAN_URL}/versions?limit=20`]: () =>
        jsonResponse({ items: [version(3, 'revised'), version(2, 'revised')], nextCursor: 'after-2' }),
      [`GET ${PLAN_URL}/versions?limit=20&cursor=after-2`]: () =>
        jsonResponse({ items: [version(1, 'created')], nextCursor: null }),
    });
    renderPlan();

    const versions = await screen.findByRole('region', { name: 'Versions du plan' });
    const summaries = () =>
      within(versions)
        .getAllByText(/^Version \d/)
        .map((node) => node.textContent?.slice(0, 9));
    await within(versions).findByText(/^Version 3 · Révision/);
    expect(summaries()).toEqual(['Version 3', 'Version 2']);

    await user.click(within(versions).getByRole('button', { name: 'Afficher plus' }));
    await within(versions).findByText(/^Version 1 · Création/);
    expect(summaries()).toEqual(['Version 3', 'Version 2', 'Version 1']);
    expect(within(versions).queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${PLAN_URL}/versions?limit=20&cursor=after-2`);
  }, 30_000);

  it('opens the plan of a case that has none yet', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(null, {
      [`POST ${PLAN_URL}`]: () =>
        jsonResponse(planFixture({ status: 'draft', allowedMoves: ['active'], goals: [], deadlocks: [] }), {
          status: 201,
        }),
    });
    renderPlan();

    await user.click(await screen.findByRole('button', { name: 'Ouvrir le plan de percée' }));
    expect(await screen.findByRole('button', { name: 'Activer le plan (convenu avec le ménage)' })).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url, init]) => url === PLAN_URL && init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({ goals: [], deadlocks: [] });
  }, 30_000);
});
