import type { Me } from '@percee/shared';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAccessToken } from '../lib/api-client';
import { jsonResponse, mockFetch, pageResponse, problemResponse } from '../test/http';
import { createTestQueryClient, testUser } from '../test/render';
import { AppProvider } from './provider';
import { routes } from './router';

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createTestQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

/** A backend with a valid refresh cookie for `me`. */
function signedInBackend(me: Me) {
  return mockFetch((url) => {
    if (url === '/api/v1/auth/refresh')
      return jsonResponse({ accessToken: 'restored', tokenType: 'Bearer', expiresIn: 900 });
    if (url === '/api/v1/me') return jsonResponse(me);
    if (url === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    if (url.startsWith('/api/v1/admin/sites')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/admin/users')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/caseload')) return jsonResponse({ items: [], nextCursor: null });
    // "My day": nothing today.
    if (url === '/api/v1/notifications/unread-count') return jsonResponse({ unread: 0 });
    if (url.startsWith('/api/v1/notifications?')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/tasks?')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/appointments?')) return jsonResponse({ items: [], nextCursor: null });
    if (url.startsWith('/api/v1/referrals?')) return jsonResponse({ items: [], nextCursor: null });
    if (url === '/api/v1/programs?limit=200') return pageResponse([]);
    return problemResponse(404, { title: 'Not Found' });
  });
}

describe('app routing and session', () => {
  // Pages are lazy chunks: transform those these tests open once, up front, so that a loaded CI machine does not time
  // the first tests out while Vite compiles them.
  beforeAll(async () => {
    await Promise.all([
      import('../features/auth/routes/sign-in'),
      import('../features/home/routes/home'),
      import('../features/my-day/routes/my-day'),
      import('../features/admin/routes/admin-layout'),
      import('../features/admin/routes/sites'),
      import('../features/caseload/routes/caseload'),
      import('../features/referrals/routes/referrals'),
      import('../features/cases/routes/cases'),
      import('../features/cases/routes/case-detail'),
      import('../features/reports/routes/activity'),
    ]);
  }, 60_000);

  it('sends an unauthenticated visitor to sign-in, keeping the intended path', async () => {
    mockFetch(() => problemResponse(401, { title: 'Unauthorized' }));
    const router = renderApp('/admin/users?page=2');

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/users?page=2');
  });

  it('restores the session from the refresh cookie and shows the shell for an admin of a demo organisation', async () => {
    signedInBackend(
      testUser({ role: 'admin', organisation: { id: testUser().organisation.id, name: 'CPAS Démo', isDemo: true } }),
    );
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Bonjour Marie Dupont' })).toBeTruthy();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('CPAS Démo')).toBeTruthy();
    expect(within(banner).getByText('DÉMO')).toBeTruthy();
    expect(within(banner).getByText('Marie Dupont')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Administration' })).toBeTruthy();
    expect(getAccessToken()).toBe('restored');
  });

  it('shows no DEMO badge for a real organisation, and no Administration for a case worker, who opens on "my day"', async () => {
    signedInBackend(testUser({ role: 'case_worker' }));
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Ma journée' })).toBeTruthy();
    expect(screen.queryByText('DÉMO')).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Administration' })).toBeNull();
    for (const section of ['Notifications', 'Rendez-vous du jour', 'Tâches à faire', 'Ménages en retard de contact'])
      expect(screen.getByRole('heading', { name: section })).toBeTruthy();
    expect(await screen.findByText('Aucune tâche pour aujourd’hui.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Rapports' })).toBeNull();
  });

  it('refuses the administration to a case worker who types the URL', async () => {
    signedInBackend(testUser({ role: 'case_worker' }));
    renderApp('/admin/sites');
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
  });

  it('opens the administration for an admin', async () => {
    signedInBackend(testUser({ role: 'admin' }));
    renderApp('/admin');
    expect(await screen.findByRole('heading', { name: 'Sites' })).toBeTruthy();
    expect(await screen.findByText("Aucun site n'a encore été créé.")).toBeTruthy();
  });

  it('signs out: revokes the session on the server and returns to the sign-in page', async () => {
    const user = userEvent.setup();
    const fetchMock = signedInBackend(testUser());
    const router = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByText('Vous êtes déconnecté·e.')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/auth/logout' && init?.method === 'POST')).toBe(
      true,
    );
    expect(getAccessToken()).toBeNull();
  });

  it('links a case worker from the home page to their caseload (a lazily loaded page)', async () => {
    const user = userEvent.setup();
    signedInBackend(testUser({ role: 'case_worker' }));
    const router = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Ouvrir mon portefeuille' }));

    expect(await screen.findByRole('heading', { name: 'Mon portefeuille' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/caseload');
    expect(await screen.findByText("Vous n'avez aucune situation ouverte.")).toBeTruthy();
  });

  it('gives partners their referrals, and no case files', async () => {
    signedInBackend(testUser({ role: 'partner' }));
    renderApp('/referrals');
    expect(await screen.findByRole('heading', { name: 'Mes orientations' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nouvelle orientation' }).getAttribute('href')).toBe('/referrals/new');
    cleanup();

    signedInBackend(testUser({ role: 'partner' }));
    renderApp('/cases');
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
  });

  it('says a case does not exist, rather than asking the API about a malformed id', async () => {
    const fetchMock = signedInBackend(testUser({ role: 'case_worker' }));
    renderApp('/cases/not-an-id');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('not-an-id'))).toBe(false);
  });

  it('shows a not-found page for unknown paths', async () => {
    signedInBackend(testUser());
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
  });

  it('follows the language switch, including <html lang>', async () => {
    const user = userEvent.setup();
    signedInBackend(testUser());
    renderApp('/');
    await screen.findByRole('heading', { name: 'Ma journée' });

    await user.click(screen.getByRole('button', { name: /^NL/ }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Mijn dag' })).toBeTruthy());
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeTruthy();
    localStorage.clear();
  });

  it('gives analysts the aggregate reports, and no breakthrough queue nor team page', async () => {
    signedInBackend(testUser({ role: 'analyst' }));
    renderApp('/reports');
    expect(await screen.findByRole('heading', { level: 1, name: "Rapport d'activité" })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Accueil', 'Coûts évités', 'Rapports']);
    cleanup();

    for (const path of ['/breakthroughs', '/team', '/cases']) {
      signedInBackend(testUser({ role: 'analyst' }));
      renderApp(path);
      expect(await screen.findByRole('heading', { name: 'Accès refusé' }), path).toBeTruthy();
      cleanup();
    }
  });

  it('refuses the reports to a case worker who types the URL', async () => {
    signedInBackend(testUser({ role: 'case_worker' }));
    renderApp('/reports');
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
  });
});
