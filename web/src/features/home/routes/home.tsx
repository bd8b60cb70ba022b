import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { useMe } from '../../../lib/session';
import { availableModulesByRole, modulePaths } from '../modules';

export default function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const available = availableModulesByRole[me.role];

  return (
    <div className="page">
      <DocumentTitle page={t('home.title')} />
      <h1>{t('home.greeting', { name: me.displayName })}</h1>
      <p className="lead">{t('home.intro', { role: t(`roles.${me.role}`) })}</p>

      {me.role === 'admin' && (
        <section className="card card--accent" aria-labelledby="home-admin-title">
          <h2 id="home-admin-title">{t('home.admin.title')}</h2>
          <p>{t('home.admin.description')}</p>
          <Link to="/admin" className="button button--primary">
            {t('home.admin.link')}
          </Link>
        </section>
      )}

      {available.length > 0 && (
        <section aria-labelledby="home-available-title">
          <h2 id="home-available-title">{t('home.availableHeading')}</h2>
          <ul className="module-grid">
            {available.map((module) => (
              <li key={module} className="card module-card">
                <h3>{t(`home.modules.${module}.title`)}</h3>
                <p>{t(`home.modules.${module}.description`)}</p>
                <p>
                  <Link to={modulePaths[module]} className="button">
                    {t(`home.modules.${module}.link`)}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
