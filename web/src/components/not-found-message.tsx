import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from './document-title';

/** A record that does not exist (or not for this person): the page says so, as the 404 page would. */
export function NotFoundMessage() {
  const { t } = useTranslation();
  return (
    <div className="page page--message">
      <DocumentTitle page={t('pages.notFound.title')} />
      <h1>{t('pages.notFound.title')}</h1>
      <p>{t('errors.notFound')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
