import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { type Notice, NoticeRegion } from '../../../components/form-parts';
import { LoadMore } from '../../../components/load-more';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { errorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useKeysetList } from '../../../lib/keyset';
import {
  retentionPreviewQueryOptions,
  retentionSettingsQueryOptions,
  useRunRetention,
  useUpdateRetentionSettings,
} from '../api';
import { AdminSection } from '../components/admin-section';

/** The retention period, the dry run of what a run would pseudonymise now, and the run itself (confirmed). */
export default function RetentionRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useQuery(retentionSettingsQueryOptions());
  const preview = useKeysetList(retentionPreviewQueryOptions());
  // Totals and cutoff are the whole run's, on every page; the rows come page by page.
  const summary = preview.data?.pages[0];
  const candidates = preview.items;
  const update = useUpdateRetentionSettings();
  const run = useRunRetention();
  const [months, setMonths] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const monthsId = useId();

  useEffect(() => {
    if (settings.data) setMonths(String(settings.data.retentionMonths));
  }, [settings.data]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const value = Number(months);
    if (!Number.isInteger(value) || value < 1 || value > 600) {
      setNotice({ tone: 'error', text: t('retention.monthsInvalid') });
      return;
    }
    update.mutate(
      { retentionMonths: value },
      {
        onSuccess: () => setNotice({ tone: 'success', text: t('retention.saved') }),
        onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
      },
    );
  };

  const confirmRun = () => {
    setNotice(null);
    run.mutate(undefined, {
      onSuccess: (result) => {
        setConfirming(false);
        setNotice({ tone: 'success', text: t('retention.done', { count: result.pseudonymised.length }) });
      },
      onError: (error) => setNotice({ tone: 'error', text: errorMessage(error, t) }),
    });
  };

  return (
    <AdminSection titleId="retention-title" title={t('retention.title')} intro={t('retention.intro')}>
      <NoticeRegion notice={notice} />

      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form className="card form" onSubmit={save} noValidate>
          <label htmlFor={monthsId}>{t('retention.months')}</label>
          <p className="muted" id={`${monthsId}-hint`}>
            {t('retention.monthsHint')}
          </p>
          <div className="button-row">
            <input
              id={monthsId}
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              required
              aria-describedby={`${monthsId}-hint`}
              value={months}
              onChange={(event) => setMonths(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={update.isPending}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}

      <section className="card" aria-labelledby="retention-preview-title">
        <h3 id="retention-preview-title">{t('retention.previewTitle')}</h3>
        {preview.isPending ? (
          <PageLoader />
        ) : preview.isError ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !summary ? (
          <PageLoader />
        ) : (
          <>
            <p>
              {t('retention.previewSummary', {
                due: summary.due,
                held: summary.held,
                date: format.date(summary.cutoff),
              })}
            </p>
            {candidates.length === 0 ? (
              <p className="empty-state">{t('retention.nothingDue')}</p>
            ) : (
              <DataTable
                caption={t('retention.previewTitle')}
                columns={[
                  { label: t('retention.fields.reference') },
                  { label: t('retention.fields.lastClosedAt') },
                  { label: t('retention.fields.persons'), numeric: true },
                  { label: t('retention.fields.cases'), numeric: true },
                  { label: t('retention.fields.contacts'), numeric: true },
                  { label: t('common.status') },
                ]}
              >
                <tbody>
                  {candidates.map((item) => (
                    <tr key={item.householdId}>
                      <th scope="row" data-label={t('retention.fields.reference')}>
                        {item.reference}
                      </th>
                      <td data-label={t('retention.fields.lastClosedAt')}>
                        <time dateTime={item.lastClosedAt}>{format.date(item.lastClosedAt)}</time>
                      </td>
                      <td data-label={t('retention.fields.persons')} className="numeric">
                        {item.counts.persons}
                      </td>
                      <td data-label={t('retention.fields.cases')} className="numeric">
                        {item.counts.cases}
                      </td>
                      <td data-label={t('retention.fields.contacts')} className="numeric">
                        {item.counts.contacts}
                      </td>
                      <td data-label={t('common.status')}>{item.held ? t('retention.held') : t('retention.due')}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
            <LoadMore {...preview} />
            {summary.due > 0 && !confirming && (
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                {t('retention.run')}
              </button>
            )}
            {confirming && (
              <div role="alertdialog" aria-labelledby="retention-confirm" className="card">
                <p id="retention-confirm">
                  <strong>{t('retention.confirm', { count: summary.due })}</strong>
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={confirmRun}
                    disabled={run.isPending}
                    // biome-ignore lint/a11y/noAutofocus: the confirmation takes the focus it asks for
                    autoFocus
                  >
                    {t('retention.confirmRun')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </section>
    </AdminSection>
  );
}
