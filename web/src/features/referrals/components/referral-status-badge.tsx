import type { ReferralStatus } from '@percee/shared';
import { useTranslation } from 'react-i18next';

const TONE: Record<ReferralStatus, string> = {
  new: 'badge--info',
  accepted: 'badge--active',
  declined: 'badge--danger',
  withdrawn: 'badge--inactive',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`enums.referralStatus.${status}`)}</span>;
}
