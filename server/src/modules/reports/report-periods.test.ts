import type { AccompanimentType, ClosureReason, ContactType, DeclineReason, ReferralStatus } from '@percee/shared';
import { ActivityReport, ReportSettings } from '@percee/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, signIn, startTestApp } from '../../../test/app.js';
import { insertProgram } from '../../../test/fixtures.js';
import {
  aidGrants,
  assessmentInstruments,
  assessmentScores,
  assessments,
  cases,
  contacts,
  households,
  objectiveEvaluations,
  objectiveOutcomes,
  objectives,
  referrals,
} from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';

/*
 * Every figure of the activity report, checked against an independent computation: plain TypeScript
 * over the rows this test wrote, from the definitions in docs/reports.md (never the server's code),
 * for an organisation in Europe/Brussels, on data crowded around local midnights: the new year
 * (23:30 UTC on 31 December is 00:30 on 1 January), month ends, and both daylight-saving days.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/* ---------- Brussels local midnight, from the EU rule (not from a time zone library) ---------- */

/** The last Sunday of a month (0-based), as a day of the month. */
function lastSunday(year: number, month: number) {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}
/**
 * 00:00 in Brussels on a calendar day, as a UTC epoch: CET (UTC+1), or CEST (UTC+2) from the last
 * Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. Midnight is never inside a switch.
 */
function brusselsMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const summerStarts = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const summerEnds = Date.UTC(y, 9, lastSunday(y, 9), 1);
  const asWinter = utcMidnight - HOUR;
  return asWinter >= summerStarts && asWinter < summerEnds ? utcMidnight - 2 * HOUR : asWinter;
}
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
/** The Brussels calendar day of an instant (for aid dates). */
const brusselsDay = (epoch: number) => {
  let day = new Date(epoch).toISOString().slice(0, 10);
  if (epoch >= brusselsMidnight(nextDay(day))) day = nextDay(day);
  return day;
};

/* ---------- rounding as the definitions say (numeric rounding, half away from zero) ---------- */

const round = (value: number, decimals: number) => {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / 10 ** decimals;
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
};
const countBy = <T>(rows: T[], key: (row: T) => string | null) => {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => a.key.localeCompare(b.key));
};
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

/* ---------- a deterministic random data set ---------- */

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Instants on and around the local midnights that matter, in UTC. */
const EDGES = [
  '2024-10-31T22:59:00Z',
  '2024-10-31T23:00:00Z', // 1 November 00:00 CET
  '2024-12-31T22:30:00Z',
  '2024-12-31T22:59:59Z',
  '2024-12-31T23:00:00Z', // 1 January 2025 00:00 CET
  '2024-12-31T23:30:00Z', // 00:30 on 1 January
  '2025-01-01T00:30:00Z',
  '2025-03-29T22:59:00Z',
  '2025-03-29T23:00:00Z', // 30 March 00:00 CET, the 23-hour day
  '2025-03-30T00:59:00Z',
  '2025-03-30T01:00:00Z', // 03:00 CEST
  '2025-03-30T21:59:00Z',
  '2025-03-30T22:00:00Z', // 31 March 00:00 CEST
  '2025-03-30T22:30:00Z',
  '2025-03-30T23:00:00Z',
  '2025-03-31T21:59:00Z',
  '2025-03-31T22:00:00Z', // 1 April 00:00 CEST
  '2025-03-31T23:00:00Z',
  '2025-10-25T21:59:00Z',
  '2025-10-25T22:00:00Z', // 26 October 00:00 CEST, the 25-hour day
  '2025-10-26T00:30:00Z',
  '2025-10-26T01:30:00Z', // 02:30 CET, after the switch
  '2025-10-26T22:59:00Z',
  '2025-10-26T23:00:00Z', // 27 October 00:00 CET
  '2025-10-31T22:59:00Z',
  '2025-10-31T23:00:00Z', // 1 November 00:00 CET
  '2025-12-31T22:59:00Z',
  '2025-12-31T23:00:00Z', // 1 January 2026 00:00 CET
  '2025-12-31T23:30:00Z',
].map(Date.parse);

