import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../components/document-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--message">
      <DocumentTitle page={t('pages.forbidden.title')} />
      <h1>{t('pages.forbidden.title')}</h1>
      <p>{t('pages.forbidden.body')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
