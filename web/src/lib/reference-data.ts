import type { CostCatalogueItem, PartnerService, Program, ProgramOption, page, Site, TeamMember } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './api-client';

/**
 * Reference data used by several features (programs, the team), and the root of every feature's
 * query keys, so that a feature can refresh another's data after a change without importing it
 * (e.g. accepting a referral opens a case: the caseload and the case lists are then out of date).
 */
export const queryRoots = {
  caseload: ['caseload'] as const,
  cases: ['cases'] as const,
  households: ['households'] as const,
  referrals: ['referrals'] as const,
  reference: ['reference'] as const,
  breakthroughs: ['breakthroughs'] as const,
  /** Aggregates derived from breakthroughs and cases (avoided costs, reports): refreshed after changes. */
  aggregates: ['aggregates'] as const,
};

const STATIC_STALE_TIME = 5 * 60_000;

/** Every query of programs (to refresh after an admin changed one). */
export const programsKey = [...queryRoots.reference, 'programs'] as const;

/** The organisation's active programs (with their accompaniment types and eligibility checklist). */
export const programsQueryOptions = () =>
  queryOptions({
    queryKey: [...programsKey, 'active'] as const,
    queryFn: async ({ signal }) => (await api.get<{ items: Program[] }>('/programs', { signal })).items,
    staleTime: STATIC_STALE_TIME,
  });

/**
 * Active programs as a referral form names them (id, name, method): readable by every role,
 * partners included, who do not see the program settings.
 */
export const programOptionsQueryOptions = () =>
  queryOptions({
    queryKey: [...programsKey, 'options'] as const,
    queryFn: async ({ signal }) => (await api.get<{ items: ProgramOption[] }>('/programs/options', { signal })).items,
    staleTime: STATIC_STALE_TIME,
  });

/** Active case workers and coordinators, with their open caseload (for assignment pickers). */
export const teamQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'team'] as const,
    queryFn: async ({ signal }) => (await api.get<{ items: TeamMember[] }>('/team', { signal })).items,
  });

/**
 * The social cost catalogue: unit costs with their price history (the scenario editor prices its
 * lines with it; admins manage it). Case roles, analysts and admins may read it.
 */
export const costCatalogueQueryOptions = (includeInactive = false) =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'cost-catalogue', { includeInactive }] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: CostCatalogueItem[] }>('/cost-catalogue', { query: { includeInactive }, signal })).items,
    staleTime: STATIC_STALE_TIME,
  });

/** Every query of the cost catalogue (to refresh after an admin changed it). */
export const costCatalogueKey = [...queryRoots.reference, 'cost-catalogue'] as const;

/** Every query of partner services (to refresh after an admin changed one). */
export const partnerServicesKey = [...queryRoots.reference, 'partner-services'] as const;

/**
 * The organisation's partner services, inactive ones included (the recipients of the consent
 * register, the services involved in cases, the service of a partner account). Pickers that
 * offer a new choice keep the active ones. Readable by admins, coordinators and case workers.
 */
export const partnerServicesQueryOptions = () =>
  queryOptions({
    queryKey: partnerServicesKey,
    queryFn: async ({ signal }) => (await api.get<{ items: PartnerService[] }>('/partner-services', { signal })).items,
  });

type SitePage = z.infer<ReturnType<typeof page<typeof Site>>>;

/**
 * The organisation's sites (head office, antennas), for report filters. The API lists them for
 * admins only: other roles filter without them.
 */
export const sitesQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'sites'] as const,
    queryFn: async ({ signal }) => {
      const sites: Site[] = [];
      let cursor: string | null = null;
      do {
        const result: SitePage = await api.get<SitePage>('/admin/sites', { query: { limit: 200, cursor }, signal });
        sites.push(...result.items);
        cursor = result.nextCursor;
      } while (cursor);
      return sites;
    },
    staleTime: STATIC_STALE_TIME,
  });
