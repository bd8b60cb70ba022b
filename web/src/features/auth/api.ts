import type { AccessToken, LoginRequest, Me } from '@percee/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { endSession, startSession } from '../../lib/session';

/** POST /auth/login, keep the access token in memory, then load the person. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-in'],
    mutationFn: async (credentials: LoginRequest): Promise<Me> => {
      // A 401 here means wrong credentials, not an expired token: never refresh.
      const token = await api.post<AccessToken>('/auth/login', credentials, { auth: false });
      const me = await startSession(queryClient, token);
      if (!me) throw new Error('Signed in but the session could not be loaded');
      return me;
    },
  });
}

/** POST /auth/logout (revokes the refresh cookie), then forget everything locally, even if offline. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    mutationFn: async () => {
      try {
        await api.post<void>('/auth/logout', undefined, { refreshOnUnauthorized: false });
      } catch {
        // The local session ends regardless; the refresh cookie expires on its own.
      }
    },
    onSettled: () => endSession(queryClient, 'signed-out'),
  });
}
