import type {
  AuditEntry,
  AuditHead,
  AuditVerification,
  CaseSettings,
  CaseSettingsUpdate,
  CostCatalogueItem,
  CostCatalogueItemCreate,
  CostCatalogueItemUpdate,
  CostPriceCreate,
  PartnerService,
  PartnerServiceCreate,
  PartnerServiceUpdate,
  Program,
  ProgramCreate,
  ProgramUpdate,
  page,
  RetentionPreview,
  RetentionRunResult,
  RetentionSettings,
  RetentionSettingsUpdate,
  Site,
  SiteCreate,
  SiteUpdate,
  User,
  UserCreate,
  UserUpdate,
} from '@percee/shared';
import { type InfiniteData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { keysetQueryOptions } from '../../lib/keyset';
import { costCatalogueKey, partnerServicesKey, programsKey, queryRoots } from '../../lib/reference-data';

type Page<T extends z.ZodType> = z.infer<ReturnType<typeof page<T>>>;
export type SitePage = Page<typeof Site>;
export type UserPage = Page<typeof User>;

export const adminKeys = {
  all: ['admin'] as const,
  sites: () => [...adminKeys.all, 'sites'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
};

export const USERS_PAGE_SIZE = 50;

/**
 * All sites of the organisation (a handful: head office and antennas), following the cursor
 * so that pickers and lists are complete.
 */
export const sitesQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.sites(),
    queryFn: ({ signal }) => fetchAllPages<Site>('/admin/sites', { signal }),
  });

/** Users, page by page ("show more"). */
export const usersQueryOptions = () =>
  keysetQueryOptions<UserPage>(adminKeys.users(), '/admin/users', { limit: USERS_PAGE_SIZE });

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteCreate) => api.post<Site>('/admin/sites', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.sites() }),
  });
}

