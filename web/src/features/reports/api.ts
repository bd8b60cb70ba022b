import type { ActivityReport, AssessmentInstrument, ReportQuery, TeamDashboard } from '@percee/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { queryRoots } from '../../lib/reference-data';

export const reportKeys = {
  all: [...queryRoots.aggregates, 'reports'] as const,
  activity: (query: ReportQuery) => [...reportKeys.all, 'activity', query] as const,
  team: () => [...reportKeys.all, 'team'] as const,
  instruments: () => [...reportKeys.all, 'instruments'] as const,
};

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
