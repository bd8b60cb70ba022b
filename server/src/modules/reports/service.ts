import {
  type ActivityReport,
  type Count,
  can,
  type ReportQuery,
  type ReportSettings,
  type ReportSettingsUpdate,
  SMALL_COUNT_THRESHOLD,
  SUPPRESSED,
  type TeamDashboard,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, HttpProblem } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import { withSnapshot } from '../../platform/snapshots.js';
import { timeZoneOf } from '../organisations/index.js';
import * as repo from './repo.js';

/** Analysts see aggregates only: small counts that could point at a household are hidden. */
export const aggregatesOnly = (actor: Actor) => !can(actor.role, 'aggregate.smallCounts');

export function assertReportReader(actor: Actor) {
  if (!can(actor.role, 'aggregate.read')) throw forbidden('Reports are for coordinators, admins and analysts');
}

function suppressor(enabled: boolean, threshold = SMALL_COUNT_THRESHOLD) {
  const count = (value: number): Count => (enabled && value > 0 && value < threshold ? SUPPRESSED : value);
  /** An amount is hidden when fewer households than the threshold make it up. */
  const amount = (value: number, households: number): number | typeof SUPPRESSED =>
    enabled && households > 0 && households < threshold ? SUPPRESSED : value;
  return { count, amount };
}

/** Bumped when the stored figures change shape or meaning, so older snapshots are not served. */
const ACTIVITY_FIGURES_VERSION = 4;

/** Every figure of the activity report as the database computed it, before any masking. */
async function activityFigures(tx: Tx, scope: repo.Scope) {
  return {
    referralRows: await repo.referralFigures(tx, scope),
    diagnostics: await repo.diagnosticFigures(tx, scope),
    accompaniments: await repo.accompanimentFigures(tx, scope),
    households: await repo.householdFigures(tx, scope),
    closures: await repo.closureFigures(tx, scope),
    contacts: await repo.contactFigures(tx, scope),
    progress: await repo.assessmentProgress(tx, scope),
    aid: await repo.aidFigures(tx, scope),
  };
}

/**
 * The activity report. Its figures come from a snapshot at most `cacheSeconds` old (computed now if
 * there is none); the analysts' suppression is applied to them on every request.
 */
