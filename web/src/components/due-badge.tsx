import { DUE_SOON_DAYS, daysOverdue } from '@percee/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/i18n/format';

/**
 * When the next contact with the household is due: overdue (with the number of days), due today,
 * due soon. Renders nothing when the contact is not due soon.
 */
export function DueBadge({ daysUntilDue, overdue }: { daysUntilDue: number | null; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (overdue) {
    const late = daysOverdue(daysUntilDue ?? 0);
    return <span className="badge badge--danger">{t('dueBadge.overdue', { days: format.days(late) })}</span>;
  }
  if (daysUntilDue === null || daysUntilDue > DUE_SOON_DAYS) return null;
  return (
    <span className="badge badge--warning">
      {daysUntilDue <= 0 ? t('dueBadge.dueToday') : t('dueBadge.dueSoon', { days: format.days(daysUntilDue) })}
    </span>
  );
}
