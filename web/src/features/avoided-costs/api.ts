import type { AvoidedCostDashboard, AvoidedCostDashboardQuery } from '@percee/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { queryRoots } from '../../lib/reference-data';

/** The filters of the dashboard, as sent. */
export type SummaryFilters = AvoidedCostDashboardQuery;

export const avoidedCostKeys = {
  all: [...queryRoots.aggregates, 'avoided-costs'] as const,
  dashboard: (filters: SummaryFilters) => [...avoidedCostKeys.all, 'dashboard', filters] as const,
};

/**
 * The avoided-cost screen in one request: the period's figures and the same figures by month, by
 * category and by program (the server computes the total once; issue 24).
 */
export const dashboardQueryOptions = (filters: SummaryFilters) =>
  queryOptions({
    queryKey: avoidedCostKeys.dashboard(filters),
    queryFn: ({ signal }) => api.get<AvoidedCostDashboard>('/avoided-costs/dashboard', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
