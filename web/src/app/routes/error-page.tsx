import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { NotFoundPage } from './not-found';

/** Route error boundary: unexpected render errors, failed lazy chunks, unknown routes. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  return (
    <div className="page page--message" role="alert">
      <DocumentTitle page={t('pages.error.title')} />
      <h1>{t('pages.error.title')}</h1>
      <p>{t('pages.error.body')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('pages.error.reload')}
        </button>
      </p>
    </div>
  );
}
