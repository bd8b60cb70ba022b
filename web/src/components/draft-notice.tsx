import { useTranslation } from 'react-i18next';
import type { FormDraft } from '../lib/form-draft';
import { Alert } from './alert';

/** Says that a draft typed earlier in this tab was put back into the form, with a way to throw it away. */
export function DraftNotice({ draft }: { draft: FormDraft }) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <Alert tone="info" title={t('drafts.restoredTitle')}>
      <p>{t('drafts.restored')}</p>
      <button type="button" className="button button--small" onClick={draft.discard}>
        {t('drafts.discard')}
      </button>
    </Alert>
  );
}
