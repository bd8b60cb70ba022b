import { type InquiryChannel, type InquiryOutcome, inquiryChannels, inquiryOutcomes } from '@percee/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { CsvExport } from '../../../components/csv-export';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { type Notice, NoticeRegion } from '../../../components/form-parts';
import { ListStatus } from '../../../components/list-status';
import { LoadMore } from '../../../components/load-more';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { followsReferrals } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { type InquiryFilters, inquiriesQueryOptions, useLogInquiry } from '../api';
import { type InquiryDraft, InquiryForm } from '../components/inquiry-form';

/** What the referral form hands back once the referral is sent (see the new-referral route). */
interface ReturnedFromReferral {
  referralId?: string;
  carry?: InquiryDraft;
}

/** Local calendar day → the instant it starts (the list's `from`), or the start of the next day (`to`). */
const dayStart = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};

/**
 * The help desk: log an inquiry in a few clicks, see the recent ones with filters, export them.
 * Reception roles only (coordinators, case workers, admins), as the API allows.
 */
export default function HelpDeskRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const logInquiry = useLogInquiry();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [days, setDays] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [channel, setChannel] = useState<InquiryChannel | ''>('');
  const [outcome, setOutcome] = useState<InquiryOutcome | ''>('');
  const filters: InquiryFilters = {
    channel: channel || undefined,
    outcome: outcome || undefined,
    from: days.from ? dayStart(days.from) : undefined,
    to: days.to ? dayStart(days.to, 1) : undefined,
  };
  const inquiries = useKeysetList(inquiriesQueryOptions(filters));

  // Back from the referral form with the referral sent: log the inquiry that led to it, once.
  const returned = location.state as ReturnedFromReferral | null;
  const handled = useRef(false);
  useEffect(() => {
    if (handled.current || !returned?.referralId || !returned.carry) return;
    handled.current = true;
    const { carry, referralId } = returned;
    navigate('.', { replace: true, state: null });
    logInquiry.mutate(
      { ...carry, outcome: 'referral_created', referralId, receivedAt: new Date().toISOString() },
      {
        onSuccess: () => setNotice({ tone: 'success', text: t('helpDesk.loggedWithReferral') }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  }, [returned, navigate, logInquiry, t]);

  const items = inquiries.items;

  return (
    <div className="page">
      <DocumentTitle page={t('helpDesk.title')} />
      <h1>{t('helpDesk.title')}</h1>
      <p className="lead">{t('helpDesk.intro')}</p>

      <NoticeRegion notice={notice} />

      <section className="card no-print" aria-labelledby={`${id}-log`}>
        <h2 id={`${id}-log`}>{t('helpDesk.logTitle')}</h2>
        <InquiryForm
          onLogged={() => setNotice({ tone: 'success', text: t('helpDesk.logged') })}
          onContinueToReferral={(draft) =>
            // The draft rides in the history state, never in the URL.
            navigate('/referrals/new', { state: { returnTo: '/help-desk', carry: draft } })
          }
        />
      </section>

      <section aria-labelledby={`${id}-recent`}>
        <h2 id={`${id}-recent`}>{t('helpDesk.recent')}</h2>
        <form className="filters" aria-label={t('helpDesk.filters')} onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-channel`}>
              {t('helpDesk.fields.channel')}
            </label>
            <select
              id={`${id}-channel`}
              value={channel}
              onChange={(event) => setChannel(event.target.value as InquiryChannel | '')}
            >
              <option value="">{t('helpDesk.all')}</option>
              {inquiryChannels.map((value) => (
                <option key={value} value={value}>
                  {t(`enums.inquiryChannel.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-outcome`}>
              {t('helpDesk.fields.outcome')}
            </label>
            <select
              id={`${id}-outcome`}
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as InquiryOutcome | '')}
            >
              <option value="">{t('helpDesk.all')}</option>
              {inquiryOutcomes.map((value) => (
                <option key={value} value={value}>
                  {t(`enums.inquiryOutcome.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-from`}>
              {t('helpDesk.fields.from')}
            </label>
            <input
              id={`${id}-from`}
              type="date"
              value={days.from}
              max={days.to || undefined}
              onChange={(event) => setDays({ ...days, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-to`}>
              {t('helpDesk.fields.to')}
            </label>
            <input
              id={`${id}-to`}
              type="date"
              value={days.to}
              min={days.from || undefined}
              onChange={(event) => setDays({ ...days, to: event.target.value })}
            />
          </div>
        </form>
        <CsvExport path="/inquiries.csv" query={{ ...filters }} fallbackName="inquiries.csv" />

        <ListStatus query={inquiries} count={items.length} empty={t('helpDesk.empty')}>
          <DataTable
            caption={t('helpDesk.tableCaption')}
            columns={[
              { label: t('helpDesk.fields.receivedAt') },
              { label: t('helpDesk.fields.channel') },
              { label: t('helpDesk.fields.topic') },
              { label: t('helpDesk.fields.outcome') },
            ]}
          >
            <tbody>
              {items.map((inquiry) => (
                <tr key={inquiry.id}>
                  <td data-label={t('helpDesk.fields.receivedAt')}>
                    <time dateTime={inquiry.receivedAt}>{format.dateTime(inquiry.receivedAt)}</time>
                  </td>
                  <td data-label={t('helpDesk.fields.channel')}>{t(`enums.inquiryChannel.${inquiry.channel}`)}</td>
                  <th scope="row" data-label={t('helpDesk.fields.topic')}>
                    {/* Null for admins when the inquiry led to a referral (that household's file). */}
                    {inquiry.topic ?? '—'}
                  </th>
                  <td data-label={t('helpDesk.fields.outcome')}>
                    {t(`enums.inquiryOutcome.${inquiry.outcome}`)}
                    {inquiry.routedTo && <span className="cell-secondary">{inquiry.routedTo}</span>}
                    {inquiry.referralId && followsReferrals(me.role) && (
                      <span className="cell-secondary">
                        <Link to={`/referrals/${inquiry.referralId}`}>{t('helpDesk.seeReferral')}</Link>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore
            hasNextPage={inquiries.hasNextPage}
            isFetchingNextPage={inquiries.isFetchingNextPage}
            fetchNextPage={inquiries.fetchNextPage}
          />
        </ListStatus>
      </section>
    </div>
  );
}
