import type { LegalHold } from '@percee/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import { legalHoldsQueryOptions, usePlaceLegalHold, useReleaseLegalHold } from '../api';

/** Legal holds of a household (coordinators and admins): a held household is never erased by retention. */
export function LegalHolds({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const holds = useKeysetList(legalHoldsQueryOptions(householdId));
  const place = usePlaceLegalHold(householdId);
  const release = useReleaseLegalHold(householdId);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const reasonId = useId();

  const list = holds.items;
  // The active hold, if any, is the newest: always on the first page.
  const active: LegalHold | undefined = holds.data?.pages[0]?.items.find((hold) => hold.active);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (reason.trim().length < 3) {
      setNotice({ tone: 'error', text: t('legalHolds.reasonRequired') });
      return;
    }
    const done = {
      onSuccess: () => {
        setReason('');
        setNotice({ tone: 'success' as const, text: t(active ? 'legalHolds.released' : 'legalHolds.placed') });
      },
      onError: (error: unknown) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
    };
    if (active) release.mutate({ holdId: active.id, reason: reason.trim() }, done);
    else place.mutate({ reason: reason.trim() }, done);
  };

  return (
    <section className="card" aria-labelledby="legal-holds-title">
      <h2 id="legal-holds-title">{t('legalHolds.title')}</h2>
      <p className="muted">{t('legalHolds.intro')}</p>
      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} live={false}>
            {notice.text}
          </Alert>
        )}
      </div>
      {holds.isPending ? (
        <PageLoader />
      ) : holds.isError ? (
        <QueryError error={holds.error} onRetry={() => void holds.refetch()} />
      ) : (
        <>
          {list.length === 0 ? (
            <p>{t('legalHolds.none')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((hold) => (
                <li key={hold.id}>
                  <strong>{hold.active ? t('legalHolds.active') : t('legalHolds.inactive')}</strong> · {hold.reason}
                  <span className="cell-secondary">
                    {t('legalHolds.placedLine', { who: hold.placedBy.displayName, date: format.date(hold.placedAt) })}
                    {hold.releasedAt &&
                      ` · ${t('legalHolds.releasedLine', {
                        who: hold.releasedBy?.displayName ?? '—',
                        date: format.date(hold.releasedAt),
                        reason: hold.releaseReason ?? '',
                      })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <LoadMore {...holds} />
          <form className="form" onSubmit={submit} noValidate>
            <label htmlFor={reasonId}>{active ? t('legalHolds.releaseReason') : t('legalHolds.reason')}</label>
            <textarea
              id={reasonId}
              rows={2}
              maxLength={1000}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={place.isPending || release.isPending}>
                {active ? t('legalHolds.release') : t('legalHolds.place')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
