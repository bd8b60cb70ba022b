import type { Referral } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { isUuid } from '../../../lib/ids';
import { followsReferrals } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { pickedHouseholdQueryOptions } from '../api';
import { ReferralForm } from '../components/referral-form';

export default function NewReferralRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const location = useLocation();
  // A page that sent the person here (the help desk) may ask to come back once the referral is sent,
  // with what it carried and the new referral's id; in the history state, never in the URL.
  const origin = location.state as { returnTo?: unknown; carry?: unknown } | null;
  const returnTo = typeof origin?.returnTo === 'string' && origin.returnTo.startsWith('/') ? origin.returnTo : null;
  const [sent, setSent] = useState<Referral | null>(null);
  const [params] = useSearchParams();
  const householdParam = params.get('householdId');
  const householdId = isUuid(householdParam) ? householdParam : null;
  const household = useQuery({ ...pickedHouseholdQueryOptions(householdId ?? ''), enabled: householdId !== null });

  const applicant = household.data?.members.find((member) => member.role === 'applicant') ?? household.data?.members[0];
  const initialHousehold = household.data
    ? {
        id: household.data.id,
        label: applicant
          ? `${applicant.firstName} ${applicant.lastName} (${household.data.reference})`
          : household.data.reference,
      }
    : null;

  return (
    <div className="page page--form">
      <DocumentTitle page={t('referrals.new')} />
      <h1>{t('referrals.new')}</h1>
      <p className="lead">{t('referrals.form.intro')}</p>
      {sent ? (
        // Case workers refer, but do not follow referrals: they go back to the household.
        <Alert tone="success" title={t('referrals.created')}>
          <p>
            <Link to={`/households/${sent.household.id}`}>{t('referrals.backToHousehold')}</Link>
          </p>
        </Alert>
      ) : householdId && household.isPending ? (
        <PageLoader />
      ) : householdId && household.isError ? (
        <QueryError error={household.error} onRetry={() => void household.refetch()} />
      ) : (
        <ReferralForm
          initialHousehold={initialHousehold}
          onCreated={(referral) =>
            returnTo
              ? navigate(returnTo, { state: { referralId: referral.id, carry: origin?.carry } })
              : followsReferrals(me.role)
                ? navigate(`/referrals/${referral.id}`, { state: { created: true } })
                : setSent(referral)
          }
          onCancel={() => navigate(-1)}
        />
      )}
    </div>
  );
}
