import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { planVersionsQueryOptions } from '../api';
import { PlanStatusBadge } from './badges';
import { PlanContent } from './plan-editor';

/** The versions of the plan, newest first, page by page: who changed what, and the plan as it was then. */
export function PlanVersions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useKeysetList(planVersionsQueryOptions(caseId));
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  const items = versions.items;
  if (items.length === 0) return <p className="muted">{t('plan.versions.empty')}</p>;
  return (
    <>
      <ol className="plain-list plan-versions">
        {items.map((version) => (
          <li key={version.version} className="journal__entry">
            <details className="disclosure">
              <summary>
                {t('plan.versions.summary', {
                  version: version.version,
                  change: t(`enums.planChange.${version.change}`),
                  date: format.dateTime(version.changedAt),
                  who: version.changedBy?.displayName ?? t('common.colleague'),
                })}
              </summary>
              <p className="badge-row">
                <PlanStatusBadge status={version.status} />
              </p>
              <PlanContent plan={version} />
            </details>
          </li>
        ))}
      </ol>
      <LoadMore {...versions} />
    </>
  );
}
