import type { PartnerCase } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const partnerKeys = {
  all: ['partner-cases'] as const,
  detail: (id: string) => [...partnerKeys.all, id] as const,
};

/** "Our cases": what the partner's service may see now (the server decides, at every request). */
export const ourCasesQueryOptions = () =>
  queryOptions({
    queryKey: partnerKeys.all,
    queryFn: async ({ signal }) => (await api.get<{ items: PartnerCase[] }>('/partner/cases', { signal })).items,
    // Access ends when a consent is withdrawn: never show a stale list for long.
    staleTime: 0,
  });

export const ourCaseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: partnerKeys.detail(id),
    queryFn: ({ signal }) => api.get<PartnerCase>(`/partner/cases/${encodeURIComponent(id)}`, { signal }),
    staleTime: 0,
  });
