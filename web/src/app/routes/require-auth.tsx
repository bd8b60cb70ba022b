import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/alert';
import { PageLoader } from '../../components/page-loader';
import { signInPath, TWO_FACTOR_PATH } from '../../features/auth/paths';
import { errorMessage } from '../../lib/errors';
import { getSessionEndReason, MeContext, useSession } from '../../lib/session';

/**
 * Route guard. On first load the session is restored from the refresh cookie; without a session,
 * the person is sent to the sign-in page, which brings them back to the page they asked for.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  if (session.data) {
    // An admin who must set up two-factor sign-in may only do that until it is done.
    if (session.data.totp.enrolmentOnly && location.pathname !== TWO_FACTOR_PATH) {
      return <Navigate to={TWO_FACTOR_PATH} replace />;
    }
    return <MeContext value={session.data}>{children}</MeContext>;
  }

  if (session.isPending) {
    return (
      <div className="full-page">
        <PageLoader label={t('auth.bootstrapping')} />
      </div>
    );
  }

  if (session.isError) {
    return (
      <div className="full-page">
        <Alert tone="error" title={t('auth.bootstrapFailed')}>
          <p>{errorMessage(session.error, t)}</p>
          <button type="button" className="button" onClick={() => void session.refetch()}>
            {t('common.retry')}
          </button>
        </Alert>
      </div>
    );
  }

  const signedOut = getSessionEndReason(queryClient) === 'signed-out';
  const from = signedOut ? undefined : `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={signInPath(from)} replace />;
}
