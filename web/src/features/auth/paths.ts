export const SIGN_IN_PATH = '/login';
/** Two-factor sign-in set-up (the only page of an enrolment-only session). */
export const TWO_FACTOR_PATH = '/account/two-factor';

/** Only same-app paths are accepted as a post-sign-in destination (no open redirect). */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return value;
}

/** The sign-in URL that brings the person back to `from` afterwards. */
export function signInPath(from?: string): string {
  const next = safeRedirectPath(from);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next })}`;
}
