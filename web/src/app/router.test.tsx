import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setAccessToken } from '../lib/api-client';
import { setLoaderQueryClient } from '../lib/route-loader';
import { IDS } from '../test/fixtures';
import { jsonResponse, mockFetch } from '../test/http';
import { createTestQueryClient } from '../test/render';
import { routes } from './router';

/*
 * The route loaders start a page's main query together with its code chunk. The router is created
 * but never rendered here, so no page component mounts: every request seen was started by a loader.
 */
function navigateWithoutRendering(path: string) {
  const queryClient = createTestQueryClient();
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
});
