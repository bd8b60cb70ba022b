import type { BreakthroughStatus, PlanStatus } from '@percee/shared';
import { useTranslation } from 'react-i18next';

const breakthroughTone: Record<BreakthroughStatus, string> = {
  proposed: 'badge--warning',
  approved: 'badge--info',
  in_progress: 'badge--info',
  achieved: 'badge--active',
  abandoned: 'badge--inactive',
};

export function BreakthroughStatusBadge({ status }: { status: BreakthroughStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${breakthroughTone[status]}`}>{t(`enums.breakthroughStatus.${status}`)}</span>;
}

const planTone: Record<PlanStatus, string> = {
  draft: 'badge--warning',
  active: 'badge--info',
  completed: 'badge--active',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${planTone[status]}`}>{t(`enums.planStatus.${status}`)}</span>;
}
