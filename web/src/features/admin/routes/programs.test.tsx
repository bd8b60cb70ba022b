import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf, programFixture } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import ProgramsRoute from './programs';

const LIST_URL = '/api/v1/programs?includeInactive=true&limit=200';
const PROGRAM = programFixture();
const OLD = programFixture({ id: '00000000-0000-4000-8000-00000000cafe', name: 'Ancien programme', active: false });

describe('programs administration (admins)', () => {
  it('lists every program with its settings, inactive ones included', async () => {
    mockFetch((url) =>
      url === LIST_URL ? pageResponse([PROGRAM, OLD]) : problemResponse(404, { title: 'Not Found' }),
    );
    renderWithProviders(<ProgramsRoute />, { me: testUser({ role: 'admin' }) });

    const row = (await screen.findByRole('rowheader', { name: /Case management Héberge Toit/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('Case management', { selector: 'td' })).toBeTruthy();
    expect(within(row).getByText('10 par travailleur')).toBeTruthy();
    expect(within(row).getByText('14 jours')).toBeTruthy();
    expect(within(row).getByText('En rue depuis moins de 6 mois')).toBeTruthy();
    const old = screen.getByRole('rowheader', { name: /Ancien programme/ }).closest('tr') as HTMLElement;
    expect(within(old).getByRole('button', { name: /Activer/ })).toBeTruthy();
  });

  it('creates a program with the shared schema: types, checklist, empty duration as none', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url, init) => {
      if (url === '/api/v1/programs' && init.method === 'POST') {
        return jsonResponse(programFixture({ name: 'Logement d’abord' }), { status: 201 });
      }
      if (url === LIST_URL) return pageResponse([PROGRAM]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<ProgramsRoute />, { me: testUser({ role: 'admin' }) });

    await user.click(await screen.findByRole('button', { name: 'Nouveau programme' }));
    // Nothing named, no type: the shared schema refuses, nothing is sent.
    await user.click(screen.getByLabelText('Case management', { selector: 'input' }));
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByLabelText('Nom'), 'Logement d’abord');
    await user.selectOptions(screen.getByLabelText('Méthode'), 'housing_support_asll');
    await user.clear(screen.getByLabelText('Situations par travailleur'));
    await user.type(screen.getByLabelText('Situations par travailleur'), '8');
    await user.click(screen.getByLabelText('Recherche de logement', { selector: 'input' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un critère' }));
    await user.type(screen.getByLabelText('Code (Critère 1)'), 'street');
    await user.type(screen.getByLabelText('Critère (Critère 1)'), 'Sans logement');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Le programme « Logement d’abord » a été créé.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toEqual({
      name: 'Logement d’abord',
      method: 'housing_support_asll',
      caseloadLimit: 8,
      contactIntervalDays: 14,
      expectedDurationMonths: null,
      accompanimentTypes: ['housing_search'],
      eligibilityChecklist: [{ code: 'street', label: 'Sans logement' }],
    });
  }, 30_000);

  it('edits a program and shows the server’s field errors under the field', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const fetchMock = mockFetch((url, init) => {
      if (url === `/api/v1/programs/${PROGRAM.id}` && init.method === 'PATCH') {
        return attempts++ === 0
          ? problemResponse(400, {
              title: 'Bad Request',
              errors: [{ path: 'body.contactIntervalDays', message: 'Too big: expected number to be <=365' }],
            })
          : jsonResponse({ ...PROGRAM, contactIntervalDays: 21, expectedDurationMonths: 12 });
      }
      if (url === LIST_URL) return pageResponse([PROGRAM]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<ProgramsRoute />, { me: testUser({ role: 'admin' }) });

    await user.click(await screen.findByRole('button', { name: /Modifier.*Case management Héberge Toit/ }));
    expect((screen.getByLabelText('Nom') as HTMLInputElement).value).toBe(PROGRAM.name);
    expect((screen.getByLabelText('Code (Critère 2)') as HTMLInputElement).value).toBe('street.lt6m');
    await user.clear(screen.getByLabelText('Intervalle entre contacts (jours)'));
    await user.type(screen.getByLabelText('Intervalle entre contacts (jours)'), '21');
    await user.type(screen.getByLabelText(/Durée prévue/), '12');
    await user.click(screen.getByRole('button', { name: 'Retirer le critère 2' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Le formulaire contient des erreurs/)).toBeTruthy();
    expect(screen.getByLabelText('Intervalle entre contacts (jours)').getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Le programme « Case management Héberge Toit » a été modifié.')).toBeTruthy();
    const patches = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
    expect(bodyOf(patches[1]?.[1])).toMatchObject({
      contactIntervalDays: 21,
      expectedDurationMonths: 12,
      eligibilityChecklist: [{ code: 'real_request', label: 'La personne formule une demande réelle' }],
    });
  }, 30_000);
});
