import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { SuccessNotice } from '../../../components/form-parts';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { StaleNotice } from '../../../components/stale-notice';
import { isProblem } from '../../../lib/api-client';
import { errorMessage, isNotFoundError } from '../../../lib/errors';
import { isUuid } from '../../../lib/ids';
import { programsQueryOptions } from '../../../lib/reference-data';
import {
  caseBreakthroughsQueryOptions,
  caseInfoQueryOptions,
  planQueryOptions,
  useCreatePlan,
  useReloadPlan,
} from '../api';
import { BreakthroughBoard } from '../components/board';
import { PlanContent, PlanEditor } from '../components/plan-editor';
import { PlanStatusPanel } from '../components/plan-status';
import { PlanVersions } from '../components/plan-versions';

/**
 * The breakthrough plan of a case (cases of breakthrough-method programs): goals by life domain,
 * deadlocks, status and versions, and the board of the case's breakthroughs.
 */
export default function PlanRoute() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const valid = isUuid(caseId);
  const caseInfo = useQuery({ ...caseInfoQueryOptions(caseId), enabled: valid });
  const programs = useQuery(programsQueryOptions());
  const plan = useQuery({ ...planQueryOptions(caseId), enabled: valid });

  if (!valid) return <NotFoundMessage />;
  if (caseInfo.isPending || plan.isPending || programs.isPending) return <PageLoader />;
  if (caseInfo.isError && isNotFoundError(caseInfo.error)) return <NotFoundMessage />;
  const error = caseInfo.error ?? plan.error ?? programs.error;
  if (error || !caseInfo.data || plan.data === undefined) {
    return (
      <div className="page">
        <DocumentTitle page={t('plan.title')} />
        <h1>{t('plan.title')}</h1>
        <QueryError
          error={error}
          onRetry={() => {
            void caseInfo.refetch();
            void plan.refetch();
            void programs.refetch();
          }}
        />
      </div>
    );
  }

  const item = caseInfo.data;
  const method = programs.data?.find((program) => program.id === item.programId)?.method;
  const caseClosed = item.closedAt !== null;
  const heading = t('plan.pageTitle', { name: item.household.displayName });

  return (
    <div className="page plan-page">
      <DocumentTitle page={heading} />
      <p className="breadcrumb">
        <Link to={`/cases/${item.id}`}>{t('plan.backToCase', { name: item.household.displayName })}</Link>
      </p>
      <h1>
        {heading} <span className="muted case-header__ref">{item.household.reference}</span>
      </h1>
      <p className="lead">{t('plan.intro')}</p>

      {method !== undefined && method !== 'breakthrough' && plan.data === null ? (
        <Alert tone="info" title={t('plan.notBreakthroughTitle')}>
          <p>{t('plan.notBreakthrough', { program: item.programName })}</p>
        </Alert>
      ) : plan.data === null ? (
        <NoPlanYet caseId={item.id} caseClosed={caseClosed} />
      ) : (
        <PlanSections caseId={item.id} caseClosed={caseClosed} />
      )}
    </div>
  );
}

function NoPlanYet({ caseId, caseClosed }: { caseId: string; caseClosed: boolean }) {
  const { t } = useTranslation();
  const create = useCreatePlan(caseId);
  const [problem, setProblem] = useState<string | null>(null);
  const open = () => {
    setProblem(null);
    create.mutate(
      { goals: [], deadlocks: [] },
      {
        onError: (error) => {
          if (
            isProblem(error, 'not-breakthrough-program') ||
            isProblem(error, 'case-closed') ||
            isProblem(error, 'plan-exists')
          ) {
            return setProblem(
              t(`breakthroughs.problems.${error.slug as 'not-breakthrough-program' | 'case-closed' | 'plan-exists'}`),
            );
          }
          setProblem(errorMessage(error, t));
        },
      },
    );
  };
  return (
    <section className="card card--accent" aria-labelledby="no-plan-title">
      <h2 id="no-plan-title">{t('plan.none')}</h2>
      <p>{t('plan.noneBody')}</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      {caseClosed ? (
        <p className="muted">{t('breakthroughs.problems.case-closed')}</p>
      ) : (
        <button type="button" className="button button--primary" onClick={open} disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('plan.open')}
        </button>
      )}
    </section>
  );
}

function PlanSections({ caseId, caseClosed }: { caseId: string; caseClosed: boolean }) {
  const { t } = useTranslation();
  const plan = useQuery(planQueryOptions(caseId));
  const breakthroughs = useQuery(caseBreakthroughsQueryOptions(caseId));
  const reload = useReloadPlan(caseId);
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!plan.data) return null;
  const current = plan.data;
  const editable = current.status !== 'completed' && !caseClosed;
  const proposes = current.status !== 'completed' && !caseClosed;

  return (
    <>
      <section className="card" aria-labelledby="plan-status-title">
        <h2 id="plan-status-title">{t('plan.statusTitle')}</h2>
        <PlanStatusPanel plan={current} caseClosed={caseClosed} />
      </section>

      <section className="card" aria-labelledby="plan-content-title">
        <div className="section-header">
          <h2 id="plan-content-title">{t('plan.contentTitle')}</h2>
          {editable && !editing && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('plan.edit')}
            </button>
          )}
        </div>
        <SuccessNotice>{saved && t('plan.saved')}</SuccessNotice>
        {stale && (
          <StaleNotice
            onReload={() => {
              setStale(false);
              setEditing(false);
              void reload();
            }}
          />
        )}
        {editing ? (
          <EditorPanel title={t('plan.editTitle')}>
            <PlanEditor
              plan={current}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
              onCancel={() => setEditing(false)}
              onStale={() => setStale(true)}
            />
          </EditorPanel>
        ) : (
          <PlanContent plan={current} />
        )}
      </section>

      <section aria-labelledby="plan-board-title">
        <div className="section-header">
          <div>
            <h2 id="plan-board-title">{t('board.title')}</h2>
            <p className="muted">{t('board.intro')}</p>
          </div>
          {proposes && (
            <Link to={`/cases/${caseId}/plan/breakthroughs/new`} className="button button--primary">
              {t('breakthroughs.new')}
            </Link>
          )}
        </div>
        {breakthroughs.isPending ? (
          <PageLoader />
        ) : breakthroughs.isError ? (
          <QueryError error={breakthroughs.error} onRetry={() => void breakthroughs.refetch()} />
        ) : breakthroughs.data.length === 0 ? (
          <p className="empty-state">{t('board.none')}</p>
        ) : (
          <BreakthroughBoard breakthroughs={breakthroughs.data} />
        )}
      </section>

      <section className="card" aria-labelledby="plan-versions-title">
        <h2 id="plan-versions-title">{t('plan.versions.title')}</h2>
        <PlanVersions caseId={caseId} />
      </section>
    </>
  );
}
