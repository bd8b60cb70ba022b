import type {
  AccessToken,
  LoginRequest,
  LoginResponse,
  Me,
  RecoveryCodes,
  TotpEnrolment,
  TotpLoginRequest,
} from '@percee/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, refreshAccessToken } from '../../lib/api-client';
import { endSession, meQueryOptions, startSession } from '../../lib/session';

export type SignInOutcome = { me: Me } | { challenge: string };

/**
 * POST /auth/login, keep the access token in memory, then load the person; or, for an account with
 * two-factor sign-in, the challenge to complete with a code (useSecondFactor).
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-in'],
    mutationFn: async (credentials: LoginRequest): Promise<SignInOutcome> => {
      // A 401 here means wrong credentials, not an expired token: never refresh.
      const answer = await api.post<LoginResponse>('/auth/login', credentials, { auth: false });
      if ('secondFactorRequired' in answer) return { challenge: answer.challenge };
      const me = await startSession(queryClient, answer);
      if (!me) throw new Error('Signed in but the session could not be loaded');
      return { me };
    },
  });
}

/** POST /auth/login/totp: the code (or a recovery code) that completes a two-factor sign-in. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'second-factor'],
    mutationFn: async (input: TotpLoginRequest): Promise<Me> => {
      const token = await api.post<AccessToken>('/auth/login/totp', input, { auth: false });
      const me = await startSession(queryClient, token);
      if (!me) throw new Error('Signed in but the session could not be loaded');
      return me;
    },
  });
}

/** POST /me/totp/enrolment: a new secret, shown once. */
export function useStartTotpEnrolment() {
  return useMutation({
    mutationKey: ['auth', 'totp', 'start'],
    mutationFn: () => api.post<TotpEnrolment>('/me/totp/enrolment', undefined),
  });
}

/** POST /me/totp/enrolment/confirm, then a fresh session (an enrolment-only one becomes a full one). */
export function useConfirmTotpEnrolment() {
  return useMutation({
    mutationKey: ['auth', 'totp', 'confirm'],
    mutationFn: (code: string) => api.post<RecoveryCodes>('/me/totp/enrolment/confirm', { code }),
  });
}

/** After enrolment: exchange the refresh cookie for a token that reflects it, and reload the person. */
export function useReloadSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'reload'],
    mutationFn: async () => {
      await refreshAccessToken();
      return queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
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
