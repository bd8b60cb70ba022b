import { referralStatuses } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CsvExport } from '../../../components/csv-export';
import { DocumentTitle } from '../../../components/document-title';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { programOptionsQueryOptions } from '../../../lib/reference-data';
import { coordinates } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { referralStatusFrom, referralsQueryOptions } from '../api';
import { ReferralStatusBadge } from '../components/referral-status-badge';

/**
 * Coordinators: the referral inbox, new referrals first (the default tab). Partners: the referrals
 * they made, with the decision taken on each.
 */
export default function ReferralsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [params] = useSearchParams();
  const status = referralStatusFrom(params);
  const referrals = useKeysetList(referralsQueryOptions(status));
  const programs = useQuery(programOptionsQueryOptions());
  const programNames = new Map((programs.data ?? []).map((program) => [program.id, program.name]));
  const title = coordinates(me.role) ? t('referrals.inboxTitle') : t('referrals.mineTitle');
  const items = referrals.items;

  return (
    <div className="page">
      <DocumentTitle page={title} />
      <div className="section-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{coordinates(me.role) ? t('referrals.inboxIntro') : t('referrals.mineIntro')}</p>
        </div>
        <Link to="/referrals/new" className="button button--primary">
          {t('referrals.new')}
        </Link>
      </div>

      <nav className="tabs" aria-label={t('referrals.statusTabs')}>
        {referralStatuses.map((value) => (
          <Link
            key={value}
            to={value === 'new' ? '/referrals' : `/referrals?status=${value}`}
            className="tabs__link"
            aria-current={value === status ? 'page' : undefined}
          >
            {t(`referrals.tabs.${value}`)}
          </Link>
        ))}
      </nav>
      <CsvExport path="/referrals.csv" query={{ status }} fallbackName="referrals.csv" />

      <ListStatus query={referrals} count={items.length} empty={t(`referrals.empty.${status}`)}>
        <ul className="card-list">
          {items.map((referral) => (
            <li key={referral.id} className="card-list__item">
              <h2 className="card-list__title">
                {/* Only those who may read the household's file get its name (partners: the reference). */}
                <Link to={`/referrals/${referral.id}`}>
                  {referral.household.displayName ?? referral.household.reference}
                </Link>
                {referral.household.displayName && (
                  <>
                    {' '}
                    <span className="muted card-list__reference">{referral.household.reference}</span>
                  </>
                )}
              </h2>
              <p className="badge-row">
                <ReferralStatusBadge status={referral.status} />
                {!referral.personAgreed && (
                  <span className="badge badge--warning">{t('referrals.noAgreementBadge')}</span>
                )}
              </p>
              <p className="card-list__excerpt">{referral.reason}</p>
              <dl className="meta meta--inline">
                <div>
                  <dt>{t('referrals.fields.referrerService')}</dt>
                  <dd>{referral.referrerService}</dd>
                </div>
                <div>
                  <dt>{t('referrals.fields.receivedAt')}</dt>
                  <dd>
                    <time dateTime={referral.receivedAt}>{format.dateTime(referral.receivedAt)}</time>
                  </dd>
                </div>
                {referral.programId && (
                  <div>
                    <dt>{t('referrals.fields.program')}</dt>
                    <dd>{programNames.get(referral.programId) ?? '—'}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
        <LoadMore {...referrals} />
      </ListStatus>
    </div>
  );
}
