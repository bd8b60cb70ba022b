import type { Me, Role } from '@percee/shared';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { setAccessToken } from '../lib/api-client';
import { setLoaderQueryClient } from '../lib/route-loader';
import { sessionKeys } from '../lib/session';
import { analystReportFixture, IDS } from '../test/fixtures';
import { jsonResponse, mockFetch } from '../test/http';
import { createTestQueryClient, testUser } from '../test/render';
import { AppProvider, createQueryClient } from './provider';
import { routes } from './router';

/*
 * The route loaders start a page's main query together with its code chunk. The router is created
 * but never rendered here, so no page component mounts: every request seen was started by a loader.
 */
function navigateWithoutRendering(path: string, me?: Me) {
  const queryClient = createTestQueryClient();
  if (me) queryClient.setQueryData(sessionKeys.me, me);
  setLoaderQueryClient(queryClient);
  const fetchMock = mockFetch(() => jsonResponse({ items: [], nextCursor: null }));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const requested = () => fetchMock.mock.calls.map(([input]) => String(input));
  return { router, requested };
}

describe('route loaders', () => {
  it("start the case page's query before the page renders, with a session", async () => {
    setAccessToken('token');
    const { router, requested } = navigateWithoutRendering(`/cases/${IDS.case}`);
    await expect.poll(requested).toContain(`/api/v1/cases/${IDS.case}`);
    router.dispose();
  });

  it('start the first page of a keyset list (the users of the admin pages)', async () => {
    setAccessToken('token');
    const { router, requested } = navigateWithoutRendering('/admin/users');
    await expect.poll(() => requested().some((url) => url.startsWith('/api/v1/admin/users?'))).toBe(true);
    router.dispose();
  });

  it('ask for nothing before the session is restored, nor for an id that cannot name a record', async () => {
    const first = navigateWithoutRendering(`/cases/${IDS.case}`);
    await first.router.navigate('/cases/not-a-uuid');
    setAccessToken('token');
    await first.router.navigate('/cases/not-a-uuid?again');
    // Give any stray prefetch the time to start.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.requested()).toEqual([]);
    first.router.dispose();
  });

  /*
   * Pages whose filters come from the URL: the loader reads them as the page does. Each row names
   * the page (with filters), the role that opens it, the request its main query sends (filters
   * included), and the heading the rendered page shows.
   */
  const period = { from: '2025-01-01', to: '2025-06-30' };
  const filteredPages: { path: string; role: Role; request: string; heading: string }[] = [
    {
      path: '/cases?stage=assessment&overdue=true&sort=opened',
      role: 'case_worker',
      request: '/api/v1/cases?stage=assessment&overdue=true&open=true&sort=opened&limit=50',
      heading: 'Dossiers',
    },
    {
      path: '/caseload?stage=planning',
      role: 'case_worker',
      request: '/api/v1/caseload?stage=planning&limit=50',
      heading: 'Mon portefeuille',
    },
    {
      path: '/referrals?status=accepted',
      role: 'coordinator',
      request: '/api/v1/referrals?status=accepted&limit=25',
      heading: 'Orientations reçues',
    },
    {
      path: '/households?q=Namur',
      role: 'case_worker',
      request: '/api/v1/households?q=Namur&limit=25',
      heading: 'Ménages',
    },
    { path: '/help-desk', role: 'coordinator', request: '/api/v1/inquiries?limit=25', heading: 'Permanence sociale' },
    { path: '/admin/audit', role: 'admin', request: '/api/v1/admin/audit?limit=50', heading: 'Journal d’audit' },
    {
      path: `/reports?from=${period.from}&to=${period.to}&workerId=${IDS.worker}`,
      role: 'coordinator',
      request: `/api/v1/reports/activity?from=${period.from}&to=${period.to}&workerId=${IDS.worker}`,
      heading: "Rapport d'activité",
    },
  ];

  it.each(filteredPages)('start the query of $path with the filters of its URL', async ({ path, role, request }) => {
    setAccessToken('token');
    const { router, requested } = navigateWithoutRendering(path, testUser({ role }));
    await expect.poll(requested).toContain(request);
    router.dispose();
  });

  it('leave the role-dependent filters of the activity report to the role (an analyst chooses no worker)', async () => {
    setAccessToken('token');
    const path = `/reports?from=${period.from}&to=${period.to}&workerId=${IDS.worker}`;
    const { router, requested } = navigateWithoutRendering(path, testUser({ role: 'analyst' }));
    await expect.poll(requested).toContain(`/api/v1/reports/activity?from=${period.from}&to=${period.to}`);
    router.dispose();
  });
});

describe('a page whose loader prefetched its query', () => {
  // Transform the page chunks once, up front, so that a loaded machine does not time the first test out.
  beforeAll(async () => {
    await Promise.all([
      import('../features/cases/routes/cases'),
      import('../features/caseload/routes/caseload'),
      import('../features/referrals/routes/referrals'),
      import('../features/households/routes/households'),
      import('../features/helpdesk/routes/help-desk'),
      import('../features/admin/routes/audit'),
      import('../features/reports/routes/activity'),
    ]);
  }, 60_000);

  const period = { from: '2025-01-01', to: '2025-06-30' };

  it.each([
    { path: '/cases?stage=assessment&overdue=true', role: 'case_worker', heading: 'Dossiers', endpoint: '/cases?' },
    { path: '/caseload?stage=planning', role: 'case_worker', heading: 'Mon portefeuille', endpoint: '/caseload?' },
    {
      path: '/referrals?status=declined',
      role: 'coordinator',
      heading: 'Orientations reçues',
      endpoint: '/referrals?',
    },
    { path: '/households?q=Namur', role: 'case_worker', heading: 'Ménages', endpoint: '/households?' },
    { path: '/help-desk', role: 'coordinator', heading: 'Permanence sociale', endpoint: '/inquiries?' },
    { path: '/admin/audit', role: 'admin', heading: 'Journal d’audit', endpoint: '/admin/audit?' },
    {
      path: `/reports?from=${period.from}&to=${period.to}&workerId=${IDS.worker}`,
      role: 'coordinator',
      heading: "Rapport d'activité",
      endpoint: '/reports/activity?',
    },
  ] as const)(
    '$path sends its main request once: the page finds the query under the key its loader used',
    async ({ path, role, heading, endpoint }) => {
      setAccessToken('token');
      // The app's own client: fresh data is not fetched again when the page mounts.
      const queryClient = createQueryClient();
      queryClient.setQueryData(sessionKeys.me, testUser({ role }));
      setLoaderQueryClient(queryClient);
      const fetchMock = mockFetch((url) =>
        url.startsWith('/api/v1/reports/activity?')
          ? jsonResponse(analystReportFixture(period))
          : jsonResponse({ items: [], nextCursor: null }),
      );
      const router = createMemoryRouter(routes, { initialEntries: [path] });
      render(
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProvider>,
      );
      const mainRequests = () =>
        fetchMock.mock.calls.map(([input]) => String(input)).filter((url) => url.startsWith(`/api/v1${endpoint}`));

      // A loaded machine may take a while to bring the page's chunk.
      expect(
        await screen.findByRole('heading', { level: role === 'admin' ? 2 : 1, name: heading }, { timeout: 10_000 }),
      ).toBeTruthy();
      // Let the page's queries settle, then count: a page asking with another key would have sent a second request.
      await expect.poll(() => queryClient.isFetching()).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(mainRequests()).toHaveLength(1);
      router.dispose();
    },
  );
});
