import type { PartnerCase } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
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
