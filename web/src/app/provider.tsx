import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CaseAppointments } from '../features/agenda/components/case-appointments';
import { ApiError, configureApiClient } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { setLoaderQueryClient } from '../lib/route-loader';
import { endSession } from '../lib/session';
import { type Slots, SlotsProvider } from '../lib/slots';

/**
 * What the app puts in the features' slots (lib/slots.tsx). Loaded with the app, not lazily: the case
 * page's appointments then load with the page's own queries, not after them.
 */
const slots: Slots = { caseAppointments: CaseAppointments };

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (4xx) will not fix themselves: only retry network and server errors.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      // A change is sent at once, even when the browser says it is offline: it then fails with a network
      // error the form shows, keeping what was typed (and its draft), rather than waiting silently in a
      // paused mutation that a reload would lose.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => {
    const created = queryClient ?? createQueryClient();
    configureApiClient({
      getLanguage: () => i18n.resolvedLanguage,
      onSessionExpired: () => endSession(created, 'expired'),
    });
    setLoaderQueryClient(created);
    return created;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <SlotsProvider value={slots}>{children}</SlotsProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
