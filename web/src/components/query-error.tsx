import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import { Alert } from './alert';

/** A failed query: what went wrong, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      {errorMessage(error, t)}{' '}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}
