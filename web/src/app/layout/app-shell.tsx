import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import { PageLoader } from '../../components/page-loader';
import { useSignOut } from '../../features/auth/api';
import { TWO_FACTOR_PATH } from '../../features/auth/paths';
import { applyAccountLanguage } from '../../lib/i18n';
import { unreadCountQueryOptions } from '../../lib/notifications';
import { can } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { MainNav } from './main-nav';

/** Header (organisation, person, language, sign-out), role-based navigation and the page outlet. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    applyAccountLanguage(me.locale);
  }, [me.locale]);

  // After a client-side navigation to another section, move focus to the new page's heading
  // (as a full page load would). Tabs within a section (e.g. /admin/sites → /admin/users) keep focus.
  const section = location.pathname.split('/')[1] ?? '';
  const previousSection = useRef(section);
  useEffect(() => {
    if (previousSection.current === section) return;
    previousSection.current = section;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    const target = heading ?? mainRef.current;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [section]);

  // Ending the session clears the cached user; the route guard then shows the sign-in page.
  const onSignOut = () => signOut.mutate();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <div className="app-header__org">
            <span className="brand__name">{t('app.name')}</span>
            <span className="app-header__org-name">{me.organisation.name}</span>
            {me.organisation.isDemo && (
              <span className="badge badge--demo" title={t('header.demoExplanation')}>
                {t('header.demoBadge')}
                <span className="visually-hidden"> – {t('header.demoExplanation')}</span>
              </span>
            )}
          </div>
          <div className="app-header__tools">
            <LanguageSwitch className="language-switch--on-dark" />
            <p className="app-header__user">
              <span className="visually-hidden">{t('header.account')} : </span>
              <span className="app-header__user-name">{me.displayName}</span>
              <span className="app-header__user-role">{t(`roles.${me.role}`)}</span>
            </p>
            {can(me.role, 'task.use') && <NotificationsLink />}
            <Link to={TWO_FACTOR_PATH} className="button button--on-dark">
              {t('header.twoFactor')}
            </Link>
            <button type="button" className="button button--on-dark" onClick={onSignOut} disabled={signOut.isPending}>
              {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
            </button>
          </div>
        </div>
        <MainNav userRole={me.role} />
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** The header's way to "my day"'s notifications, with the unread count (polled). */
function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useQuery(unreadCountQueryOptions()).data?.unread ?? 0;
  return (
    <Link to="/#notifications" className="button button--on-dark" data-testid="notifications-link">
      {t('myDay.header.notifications')}
      {unread > 0 && (
        <span className="notification-badge">
          {unread}
          <span className="visually-hidden"> {t('myDay.header.unread', { count: unread })}</span>
        </span>
      )}
    </Link>
  );
}
