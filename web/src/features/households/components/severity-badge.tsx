import type { Severity } from '@percee/shared';
import { useTranslation } from 'react-i18next';

const TONE: Record<Severity, string> = {
  low: 'badge--neutral',
  medium: 'badge--info',
  high: 'badge--warning',
  critical: 'badge--danger',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[severity]}`}>{t(`enums.severity.${severity}`)}</span>;
}
