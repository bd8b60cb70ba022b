import { zodResolver } from '@hookform/resolvers/zod';
import { type LegalHold, LegalHoldCreate } from '@percee/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Field } from '../../../components/field';
import { SuccessNotice } from '../../../components/form-parts';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useServerForm, zodIssueMessage } from '../../../lib/forms';
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
  const [notice, setNotice] = useState<string | null>(null);

  const list = holds.items;
  // The active hold, if any, is the newest: always on the first page.
  const active: LegalHold | undefined = holds.data?.pages[0]?.items.find((hold) => hold.active);

  // Placing and releasing both take a reason (the same schema); the form acts on the active hold, if any.
  const {
    register,
    onSubmit,
    formError,
    reset,
    formState: { errors, isSubmitting },
  } = useServerForm(
    {
      resolver: zodResolver(LegalHoldCreate, {
        error: (issue) => (issue.code === 'too_small' ? t('legalHolds.reasonRequired') : zodIssueMessage(issue)),
      }),
      defaultValues: { reason: '' },
    },
    {
      serverFields: ['reason'],
      onAttempt: () => setNotice(null),
      submit: async ({ reason }) => {
        if (active) await release.mutateAsync({ holdId: active.id, reason });
        else await place.mutateAsync({ reason });
        reset({ reason: '' });
        setNotice(t(active ? 'legalHolds.released' : 'legalHolds.placed'));
      },
    },
  );

  return (
    <section className="card" aria-labelledby="legal-holds-title">
      <h2 id="legal-holds-title">{t('legalHolds.title')}</h2>
      <p className="muted">{t('legalHolds.intro')}</p>
      <SuccessNotice>{notice}</SuccessNotice>
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
          <form className="form" onSubmit={onSubmit} noValidate aria-busy={isSubmitting}>
            {formError && <Alert tone="error">{formError}</Alert>}
            <Field
              label={active ? t('legalHolds.releaseReason') : t('legalHolds.reason')}
              error={errors.reason?.message}
              required
            >
              {(control) => <textarea {...control} {...register('reason')} rows={2} maxLength={1000} />}
            </Field>
            <div className="button-row">
              <button type="submit" className="button" disabled={isSubmitting}>
                {active ? t('legalHolds.release') : t('legalHolds.place')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
