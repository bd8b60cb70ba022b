import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { LanguageSwitch } from '../../../components/language-switch';
import { PageLoader } from '../../../components/page-loader';
import { getSessionEndReason, useSession } from '../../../lib/session';
import { SignInForm } from '../components/sign-in-form';
import { safeRedirectPath } from '../paths';

export default function SignInRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const session = useSession();
  // Read once: why the previous session ended (shown until the next sign-in).
  const [endReason] = useState(() => getSessionEndReason(queryClient));
  const next = safeRedirectPath(searchParams.get('next'));

  // Already signed in (session restored from the refresh cookie, or sign-in just succeeded).
  if (session.data) return <Navigate to={next} replace />;

  return (
    <div className="auth-layout">
      <DocumentTitle page={t('auth.signIn.title')} />
      <header className="auth-layout__header">
        <p className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main className="auth-layout__main" id="main">
        {session.isPending ? (
          <PageLoader label={t('auth.bootstrapping')} />
        ) : (
          <section className="card auth-card" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
            <p className="muted">{t('auth.signIn.intro')}</p>
            {endReason === 'expired' && <Alert tone="warning">{t('auth.sessionExpired')}</Alert>}
            {endReason === 'signed-out' && <Alert tone="info">{t('auth.signedOut')}</Alert>}
            <SignInForm />
          </section>
        )}
      </main>
    </div>
  );
}
