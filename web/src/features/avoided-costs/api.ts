import type { AvoidedCostSummary, AvoidedCostSummaryQuery, SummaryGrouping } from '@percee/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { queryRoots } from '../../lib/reference-data';

/** The filters of the summary, as sent (no grouping). */
export type SummaryFilters = Omit<AvoidedCostSummaryQuery, 'groupBy'>;

export const avoidedCostKeys = {
  all: [...queryRoots.aggregates, 'avoided-costs'] as const,
  summary: (filters: SummaryFilters, groupBy: SummaryGrouping | null) =>
    [...avoidedCostKeys.all, 'summary', filters, groupBy] as const,
};

/** Aggregate avoided-cost figures for a period and filters, optionally split by month, program, site or category. */
export const summaryQueryOptions = (filters: SummaryFilters, groupBy: SummaryGrouping | null = null) =>
  queryOptions({
    queryKey: avoidedCostKeys.summary(filters, groupBy),
    queryFn: ({ signal }) =>
      api.get<AvoidedCostSummary>('/avoided-costs/summary', {
        query: { ...filters, ...(groupBy ? { groupBy } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
