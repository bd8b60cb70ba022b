import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  bodyOf,
  caseFixture,
  IDS,
  problemType,
  programFixture,
  referralFixture,
  teamFixture,
} from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { AcceptPanel } from './accept-form';

const ACCEPT_URL = `/api/v1/referrals/${IDS.referral}/accept`;

function backend(accept: (call: number, init: RequestInit) => Response) {
  let calls = 0;
  return mockFetch((url, init) => {
    if (url === '/api/v1/programs?limit=200') return pageResponse([programFixture()]);
    if (url === '/api/v1/team?limit=200') return pageResponse(teamFixture());
    if (url === ACCEPT_URL && init.method === 'POST') return accept(++calls, init);
    return problemResponse(404, { title: 'Not Found' });
  });
}

const acceptCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([url]) => url === ACCEPT_URL).map(([, init]) => bodyOf(init));

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  // The referral's program is preselected; its accompaniment types and checklist follow.
  expect(((await screen.findByLabelText('Programme')) as HTMLSelectElement).value).toBe(IDS.program);
  await user.selectOptions(screen.getByLabelText('Référent·e'), IDS.worker);
  await user.selectOptions(screen.getByLabelText("Type d'accompagnement"), 'housing_search');
  await user.click(screen.getByLabelText('La personne formule une demande réelle'));
  await user.click(screen.getByLabelText('En rue depuis moins de 6 mois'));
}

