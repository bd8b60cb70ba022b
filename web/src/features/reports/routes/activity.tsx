import type { ActivityReport } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Chart, type ChartDatum } from '../../../components/chart';
import { CsvExport } from '../../../components/csv-export';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { ReportFilters } from '../../../components/report-filters';
import { useReportFilters } from '../../../components/use-report-filters';
import { currentLanguage } from '../../../lib/i18n';
import { useFormat } from '../../../lib/i18n/format';
import { administers, coordinates } from '../../../lib/roles';
import { useMe } from '../../../lib/session';
import { activityQueryFrom, activityQueryValid, activityReportQueryOptions, instrumentsQueryOptions } from '../api';
import { BreakdownTable, FigureTable, useAmountText, useCountText } from '../components/tables';

/**
 * The activity report of a period (the yearly report of Soliha-like services): referrals,
 * diagnostics, accompaniments, closures, durations, contacts, progress and aid, with CSV export and a
 * print layout. Analysts see aggregates only ("<5" for small counts).
 */
export default function ActivityReportRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [params] = useSearchParams();
  const query = activityQueryFrom(params, me.role);
  const period = { from: query.from, to: query.to };
  const valid = activityQueryValid(query);
  const seesTeam = coordinates(me.role);
  const seesSites = administers(me.role);

  const { programs, sites, team, filterProps } = useReportFilters({
    programId: query.programId,
    siteId: query.siteId,
    worker: { name: 'workerId', label: t('reportFilters.worker'), value: query.workerId },
  });
  const report = useQuery({ ...activityReportQueryOptions(query), enabled: valid });

  const programName = programs.data?.find((program) => program.id === query.programId)?.name;
  const siteName = sites.data?.find((site) => site.id === query.siteId)?.name;
  const workerName = team.data?.find((member) => member.id === query.workerId)?.displayName;

  const title = t('reports.activity.title');

  return (
    <div className="page report-page">
      <DocumentTitle page={title} />
      <h1>{title}</h1>
      <p className="lead no-print">{t('reports.activity.intro')}</p>
      <ReportFilters label={t('reports.activity.filters')} period={period} {...filterProps} />
      {valid && (
        <div className="report-actions no-print">
          <CsvExport
            path="/reports/activity.csv"
            query={{ ...query }}
            fallbackName={`activity-${query.from}-${query.to}.csv`}
            label={title}
          />
          <button type="button" className="button" onClick={() => window.print()}>
            {t('reports.print')}
          </button>
        </div>
      )}
      {!valid ? null : report.isPending ? (
        <PageLoader />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div className="stack report" aria-busy={report.isFetching}>
          <dl className="meta meta--inline report__scope">
            <div>
              <dt>{t('reportFilters.period')}</dt>
              <dd>
                {t('reports.periodValue', {
                  from: format.date(report.data.period.from),
                  to: format.date(report.data.period.to),
                  timeZone: report.data.period.timeZone,
                })}
              </dd>
            </div>
            <div>
              <dt>{t('reportFilters.program')}</dt>
              <dd>{programName ?? t('reportFilters.all')}</dd>
            </div>
            {seesSites && (
              <div>
                <dt>{t('reportFilters.site')}</dt>
                <dd>{siteName ?? t('reportFilters.all')}</dd>
              </div>
            )}
            {seesTeam && (
              <div>
                <dt>{t('reportFilters.worker')}</dt>
                <dd>{workerName ?? t('reportFilters.all')}</dd>
              </div>
            )}
          </dl>
          <p className="muted report__computed-at">
            {t('common.computedAt', { time: format.dateTime(report.data.computedAt) })}
          </p>
          {report.data.suppressed && (
            <Alert tone="info" live={false}>
              {t('reports.suppressed')}
            </Alert>
          )}
          <ReportSections report={report.data} />
        </div>
      )}
    </div>
  );
}

