import type {
  CostCatalogueItem,
  Household,
  PartnerService,
  Program,
  ProgramOption,
  Site,
  TeamMember,
} from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import { fetchAllPages } from './fetch-all-pages';

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
    queryFn: ({ signal }) => fetchAllPages<Program>('/programs', { signal }),
    staleTime: STATIC_STALE_TIME,
  });

/**
 * Active programs as a referral form names them (id, name, method): readable by every role,
 * partners included, who do not see the program settings.
 */
export const programOptionsQueryOptions = () =>
  queryOptions({
    queryKey: [...programsKey, 'options'] as const,
    queryFn: ({ signal }) => fetchAllPages<ProgramOption>('/programs/options', { signal }),
    staleTime: STATIC_STALE_TIME,
  });

/** Active case workers and coordinators, with their open caseload (for assignment pickers). */
export const teamQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'team'] as const,
    queryFn: ({ signal }) => fetchAllPages<TeamMember>('/team', { signal }),
  });

/**
 * The social cost catalogue: unit costs with their price history (the scenario editor prices its
 * lines with it; admins manage it). Case roles, analysts and admins may read it.
 */
export const costCatalogueQueryOptions = (includeInactive = false) =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'cost-catalogue', { includeInactive }] as const,
    queryFn: ({ signal }) =>
      fetchAllPages<CostCatalogueItem>('/cost-catalogue', { query: { includeInactive }, signal }),
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
    queryFn: ({ signal }) => fetchAllPages<PartnerService>('/partner-services', { signal }),
  });

/**
 * The organisation's sites (head office, antennas), for report filters. The API lists them for
 * admins only: other roles filter without them.
 */
export const sitesQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'sites'] as const,
    queryFn: ({ signal }) => fetchAllPages<Site>('/admin/sites', { signal }),
    staleTime: STATIC_STALE_TIME,
  });

/**
 * A household file with its members: the households feature's page, and the agenda's member picker
 * (under the households feature's key, so both share one cache entry).
 */
export const householdQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...queryRoots.households, 'detail', id] as const,
    queryFn: ({ signal }) => api.get<Household>(`/households/${encodeURIComponent(id)}`, { signal }),
  });