describe('accepting a referral', () => {
  it('lists the team with their open cases and the accompaniment types of the program', async () => {
    backend(() => jsonResponse({}));
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });
    const worker = (await screen.findByLabelText('Référent·e')) as HTMLSelectElement;
    expect([...worker.options].map((option) => option.textContent)).toEqual([
      'Choisir…',
      'Luc Martin — dossiers ouverts : 10 · limite atteinte',
      'Sofia Peeters — dossiers ouverts : 4',
    ]);
    const types = screen.getByLabelText("Type d'accompagnement") as HTMLSelectElement;
    expect([...types.options].map((option) => option.value)).toEqual(['', 'case_management', 'housing_search']);
  });

  it('offers every worker of a team longer than one page of the API', async () => {
    const [first, second] = teamFixture();
    mockFetch((url) => {
      if (url === '/api/v1/programs?limit=200') return pageResponse([programFixture()]);
      if (url === '/api/v1/team?limit=200') return pageResponse([first], 'after-luc');
      if (url === '/api/v1/team?limit=200&cursor=after-luc') return pageResponse([second]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });
    const worker = (await screen.findByLabelText('Référent·e')) as HTMLSelectElement;
    await waitFor(() =>
      expect([...worker.options].map((option) => option.value)).toEqual(['', IDS.worker, IDS.otherWorker]),
    );
  });

  it('sends the right body, then offers a caseload override with a reason when the worker is full', async () => {
    const user = userEvent.setup();
    const onAccepted = vi.fn();
    const opened = caseFixture({ stage: 'intake' });
    const fetchMock = backend((call) =>
      call === 1
        ? problemResponse(409, {
            type: problemType('caseload-full'),
            title: 'Conflict',
            detail: 'This worker already has 10 open cases (limit 10)',
            caseload: 10,
            caseloadLimit: 10,
          })
        : jsonResponse({ referral: referralFixture({ status: 'accepted', caseId: opened.id }), case: opened }),
    );
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={onAccepted} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });

    await fillIn(user);
    expect(screen.queryByLabelText('Raison du dépassement')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Accepter et ouvrir le dossier' }));

    // Caseload full: the coordinator is told why, and may override with a reason.
    expect(await screen.findByText('Portefeuille complet')).toBeTruthy();
    expect(
      screen.getByText(
        'Luc Martin suit déjà 10 dossiers ouverts (limite du programme : 10). Une coordinatrice ou un coordinateur peut dépasser la limite en donnant une raison.',
      ),
    ).toBeTruthy();
    expect(acceptCalls(fetchMock)).toEqual([
      {
        programId: IDS.program,
        primaryWorkerId: IDS.worker,
        accompanimentType: 'housing_search',
        eligibility: { real_request: true, 'street.lt6m': true },
      },
    ]);
    expect(onAccepted).not.toHaveBeenCalled();

    // The override needs its reason.
    await user.click(screen.getByRole('button', { name: 'Attribuer malgré tout' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(acceptCalls(fetchMock)).toHaveLength(1);

    await user.type(screen.getByLabelText('Raison du dépassement'), 'Continuité : Luc connaît déjà la famille');
    await user.click(screen.getByRole('button', { name: 'Attribuer malgré tout' }));

    await waitFor(() => expect(onAccepted).toHaveBeenCalledTimes(1));
    expect(acceptCalls(fetchMock)[1]).toEqual({
      programId: IDS.program,
      primaryWorkerId: IDS.worker,
      accompanimentType: 'housing_search',
      eligibility: { real_request: true, 'street.lt6m': true },
      caseloadOverrideReason: 'Continuité : Luc connaît déjà la famille',
    });
    expect(onAccepted.mock.calls[0]?.[0].case.id).toBe(opened.id);
  });

  it('tells an admin the worker is full without offering an override (only coordinators may)', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(() =>
      problemResponse(409, { type: problemType('caseload-full'), title: 'Conflict', caseload: 10, caseloadLimit: 10 }),
    );
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'admin' }),
    });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Accepter et ouvrir le dossier' }));

    expect(await screen.findByText('Portefeuille complet')).toBeTruthy();
    expect(
      screen.getByText('Choisissez un·e autre référent·e, ou demandez à une coordinatrice ou un coordinateur.'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Raison du dépassement')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Attribuer malgré tout' })).toBeNull();

    // Another worker with room: the warning goes away.
    await user.selectOptions(screen.getByLabelText('Référent·e'), IDS.otherWorker);
    expect(screen.queryByText('Portefeuille complet')).toBeNull();
    expect(acceptCalls(fetchMock)).toHaveLength(1);
  });

  it('does not accept while an eligibility criterion is not met', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(() => jsonResponse({}));
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });
    await screen.findByLabelText('Référent·e');
    await user.selectOptions(screen.getByLabelText('Référent·e'), IDS.otherWorker);
    await user.selectOptions(screen.getByLabelText("Type d'accompagnement"), 'case_management');
    await user.click(screen.getByLabelText('La personne formule une demande réelle'));
    await user.click(screen.getByRole('button', { name: 'Accepter et ouvrir le dossier' }));

    expect(await screen.findByText('Ce critère doit être rempli pour accepter.')).toBeTruthy();
    expect(screen.getByLabelText('En rue depuis moins de 6 mois').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(acceptCalls(fetchMock)).toHaveLength(0);
  });

  it('changes the accompaniment types and the checklist with the program', async () => {
    const user = userEvent.setup();
    const other = programFixture({
      id: '00000000-0000-4000-8000-0000000000e2',
      name: 'ASLL Drôme',
      method: 'housing_support_asll',
      accompanimentTypes: ['housing_keeping'],
      eligibilityChecklist: [],
    });
    mockFetch((url) => {
      if (url === '/api/v1/programs?limit=200') return pageResponse([programFixture(), other]);
      if (url === '/api/v1/team?limit=200') return pageResponse(teamFixture());
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<AcceptPanel referral={referralFixture()} onAccepted={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'coordinator' }),
    });
    await user.selectOptions(await screen.findByLabelText('Programme'), other.id);

    expect((screen.getByLabelText("Type d'accompagnement") as HTMLSelectElement).value).toBe('housing_keeping');
    expect(screen.queryByLabelText('La personne formule une demande réelle')).toBeNull();
    expect(screen.getByText("Ce programme n'a pas de critère d'éligibilité.")).toBeTruthy();
  });
});
