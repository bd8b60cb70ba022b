import type { PartnerCase, PartnerUpdate, PartnerUpdateCreate } from '@percee/shared';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { keysetQueryOptions } from '../../lib/keyset';

export const partnerKeys = {
  all: ['partner-cases'] as const,
  detail: (id: string) => [...partnerKeys.all, id] as const,
};

export type PartnerCasePage = { items: PartnerCase[]; nextCursor: string | null };

/** "Our cases": what the partner's service may see now (the server decides, at every request), page by page. */
export const ourCasesQueryOptions = () =>
  keysetQueryOptions<PartnerCasePage>(
    [...partnerKeys.all, 'list'] as const,
    '/partner/cases',
    { limit: 50 },
    // Access ends when a consent is withdrawn: never show a stale list for long.
    { staleTime: 0 },
  );

export const ourCaseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: partnerKeys.detail(id),
    queryFn: ({ signal }) => api.get<PartnerCase>(`/partner/cases/${encodeURIComponent(id)}`, { signal }),
    staleTime: 0,
  });

export type PartnerUpdatePage = { items: PartnerUpdate[]; nextCursor: string | null };

/** Our service's updates on a case, newest first, page by page. */
export const ourUpdatesQueryOptions = (caseId: string) =>
  keysetQueryOptions<PartnerUpdatePage>(
    [...partnerKeys.detail(caseId), 'updates'] as const,
    `/partner/cases/${encodeURIComponent(caseId)}/updates`,
    { limit: 20 },
    { staleTime: 0 },
  );

export function useAddPartnerUpdate(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerUpdateCreate) =>
      api.post<PartnerUpdate>(`/partner/cases/${encodeURIComponent(caseId)}/updates`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...partnerKeys.detail(caseId), 'updates'] }),
  });
}
