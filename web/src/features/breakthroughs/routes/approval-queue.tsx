import { type Breakthrough, returnPerEuroHundredths } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { costCatalogueQueryOptions } from '../../../lib/reference-data';
import { approvesBreakthroughs } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { approvalQueueQueryOptions, type QueueEntry } from '../api';
import { breakthroughPagePath } from '../components/board';
import { PricedLines } from '../components/figures';
import { TransitionPanel } from '../components/transition-panel';

const SIGN_OFF = ['approved', 'abandoned'] as const;

/** Breakthroughs awaiting a coordinator's sign-off, oldest first: approve or reject, with a comment. */
export default function ApprovalQueueRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const queue = useKeysetList(approvalQueueQueryOptions());
  const entries = queue.items;
  const [decided, setDecided] = useState<Breakthrough | null>(null);
  const signsOff = approvesBreakthroughs(me.role);

  return (
    <div className="page">
      <DocumentTitle page={t('queue.title')} />
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      {!signsOff && <Alert tone="info">{t('queue.coordinatorsOnly')}</Alert>}
      <div aria-live="polite">
        {decided && (
          <Alert tone="success" live={false}>
            {t(decided.status === 'approved' ? 'queue.approved' : 'queue.rejected', { title: decided.title })}
          </Alert>
        )}
      </div>
      <ListStatus query={queue} count={entries.length} empty={t('queue.empty')}>
        {!queue.hasNextPage && <p className="toolbar__summary">{t('queue.count', { count: entries.length })}</p>}
        <ul className="card-list">
          {entries.map((entry) => (
            <QueueItem key={entry.breakthrough.id} entry={entry} signsOff={signsOff} onDecided={setDecided} />
          ))}
        </ul>
        <LoadMore {...queue} />
      </ListStatus>
    </div>
  );
}

function QueueItem({
  entry,
  signsOff,
  onDecided,
}: {
  entry: QueueEntry;
  signsOff: boolean;
  onDecided: (moved: Breakthrough) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const catalogue = useQuery(costCatalogueQueryOptions(true));
  const { breakthrough, household } = entry;
  const { expected } = breakthrough;
  const perEuro = returnPerEuroHundredths(expected.grossAvoidedCents, expected.interventionCents);
  const titleId = `queue-${breakthrough.id}`;
  return (
    <li className="card-list__item queue-item" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-list__title">
        <Link to={breakthroughPagePath(breakthrough)}>{breakthrough.title}</Link>
      </h2>
      <p className="cell-secondary">
        <Link to={`/cases/${breakthrough.caseId}/plan`}>
          {household.displayName} · {household.reference}
        </Link>
      </p>
      <dl className="meta meta--inline">
        <div>
          <dt>{t('breakthroughs.fields.category')}</dt>
          <dd>{t(`enums.breakthroughCategory.${breakthrough.category}`)}</dd>
        </div>
        <div>
          <dt>{t('breakthroughs.fields.responsible')}</dt>
          <dd>{breakthrough.responsible}</dd>
        </div>
        <div>
          <dt>{t('breakthroughs.fields.proposed')}</dt>
          <dd>
            {t('breakthroughs.proposedBy', {
              name: breakthrough.proposedBy.displayName,
              date: format.date(breakthrough.proposedOn),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('breakthroughs.fields.intervention')}</dt>
          <dd>{format.euros(breakthrough.interventionCents)}</dd>
        </div>
        <div>
          <dt>{t('figures.expectedNet')}</dt>
          <dd>{format.euros(expected.netAvoidedCents)}</dd>
        </div>
        <div>
          <dt>{t('figures.returnPerEuro')}</dt>
          <dd>{perEuro === null ? t('figures.noReturn') : t('figures.perEuro', { amount: format.euros(perEuro) })}</dd>
        </div>
      </dl>
      <details className="disclosure">
        <summary>{t('queue.scenario')}</summary>
        {catalogue.data ? <PricedLines breakthrough={breakthrough} catalogue={catalogue.data} /> : <PageLoader />}
      </details>
      {signsOff && <TransitionPanel breakthrough={breakthrough} signsOff only={SIGN_OFF} onMoved={onDecided} />}
    </li>
  );
}
