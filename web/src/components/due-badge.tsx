import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/i18n/format';

/** Contacts due within this many days are flagged "due soon". */
export const DUE_SOON_DAYS = 3;

/**
 * When the next contact with the household is due: overdue (with the number of days), due today,
 * due soon. Renders nothing when the contact is not due soon.
 */
export function DueBadge({ daysUntilDue, overdue }: { daysUntilDue: number | null; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (overdue) {
    const late = Math.max(1, -(daysUntilDue ?? -1));
    return <span className="badge badge--danger">{t('dueBadge.overdue', { days: format.days(late) })}</span>;
  }
  if (daysUntilDue === null || daysUntilDue > DUE_SOON_DAYS) return null;
  return (
    <span className="badge badge--warning">
      {daysUntilDue <= 0 ? t('dueBadge.dueToday') : t('dueBadge.dueSoon', { days: format.days(daysUntilDue) })}
    </span>
  );
}
