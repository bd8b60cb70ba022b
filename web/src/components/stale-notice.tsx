import { useTranslation } from 'react-i18next';
import { Alert } from './alert';

/**
 * Shown when an update was refused with 412: someone else changed the record since it was loaded.
 * Reloading shows their changes; the person then redoes theirs.
 */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t('stale.title')}>
      <p>{t('stale.body')}</p>
      <button type="button" className="button button--small" onClick={onReload}>
        {t('stale.reload')}
      </button>
    </Alert>
  );
}