function ReportSections({ report }: { report: ActivityReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useCountText();
  const amount = useAmountText();
  const language = currentLanguage();
  const instruments = useQuery({ ...instrumentsQueryOptions(), enabled: !report.suppressed });
  const domainLabel = (code: string) => {
    for (const instrument of instruments.data ?? []) {
      const domain = instrument.domains.find((candidate) => candidate.code === code);
      if (domain) return domain.label[language] ?? domain.label.fr ?? code;
    }
    return code;
  };
  const decimal = (value: number | null, unit?: 'days') =>
    value === null ? t('reports.notShown') : unit === 'days' ? format.days(value) : format.decimal(value, 2);
  const countColumn = {
    key: 'count',
    label: t('reports.count'),
    value: (item: { count: number | '<5' }) => count(item.count),
  };

  /** Chart data of a breakdown: suppressed counts are not drawn (the table shows them). */
  const chartData = (items: readonly { key: string; count: number | '<5' }[], labelOf: (key: string) => string) => ({
    data: items
      .filter((item): item is { key: string; count: number } => typeof item.count === 'number')
      .map((item): ChartDatum => ({ label: labelOf(item.key), count: item.count })),
    hidden: items.some((item) => typeof item.count !== 'number'),
  });
  const accompanimentLabel = (key: string) => t(`enums.accompanimentType.${key as 'masp'}`);
  const contactLabel = (key: string) => t(`enums.contactType.${key as 'phone'}`);
  const accompaniments = chartData(report.accompaniments.activeByType, accompanimentLabel);
  const contacts = chartData(report.contacts.byType, contactLabel);

  return (
    <>
      <section className="report-section" aria-labelledby="report-referrals">
        <h2 id="report-referrals">{t('reports.sections.referrals')}</h2>
        <div className="report-section__tables">
          <FigureTable
            caption={t('reports.sections.referrals')}
            rows={(['received', 'accepted', 'declined', 'withdrawn', 'pending'] as const).map((key) => ({
              key,
              label: t(`reports.referrals.${key}`),
              value: count(report.referrals[key]),
            }))}
          />
          <BreakdownTable
            caption={t('reports.referrals.declinedByReason')}
            keyLabel={t('reports.reason')}
            items={report.referrals.declinedByReason}
            labelOf={(key) => t(`enums.declineReason.${key}`)}
            columns={[countColumn]}
          />
        </div>
      </section>

      <section className="report-section" aria-labelledby="report-diagnostics">
        <h2 id="report-diagnostics">{t('reports.sections.diagnostics')}</h2>
        <div className="report-section__tables">
          <FigureTable
            caption={t('reports.sections.diagnostics')}
            rows={[
              { key: 'done', label: t('reports.diagnostics.done'), value: count(report.diagnostics.done) },
              {
                key: 'without',
                label: t('reports.diagnostics.withoutAccompaniment'),
                value: count(report.diagnostics.withoutAccompaniment),
              },
              {
                key: 'duplicateOverrides',
                label: t('reports.diagnostics.duplicateOverrides'),
                value: count(report.diagnostics.duplicateOverrides),
              },
              {
                key: 'households',
                label: t('reports.households.diagnosed'),
                value: count(report.households.diagnosed),
              },
            ]}
          />
          <BreakdownTable
            caption={t('reports.diagnostics.byReason')}
            keyLabel={t('reports.reason')}
            items={report.diagnostics.withoutAccompanimentByReason}
            labelOf={(key) => t(`enums.closureReason.${key}`)}
            columns={[countColumn]}
          />
        </div>
      </section>

      <section className="report-section" aria-labelledby="report-accompaniments">
        <h2 id="report-accompaniments">{t('reports.sections.accompaniments')}</h2>
        <div className="report-section__tables">
          <FigureTable
            caption={t('reports.sections.accompaniments')}
            rows={[
              ...(['active', 'started', 'closed'] as const).map((key) => ({
                key,
                label: t(`reports.accompaniments.${key}`),
                value: count(report.accompaniments[key]),
              })),
              {
                key: 'households',
                label: t('reports.households.accompanied'),
                value: count(report.households.accompanied),
              },
              { key: 'followed', label: t('reports.households.followed'), value: count(report.households.followed) },
            ]}
          />
          <BreakdownTable
            caption={t('reports.accompaniments.byType')}
            keyLabel={t('reports.type')}
            items={report.accompaniments.activeByType}
            labelOf={(key) => t(`enums.accompanimentType.${key}`)}
            columns={[countColumn]}
          />
        </div>
        <Chart
          title={t('reports.accompaniments.chart')}
          data={accompaniments.data}
          series={[{ key: 'count', name: t('reports.accompaniments.active') }]}
          formatValue={format.number}
          layout="horizontal"
          note={accompaniments.hidden ? t('reports.chartHidden') : undefined}
        />
      </section>

      <section className="report-section" aria-labelledby="report-closures">
        <h2 id="report-closures">{t('reports.sections.closures')}</h2>
        <div className="report-section__tables">
          <FigureTable
            caption={t('reports.sections.closures')}
            rows={[{ key: 'total', label: t('reports.closures.total'), value: count(report.closures.total) }]}
          />
          <BreakdownTable
            caption={t('reports.closures.byReason')}
            keyLabel={t('reports.reason')}
            items={report.closures.byReason}
            labelOf={(key) => t(`enums.closureReason.${key}`)}
            columns={[countColumn]}
          />
        </div>
      </section>

      <section className="report-section" aria-labelledby="report-duration">
        <h2 id="report-duration">{t('reports.sections.duration')}</h2>
        <FigureTable
          caption={t('reports.sections.duration')}
          rows={[
            { key: 'closed', label: t('reports.duration.closedCases'), value: count(report.duration.closedCases) },
            {
              key: 'average',
              label: t('reports.duration.averageDays'),
              value: decimal(report.duration.averageDays, 'days'),
            },
            {
              key: 'median',
              label: t('reports.duration.medianDays'),
              value: decimal(report.duration.medianDays, 'days'),
            },
          ]}
        />
      </section>

      <section className="report-section" aria-labelledby="report-contacts">
        <h2 id="report-contacts">{t('reports.sections.contacts')}</h2>
        <div className="report-section__tables">
          <FigureTable
            caption={t('reports.sections.contacts')}
            rows={[
              { key: 'total', label: t('reports.contacts.total'), value: count(report.contacts.total) },
              {
                key: 'cases',
                label: t('reports.contacts.casesWithContact'),
                value: count(report.contacts.casesWithContact),
              },
              { key: 'per', label: t('reports.contacts.perActiveCase'), value: decimal(report.contacts.perActiveCase) },
              {
                key: 'interval',
                label: t('reports.contacts.averageIntervalDays'),
                value: decimal(report.contacts.averageIntervalDays, 'days'),
              },
            ]}
          />
          <BreakdownTable
            caption={t('reports.contacts.byType')}
            keyLabel={t('reports.type')}
            items={report.contacts.byType}
            labelOf={(key) => t(`enums.contactType.${key}`)}
            columns={[countColumn]}
          />
        </div>
        <Chart
          title={t('reports.contacts.chart')}
          data={contacts.data}
          series={[{ key: 'count', name: t('reports.contacts.total') }]}
          formatValue={format.number}
          layout="horizontal"
          note={contacts.hidden ? t('reports.chartHidden') : undefined}
        />
      </section>

      <section className="report-section" aria-labelledby="report-progress">
        <h2 id="report-progress">{t('reports.sections.progress')}</h2>
        <p className="muted">
          {t('common.labelValue', {
            label: t('reports.progress.cases'),
            value: count(report.assessmentProgress.cases),
          })}
        </p>
        <BreakdownTable
          caption={t('reports.progress.byDomain')}
          keyLabel={t('reports.progress.domain')}
          items={report.assessmentProgress.domains.map((domain) => ({ ...domain, key: domain.domain }))}
          labelOf={domainLabel}
          columns={[
            { key: 'cases', label: t('reports.progress.cases'), value: (item) => count(item.cases) },
            { key: 'first', label: t('reports.progress.meanFirst'), value: (item) => decimal(item.meanFirst) },
            { key: 'latest', label: t('reports.progress.meanLatest'), value: (item) => decimal(item.meanLatest) },
            {
              key: 'change',
              label: t('reports.progress.meanChange'),
              value: (item) =>
                item.meanChange === null
                  ? t('reports.notShown')
                  : `${item.meanChange > 0 ? '+' : ''}${format.decimal(item.meanChange, 2)}`,
            },
          ]}
        />
      </section>

      <section className="report-section" aria-labelledby="report-objectives">
        <h2 id="report-objectives">{t('objectives.report.title')}</h2>
        <FigureTable
          caption={t('objectives.report.title')}
          rows={[
            { key: 'set', label: t('objectives.report.set'), value: count(report.objectives.set) },
            { key: 'reached', label: t('objectives.report.reached'), value: count(report.objectives.reached) },
            { key: 'partly', label: t('objectives.report.partly'), value: count(report.objectives.partly) },
            { key: 'notReached', label: t('objectives.report.notReached'), value: count(report.objectives.notReached) },
            {
              key: 'evaluations',
              label: t('objectives.report.evaluations'),
              value: count(report.objectives.evaluations),
            },
            {
              key: 'satisfaction',
              label: t('objectives.report.meanSatisfaction'),
              value: decimal(report.objectives.meanSatisfaction),
            },
          ]}
        />
      </section>

      <section className="report-section" aria-labelledby="report-aid">
        <h2 id="report-aid">{t('reports.sections.aid')}</h2>
        <FigureTable
          caption={t('reports.sections.aid')}
          rows={[
            { key: 'grants', label: t('reports.aid.grants'), value: count(report.aid.grants) },
            { key: 'total', label: t('reports.aid.total'), value: amount(report.aid.totalCents) },
          ]}
        />
        <div className="report-section__tables">
          <BreakdownTable
            caption={t('reports.aid.byKind')}
            keyLabel={t('reports.type')}
            items={report.aid.byKind}
            labelOf={(key) => t(`enums.aidKind.${key}`)}
            columns={[
              countColumn,
              { key: 'total', label: t('reports.aid.amount'), value: (item) => amount(item.totalCents) },
            ]}
          />
          <BreakdownTable
            caption={t('reports.aid.byNature')}
            keyLabel={t('reports.aid.nature')}
            items={report.aid.byNature}
            labelOf={(key) => t(`enums.aidNature.${key}`)}
            columns={[
              countColumn,
              { key: 'total', label: t('reports.aid.amount'), value: (item) => amount(item.totalCents) },
            ]}
          />
        </div>
      </section>
      <p className="muted report__definitions">{t('reports.definitions')}</p>
    </>
  );
}
