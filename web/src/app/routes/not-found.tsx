import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../components/document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--message">
      <DocumentTitle page={t('pages.notFound.title')} />
      <h1>{t('pages.notFound.title')}</h1>
      <p>{t('pages.notFound.body')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
