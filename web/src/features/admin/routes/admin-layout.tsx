import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageLoader } from '../../../components/page-loader';

export default function AdminLayout() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      <nav className="tabs" aria-label={t('admin.sectionsNav')}>
        <NavLink to="sites" className="tabs__link">
          {t('admin.sites.title')}
        </NavLink>
        <NavLink to="partner-services" className="tabs__link">
          {t('admin.partnerServices.title')}
        </NavLink>
        <NavLink to="users" className="tabs__link">
          {t('admin.users.title')}
        </NavLink>
        <NavLink to="programs" className="tabs__link">
          {t('programs.title')}
        </NavLink>
        <NavLink to="catalogue" className="tabs__link">
          {t('catalogue.title')}
        </NavLink>
        <NavLink to="retention" className="tabs__link">
          {t('retention.title')}
        </NavLink>
        <NavLink to="case-settings" className="tabs__link">
          {t('corrections.settings.title')}
        </NavLink>
        <NavLink to="audit" className="tabs__link">
          {t('audit.title')}
        </NavLink>
      </nav>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </div>
  );
}