export async function activityReport(
  tx: Tx,
  actor: Actor,
  query: ReportQuery,
  cacheSeconds: number,
): Promise<ActivityReport> {
  assertReportReader(actor);
  // Named one by one: the CSV route's query also carries its delimiter, which changes no figure.
  const filters = {
    from: query.from,
    to: query.to,
    programId: query.programId,
    siteId: query.siteId,
    workerId: query.workerId,
  };
  const timeZone = await timeZoneOf(tx, actor.organisationId);
  const scope: repo.Scope = { organisationId: actor.organisationId, ...filters, timeZone };
  // The zone and the figures' shape are part of the key: a snapshot read in another zone, or stored
  // with another set of figures, is never served.
  const { figures, computedAt } = await withSnapshot(
    tx,
    actor.organisationId,
    'activity',
    { ...filters, timeZone, figures: ACTIVITY_FIGURES_VERSION },
    cacheSeconds,
    () => activityFigures(tx, scope),
  );
  const { referralRows, diagnostics, accompaniments, households, closures, contacts, progress, aid } = figures;
  const hide = suppressor(aggregatesOnly(actor));
  const keyed = <K extends string>(rows: { key: string; count: number }[]) =>
    rows.filter((row) => row.key !== null).map((row) => ({ key: row.key as K, count: hide.count(row.count) }));

  const sumWhere = (predicate: (row: (typeof referralRows)[number]) => boolean) =>
    referralRows.filter(predicate).reduce((total, row) => total + row.count, 0);
  const declinedByReason = new Map<string, number>();
  for (const row of referralRows) {
    if (row.status === 'declined' && row.decline_reason) {
      declinedByReason.set(row.decline_reason, (declinedByReason.get(row.decline_reason) ?? 0) + row.count);
    }
  }

  const aidBy = (field: 'kind' | 'nature') => {
    const groups = new Map<string, { count: number; total: number; households: number }>();
    for (const row of aid) {
      const group = groups.get(row[field]) ?? { count: 0, total: 0, households: 0 };
      // Households may repeat across kinds of one nature: this count is an upper bound, used only to hide.
      groups.set(row[field], {
        count: group.count + row.count,
        total: group.total + row.total,
        households: group.households + row.households,
      });
    }
    return [...groups].map(([key, group]) => ({
      key,
      count: hide.count(group.count),
      totalCents: hide.amount(group.total, group.households),
    }));
  };
  const aidCount = aid.reduce((total, row) => total + row.count, 0);
  const aidTotal = aid.reduce((total, row) => total + row.total, 0);
  const aidHouseholds = aid.reduce((total, row) => total + row.households, 0);
  const activeCases = contacts.totals?.active_cases ?? 0;
  const closedCases = closures.duration?.closed ?? 0;
  const suppressDuration = aggregatesOnly(actor) && closedCases > 0 && closedCases < SMALL_COUNT_THRESHOLD;

  return {
    period: { from: query.from, to: query.to, timeZone },
    computedAt,
    suppressed: aggregatesOnly(actor),
    referrals: {
      received: hide.count(sumWhere(() => true)),
      accepted: hide.count(sumWhere((row) => row.status === 'accepted')),
      declined: hide.count(sumWhere((row) => row.status === 'declined')),
      withdrawn: hide.count(sumWhere((row) => row.status === 'withdrawn')),
      pending: hide.count(sumWhere((row) => row.status === 'new')),
      declinedByReason: keyed([...declinedByReason].map(([key, count]) => ({ key, count }))),
    },
    diagnostics: {
      done: hide.count(diagnostics.done),
      withoutAccompaniment: hide.count(diagnostics.without),
      withoutAccompanimentByReason: keyed(diagnostics.byReason),
      duplicateOverrides: hide.count(diagnostics.overrides),
    },
    accompaniments: {
      active: hide.count(accompaniments.active),
      started: hide.count(accompaniments.started),
      closed: hide.count(accompaniments.closed),
      activeByType: keyed(accompaniments.byType),
    },
    households: {
      diagnosed: hide.count(households.diagnosed),
      accompanied: hide.count(households.accompanied),
      followed: hide.count(households.followed),
    },
    closures: {
      total: hide.count(closures.byReason.reduce((t, r) => t + r.count, 0)),
      byReason: keyed(closures.byReason),
    },
    duration: {
      closedCases: hide.count(closedCases),
      averageDays: suppressDuration ? null : (closures.duration?.average ?? null),
      medianDays: suppressDuration ? null : (closures.duration?.median ?? null),
    },
    contacts: {
      total: hide.count(contacts.totals?.total ?? 0),
      byType: keyed(contacts.byType),
      casesWithContact: hide.count(contacts.totals?.cases ?? 0),
      perActiveCase: activeCases > 0 ? Math.round(((contacts.totals?.total ?? 0) / activeCases) * 10) / 10 : null,
      averageIntervalDays: contacts.totals?.average_interval ?? null,
    },
    assessmentProgress: {
      cases: hide.count(progress[0]?.all_cases ?? 0),
      domains: progress.map((row) => {
        const hidden = aggregatesOnly(actor) && row.cases < SMALL_COUNT_THRESHOLD;
        return {
          domain: row.domain,
          cases: hide.count(row.cases),
          meanFirst: hidden ? null : row.mean_first,
          meanLatest: hidden ? null : row.mean_latest,
          meanChange: hidden ? null : row.mean_change,
        };
      }),
    },
    aid: {
      grants: hide.count(aidCount),
      totalCents: hide.amount(aidTotal, aidHouseholds),
      byKind: aidBy('kind') as ActivityReport['aid']['byKind'],
      byNature: aidBy('nature') as ActivityReport['aid']['byNature'],
    },
  };
}

export async function reportSettings(tx: Tx, actor: Actor): Promise<ReportSettings> {
  assertReportReader(actor);
  return { timeZone: await timeZoneOf(tx, actor.organisationId) };
}

