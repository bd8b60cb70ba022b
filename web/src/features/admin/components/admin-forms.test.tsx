import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../test/http';
import { renderWithProviders, testUser } from '../../../test/render';
import { SiteForm } from './site-form';
import { UserCreateForm, UserEditForm } from './user-form';

const SITE = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Antenne de Jambes',
  kind: 'antenna' as const,
  address: null,
  municipality: 'Namur',
  active: true,
  createdAt: '2025-01-15T09:00:00.000Z',
};

const USER = {
  id: '00000000-0000-4000-8000-0000000000b1',
  email: 'luc@cpas.example.be',
  displayName: 'Luc Martin',
  role: 'case_worker' as const,
  locale: 'fr' as const,
  siteId: SITE.id,
  partnerServiceId: null,
  active: true,
  totpEnabled: false,
  createdAt: '2025-01-15T09:00:00.000Z',
};

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body));

describe('<UserCreateForm>', () => {
  it('validates with the shared schema, in French, including the password length', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => jsonResponse({ items: [SITE], nextCursor: null }));
    renderWithProviders(<UserCreateForm onSaved={vi.fn()} onCancel={vi.fn()} />, { me: testUser({ role: 'admin' }) });

    await user.type(screen.getByLabelText('Adresse e-mail'), 'luc@cpas.example.be');
    await user.type(screen.getByLabelText('Mot de passe'), 'court');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy(); // display name
    expect(screen.getByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  it('sends a valid body and shows "e-mail taken" under the e-mail field on 409', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((_url, init) =>
      init.method === 'POST'
        ? problemResponse(409, { title: 'Conflict', detail: 'E-mail already in use' })
        : jsonResponse({ items: [SITE], nextCursor: null }),
    );
    renderWithProviders(<UserCreateForm onSaved={vi.fn()} onCancel={vi.fn()} />, { me: testUser({ role: 'admin' }) });

    await user.type(screen.getByLabelText('Nom affiché'), 'Luc Martin');
    await user.type(screen.getByLabelText('Adresse e-mail'), 'luc@cpas.example.be');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'coordinator');
    await user.type(screen.getByLabelText('Mot de passe'), 'une longue phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Un compte existe déjà avec cette adresse e-mail.')).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('aria-invalid')).toBe('true');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/admin/users');
    expect(bodyOf(post?.[1])).toEqual({
      displayName: 'Luc Martin',
      email: 'luc@cpas.example.be',
      role: 'coordinator',
      locale: 'fr',
      siteId: null,
      partnerServiceId: null,
      password: 'une longue phrase de passe',
    });
  });
});

describe('<UserEditForm>', () => {
  it('keeps the password unchanged when left empty and maps server field errors', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((_url, init) =>
      init.method === 'PATCH'
        ? problemResponse(400, { title: 'Bad Request', errors: [{ path: 'body.displayName', message: 'Nom refusé' }] })
        : jsonResponse({ items: [SITE], nextCursor: null }),
    );
    renderWithProviders(<UserEditForm user={USER} onSaved={vi.fn()} onCancel={vi.fn()} />, {
      me: testUser({ role: 'admin' }),
    });

    // The current site is selected once the sites are loaded.
    await waitFor(() =>
      expect((screen.getByLabelText(/Site de rattachement/) as HTMLSelectElement).value).toBe(SITE.id),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Nom refusé')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(patch?.[0]).toBe(`/api/v1/admin/users/${USER.id}`);
    expect(bodyOf(patch?.[1])).toEqual({
      displayName: 'Luc Martin',
      role: 'case_worker',
      locale: 'fr',
      siteId: SITE.id,
    });
  });
});

describe('<SiteForm>', () => {
  it('creates a site, sending null for empty optional fields', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const fetchMock = mockFetch(() => jsonResponse({ ...SITE, name: 'Siège' }, { status: 201 }));
    renderWithProviders(<SiteForm onSaved={onSaved} onCancel={vi.fn()} />, { me: testUser({ role: 'admin' }) });

    await user.type(screen.getByLabelText('Nom'), 'Siège');
    await user.selectOptions(screen.getByLabelText('Type'), 'head_office');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/admin/sites');
    expect(bodyOf(init)).toEqual({ name: 'Siège', kind: 'head_office', address: null, municipality: null });
  });
});
