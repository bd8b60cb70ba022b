import type { ActivityReport, AssessmentInstrument, ReportQuery, Role, TeamDashboard } from '@percee/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { periodFrom, periodProblem } from '../../components/report-filters';
import { api } from '../../lib/api-client';
import { lastCalendarYear } from '../../lib/dates';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { queryRoots } from '../../lib/reference-data';
import { administers, coordinates } from '../../lib/roles';

export const reportKeys = {
  all: [...queryRoots.aggregates, 'reports'] as const,
  activity: (query: ReportQuery) => [...reportKeys.all, 'activity', query] as const,
  team: () => [...reportKeys.all, 'team'] as const,
  instruments: () => [...reportKeys.all, 'instruments'] as const,
};

/**
 * The report's filters from the URL (last calendar year by default); the site and worker filters
 * only for the roles that may choose them. The page and its route loader read them here.
 */
export function activityQueryFrom(params: URLSearchParams, role: Role): ReportQuery {
  const period = periodFrom(params, lastCalendarYear());
  return {
    from: period.from,
    to: period.to,
    programId: params.get('programId') || undefined,
    siteId: (administers(role) && params.get('siteId')) || undefined,
    workerId: (coordinates(role) && params.get('workerId')) || undefined,
  };
}

/** Whether the report can be asked for: the page asks for nothing while the period is invalid. */
export const activityQueryValid = (query: ReportQuery) => periodProblem(query) === null;

/** The activity report of a period (analysts get "<5" for small counts). */
export const activityReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportKeys.activity(query),
    queryFn: ({ signal }) => api.get<ActivityReport>('/reports/activity', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

/** The team dashboard: caseload against limits, overdue, referrals waiting, stage funnel, monthly flow. */
export const teamDashboardQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.team(),
    queryFn: ({ signal }) => api.get<TeamDashboard>('/reports/team', { signal }),
  });

/** Assessment instruments, to name the domains of the progress section (not readable by analysts). */
export const instrumentsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.instruments(),
    queryFn: ({ signal }) => fetchAllPages<AssessmentInstrument>('/assessment-instruments', { signal }),
    staleTime: 5 * 60_000,
  });