const PERIODS = [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2024-10-01', to: '2024-12-31' },
  { from: '2025-01-01', to: '2025-03-31' },
  { from: '2025-03-01', to: '2025-03-31' },
  { from: '2025-03-30', to: '2025-03-30' },
  { from: '2025-10-26', to: '2025-10-26' },
  { from: '2025-10-01', to: '2025-10-31' },
];

interface CaseRow {
  id: string;
  householdId: string;
  program: 'P' | 'Q';
  worker: 'W1' | 'W2';
  type: AccompanimentType;
  opened: number;
  started: number | null;
  closed: number | null;
  reason: ClosureReason | null;
  override: string | null;
}
interface ReferralRow {
  id: string;
  received: number;
  status: ReferralStatus;
  declineReason: DeclineReason | null;
  program: 'P' | 'Q' | 'X' | null;
  caseId: string | null;
}
interface ContactRow {
  caseId: string;
  at: number;
  type: ContactType;
}
interface AssessmentRow {
  caseId: string;
  at: number;
  scores: Record<string, number>;
}
interface AidRow {
  caseId: string;
  grantedOn: string;
  kind: 'food' | 'energy' | 'housing';
  nature: 'financial' | 'material';
  amountCents: number | null;
}

type Outcome = 'reached' | 'partly' | 'not_reached';
interface ObjectiveRow {
  caseId: string;
  at: number;
}
interface EvaluationRow {
  caseId: string;
  at: number;
  satisfaction: number | null;
  /** Indexes into the case's objectives (set before the evaluation), with the outcome recorded. */
  outcomes: { objective: number; outcome: Outcome }[];
}

