import type { Inquiry, InquiryChannel, InquiryCreate, InquiryOutcome, page } from '@percee/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import { keysetQueryOptions } from '../../lib/keyset';
import { queryRoots } from '../../lib/reference-data';

export type InquiryPage = z.infer<ReturnType<typeof page<typeof Inquiry>>>;

/** The list's filters, as the API takes them (`from` inclusive, `to` exclusive, ISO instants). */
export interface InquiryFilters {
  channel?: InquiryChannel | undefined;
  outcome?: InquiryOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const INQUIRIES_PAGE_SIZE = 25;

export const inquiryKeys = {
  all: ['inquiries'] as const,
  list: (filters: InquiryFilters) => [...inquiryKeys.all, 'list', filters] as const,
};

/** Recent inquiries, newest first, page by page. */
export const inquiriesQueryOptions = (filters: InquiryFilters) =>
  keysetQueryOptions<InquiryPage>(inquiryKeys.list(filters), '/inquiries', { ...filters, limit: INQUIRIES_PAGE_SIZE });

export function useLogInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InquiryCreate) => api.post<Inquiry>('/inquiries', body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inquiryKeys.all }),
        queryClient.invalidateQueries({ queryKey: queryRoots.aggregates }),
      ]),
  });
}