/** Sets the time zone report periods are read in (admins). */
export async function updateReportSettings(tx: Tx, actor: Actor, input: ReportSettingsUpdate): Promise<ReportSettings> {
  if (!can(actor.role, 'reportSettings.manage')) throw forbidden('Report settings are for admins');
  // The runtime accepted the name; the database must know it too, since it reads the periods.
  if (!(await repo.knowsTimeZone(tx, input.timeZone))) {
    throw new HttpProblem(
      422,
      'unknown-time-zone',
      'Unprocessable Content',
      'The database does not know this time zone',
      {
        errors: [{ path: 'body.timeZone', message: 'Unknown time zone' }],
      },
    );
  }
  const before = await timeZoneOf(tx, actor.organisationId);
  await repo.setTimeZone(tx, actor.organisationId, input.timeZone);
  await audit(tx, actor, {
    action: 'report.settings',
    entityType: 'organisation',
    entityId: actor.organisationId,
    changes: diff({ timeZone: before }, input),
  });
  return { timeZone: input.timeZone };
}

/** Rows for the CSV and print exports: section, figure, key, value. */
export function activityRows(report: ActivityReport): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['period', 'from-to', null, `${report.period.from} – ${report.period.to}`],
    ['period', 'computed_at', null, report.computedAt],
  ];
  const walk = (section: string, value: unknown, path: string[] = []) => {
    if (Array.isArray(value)) {
      for (const entry of value as Record<string, unknown>[]) {
        const key = String(entry.key ?? entry.domain ?? '');
        for (const [field, fieldValue] of Object.entries(entry)) {
          if (field === 'key' || field === 'domain') continue;
          rows.push([section, [...path, field].join('.'), key, fieldValue as number | string | null]);
        }
      }
    } else if (value && typeof value === 'object') {
      for (const [field, fieldValue] of Object.entries(value)) walk(section, fieldValue, [...path, field]);
    } else {
      rows.push([section, path.join('.'), null, value as number | string | null]);
    }
  };
  for (const [section, value] of Object.entries(report)) {
    if (section === 'period' || section === 'suppressed' || section === 'computedAt') continue;
    walk(section, value);
  }
  return rows;
}

export async function teamDashboard(tx: Tx, actor: Actor): Promise<TeamDashboard> {
  if (!can(actor.role, 'team.dashboard')) throw forbidden('The team dashboard is for coordinators');
  const workers = await repo.teamWorkers(tx, actor.organisationId);
  const { totals, funnel, monthly } = await repo.teamTotals(
    tx,
    actor.organisationId,
    await timeZoneOf(tx, actor.organisationId),
  );
  return {
    workers: workers.map((worker) => ({
      id: worker.id,
      displayName: worker.display_name,
      openCases: worker.open_cases,
      caseloadLimit: worker.caseload_limit,
      overdue: worker.overdue,
    })),
    referralsWaiting: totals?.referrals_waiting ?? 0,
    overdueTotal: totals?.overdue ?? 0,
    stageFunnel: (['intake', 'assessment', 'planning', 'monitoring', 'evaluation'] as const).map((stage) => ({
      stage,
      count: funnel.find((row) => row.stage === stage)?.count ?? 0,
    })),
    monthly,
  };
}

/** Rows for the team dashboard's CSV export: section, figure, key, value (like the activity report). */
export function teamRows(dashboard: TeamDashboard): (string | number | null)[][] {
  return [
    ['totals', 'referralsWaiting', null, dashboard.referralsWaiting],
    ['totals', 'overdue', null, dashboard.overdueTotal],
    ...dashboard.workers.flatMap((worker) => [
      ['workers', 'openCases', worker.displayName, worker.openCases],
      ['workers', 'caseloadLimit', worker.displayName, worker.caseloadLimit],
      ['workers', 'overdue', worker.displayName, worker.overdue],
    ]),
    ...dashboard.stageFunnel.map((entry) => ['stageFunnel', 'openCases', entry.stage, entry.count]),
    ...dashboard.monthly.flatMap((entry) => [
      ['monthly', 'opened', entry.month, entry.opened],
      ['monthly', 'closed', entry.month, entry.closed],
    ]),
  ];
}
