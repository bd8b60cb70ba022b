import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { ourCaseQueryOptions } from '../api';
import { PartnerUpdateForm, PartnerUpdateList } from '../components/partner-updates';

/** The reduced view of one case for a partner: no names, notes, assessments, problems, aid or money. */
export default function OurCaseRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { caseId = '' } = useParams();
  const found = useQuery({ ...ourCaseQueryOptions(caseId), enabled: isUuid(caseId) });

  const back = (
    <p>
      <Link to="/partner/cases">{t('partnerCases.back')}</Link>
    </p>
  );
  if (!isUuid(caseId) || (found.isError && isNotFoundError(found.error))) {
    return (
      <div className="page">
        <DocumentTitle page={t('partnerCases.title')} />
        <h1>{t('partnerCases.title')}</h1>
        <p role="status">{t('partnerCases.notAvailable')}</p>
        {back}
      </div>
    );
  }
  if (found.isPending) return <PageLoader />;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  const item = found.data;
  return (
    <div className="page">
      <DocumentTitle page={item.reference} />
      {back}
      <h1>{t('partnerCases.caseTitle', { reference: item.reference })}</h1>
      <section className="card" aria-labelledby="partner-case-summary">
        <h2 id="partner-case-summary">{t('partnerCases.summary')}</h2>
        <dl className="definition-list">
          <dt>{t('partnerCases.stage')}</dt>
          <dd>{t(`enums.stage.${item.stage}`)}</dd>
          <dt>{t('partnerCases.program')}</dt>
          <dd>{item.programName}</dd>
          <dt>{t('partnerCases.nextContact')}</dt>
          <dd>{item.nextContactAt ? format.date(item.nextContactAt) : '—'}</dd>
          <dt>{t('partnerUpdates.caseManager')}</dt>
          <dd>{item.caseManager.displayName}</dd>
          <dt>{t('partnerUpdates.workPhone')}</dt>
          <dd>
            {item.caseManager.workPhone ? (
              <a href={`tel:${item.caseManager.workPhone.replace(/[^\d+]/g, '')}`}>{item.caseManager.workPhone}</a>
            ) : (
              t('partnerUpdates.noPhone')
            )}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="partner-case-involvements">
        <h2 id="partner-case-involvements">{t('partnerCases.involvements')}</h2>
        <ul className="plain-list">
          {item.involvements.map((involvement) => (
            <li key={involvement.id}>
              {t(`enums.consentPurpose.${involvement.purpose}`)} ·{' '}
              {t('partnerCases.since', { date: format.date(involvement.startedAt) })}
              {involvement.note && <span className="cell-secondary">{involvement.note}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="partner-case-updates">
        <h2 id="partner-case-updates">{t('partnerUpdates.title')}</h2>
        <p className="muted">{t('partnerUpdates.intro')}</p>
        <PartnerUpdateForm caseId={item.id} />
        <PartnerUpdateList caseId={item.id} />
      </section>
    </div>
  );
}
