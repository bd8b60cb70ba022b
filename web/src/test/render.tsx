import type { Me } from '@percee/shared';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '../app/provider';
import { MeContext, sessionKeys } from '../lib/session';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export const testUser = (overrides: Partial<Me> = {}): Me => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'marie@cpas.example.be',
  displayName: 'Marie Dupont',
  role: 'case_worker',
  locale: 'fr',
  organisation: { id: '00000000-0000-4000-8000-000000000002', name: 'CPAS de Namur', isDemo: false },
  totp: { enabled: false, required: false, enrolmentOnly: false },
  ...overrides,
});

/** Render with the real providers (i18n, React Query, api client wiring) and an in-memory router. */
export function renderWithProviders(
  ui: ReactElement,
  {
    route = '/',
    state,
    me,
    queryClient = createTestQueryClient(),
  }: { route?: string; state?: unknown; me?: Me | null; queryClient?: QueryClient } = {},
) {
  if (me !== undefined) queryClient.setQueryData(sessionKeys.me, me);
  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[state === undefined ? route : { pathname: route, state }]}>
        <MeContext value={me ?? null}>{ui}</MeContext>
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, queryClient };
}
