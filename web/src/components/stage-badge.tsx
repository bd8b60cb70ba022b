import type { CaseStage } from '@percee/shared';
import { useTranslation } from 'react-i18next';

/** The stage of a case in the six-stage cycle. */
export function StageBadge({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  return <span className={`badge badge--stage badge--stage-${stage}`}>{t(`enums.stage.${stage}`)}</span>;
}
