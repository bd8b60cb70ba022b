import { type AvoidedCostDashboard, type BreakthroughCategory, breakthroughCategories } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Chart } from '../../../components/chart';
import { CsvExport } from '../../../components/csv-export';
import { DataTable } from '../../../components/data-table';
import { DocumentTitle } from '../../../components/document-title';
import { PageLoader } from '../../../components/page-loader';
import { QueryError } from '../../../components/query-error';
import { type Period, periodFrom, periodProblem, ReportFilters } from '../../../components/report-filters';
import { useReportFilters } from '../../../components/use-report-filters';
import { lastTwelveMonths } from '../../../lib/dates';
import { useFormat } from '../../../lib/i18n/format';
import { dashboardQueryOptions, type SummaryFilters } from '../api';
import { Headline } from '../components/headline';

const isCategory = (value: string | null): value is BreakthroughCategory =>
  (breakthroughCategories as readonly (string | null)[]).includes(value);

function filtersFrom(params: URLSearchParams, period: Period): SummaryFilters {
  const category = params.get('category');
  return {
    from: period.from,
    to: period.to,
    programId: params.get('programId') || undefined,
    siteId: params.get('siteId') || undefined,
    coachId: params.get('coachId') || undefined,
    category: isCategory(category) ? category : undefined,
  };
}

/**
 * Avoided social costs of the breakthrough method for a period: headline figures, and the same
 * figures by month, by breakthrough category and by program. Aggregates only, no names.
 */
export default function AvoidedCostsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const period = periodFrom(params, lastTwelveMonths());
  const valid = periodProblem(period) === null;
  const filters = filtersFrom(params, period);
  const { filterProps } = useReportFilters({
    programId: filters.programId,
    siteId: filters.siteId,
    worker: { name: 'coachId', label: t('avoidedCosts.coach'), value: filters.coachId },
    programFilter: (program) => program.method === 'breakthrough',
    more: [
      {
        name: 'category',
        label: t('avoidedCosts.category'),
        value: filters.category ?? '',
        options: breakthroughCategories.map((category) => ({
          value: category,
          label: t(`enums.breakthroughCategory.${category}`),
        })),
      },
    ],
  });
  // One request for the whole screen: the headline and the three groupings.
  const summary = useQuery({ ...dashboardQueryOptions(filters), enabled: valid });

  return (
    <div className="page report-page">
      <DocumentTitle page={t('avoidedCosts.title')} />
      <h1>{t('avoidedCosts.title')}</h1>
      <p className="lead">{t('avoidedCosts.intro')}</p>
      <ReportFilters label={t('avoidedCosts.filters')} period={period} {...filterProps} />
      {valid && (
        <CsvExport
          path="/avoided-costs/summary.csv"
          query={{ ...filters, groupBy: 'program' }}
          fallbackName="avoided-costs.csv"
        />
      )}
      {!valid ? null : summary.isPending ? (
        <PageLoader />
      ) : summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <div className="stack" aria-busy={summary.isFetching}>
          <section aria-labelledby="avoided-headline-title">
            <h2 id="avoided-headline-title">{t('avoidedCosts.headline')}</h2>
            <Headline summary={summary.data} />
            <p className="muted">{t('avoidedCosts.definitions')}</p>
            <p className="muted">{t('common.computedAt', { time: format.dateTime(summary.data.computedAt) })}</p>
          </section>
          <GroupCharts dashboard={summary.data} />
        </div>
      )}
    </div>
  );
}

type Groups = AvoidedCostDashboard['byMonth'];

function GroupCharts({ dashboard }: { dashboard: AvoidedCostDashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const euros = { formatValue: format.euros, formatAxis: format.compactEuros };

  return (
    <div className="chart-grid">
      <section aria-labelledby="avoided-month-title" className="card">
        <h2 id="avoided-month-title">{t('avoidedCosts.byMonth')}</h2>
        <Chart
          title={t('avoidedCosts.byMonthChart')}
          description={t('avoidedCosts.byMonthDescription')}
          data={dashboard.byMonth.map((group) => ({
            label: format.shortMonth(group.key),
            gross: group.grossAvoidedCents,
            intervention: group.interventionCents,
            net: group.netAvoidedCents,
          }))}
          series={[
            { key: 'gross', name: t('figures.gross') },
            { key: 'intervention', name: t('figures.intervention') },
            { key: 'net', name: t('figures.net'), kind: 'line' },
          ]}
          {...euros}
        />
      </section>
      <section aria-labelledby="avoided-category-title" className="card">
        <h2 id="avoided-category-title">{t('avoidedCosts.byCategory')}</h2>
        <Chart
          title={t('avoidedCosts.byCategoryChart')}
          data={dashboard.byCategory.map((group) => ({
            label: isCategory(group.key) ? t(`enums.breakthroughCategory.${group.key}`) : group.label,
            net: group.netAvoidedCents,
            breakthroughs: group.breakthroughs,
          }))}
          series={[{ key: 'net', name: t('figures.net') }]}
          layout="horizontal"
          {...euros}
        />
      </section>
      <section aria-labelledby="avoided-program-title" className="card chart-grid__wide">
        <h2 id="avoided-program-title">{t('avoidedCosts.byProgram')}</h2>

        <Chart
          title={t('avoidedCosts.byProgramChart')}
          data={dashboard.byProgram.map((group) => ({
            label: group.label,
            gross: group.grossAvoidedCents,
            net: group.netAvoidedCents,
          }))}
          series={[
            { key: 'gross', name: t('figures.gross') },
            { key: 'net', name: t('figures.net') },
          ]}
          layout="horizontal"
          {...euros}
        />
        <GroupTable caption={t('avoidedCosts.byProgram')} groups={dashboard.byProgram} />
      </section>
    </div>
  );
}

/** Every figure of each group, in a table (programs, sites). */
function GroupTable({ caption, groups }: { caption: string; groups: Groups }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  if (groups.length === 0) return null;
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t('avoidedCosts.group') },
        { label: t('avoidedCosts.figures.householdsFollowed'), numeric: true },
        { label: t('avoidedCosts.figures.householdsWithPlan'), numeric: true },
        { label: t('avoidedCosts.figures.breakthroughs'), numeric: true },
        { label: t('figures.net'), numeric: true },
      ]}
    >
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            <td className="numeric" data-label={t('avoidedCosts.figures.householdsFollowed')}>
              {count(group.householdsFollowed)}
            </td>
            <td className="numeric" data-label={t('avoidedCosts.figures.householdsWithPlan')}>
              {count(group.householdsWithPlan)}
            </td>
            <td className="numeric" data-label={t('avoidedCosts.figures.breakthroughs')}>
              {format.number(group.breakthroughs)}
            </td>
            <td className="numeric" data-label={t('figures.net')}>
              {format.euros(group.netAvoidedCents)}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
