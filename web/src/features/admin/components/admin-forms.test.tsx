import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../../../test/http';
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
  workPhone: null,
  createdAt: '2025-01-15T09:00:00.000Z',
};

const SERVICE = {
  id: '00000000-0000-4000-8000-0000000000c7',
  name: 'Relais Santé Namur',
  description: null,
  active: true,
  createdAt: '2025-01-15T09:00:00.000Z',
};
const OTHER_SERVICE = { ...SERVICE, id: '00000000-0000-4000-8000-0000000000c8', name: 'Maison de la Parentalité' };
const CLOSED_SERVICE = {
  ...SERVICE,
  id: '00000000-0000-4000-8000-0000000000c9',
  name: 'Ancien service logement',
  active: false,
};

/** Sites and partner services for the pickers; `write` answers the POST or PATCH. */
const backend = (write: () => Response) =>
  mockFetch((url, init) => {
    if (init.method === 'POST' || init.method === 'PATCH') return write();
    if (url === '/api/v1/partner-services?limit=200') return pageResponse([CLOSED_SERVICE, OTHER_SERVICE, SERVICE]);
    return jsonResponse({ items: [SITE], nextCursor: null });
  });

const optionsOf = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((option) => option.text);

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
      workPhone: null,
      partnerServiceId: null,
      password: 'une longue phrase de passe',
    });
  });
});

describe('<UserCreateForm> for a partner account', () => {
  it('asks for the partner service only for the partner role, among active services, and sends the chosen id', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(() => jsonResponse({ ...USER, role: 'partner', partnerServiceId: SERVICE.id }));
    renderWithProviders(<UserCreateForm onSaved={vi.fn()} onCancel={vi.fn()} />, { me: testUser({ role: 'admin' }) });

    expect(screen.queryByLabelText(/Service partenaire/)).toBeNull();
    await user.type(screen.getByLabelText('Nom affiché'), 'Nora Willems');
    await user.type(screen.getByLabelText('Adresse e-mail'), 'nora@relais.example.be');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'partner');
    await waitFor(() => expect(optionsOf(screen.getByLabelText(/Service partenaire/))).toContain(SERVICE.name));
    // The deactivated service is not offered to a new account.
    expect(optionsOf(screen.getByLabelText(/Service partenaire/))).toEqual([
      'Aucun service',
      OTHER_SERVICE.name,
      SERVICE.name,
    ]);
    await user.selectOptions(screen.getByLabelText(/Service partenaire/), SERVICE.id);
    await user.type(screen.getByLabelText('Mot de passe'), 'une longue phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({ role: 'partner', partnerServiceId: SERVICE.id });
  });

  it('sends no partner service when the role is changed away from partner', async () => {
    const user = userEvent.setup();
    const fetchMock = backend(() => jsonResponse(USER, { status: 201 }));
    renderWithProviders(<UserCreateForm onSaved={vi.fn()} onCancel={vi.fn()} />, { me: testUser({ role: 'admin' }) });

    await user.type(screen.getByLabelText('Nom affiché'), 'Luc Martin');
    await user.type(screen.getByLabelText('Adresse e-mail'), 'luc@cpas.example.be');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'partner');
    await waitFor(() => expect(optionsOf(screen.getByLabelText(/Service partenaire/))).toContain(SERVICE.name));
    await user.selectOptions(screen.getByLabelText(/Service partenaire/), SERVICE.id);
    await user.selectOptions(screen.getByLabelText('Rôle'), 'case_worker');
    expect(screen.queryByLabelText(/Service partenaire/)).toBeNull();
    await user.type(screen.getByLabelText('Mot de passe'), 'une longue phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({ role: 'case_worker', partnerServiceId: null });
  });
});

describe('<UserEditForm>', () => {
  it('keeps a partner’s current service even if deactivated, moves it to another, and maps its server error', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const PARTNER = { ...USER, role: 'partner' as const, siteId: null, partnerServiceId: CLOSED_SERVICE.id };
    const fetchMock = backend(() =>
      attempts++ === 0
        ? problemResponse(422, {
            title: 'Unprocessable Content',
            errors: [{ path: 'body.partnerServiceId', message: 'Service inconnu' }],
          })
        : jsonResponse({ ...PARTNER, partnerServiceId: OTHER_SERVICE.id }),
    );
    const onSaved = vi.fn();
    renderWithProviders(<UserEditForm user={PARTNER} onSaved={onSaved} onCancel={vi.fn()} />, {
      me: testUser({ role: 'admin' }),
    });

    await waitFor(() =>
      expect((screen.getByLabelText(/Service partenaire/) as HTMLSelectElement).value).toBe(CLOSED_SERVICE.id),
    );
    expect(optionsOf(screen.getByLabelText(/Service partenaire/))).toEqual([
      'Aucun service',
      'Ancien service logement (inactif)',
      OTHER_SERVICE.name,
      SERVICE.name,
    ]);
    await user.selectOptions(screen.getByLabelText(/Service partenaire/), OTHER_SERVICE.id);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Service inconnu')).toBeTruthy();
    expect(screen.getByLabelText(/Service partenaire/).getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const patches = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
    expect(bodyOf(patches[1]?.[1])).toMatchObject({ role: 'partner', partnerServiceId: OTHER_SERVICE.id });
  });

  it('takes a partner out of its service when the role changes', async () => {
    const user = userEvent.setup();
    const PARTNER = { ...USER, role: 'partner' as const, siteId: null, partnerServiceId: SERVICE.id };
    const fetchMock = backend(() => jsonResponse({ ...PARTNER, role: 'case_worker', partnerServiceId: null }));
    const onSaved = vi.fn();
    renderWithProviders(<UserEditForm user={PARTNER} onSaved={onSaved} onCancel={vi.fn()} />, {
      me: testUser({ role: 'admin' }),
    });

    await waitFor(() =>
      expect((screen.getByLabelText(/Service partenaire/) as HTMLSelectElement).value).toBe(SERVICE.id),
    );
    await user.selectOptions(screen.getByLabelText('Rôle'), 'case_worker');
    expect(screen.queryByLabelText(/Service partenaire/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(bodyOf(patch?.[1])).toMatchObject({ role: 'case_worker', partnerServiceId: null });
  });

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
      workPhone: null,
      partnerServiceId: null,
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
