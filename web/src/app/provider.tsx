import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError, configureApiClient } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { setLoaderQueryClient } from '../lib/route-loader';
import { endSession } from '../lib/session';
import { type Slots, SlotsProvider } from '../lib/slots';

/*
 * What the app puts in the features' slots (lib/slots.tsx). The agenda's part is its own chunk (the
 * initial bundle budget), fetched as soon as the app loads, so that on the case page it renders with
 * the page's own queries rather than after them.
 */
const caseAppointmentsChunk = import('../features/agenda/components/case-appointments');
const slots: Slots = {
  caseAppointments: lazy(() => caseAppointmentsChunk.then((m) => ({ default: m.CaseAppointments }))),
};

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
