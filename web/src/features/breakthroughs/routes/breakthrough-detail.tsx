import { type Breakthrough, isFinalBreakthroughStatus } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { SuccessNotice } from '../../../components/form-parts';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { StaleNotice } from '../../../components/stale-notice';
import { isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { costCatalogueQueryOptions } from '../../../lib/reference-data';
import { approvesBreakthroughs } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { breakthroughQueryOptions, caseInfoQueryOptions, useReloadBreakthrough } from '../api';
import { BreakthroughStatusBadge } from '../components/badges';
import { DetailsForm, ScenarioForm } from '../components/edit-forms';
import { PricedLines, StoredFigures } from '../components/figures';
import { TransitionPanel } from '../components/transition-panel';

type Editing = 'details' | 'scenario' | null;

export default function BreakthroughDetailRoute() {
  const { t } = useTranslation();
  const { caseId = '', breakthroughId = '' } = useParams();
  const valid = isUuid(caseId) && isUuid(breakthroughId);
  const caseInfo = useQuery({ ...caseInfoQueryOptions(caseId), enabled: valid });
  const breakthrough = useQuery({ ...breakthroughQueryOptions(breakthroughId), enabled: valid });

  if (!valid) return <NotFoundMessage />;
  if (breakthrough.isPending || caseInfo.isPending) return <PageLoader />;
  if (
    (breakthrough.isError && isNotFoundError(breakthrough.error)) ||
    (caseInfo.isError && isNotFoundError(caseInfo.error)) ||
    (breakthrough.data && breakthrough.data.caseId !== caseId)
  ) {
    return <NotFoundMessage />;
  }
  if (breakthrough.isError || caseInfo.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('breakthroughs.title')} />
        <h1>{t('breakthroughs.title')}</h1>
        <QueryError
          error={breakthrough.error ?? caseInfo.error}
          onRetry={() => {
            void breakthrough.refetch();
            void caseInfo.refetch();
          }}
        />
      </div>
    );
  }
  return <BreakthroughPage breakthrough={breakthrough.data} householdName={caseInfo.data.household.displayName} />;
}

