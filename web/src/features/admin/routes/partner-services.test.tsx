import type { PartnerService } from '@percee/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../test/fixtures';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import PartnerServicesRoute from './partner-services';

const LIST_URL = '/api/v1/partner-services?limit=200';
const ADMIN_URL = '/api/v1/admin/partner-services';

const SERVICE: PartnerService = {
  id: '00000000-0000-4000-8000-0000000000b7',
  name: 'Relais Santé Namur',
  description: 'Accès aux soins pour les personnes sans abri',
  active: true,
  createdAt: '2025-01-15T09:00:00.000Z',
};
const OLD: PartnerService = {
  id: '00000000-0000-4000-8000-0000000000b8',
  name: 'Ancien service logement',
  description: null,
  active: false,
  createdAt: '2024-03-01T09:00:00.000Z',
};

const methodOf = (method: string) => (call: [unknown, RequestInit?]) => call[1]?.method === method;

describe('partner services administration (admins)', () => {
  it('lists every service, inactive ones included, with its description and status', async () => {
    mockFetch((url) =>
      url === LIST_URL ? pageResponse([OLD, SERVICE]) : problemResponse(404, { title: 'Not Found' }),
    );
    renderWithProviders(<PartnerServicesRoute />, { me: testUser({ role: 'admin' }) });

    expect(screen.getByText(/destinataires des données dans le registre des consentements/)).toBeTruthy();
    const row = (await screen.findByRole('rowheader', { name: /Relais Santé Namur/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Accès aux soins pour les personnes sans abri')).toBeTruthy();
    expect(within(row).getByText('Actif')).toBeTruthy();
    expect(within(row).getByRole('button', { name: /Modifier.*Relais Santé Namur/ })).toBeTruthy();
    expect(within(row).getByRole('button', { name: /Désactiver.*Relais Santé Namur/ })).toBeTruthy();
    const old = screen.getByRole('rowheader', { name: /Ancien service logement/ }).closest('tr') as HTMLElement;
    expect(within(old).getByText('Inactif')).toBeTruthy();
    expect(within(old).getByRole('button', { name: /Activer.*Ancien service logement/ })).toBeTruthy();
  });

  it('creates a service with the shared schema, an empty description sent as null', async () => {
    const user = userEvent.setup();
    let created = false;
    const fetchMock = mockFetch((url, init) => {
      if (url === ADMIN_URL && init.method === 'POST') {
        created = true;
        return jsonResponse(
          {
            ...SERVICE,
            id: '00000000-0000-4000-8000-0000000000b9',
            name: 'Maison de la Parentalité',
            description: null,
          },
          { status: 201 },
        );
      }
      if (url === LIST_URL) return pageResponse(created ? [SERVICE] : []);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<PartnerServicesRoute />, { me: testUser({ role: 'admin' }) });

    expect(await screen.findByText("Aucun service partenaire n'a encore été créé.")).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nouveau service partenaire' }));
    // No name: the shared schema refuses, nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(fetchMock.mock.calls.filter(methodOf('POST'))).toHaveLength(0);

    await user.type(screen.getByLabelText('Nom'), 'Maison de la Parentalité');
    await user.type(screen.getByLabelText(/Description/), '   ');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Le service « Maison de la Parentalité » a été créé.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(methodOf('POST'));
    expect(post?.[0]).toBe(ADMIN_URL);
    expect(bodyOf(post?.[1])).toEqual({ name: 'Maison de la Parentalité', description: null });
  });

  it('edits a service and shows the server’s field error under the field', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const fetchMock = mockFetch((url, init) => {
      if (url === `${ADMIN_URL}/${SERVICE.id}` && init.method === 'PATCH') {
        return attempts++ === 0
          ? problemResponse(400, {
              title: 'Bad Request',
              errors: [{ path: 'body.description', message: 'Description refusée par le serveur' }],
            })
          : jsonResponse({ ...SERVICE, name: 'Relais Santé', description: 'Soins de première ligne' });
      }
      if (url === LIST_URL) return pageResponse([SERVICE]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<PartnerServicesRoute />, { me: testUser({ role: 'admin' }) });

    await user.click(await screen.findByRole('button', { name: /Modifier.*Relais Santé Namur/ }));
    expect(screen.getByRole('heading', { name: 'Modifier le service « Relais Santé Namur »' })).toBeTruthy();
    const name = screen.getByLabelText('Nom') as HTMLInputElement;
    const description = screen.getByLabelText(/Description/) as HTMLTextAreaElement;
    expect(name.value).toBe(SERVICE.name);
    expect(description.value).toBe(SERVICE.description);
    await user.clear(name);
    await user.type(name, 'Relais Santé');
    await user.clear(description);
    await user.type(description, 'Soins de première ligne');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Description refusée par le serveur')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(screen.getByLabelText(/Description/).getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Le service « Relais Santé » a été mis à jour.')).toBeTruthy();
    const patches = fetchMock.mock.calls.filter(methodOf('PATCH'));
    expect(patches).toHaveLength(2);
    expect(bodyOf(patches[1]?.[1])).toEqual({ name: 'Relais Santé', description: 'Soins de première ligne' });
  });

  it('shows a name already taken (409) under the name', async () => {
    const user = userEvent.setup();
    mockFetch((url, init) => {
      if (url === ADMIN_URL && init.method === 'POST') {
        return problemResponse(409, {
          title: 'Conflict',
          type: 'urn:percee:problem:name-taken',
          detail: 'A partner service with this name exists',
        });
      }
      if (url === LIST_URL) return pageResponse([SERVICE]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<PartnerServicesRoute />, { me: testUser({ role: 'admin' }) });

    await user.click(await screen.findByRole('button', { name: 'Nouveau service partenaire' }));
    await user.type(screen.getByLabelText('Nom'), 'Relais Santé Namur');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Un service partenaire porte déjà ce nom.')).toBeTruthy();
    expect(screen.getByLabelText('Nom').getAttribute('aria-invalid')).toBe('true');
  });

  it('deactivates a service from the list', async () => {
    const user = userEvent.setup();
    let deactivated = false;
    const fetchMock = mockFetch((url, init) => {
      if (url === `${ADMIN_URL}/${SERVICE.id}` && init.method === 'PATCH') {
        deactivated = true;
        return jsonResponse({ ...SERVICE, active: false });
      }
      if (url === LIST_URL) return pageResponse([{ ...SERVICE, active: !deactivated }]);
      return problemResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<PartnerServicesRoute />, { me: testUser({ role: 'admin' }) });

    await user.click(await screen.findByRole('button', { name: /Désactiver.*Relais Santé Namur/ }));

    expect(
      await screen.findByText(
        'Le service « Relais Santé Namur » a été désactivé : ses comptes partenaires ne voient plus ses dossiers.',
      ),
    ).toBeTruthy();
    const patch = fetchMock.mock.calls.find(methodOf('PATCH'));
    expect(bodyOf(patch?.[1])).toEqual({ active: false });
    expect(await screen.findByRole('button', { name: /Activer.*Relais Santé Namur/ })).toBeTruthy();
  });
});