describe('activity report periods in the organisation time zone (Europe/Brussels)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let org: Awaited<ReturnType<typeof createTestOrganisation>>;
  let coordinator: { authorization: string };
  let admin: { authorization: string };
  const programs: Record<'P' | 'Q' | 'X', string> = { P: '', Q: '', X: '' };
  const workers: Record<'W1' | 'W2', string> = { W1: '', W2: '' };
  const data = {
    cases: [] as CaseRow[],
    referrals: [] as ReferralRow[],
    contacts: [] as ContactRow[],
    assessments: [] as AssessmentRow[],
    aid: [] as AidRow[],
    objectives: [] as ObjectiveRow[],
    evaluations: [] as EvaluationRow[],
  };

  const call = (headers: { authorization: string }, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const report = async (query: Record<string, string>) => {
    const response = await call(coordinator, 'GET', `/reports/activity?${new URLSearchParams(query)}`);
    expect(response.statusCode, response.body).toBe(200);
    return ActivityReport.parse(response.json());
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    org = await createTestOrganisation(ctx.database, 'Relais Bruxelles', ['admin', 'coordinator', 'case_worker']);
    coordinator = (await signIn(ctx.app, org.byRole.coordinator.email)).headers;
    admin = (await signIn(ctx.app, org.byRole.admin.email)).headers;
    const set = await call(admin, 'PUT', '/reports/settings', { timeZone: 'Europe/Brussels' });
    expect(set.statusCode, set.body).toBe(200);
    const organisationId = org.organisationId;
    programs.P = (await insertProgram(ctx.database, organisationId, { name: 'ASLL' })).id;
    programs.Q = (await insertProgram(ctx.database, organisationId, { name: 'MASP' })).id;
    programs.X = (await insertProgram(ctx.database, organisationId, { name: 'New year' })).id;
    workers.W1 = org.byRole.case_worker.id;
    workers.W2 = org.byRole.coordinator.id;

    const next = random(17);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] as T;
    // Edges, plus instants on the hour from November 2024 to January 2026.
    const pool = [...EDGES];
    for (let i = 0; i < 60; i++) pool.push(Date.UTC(2024, 10, 1) + Math.floor(next() * 455 * 24) * HOUR);
    pool.sort((a, b) => a - b);
    const laterThan = (t: number, until = Number.POSITIVE_INFINITY) => {
      const later = pool.filter((u) => u > t && u <= until);
      return later.length ? pick(later) : null;
    };
    const types: AccompanimentType[] = ['housing_keeping', 'housing_search', 'housing_access', 'masp'];
    const reasons: ClosureReason[] = ['goals_reached', 'refused_or_disengaged', 'never_reached', 'moved_away'];
    const contactTypes: ContactType[] = ['home_visit', 'phone', 'office', 'video'];
    const domains = ['finances', 'housing', 'health'];

    await inTenant(ctx.database.db, { organisationId }, async (tx) => {
      const [instrument] = await tx
        .insert(assessmentInstruments)
        .values({ organisationId, code: 'edges', name: 'Edges', domains: [], levels: [] })
        .returning();
      let n = 0;
      for (let i = 0; i < 70; i++) {
        const opened = pick(pool);
        const started = next() < 0.6 ? laterThan(opened) : null;
        const closed = next() < 0.55 ? laterThan(started ?? opened) : null;
        const program = pick(['P', 'Q'] as const);
        // A few cases opened by override for a household already followed in the program.
        const reuse = next() < 0.1 ? data.cases.find((c) => c.program === program) : undefined;
        let householdId = reuse?.householdId;
        if (!householdId) {
          const [household] = await tx
            .insert(households)
            .values({ organisationId, reference: `B-${++n}`, displayName: `Household ${n}` })
            .returning();
          householdId = household?.id as string;
        }
        const row: Omit<CaseRow, 'id'> = {
          householdId,
          program,
          worker: pick(['W1', 'W2'] as const),
          type: pick(types),
          opened,
          started,
          closed,
          reason: closed ? pick(reasons) : null,
          override: reuse ? 'Separate request of the eldest son' : null,
        };
        // Most cases come from a referral received before (or when) they opened.
        const referralAt = next() < 0.7 ? pick(pool.filter((t) => t <= opened)) : null;
        const [inserted] = await tx
          .insert(cases)
          .values({
            organisationId,
            householdId,
            programId: programs[program],
            primaryWorkerId: workers[row.worker],
            accompanimentType: row.type,
            stage: closed ? 'exit' : started ? 'monitoring' : 'intake',
            openedAt: new Date(opened).toISOString(),
            accompanimentStartedAt: started ? new Date(started).toISOString() : null,
            closedAt: closed ? new Date(closed).toISOString() : null,
            closureReason: row.reason,
            exitedFromStage: closed ? (started ? 'evaluation' : 'intake') : null,
            duplicateOverrideReason: row.override,
          })
          .returning({ id: cases.id });
        const caseRow: CaseRow = { ...row, id: inserted?.id as string };
        data.cases.push(caseRow);
        if (referralAt !== null) {
          const [referral] = await tx
            .insert(referrals)
            .values({
              organisationId,
              referrerService: 'CPAS',
              reason: 'Rent arrears',
              personAgreed: true,
              programId: programs[program],
              householdId,
              status: 'accepted',
              receivedAt: new Date(referralAt).toISOString(),
              caseId: caseRow.id,
            })
            .returning({ id: referrals.id });
          await tx
            .update(cases)
            .set({ referralId: referral?.id as string })
            .where(and(eq(cases.organisationId, organisationId), eq(cases.id, caseRow.id)));
          data.referrals.push({
            id: referral?.id as string,
            received: referralAt,
            status: 'accepted',
            declineReason: null,
            program,
            caseId: caseRow.id,
          });
        }
        // Contacts at distinct instants while the case is open.
        const until = closed ?? Number.POSITIVE_INFINITY;
        const contactTimes = new Set<number>();
        for (let k = Math.floor(next() * 6); k > 0; k--) {
          const at = laterThan(opened - 1, until);
          if (at !== null) contactTimes.add(at);
        }
        for (const at of contactTimes) data.contacts.push({ caseId: caseRow.id, at, type: pick(contactTypes) });
        // Assessments at distinct instants, some domains each.
        const assessmentTimes = new Set<number>();
        for (let k = Math.floor(next() * 4); k > 0; k--) {
          const at = laterThan(opened - 1, until);
          if (at !== null) assessmentTimes.add(at);
        }
        for (const at of assessmentTimes) {
          const scores: Record<string, number> = {};
          for (const domain of domains) if (next() < 0.7) scores[domain] = 1 + Math.floor(next() * 5);
          if (Object.keys(scores).length === 0) scores.housing = 3;
          data.assessments.push({ caseId: caseRow.id, at, scores });
        }
        // Aid on local days while the case is open.
        for (let k = Math.floor(next() * 3); k > 0; k--) {
          const at = laterThan(opened - 1, until);
          if (at === null) continue;
          data.aid.push({
            caseId: caseRow.id,
            grantedOn: brusselsDay(at),
            kind: pick(['food', 'energy', 'housing'] as const),
            nature: pick(['financial', 'material'] as const),
            amountCents: next() < 0.2 ? null : Math.floor(next() * 50_000),
          });
        }
        // Objectives set once the accompaniment started, and evaluations of some of them with the person.
        if (started !== null) {
          const mine: number[] = [];
          for (let k = Math.floor(next() * 4); k > 0; k--) {
            const at = laterThan(started - 1, until);
            if (at === null) continue;
            mine.push(data.objectives.length);
            data.objectives.push({ caseId: caseRow.id, at });
          }
          for (let k = Math.floor(next() * 3); k > 0; k--) {
            const at = laterThan(started - 1, until);
            if (at === null) continue;
            const before = mine.filter((index) => (data.objectives[index] as ObjectiveRow).at <= at);
            if (before.length === 0) continue;
            data.evaluations.push({
              caseId: caseRow.id,
              at,
              satisfaction: next() < 0.25 ? null : 1 + Math.floor(next() * 5),
              outcomes: before
                .filter(() => next() < 0.8)
                .map((objective) => ({ objective, outcome: pick(['reached', 'partly', 'not_reached'] as const) })),
            });
          }
        }
      }
      // Referrals that did not (or not yet) become a case.
      for (let i = 0; i < 40; i++) {
        const status = pick(['new', 'declined', 'withdrawn'] as const);
        const program = pick(['P', 'Q', null] as const);
        const received = pick(pool);
        const declineReason = status === 'declined' ? pick(['out_of_territory', 'not_eligible'] as const) : null;
        const [household] = await tx
          .insert(households)
          .values({ organisationId, reference: `B-${++n}`, displayName: `Household ${n}` })
          .returning();
        const [referral] = await tx
          .insert(referrals)
          .values({
            organisationId,
            referrerService: 'CPAS',
            reason: 'Eviction notice',
            personAgreed: true,
            programId: program ? programs[program] : null,
            householdId: household?.id as string,
            status,
            declineReason,
            receivedAt: new Date(received).toISOString(),
          })
          .returning({ id: referrals.id });
        data.referrals.push({ id: referral?.id as string, received, status, declineReason, program, caseId: null });
      }
      const objectiveIds: string[] = [];
      for (const objective of data.objectives) {
        const [row] = await tx
          .insert(objectives)
          .values({
            organisationId,
            caseId: objective.caseId,
            round: 1,
            setInRound: 1,
            domain: 'housing',
            text: 'An objective',
            createdBy: workers.W1,
            createdAt: new Date(objective.at).toISOString(),
          })
          .returning({ id: objectives.id });
        objectiveIds.push(row?.id as string);
      }
      for (const evaluation of data.evaluations) {
        const [row] = await tx
          .insert(objectiveEvaluations)
          .values({
            organisationId,
            caseId: evaluation.caseId,
            round: 1,
            evaluatedAt: new Date(evaluation.at).toISOString(),
            satisfaction: evaluation.satisfaction,
            recordedBy: workers.W1,
          })
          .returning({ id: objectiveEvaluations.id });
        if (evaluation.outcomes.length) {
          await tx.insert(objectiveOutcomes).values(
            evaluation.outcomes.map(({ objective, outcome }) => ({
              organisationId,
              evaluationId: row?.id as string,
              objectiveId: objectiveIds[objective] as string,
              outcome,
            })),
          );
        }
      }
      if (data.contacts.length) {
        await tx.insert(contacts).values(
          data.contacts.map((k) => ({
            organisationId,
            caseId: k.caseId,
            occurredAt: new Date(k.at).toISOString(),
            type: k.type,
            recordedBy: workers.W1,
          })),
        );
      }
      for (const a of data.assessments) {
        const [stored] = await tx
          .insert(assessments)
          .values({
            organisationId,
            caseId: a.caseId,
            instrumentId: instrument?.id as string,
            assessedAt: new Date(a.at).toISOString(),
            stage: 'assessment',
            recordedBy: workers.W1,
          })
          .returning({ id: assessments.id });
        await tx.insert(assessmentScores).values(
          Object.entries(a.scores).map(([domain, score]) => ({
            organisationId,
            assessmentId: stored?.id as string,
            domain,
            score,
          })),
        );
      }
      if (data.aid.length) {
        await tx.insert(aidGrants).values(data.aid.map((g) => ({ organisationId, ...g, recordedBy: workers.W1 })));
      }
      // One referral at 00:30 on 1 January 2025 in Brussels (23:30 UTC on 31 December 2024).
      const [household] = await tx
        .insert(households)
        .values({ organisationId, reference: 'NY', displayName: 'New year' })
        .returning();
      const [newYear] = await tx
        .insert(referrals)
        .values({
          organisationId,
          referrerService: 'CPAS',
          reason: 'New year',
          personAgreed: true,
          programId: programs.X,
          householdId: household?.id as string,
          receivedAt: '2024-12-31T23:30:00Z',
        })
        .returning({ id: referrals.id });
      data.referrals.push({
        id: newYear?.id as string,
        received: Date.parse('2024-12-31T23:30:00Z'),
        status: 'new',
        declineReason: null,
        program: 'X',
        caseId: null,
      });
    });
  });
  afterAll(() => ctx?.close());

  /** The report as docs/reports.md defines it, computed here from the rows written above. */
  function expected(period: { from: string; to: string }, filter: { program?: 'P' | 'Q'; worker?: 'W1' | 'W2' }) {
    const start = brusselsMidnight(period.from);
    const end = brusselsMidnight(nextDay(period.to));
    const inPeriod = (t: number | null) => t !== null && t >= start && t < end;
    const caseById = new Map(data.cases.map((c) => [c.id, c]));
    const inScope = (c: CaseRow) =>
      (!filter.program || c.program === filter.program) && (!filter.worker || c.worker === filter.worker);
    const openInPeriod = (c: CaseRow) => c.opened < end && (c.closed === null || c.closed >= start);

    const rs = data.referrals.filter(
      (r) =>
        inPeriod(r.received) &&
        (!filter.program || r.program === filter.program) &&
        (!filter.worker || (r.caseId !== null && caseById.get(r.caseId)?.worker === filter.worker)),
    );
    const diagnostics = data.cases.filter((c) => inScope(c) && inPeriod(c.opened));
    const without = diagnostics.filter((c) => c.started === null && c.closed !== null && c.closed < end);
    const accompanied = data.cases.filter((c) => inScope(c) && c.started !== null);
    const active = accompanied.filter((c) => (c.started as number) < end && (c.closed === null || c.closed >= start));
    const closed = data.cases.filter((c) => inScope(c) && inPeriod(c.closed));
    const durations = closed.map((c) => ((c.closed as number) - c.opened) / DAY);

    const open = data.cases.filter((c) => inScope(c) && openInPeriod(c));
    const openIds = new Set(open.map((c) => c.id));
    const periodContacts = data.contacts.filter((k) => openIds.has(k.caseId) && inPeriod(k.at));
    const gaps: number[] = [];
    for (const id of openIds) {
      const times = periodContacts
        .filter((k) => k.caseId === id)
        .map((k) => k.at)
        .sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++) gaps.push(((times[i] as number) - (times[i - 1] as number)) / DAY);
    }

    // Progress: per open case and domain, scores up to the period's end in time order, two or more.
    const pairs: { caseId: string; domain: string; first: number; latest: number }[] = [];
    for (const id of openIds) {
      const scored = data.assessments.filter((a) => a.caseId === id && a.at < end).sort((a, b) => a.at - b.at);
      const domains = new Set(scored.flatMap((a) => Object.keys(a.scores)));
      for (const domain of domains) {
        const series = scored.filter((a) => domain in a.scores).map((a) => a.scores[domain] as number);
        if (series.length >= 2) {
          pairs.push({ caseId: id, domain, first: series[0] as number, latest: series.at(-1) as number });
        }
      }
    }
    const progressDomains = [...new Set(pairs.map((p) => p.domain))].sort().map((domain) => {
      const of = pairs.filter((p) => p.domain === domain);
      return {
        domain,
        cases: of.length,
        meanFirst: round(mean(of.map((p) => p.first)), 2),
        meanLatest: round(mean(of.map((p) => p.latest)), 2),
        meanChange: round(mean(of.map((p) => p.latest - p.first)), 2),
      };
    });

    const grants = data.aid.filter((g) => {
      const c = caseById.get(g.caseId) as CaseRow;
      return inScope(c) && g.grantedOn >= period.from && g.grantedOn <= period.to;
    });
    const aidBy = (field: 'kind' | 'nature') =>
      countBy(grants, (g) => g[field]).map(({ key, count }) => ({
        key,
        count,
        totalCents: grants.filter((g) => g[field] === key).reduce((t, g) => t + (g.amountCents ?? 0), 0),
      }));

    // Objectives: set (created) in the period; outcomes and satisfaction of the period's evaluations.
    const objectivesSet = data.objectives.filter((o) => inScope(caseById.get(o.caseId) as CaseRow) && inPeriod(o.at));
    const evaluations = data.evaluations.filter((e) => inScope(caseById.get(e.caseId) as CaseRow) && inPeriod(e.at));
    const outcomes = evaluations.flatMap((e) => e.outcomes.map((o) => o.outcome));
    const ratings = evaluations.flatMap((e) => (e.satisfaction === null ? [] : [e.satisfaction]));

    return {
      referrals: {
        received: rs.length,
        accepted: rs.filter((r) => r.status === 'accepted').length,
        declined: rs.filter((r) => r.status === 'declined').length,
        withdrawn: rs.filter((r) => r.status === 'withdrawn').length,
        pending: rs.filter((r) => r.status === 'new').length,
        declinedByReason: countBy(
          rs.filter((r) => r.status === 'declined'),
          (r) => r.declineReason,
        ),
      },
      diagnostics: {
        done: diagnostics.length,
        withoutAccompaniment: without.length,
        withoutAccompanimentByReason: countBy(without, (c) => c.reason),
        duplicateOverrides: diagnostics.filter((c) => c.override !== null).length,
      },
      accompaniments: {
        active: active.length,
        started: accompanied.filter((c) => inPeriod(c.started)).length,
        closed: accompanied.filter((c) => inPeriod(c.closed)).length,
        activeByType: countBy(active, (c) => c.type),
      },
      households: {
        diagnosed: new Set(diagnostics.map((c) => c.householdId)).size,
        accompanied: new Set(active.map((c) => c.householdId)).size,
        followed: new Set(open.map((c) => c.householdId)).size,
      },
      closures: { total: closed.length, byReason: countBy(closed, (c) => c.reason) },
      duration: {
        closedCases: closed.length,
        averageDays: durations.length ? round(mean(durations), 1) : null,
        medianDays: durations.length ? round(median(durations), 1) : null,
      },
      contacts: {
        total: periodContacts.length,
        byType: countBy(periodContacts, (k) => k.type),
        casesWithContact: new Set(periodContacts.map((k) => k.caseId)).size,
        perActiveCase: open.length ? round(periodContacts.length / open.length, 1) : null,
        averageIntervalDays: gaps.length ? round(mean(gaps), 1) : null,
      },
      assessmentProgress: { cases: new Set(pairs.map((p) => p.caseId)).size, domains: progressDomains },
      objectives: {
        set: objectivesSet.length,
        reached: outcomes.filter((o) => o === 'reached').length,
        partly: outcomes.filter((o) => o === 'partly').length,
        notReached: outcomes.filter((o) => o === 'not_reached').length,
        evaluations: evaluations.length,
        meanSatisfaction: ratings.length ? round(mean(ratings), 2) : null,
      },
      aid: {
        grants: grants.length,
        totalCents: grants.reduce((t, g) => t + (g.amountCents ?? 0), 0),
        byKind: aidBy('kind'),
        byNature: aidBy('nature'),
      },
    };
  }

  /** The report's figures in the order `expected` gives them (breakdowns sorted by key). */
  const figures = (body: ActivityReport) => ({
    referrals: { ...body.referrals, declinedByReason: byKey(body.referrals.declinedByReason) },
    diagnostics: {
      ...body.diagnostics,
      withoutAccompanimentByReason: byKey(body.diagnostics.withoutAccompanimentByReason),
    },
    accompaniments: { ...body.accompaniments, activeByType: byKey(body.accompaniments.activeByType) },
    households: body.households,
    closures: { ...body.closures, byReason: byKey(body.closures.byReason) },
    duration: body.duration,
    contacts: { ...body.contacts, byType: byKey(body.contacts.byType) },
    assessmentProgress: body.assessmentProgress,
    objectives: body.objectives,
    aid: { ...body.aid, byKind: byKey(body.aid.byKind), byNature: byKey(body.aid.byNature) },
  });

  it('reads and sets the time zone (admins; an unknown name is refused)', async () => {
    const read = await call(coordinator, 'GET', '/reports/settings');
    expect(read.statusCode, read.body).toBe(200);
    expect(ReportSettings.parse(read.json())).toEqual({ timeZone: 'Europe/Brussels' });
    expect((await call(coordinator, 'PUT', '/reports/settings', { timeZone: 'Europe/Paris' })).statusCode).toBe(403);
    for (const timeZone of ['Mars/Olympus_Mons', 'UTC; drop table cases', '']) {
      const refused = await call(admin, 'PUT', '/reports/settings', { timeZone });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect(ReportSettings.parse((await call(coordinator, 'GET', '/reports/settings')).json()).timeZone).toBe(
      'Europe/Brussels',
    );
  });

  it('puts a referral at 00:30 on 1 January (Brussels) in the new year', async () => {
    const newYear = await report({ from: '2025-01-01', to: '2025-12-31', programId: programs.X });
    expect(newYear.period).toEqual({ from: '2025-01-01', to: '2025-12-31', timeZone: 'Europe/Brussels' });
    expect(newYear.referrals.received).toBe(1);
    const oldYear = await report({ from: '2024-01-01', to: '2024-12-31', programId: programs.X });
    expect(oldYear.referrals.received).toBe(0);
  });

  it('the data set crosses the edges it is meant to test', () => {
    // Guards the generator: each edge period holds something, and some rows sit on a UTC/local boundary.
    const localNotUtcYear = data.cases.filter(
      (c) => c.opened >= brusselsMidnight('2025-01-01') && c.opened < Date.UTC(2025, 0, 1),
    );
    expect(
      localNotUtcYear.length + data.referrals.filter((r) => r.received === Date.parse('2024-12-31T23:30:00Z')).length,
    ).toBeGreaterThan(0);
    expect(data.cases.some((c) => c.override !== null)).toBe(true);
    expect(data.contacts.length).toBeGreaterThan(50);
    expect(data.aid.length).toBeGreaterThan(10);
    expect(data.objectives.length).toBeGreaterThan(20);
    expect(data.evaluations.filter((e) => e.outcomes.length > 0).length).toBeGreaterThan(5);
  });

  it('refuses records that would corrupt the figures, and counts a second open case apart', async () => {
    const programY = (await insertProgram(ctx.database, org.organisationId, { name: 'Today' })).id;
    const refer = async (household: object) => {
      const created = await call(coordinator, 'POST', '/referrals', {
        referrerService: 'CPAS',
        reason: 'Rent arrears',
        personAgreed: true,
        ...household,
      });
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as { id: string; household: { id: string } };
    };
    const accept = (referralId: string, extra: object = {}) =>
      call(coordinator, 'POST', `/referrals/${referralId}/accept`, {
        programId: programY,
        primaryWorkerId: workers.W1,
        accompanimentType: 'housing_keeping',
        eligibility: { real_request: true },
        // The worker's caseload is full of the data set's open cases.
        caseloadOverrideReason: 'Data set of the test',
        ...extra,
      });
    const first = await refer({
      household: { members: [{ firstName: 'Anna', lastName: 'Peeters', role: 'applicant' }] },
    });
    const accepted = await accept(first.id);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const caseId = accepted.json().case.id as string;
    const openedAt = Date.parse(accepted.json().case.openedAt);

    // A contact dated before the case opened: 422 problem+json naming the field.
    const early = await call(coordinator, 'POST', `/cases/${caseId}/contacts`, {
      occurredAt: new Date(openedAt - HOUR).toISOString(),
      type: 'phone',
    });
    expect(early.statusCode, early.body).toBe(422);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json()).toMatchObject({ type: 'urn:percee:problem:before-case-opened' });
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'body.occurredAt' })]);
    const onTime = await call(coordinator, 'POST', `/cases/${caseId}/contacts`, {
      occurredAt: new Date(Math.max(openedAt, Date.now() - 1000)).toISOString(),
      type: 'phone',
    });
    expect(onTime.statusCode, onTime.body).toBe(201);

    // Aid granted after today (in Brussels): 422; today in Brussels is accepted.
    const today = brusselsDay(Date.now());
    const later = nextDay(today);
    const future = await call(coordinator, 'POST', `/cases/${caseId}/aid`, {
      kind: 'food',
      nature: 'material',
      grantedOn: later,
    });
    expect(future.statusCode, future.body).toBe(422);
    expect(future.json()).toMatchObject({ type: 'urn:percee:problem:in-future' });
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'body.grantedOn' })]);
    const granted = await call(coordinator, 'POST', `/cases/${caseId}/aid`, {
      kind: 'food',
      nature: 'material',
      grantedOn: today,
    });
    expect(granted.statusCode, granted.body).toBe(201);

    // A second open case for the household in the same program: 409, or a coordinator's override.
    const second = await refer({ householdId: first.household.id });
    const refused = await accept(second.id);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ type: 'urn:percee:problem:case-already-open', caseId });
    const overridden = await accept(second.id, { duplicateOverride: { reason: 'The eldest son asks on his own' } });
    expect(overridden.statusCode, overridden.body).toBe(200);

    const around = { from: brusselsDay(Date.now() - DAY), to: later, programId: programY };
    const body = await report(around);
    expect(body.diagnostics.done).toBe(2);
    expect(body.diagnostics.duplicateOverrides).toBe(1);
    expect(body.aid.grants).toBe(1);
  });

  for (const period of PERIODS) {
    for (const filter of [{}, { program: 'P' as const }, { worker: 'W1' as const }]) {
      it(`matches the definitions for ${period.from}..${period.to} ${JSON.stringify(filter)}`, async () => {
        const query: Record<string, string> = { ...period };
        if (filter.program) query.programId = programs[filter.program];
        if (filter.worker) query.workerId = workers[filter.worker];
        const body = await report(query);
        const want = expected(period, filter);
        expect(figures(body)).toEqual(want);
        // The types add up to the total, and with a worker only their referrals count.
        expect(body.contacts.byType.reduce((t, r) => t + (r.count as number), 0)).toBe(body.contacts.total);
      });
    }
  }
});
