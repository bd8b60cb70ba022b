import type { DuplicateCandidate } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { useFormat } from '../../../lib/i18n/format';

interface DuplicateWarningProps {
  candidates: readonly DuplicateCandidate[];
  /** Refer the existing household instead of creating a new one. */
  onUseExisting: (candidate: DuplicateCandidate) => void;
  /** After the API refused (409): the person checked, it is a different household. */
  onConfirmNotDuplicate?: (() => void) | undefined;
  confirming?: boolean;
}

/**
 * "This household may already be known": the households found with the same person (name and
 * birth date) or the same address. Shown while typing, and again when the API refuses to create.
 */
export function DuplicateWarning({
  candidates,
  onUseExisting,
  onConfirmNotDuplicate,
  confirming = false,
}: DuplicateWarningProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The API's `detail` is English: the screen says the reason and the shared birth date in its language.
  const describe = (candidate: DuplicateCandidate) => {
    const label = t(`enums.duplicateReason.${candidate.reason}`);
    if (candidate.birthDate) {
      return t('common.labelValue', {
        label,
        value: t('duplicates.bornOn', { date: format.date(candidate.birthDate) }),
      });
    }
    // An API without `birthDate` said it in `detail` only.
    if (candidate.reason === 'same_person' && candidate.birthDate === undefined) {
      return t('common.labelValue', { label, value: candidate.detail });
    }
    return label;
  };
  if (candidates.length === 0) return null;
  return (
    <Alert
      tone={onConfirmNotDuplicate ? 'error' : 'warning'}
      title={onConfirmNotDuplicate ? t('duplicates.blockedTitle') : t('duplicates.title')}
    >
      <p>{onConfirmNotDuplicate ? t('duplicates.blockedBody') : t('duplicates.body')}</p>
      <ul className="duplicate-list">
        {candidates.map((candidate) => (
          <li key={`${candidate.householdId}-${candidate.reason}`}>
            <strong>{candidate.reference}</strong> {describe(candidate)}{' '}
            <button
              type="button"
              className="button button--small duplicate-list__action"
              onClick={() => onUseExisting(candidate)}
            >
              {t('duplicates.useExisting', { reference: candidate.reference })}
            </button>
          </li>
        ))}
      </ul>
      {onConfirmNotDuplicate && (
        <button type="button" className="button" onClick={onConfirmNotDuplicate} disabled={confirming}>
          {confirming ? t('common.saving') : t('duplicates.confirmNotDuplicate')}
        </button>
      )}
    </Alert>
  );
}