function BreakthroughPage({ breakthrough, householdName }: { breakthrough: Breakthrough; householdName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const location = useLocation();
  const catalogue = useQuery(costCatalogueQueryOptions(true));
  const reload = useReloadBreakthrough();
  const [editing, setEditing] = useState<Editing>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState<Editing>(null);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const open = !isFinalBreakthroughStatus(breakthrough.status);
  const { decision } = breakthrough;

  const edit = (what: Editing) => {
    setSaved(null);
    setStale(false);
    setEditing(what);
  };

  return (
    <div className="page breakthrough-page">
      <DocumentTitle page={breakthrough.title} />
      <p className="breadcrumb">
        <Link to={`/cases/${breakthrough.caseId}/plan`}>{t('breakthroughs.backToPlan', { name: householdName })}</Link>
      </p>
      <header className="case-header">
        <h1>{breakthrough.title}</h1>
        <p className="badge-row">
          <BreakthroughStatusBadge status={breakthrough.status} />
          {breakthrough.needsApproval && (
            <span className="badge badge--neutral">{t('breakthroughs.needsApprovalBadge')}</span>
          )}
        </p>
      </header>
      <SuccessNotice>
        {saved
          ? t(saved === 'details' ? 'breakthroughs.saved' : 'scenario.saved')
          : created && t('breakthroughs.created')}
      </SuccessNotice>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            setEditing(null);
            void reload(breakthrough);
          }}
        />
      )}

      <section className="card" aria-labelledby="breakthrough-details-title">
        <div className="section-header">
          <h2 id="breakthrough-details-title">{t('breakthroughs.details')}</h2>
          {open && editing !== 'details' && (
            <button type="button" className="button" onClick={() => edit('details')}>
              {t('breakthroughs.edit')}
            </button>
          )}
        </div>
        {editing === 'details' ? (
          <EditorPanel title={t('breakthroughs.editTitle')}>
            <DetailsForm
              breakthrough={breakthrough}
              onSaved={() => {
                setEditing(null);
                setSaved('details');
              }}
              onCancel={() => setEditing(null)}
              onStale={() => setStale(true)}
            />
          </EditorPanel>
        ) : (
          <dl className="meta meta--grid">
            <dt>{t('breakthroughs.fields.category')}</dt>
            <dd>{t(`enums.breakthroughCategory.${breakthrough.category}`)}</dd>
            <dt>{t('breakthroughs.fields.domain')}</dt>
            <dd>{t(`enums.problemDomain.${breakthrough.domain}`)}</dd>
            <dt>{t('breakthroughs.fields.responsible')}</dt>
            <dd>{breakthrough.responsible}</dd>
            <dt>{t('breakthroughs.fields.intervention')}</dt>
            <dd>{format.euros(breakthrough.interventionCents)}</dd>
            <dt>{t('breakthroughs.fields.dueDate')}</dt>
            <dd>{breakthrough.dueDate ? format.date(breakthrough.dueDate) : '—'}</dd>
            <dt>{t('breakthroughs.fields.proposed')}</dt>
            <dd>
              {t('breakthroughs.proposedBy', {
                name: breakthrough.proposedBy.displayName,
                date: format.date(breakthrough.proposedOn),
              })}
            </dd>
            {decision && (
              <>
                <dt>{t('breakthroughs.fields.decision')}</dt>
                <dd>
                  {t(decision.outcome === 'approved' ? 'breakthroughs.approvedBy' : 'breakthroughs.rejectedBy', {
                    name: decision.by.displayName,
                    date: format.date(decision.at),
                  })}
                  {decision.comment && <span className="cell-secondary prewrap">{decision.comment}</span>}
                </dd>
              </>
            )}
            {breakthrough.startedAt && (
              <>
                <dt>{t('breakthroughs.fields.startedAt')}</dt>
                <dd>{format.date(breakthrough.startedAt)}</dd>
              </>
            )}
            {breakthrough.achievedOn && (
              <>
                <dt>{t('breakthroughs.fields.achievedOn')}</dt>
                <dd>{format.date(breakthrough.achievedOn)}</dd>
              </>
            )}
            {breakthrough.abandonedAt && (
              <>
                <dt>{t('breakthroughs.fields.abandonedAt')}</dt>
                <dd>
                  {format.date(breakthrough.abandonedAt)}
                  {breakthrough.abandonReason && (
                    <span className="cell-secondary prewrap">{breakthrough.abandonReason}</span>
                  )}
                </dd>
              </>
            )}
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="breakthrough-moves-title">
        <h2 id="breakthrough-moves-title">{t('transition.title')}</h2>
        <TransitionPanel breakthrough={breakthrough} signsOff={approvesBreakthroughs(me.role)} />
      </section>

      <section className="card" aria-labelledby="breakthrough-figures-title">
        <h2 id="breakthrough-figures-title">{t('figures.title')}</h2>
        {breakthrough.realised && (
          <StoredFigures
            figures={breakthrough.realised}
            title={t('figures.realised')}
            note={t('figures.realisedNote', { date: format.date(breakthrough.realised.referenceDate) })}
          />
        )}
        <StoredFigures
          figures={breakthrough.expected}
          title={t('figures.expected')}
          note={t('figures.expectedNote', { date: format.date(breakthrough.expected.referenceDate) })}
        />
      </section>

      <section className="card" aria-labelledby="breakthrough-scenario-title">
        <div className="section-header">
          <h2 id="breakthrough-scenario-title">{t('scenario.title')}</h2>
          {open && editing !== 'scenario' && (
            <button type="button" className="button" onClick={() => edit('scenario')}>
              {t('scenario.edit')}
            </button>
          )}
        </div>
        {catalogue.isPending ? (
          <PageLoader />
        ) : catalogue.isError ? (
          <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
        ) : editing === 'scenario' ? (
          <EditorPanel title={t('scenario.editTitle')}>
            <ScenarioForm
              breakthrough={breakthrough}
              catalogue={catalogue.data}
              onSaved={() => {
                setEditing(null);
                setSaved('scenario');
              }}
              onCancel={() => setEditing(null)}
              onStale={() => setStale(true)}
            />
          </EditorPanel>
        ) : (
          <PricedLines breakthrough={breakthrough} catalogue={catalogue.data} />
        )}
      </section>
    </div>
  );
}
