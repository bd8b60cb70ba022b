import type { ProgramOption } from '@percee/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { programOptionsQueryOptions, sitesQueryOptions, teamQueryOptions } from '../lib/reference-data';
import { administers, coordinates } from '../lib/roles';
import { useMe } from '../lib/session';
import type { FilterSelect, Period } from './report-filters';

interface ReportFilterValues {
  programId?: string | undefined;
  siteId?: string | undefined;
  /** The person filter: its URL parameter, label and value (coordinators choose it). */
  worker: { name: string; label: string; value?: string | undefined };
  /** Which programs can be chosen (all by default). */
  programFilter?: (program: ProgramOption) => boolean;
  /** Selects after the program, site and worker ones. */
  more?: readonly FilterSelect[];
}

/**
 * The filters the report screens share, kept in the URL: program, site (admins), worker
 * (coordinators) and the period. Returns the choices' queries (to name what is chosen) and the props
 * of `<ReportFilters>` (`selects`, `onPeriod`, `onSelect`).
 */
export function useReportFilters({ programId, siteId, worker, programFilter, more = [] }: ReportFilterValues) {
  const { t } = useTranslation();
  const me = useMe();
  const [, setParams] = useSearchParams();
  const seesTeam = coordinates(me.role);
  const seesSites = administers(me.role);
  // Options, not settings: analysts do not read program settings (GET /programs is 403 to them).
  const programs = useQuery(programOptionsQueryOptions());
  const team = useQuery({ ...teamQueryOptions(), enabled: seesTeam });
  const sites = useQuery({ ...sitesQueryOptions(), enabled: seesSites });

  /** Changes the filters in the URL; an empty period field stays empty (the person is typing a date). */
  const update = (changes: Record<string, string>, keepEmpty = false) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value || keepEmpty) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };

  const selects: FilterSelect[] = [
    {
      name: 'programId',
      label: t('reportFilters.program'),
      value: programId ?? '',
      options: (programs.data ?? [])
        .filter((program) => programFilter?.(program) ?? true)
        .map((program) => ({ value: program.id, label: program.name })),
    },
    ...(seesSites
      ? [
          {
            name: 'siteId',
            label: t('reportFilters.site'),
            value: siteId ?? '',
            options: (sites.data ?? []).map((site) => ({ value: site.id, label: site.name })),
          },
        ]
      : []),
    ...(seesTeam
      ? [
          {
            name: worker.name,
            label: worker.label,
            value: worker.value ?? '',
            options: (team.data ?? []).map((member) => ({ value: member.id, label: member.displayName })),
          },
        ]
      : []),
    ...more,
  ];

  return {
    programs,
    sites,
    team,
    filterProps: {
      selects,
      onPeriod: (next: Period) => update({ from: next.from, to: next.to }, true),
      onSelect: (name: string, value: string) => update({ [name]: value }),
    },
  };
}
