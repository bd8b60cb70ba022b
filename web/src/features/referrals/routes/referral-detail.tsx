import type { Case } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { EditorPanel } from '../../../components/editor-panel';
import { NotFoundMessage } from '../../../components/not-found-message';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { errorMessage, isNotFoundError } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { isUuid } from '../../../lib/ids';
import { programOptionsQueryOptions } from '../../../lib/reference-data';
import { coordinates, worksOnCases } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { referralQueryOptions, useWithdrawReferral } from '../api';
import { AcceptPanel } from '../components/accept-form';
import { DeclineForm } from '../components/decline-form';
import { ReferralStatusBadge } from '../components/referral-status-badge';

type Deciding = 'accept' | 'decline' | 'withdraw' | null;
type Notice = { tone: 'success' | 'error'; text: string; caseId?: string };

export default function ReferralDetailRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const location = useLocation();
  const { referralId = '' } = useParams();
  const referral = useQuery({ ...referralQueryOptions(referralId), enabled: isUuid(referralId) });
  const programs = useQuery(programOptionsQueryOptions());
  const withdraw = useWithdrawReferral();
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [notice, setNotice] = useState<Notice | null>(
    (location.state as { created?: boolean } | null)?.created
      ? { tone: 'success', text: t('referrals.created') }
      : null,
  );
  const actions = useRef<HTMLDivElement>(null);

  if (!isUuid(referralId)) return <NotFoundMessage />;
  if (referral.isPending) return <PageLoader />;
  if (referral.isError && isNotFoundError(referral.error)) return <NotFoundMessage />;
  if (referral.isError) {
    return (
      <div className="page">
        <DocumentTitle page={t('referrals.detailTitle')} />
        <h1>{t('referrals.detailTitle')}</h1>
        <QueryError error={referral.error} onRetry={() => void referral.refetch()} />
      </div>
    );
  }

  const data = referral.data;
  const isNew = data.status === 'new';
  const decides = coordinates(me.role);
  const mayWithdraw = isNew && (decides || data.createdBy === me.id);
  const program = programs.data?.find((candidate) => candidate.id === data.programId);
  const close = (next: Notice | null) => {
    setDeciding(null);
    setNotice(next);
    requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
  };
  const open = (what: Deciding) => {
    setNotice(null);
    setDeciding(what);
  };

  return (
    <div className="page">
      <DocumentTitle page={t('referrals.detailTitle')} />
      <p className="breadcrumb">
        <Link to="/referrals">{decides ? t('referrals.inboxTitle') : t('referrals.mineTitle')}</Link>
      </p>
      <h1>
        {t('referrals.detailHeading', { name: data.household.displayName ?? data.household.reference })}
        {data.household.displayName && (
          <>
            {' '}
            <span className="muted case-header__ref">{data.household.reference}</span>
          </>
        )}
      </h1>
      <p className="badge-row">
        <ReferralStatusBadge status={data.status} />
      </p>

      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} live={false}>
            {notice.text} {notice.caseId && <Link to={`/cases/${notice.caseId}`}>{t('referrals.openCase')}</Link>}
          </Alert>
        )}
      </div>

      {isNew && (decides || mayWithdraw) && (
        <div className="button-row" ref={actions}>
          {decides && (
            <>
              <button
                type="button"
                className="button button--primary"
                aria-expanded={deciding === 'accept'}
                onClick={() => open('accept')}
              >
                {t('referrals.accept.open')}
              </button>
              <button
                type="button"
                className="button"
                aria-expanded={deciding === 'decline'}
                onClick={() => open('decline')}
              >
                {t('referrals.decline.open')}
              </button>
            </>
          )}
          {mayWithdraw && (
            <button
              type="button"
              className="button"
              aria-expanded={deciding === 'withdraw'}
              onClick={() => open('withdraw')}
            >
              {t('referrals.withdraw.open')}
            </button>
          )}
        </div>
      )}

      {deciding === 'accept' && (
        <EditorPanel title={t('referrals.accept.title')}>
          <AcceptPanel
            referral={data}
            onCancel={() => close(null)}
            onAccepted={({ case: opened }: { case: Case }) =>
              close({ tone: 'success', text: t('referrals.accept.done'), caseId: opened.id })
            }
          />
        </EditorPanel>
      )}
      {deciding === 'decline' && (
        <EditorPanel title={t('referrals.decline.title')}>
          <DeclineForm
            referral={data}
            onCancel={() => close(null)}
            onDeclined={() => close({ tone: 'success', text: t('referrals.decline.done') })}
          />
        </EditorPanel>
      )}
      {deciding === 'withdraw' && (
        <EditorPanel title={t('referrals.withdraw.title')}>
          <p>{t('referrals.withdraw.body')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(data.id, {
                  onSuccess: () => close({ tone: 'success', text: t('referrals.withdraw.done') }),
                  onError: (error) => close({ tone: 'error', text: errorMessage(error, t) }),
                })
              }
            >
              {withdraw.isPending ? t('common.saving') : t('referrals.withdraw.confirm')}
            </button>
            <button type="button" className="button" onClick={() => close(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </EditorPanel>
      )}

      <section className="card" aria-labelledby="referral-details-title">
        <h2 id="referral-details-title">{t('referrals.details')}</h2>
        <dl className="meta meta--grid">
          <dt>{t('referrals.fields.household')}</dt>
          <dd>
            {worksOnCases(me.role) ? (
              <Link to={`/households/${data.household.id}`}>
                {data.household.displayName} ({data.household.reference})
              </Link>
            ) : data.household.displayName ? (
              `${data.household.displayName} (${data.household.reference})`
            ) : (
              // The API names the household only to those who may read its file.
              data.household.reference
            )}
          </dd>
          <dt>{t('referrals.fields.receivedAt')}</dt>
          <dd>
            <time dateTime={data.receivedAt}>{format.dateTime(data.receivedAt)}</time>
          </dd>
          <dt>{t('referrals.fields.referrerService')}</dt>
          <dd>{data.referrerService}</dd>
          <dt>{t('referrals.fields.referrerContact')}</dt>
          <dd>{data.referrerContact ?? '—'}</dd>
          <dt>{t('referrals.fields.program')}</dt>
          <dd>{data.programId ? (program?.name ?? '…') : t('referrals.form.programUnknown')}</dd>
          <dt>{t('referrals.fields.personAgreed')}</dt>
          <dd>{data.personAgreed ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('referrals.fields.reason')}</dt>
          <dd className="prewrap">{data.reason}</dd>
        </dl>
      </section>

      {data.status !== 'new' && (
        <section className="card" aria-labelledby="referral-decision-title">
          <h2 id="referral-decision-title">{t('referrals.decision')}</h2>
          <dl className="meta meta--grid">
            <dt>{t('common.status')}</dt>
            <dd>{t(`enums.referralStatus.${data.status}`)}</dd>
            {data.decidedAt && (
              <>
                <dt>{t('referrals.fields.decidedAt')}</dt>
                <dd>
                  <time dateTime={data.decidedAt}>{format.dateTime(data.decidedAt)}</time>
                </dd>
              </>
            )}
            {data.declineReason && (
              <>
                <dt>{t('referrals.decline.reason')}</dt>
                <dd>{t(`enums.declineReason.${data.declineReason}`)}</dd>
              </>
            )}
            {data.decisionNote && (
              <>
                <dt>{t('referrals.fields.decisionNote')}</dt>
                <dd className="prewrap">{data.decisionNote}</dd>
              </>
            )}
            {data.caseId && worksOnCases(me.role) && (
              <>
                <dt>{t('referrals.fields.case')}</dt>
                <dd>
                  <Link to={`/cases/${data.caseId}`}>{t('referrals.openCase')}</Link>
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
    </div>
  );
}
