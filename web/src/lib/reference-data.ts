import type { Program, TeamMember } from '@percee/shared';
import { queryOptions } from '@tanstack/react-query';
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
};

const STATIC_STALE_TIME = 5 * 60_000;

/** The organisation's active programs (with their accompaniment types and eligibility checklist). */
export const programsQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'programs'] as const,
    queryFn: async ({ signal }) => (await api.get<{ items: Program[] }>('/programs', { signal })).items,
    staleTime: STATIC_STALE_TIME,
  });

/** Active case workers and coordinators, with their open caseload (for assignment pickers). */
export const teamQueryOptions = () =>
  queryOptions({
    queryKey: [...queryRoots.reference, 'team'] as const,
    queryFn: async ({ signal }) => (await api.get<{ items: TeamMember[] }>('/team', { signal })).items,
  });
