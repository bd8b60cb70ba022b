import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isNotFoundError } from '../../../lib/errors';
import { isUuid } from '../../../lib/ids';
import { caseInfoQueryOptions } from '../api';
import { breakthroughPagePath } from '../components/board';
import { ProposalForm } from '../components/proposal-form';

export default function NewBreakthroughRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
  const valid = isUuid(caseId);
  const caseInfo = useQuery({ ...caseInfoQueryOptions(caseId), enabled: valid });

  if (!valid) return <NotFoundMessage />;
  if (caseInfo.isPending) return <PageLoader />;
  if (caseInfo.isError && isNotFoundError(caseInfo.error)) return <NotFoundMessage />;
  if (caseInfo.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('breakthroughs.newTitle')} />
        <h1>{t('breakthroughs.newTitle')}</h1>
        <QueryError error={caseInfo.error} onRetry={() => void caseInfo.refetch()} />
      </div>
    );
  }
  const item = caseInfo.data;
  return (
    <div className="page">
      <DocumentTitle page={t('breakthroughs.newTitle')} />
      <p className="breadcrumb">
        <Link to={`/cases/${item.id}/plan`}>{t('breakthroughs.backToPlan', { name: item.household.displayName })}</Link>
      </p>
      <h1>{t('breakthroughs.newTitle')}</h1>
      <p className="lead">{t('breakthroughs.newIntro', { name: item.household.displayName })}</p>
      <ProposalForm
        caseId={item.id}
        onCreated={(created) => navigate(breakthroughPagePath(created), { state: { created: true } })}
      />
    </div>
  );
}
