import type { TeamDashboard } from '@percee/shared';
import { caseloadState } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../../components/chart';
import { CsvExport } from '../../../components/csv-export';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { useFormat } from '../../../lib/i18n/format';
import { teamDashboardQueryOptions } from '../api';

/** The coordinators' view of the team: caseloads against their limits, overdue contacts, flow. */
export default function TeamDashboardRoute() {
  const { t } = useTranslation();
  const dashboard = useQuery(teamDashboardQueryOptions());
  return (
    <div className="page report-page">
      <DocumentTitle page={t('team.title')} />
      <h1>{t('team.title')}</h1>
      <p className="lead">{t('team.intro')}</p>
      <div className="toolbar no-print">
        <CsvExport path="/reports/team.csv" fallbackName="team.csv" />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('reports.print')}
        </button>
      </div>
      {dashboard.isPending ? (
        <PageLoader />
      ) : dashboard.isError ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <TeamSections dashboard={dashboard.data} />
      )}
    </div>
  );
}

function TeamSections({ dashboard }: { dashboard: TeamDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const funnelMax = Math.max(1, ...dashboard.stageFunnel.map((step) => step.count));
  return (
    <div className="stack">
      <dl className="kpis">
        <div className="kpi">
          <dt className="kpi__label">{t('team.referralsWaiting')}</dt>
          <dd className="kpi__value">
            {format.number(dashboard.referralsWaiting)}{' '}
            <Link to="/referrals" className="kpi__link">
              {t('team.openInbox')}
            </Link>
          </dd>
        </div>
        <div className={`kpi${dashboard.overdueTotal > 0 ? ' kpi--alert' : ''}`}>
          <dt className="kpi__label">{t('team.overdueTotal')}</dt>
          <dd className="kpi__value">
            {format.number(dashboard.overdueTotal)}{' '}
            <Link to="/cases?overdue=true" className="kpi__link">
              {t('team.seeOverdue')}
            </Link>
          </dd>
        </div>
      </dl>

      <section className="card" aria-labelledby="team-caseload-title">
        <h2 id="team-caseload-title">{t('team.caseload')}</h2>
        <p className="muted">{t('team.caseloadIntro')}</p>
        {dashboard.workers.length === 0 ? (
          <p className="empty-state">{t('team.noWorkers')}</p>
        ) : (
          <DataTable
            caption={t('team.caseload')}
            className="caseload-table"
            columns={[
              { label: t('team.worker') },
              { label: t('team.openCases') },
              { label: t('team.overdue'), numeric: true },
            ]}
          >
            <tbody>
              {dashboard.workers.map((worker) => {
                const limit = worker.caseloadLimit;
                const scale = Math.max(limit ?? 0, worker.openCases, 1);
                const state = limit === null ? 'under' : caseloadState(worker.openCases, limit);
                const over = state === 'over';
                const full = state !== 'under';
                return (
                  <tr key={worker.id}>
                    <th scope="row">{worker.displayName}</th>
                    <td data-label={t('team.openCases')}>
                      <div className="load-bar">
                        <span
                          className={`load-bar__fill${over ? ' load-bar__fill--over' : full ? ' load-bar__fill--full' : ''}`}
                          style={{ width: `${(worker.openCases / scale) * 100}%` }}
                        />
                        {limit !== null && (
                          <span className="load-bar__limit" style={{ left: `${(limit / scale) * 100}%` }} />
                        )}
                      </div>
                      <span className="load-bar__text">
                        {limit === null
                          ? t('team.openNoLimit', { count: worker.openCases })
                          : t('team.openOfLimit', { count: worker.openCases, limit })}
                        {over && <span className="badge badge--danger">{t('team.overLimit')}</span>}
                        {!over && full && <span className="badge badge--warning">{t('team.atLimit')}</span>}
                      </span>
                    </td>
                    <td className="numeric" data-label={t('team.overdue')}>
                      {worker.overdue > 0 ? (
                        <span className="badge badge--danger">{format.number(worker.overdue)}</span>
                      ) : (
                        format.number(0)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>

      <div className="chart-grid">
        <section className="card" aria-labelledby="team-funnel-title">
          <h2 id="team-funnel-title">{t('team.funnel')}</h2>
          <p className="muted">{t('team.funnelIntro')}</p>
          <ol className="funnel">
            {dashboard.stageFunnel.map((step) => (
              <li key={step.stage} className="funnel__step">
                <span className="funnel__label">{t(`enums.stage.${step.stage}`)}</span>
                <span className="funnel__bar-wrap" aria-hidden="true">
                  <span className="funnel__bar" style={{ width: `${(step.count / funnelMax) * 100}%` }} />
                </span>
                <span className="funnel__value">{format.number(step.count)}</span>
              </li>
            ))}
          </ol>
        </section>
        <section className="card" aria-labelledby="team-monthly-title">
          <h2 id="team-monthly-title">{t('team.monthly')}</h2>
          <Chart
            title={t('team.monthlyChart')}
            data={dashboard.monthly.map((month) => ({
              label: format.shortMonth(month.month),
              opened: month.opened,
              closed: month.closed,
            }))}
            series={[
              { key: 'opened', name: t('team.opened') },
              { key: 'closed', name: t('team.closed') },
            ]}
            formatValue={format.number}
          />
        </section>
      </div>
    </div>
  );
}