export function useUpdateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: SiteUpdate }) =>
      api.patch<Site>(`/admin/sites/${encodeURIComponent(id)}`, changes),
    onSuccess: (site) => {
      queryClient.setQueryData<Site[]>(adminKeys.sites(), (sites) =>
        sites?.map((existing) => (existing.id === site.id ? site : existing)),
      );
      return queryClient.invalidateQueries({ queryKey: adminKeys.sites() });
    },
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api.post<User>('/admin/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

/** DELETE /admin/users/{id}/totp: the user lost their phone; they enrol again, their sessions end. */
export function useResetUserTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/admin/users/${encodeURIComponent(id)}/totp`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserUpdate }) =>
      api.patch<User>(`/admin/users/${encodeURIComponent(id)}`, changes),
    onSuccess: (user) => {
      queryClient.setQueryData<InfiniteData<UserPage, string | null>>(adminKeys.users(), (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((p) => ({
                ...p,
                items: p.items.map((existing) => (existing.id === user.id ? user : existing)),
              })),
            }
          : data,
      );
      return queryClient.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}

/* ---------- Partner services (recipients of the consent register; partner accounts belong to one) ---------- */

/**
 * After a partner service changed: every list of services (this screen, the consent register, the
 * involvement form, the user form), and the involvements of cases, which show the service's name.
 */
function partnerServicesChanged(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnerServicesKey }),
    queryClient.invalidateQueries({ queryKey: queryRoots.cases }),
    queryClient.invalidateQueries({ queryKey: queryRoots.households }),
  ]);
}

export function useCreatePartnerService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerServiceCreate) => api.post<PartnerService>('/admin/partner-services', body),
    onSuccess: () => partnerServicesChanged(queryClient),
  });
}

export function useUpdatePartnerService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: PartnerServiceUpdate }) =>
      api.patch<PartnerService>(`/admin/partner-services/${encodeURIComponent(id)}`, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData<PartnerService[]>(partnerServicesKey, (services) =>
        services?.map((existing) => (existing.id === saved.id ? saved : existing)),
      );
      return partnerServicesChanged(queryClient);
    },
  });
}

const costItemPath = (id: string) => `/cost-catalogue/${encodeURIComponent(id)}`;

/**
 * After the catalogue changed: every view of it (scenario editors included), and the figures priced
 * with it (a new price re-prices the expected figures of open breakthroughs).
 */
function catalogueChanged(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: costCatalogueKey }),
    queryClient.invalidateQueries({ queryKey: queryRoots.breakthroughs }),
    queryClient.invalidateQueries({ queryKey: queryRoots.aggregates }),
  ]);
}

export function useCreateCostItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CostCatalogueItemCreate) => api.post<CostCatalogueItem>('/cost-catalogue', body),
    onSuccess: () => catalogueChanged(queryClient),
  });
}

export function useUpdateCostItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CostCatalogueItemUpdate }) =>
      api.patch<CostCatalogueItem>(costItemPath(id), changes),
    onSuccess: () => catalogueChanged(queryClient),
  });
}

export function useAddCostPrice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, price }: { id: string; price: CostPriceCreate }) =>
      api.post<CostCatalogueItem>(`${costItemPath(id)}/prices`, price),
    onSuccess: () => catalogueChanged(queryClient),
  });
}

/* ---------- Retention (period, dry run, run) ---------- */

export const retentionKeys = {
  settings: () => [...adminKeys.all, 'retention', 'settings'] as const,
  preview: () => [...adminKeys.all, 'retention', 'preview'] as const,
};

export const retentionSettingsQueryOptions = () =>
  queryOptions({
    queryKey: retentionKeys.settings(),
    queryFn: ({ signal }) => api.get<RetentionSettings>('/admin/retention/settings', { signal }),
  });

/** The dry run, page by page; every page carries the whole run's totals (due, held) and cutoff. */
export const retentionPreviewQueryOptions = () =>
  keysetQueryOptions<RetentionPreview>(retentionKeys.preview(), '/admin/retention/preview', { limit: 50 });

export function useUpdateRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionSettingsUpdate) => api.put<RetentionSettings>('/admin/retention/settings', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(retentionKeys.settings(), saved);
      return queryClient.invalidateQueries({ queryKey: retentionKeys.preview() });
    },
  });
}

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RetentionRunResult>('/admin/retention/run'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.preview() }),
  });
}

/** Every program, inactive ones included (the administration list). */
export const allProgramsQueryOptions = () =>
  queryOptions({
    queryKey: [...programsKey, 'all'] as const,
    queryFn: ({ signal }) => fetchAllPages<Program>('/programs', { query: { includeInactive: true }, signal }),
  });

/** After a program changed: every list of programs; a new contact interval moves the due dates of its cases. */
function programsChanged(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: programsKey }),
    queryClient.invalidateQueries({ queryKey: queryRoots.cases }),
    queryClient.invalidateQueries({ queryKey: queryRoots.caseload }),
  ]);
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramCreate) => api.post<Program>('/programs', body),
    onSuccess: () => programsChanged(queryClient),
  });
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ProgramUpdate }) =>
      api.patch<Program>(`/programs/${encodeURIComponent(id)}`, changes),
    onSuccess: () => programsChanged(queryClient),
  });
}
export type AuditPage = Page<typeof AuditEntry>;
export type AuditFilterValues = {
  from?: string;
  to?: string;
  actorUserId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
};
export const AUDIT_PAGE_SIZE = 50;

/** The audit trail, newest first, page by page. */
export const auditQueryOptions = (filters: AuditFilterValues) =>
  keysetQueryOptions<AuditPage>([...adminKeys.all, 'audit', filters] as const, '/admin/audit', {
    ...filters,
    limit: AUDIT_PAGE_SIZE,
  });

export const auditVerifyQueryOptions = () =>
  queryOptions({
    queryKey: [...adminKeys.all, 'audit-verify'] as const,
    queryFn: async ({ signal }) => ({
      verification: await api.get<AuditVerification>('/admin/audit/verify', { signal }),
      head: await api.get<AuditHead>('/admin/audit/head', { signal }),
    }),
    enabled: false,
  });

/** How long after closing a coordinator may reopen a case (decision 19). */
export const caseSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['admin', 'case-settings'] as const,
    queryFn: ({ signal }) => api.get<CaseSettings>('/case-settings', { signal }),
  });

export function useUpdateCaseSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseSettingsUpdate) => api.put<CaseSettings>('/case-settings', body),
    onSuccess: (saved) => queryClient.setQueryData(caseSettingsQueryOptions().queryKey, saved),
  });
}
