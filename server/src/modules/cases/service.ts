import {
  allowedMoves,
  type Case,
  type CaseAssignment,
  type CaseListQuery,
  type CaseloadEntry,
  type CaseloadQuery,
  type CaseReopen,
  type CaseSettings,
  type CaseSettingsUpdate,
  type CaseTransition,
  type ClosureReason,
  can,
  canMove,
  contactDueAt,
  DUE_SOON_DAYS,
  daysAfter,
  daysUntilDue,
  isOverdue,
  type PageQuery,
  type TimelineEntry,
  takesAnotherCase,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { allPages, type CsvCell, type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { badCursor, decodeCursor, decodeInstantCursor, toPage, UUID } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit, sameValue } from '../../platform/audit.js';
import { notify } from '../../platform/notifications.js';
import { emitEvent } from '../../platform/outbox.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { assertCaseRole, loadCaseFor, seesAllCases } from './access.js';
import * as repo from './repo.js';

export function toCase(row: repo.CaseRow, now = new Date()): Case {
  return {
    id: row.id,
    household: { id: row.householdId, reference: row.householdReference, displayName: row.householdDisplayName },
    programId: row.programId,
    programName: row.programName,
    primaryWorker: { id: row.primaryWorkerId, displayName: row.primaryWorkerName },
    coWorkerIds: row.coWorkerIds,
    accompanimentType: row.accompanimentType,
    stage: row.stage,
    allowedMoves: [...allowedMoves(row.stage)],
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    closureReason: row.closureReason,
    lastContactAt: row.lastContactAt,
    contactDueAt: row.contactDueAt,
    overdue: !!row.contactDueAt && isOverdue(row.contactDueAt, now),
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function getCase(tx: Tx, actor: Actor, id: string) {
  const row = await loadCaseFor(tx, actor, id);
  const found = toCase(row);
  // Last: the audit insert takes the organisation's chain lock, held until the commit.
  await audit(tx, actor, { action: 'case.read', entityType: 'case', entityId: id });
  return found;
}

/** Whom the actor sees: every case of the organisation, or (a case worker) the cases they work on. */
const visibleTo = (actor: Actor) => (seesAllCases(actor) ? undefined : actor.userId);

/** Cases visible to the actor, filtered, in a stable keyset order. */
export async function listCases(
  tx: Tx,
  actor: Actor,
  query: CaseListQuery & { sort: 'due' | 'opened' | 'updated'; limit: number },
) {
  assertCaseRole(actor);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listCaseRows(
    tx,
    actor.organisationId,
    visibleTo(actor),
    query,
    query.sort,
    after,
    query.limit,
  );
  const page = toPage(rows, query.limit, (row) => [sortKeyOf(row, query.sort), row.id]);
  return { items: page.items.map((row) => toCase(row)), nextCursor: page.nextCursor };
}

type CaseExportQuery = Omit<CaseListQuery, 'cursor' | 'limit' | 'updatedSince'>;

/**
 * The case list's CSV export, first transaction: the export is on record (with the rows it will
 * hold) before its first page is read. Later pages: caseExportPage, like the list's.
 */
export async function startCaseExport(tx: Tx, actor: Actor, query: CaseExportQuery, limits: CsvExportLimits) {
  assertCaseRole(actor);
  const rows = await countUpTo(tx, repo.caseList(tx, actor.organisationId, visibleTo(actor), query), limits.maxRows);
  await audit(tx, actor, { action: 'case.export', entityType: 'case', changes: { rows } });
  return caseExportPage(tx, actor, query, undefined, limits.pageSize);
}

export function caseExportPage(
  tx: Tx,
  actor: Actor,
  query: CaseExportQuery,
  cursor: string | undefined,
  pageSize: number,
) {
  return listCases(tx, actor, { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) });
}

export const CASE_CSV_HEADER = [
  'household_reference',
  'household',
  'program',
  'primary_worker',
  'accompaniment_type',
  'stage',
  'opened_at',
  'closed_at',
  'closure_reason',
  'last_contact_at',
  'contact_due_at',
  'overdue',
];
export const caseCsvRow = (item: Case): CsvCell[] => [
  item.household.reference,
  item.household.displayName,
  item.programName,
  item.primaryWorker.displayName,
  item.accompanimentType,
  item.stage,
  item.openedAt,
  item.closedAt,
  item.closureReason,
  item.lastContactAt,
  item.contactDueAt,
  item.overdue,
];

function sortKeyOf(row: repo.CaseRow, sort: 'due' | 'opened' | 'updated') {
  const value = { due: row.contactDueAt, opened: row.openedAt, updated: row.updatedAt }[sort];
  return value ?? 'infinity';
}

/**
 * Called in the transaction of a re-assessment with the case's new round (app.ts hands it the objectives'
 * carry-over, so this module needs none of theirs).
 */
export type NewRoundListener = (tx: Tx, actor: Actor, caseId: string, round: number) => Promise<void>;

/** Moves a case to another stage, if the method allows it; the move lands on the timeline. */
export async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  move: CaseTransition,
  onNewRound: NewRoundListener = async () => {},
) {
  const row = await loadCaseFor(tx, actor, id, { forUpdate: true });
  assertVersion(expectedVersion, row.version);
  if (!canMove(row.stage, move.to)) {
    throw conflict('illegal-transition', `A case cannot move from ${row.stage} to ${move.to}`, {
      from: row.stage,
      allowedMoves: allowedMoves(row.stage),
    });
  }
  const closing = move.to === 'exit';
  const newRound = row.stage === 'evaluation' && move.to === 'assessment';
  await repo.moveCase(tx, actor.organisationId, id, {
    newRound,
    to: move.to,
    closing: closing ? { reason: move.closureReason as ClosureReason, fromStage: row.stage } : undefined,
    // The accompaniment starts with the first plan; re-assessment loops do not restart it.
    startsAccompaniment: move.to === 'planning',
  });
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId: id,
    kind: 'stage_change',
    actorId: actor.userId,
    summary: `${row.stage}→${move.to}${closing ? ` (${move.closureReason})` : ''}`,
    note: move.note ?? null,
  });
  await audit(tx, actor, {
    action: 'case.transition',
    entityType: 'case',
    entityId: id,
    changes: { stage: [row.stage, move.to], ...(closing ? { closureReason: [null, move.closureReason] } : {}) },
  });
  if (newRound) await onNewRound(tx, actor, id, row.round + 1);
  const about = { caseId: id, householdId: row.householdId };
  await emitEvent(tx, actor, 'case.stage_changed', about);
  if (closing) await emitEvent(tx, actor, 'case.closed', about);
  return reload(tx, actor, id);
}

async function reload(tx: Tx, actor: Actor, id: string) {
  const row = await repo.findCaseRow(tx, actor.organisationId, id);
  if (!row) throw notFound('Case');
  return toCase(row);
}

/**
 * Checks a worker can take one more case: an active case worker or coordinator of this organisation,
 * under the program's caseload limit unless a coordinator overrides it with a reason. Every path that
 * makes someone a case's primary worker goes through here, in the transaction that writes it.
 */
export async function assertAssignable(
  tx: Tx,
  actor: Actor,
  workerId: string,
  caseloadLimit: number,
  overrideReason: string | undefined,
) {
  const worker = await repo.findWorker(tx, actor.organisationId, workerId);
  if (!worker?.active || !['case_worker', 'coordinator'].includes(worker.role)) {
    throw new HttpProblem(422, 'unknown-worker', 'Unprocessable Content', 'No active case worker with this id', {
      errors: [{ path: 'body.primaryWorkerId', message: 'Not an active case worker of this organisation' }],
    });
  }
  // Count and assign one at a time per worker: parallel assignments (transfers, accepted referrals)
  // would otherwise all count the same caseload before any commits, and all pass. Held to the commit.
  await repo.lockCaseload(tx, actor.organisationId, workerId);
  const caseload = await repo.openCaseload(tx, actor.organisationId, workerId);
  if (takesAnotherCase(caseload, caseloadLimit)) return { caseload, overridden: false };
  if (!overrideReason) {
    throw conflict('caseload-full', `This worker already has ${caseload} open cases (limit ${caseloadLimit})`, {
      caseload,
      caseloadLimit,
    });
  }
  if (!can(actor.role, 'case.overrideCaseload'))
    throw forbidden('Only a coordinator can assign beyond the caseload limit');
  return { caseload, overridden: true };
}

/** Transfers a case to another primary worker, with a reason; coordinators only. */
export async function assign(tx: Tx, actor: Actor, id: string, expectedVersion: number, input: CaseAssignment) {
  if (!can(actor.role, 'case.assign')) throw forbidden('Only coordinators assign cases');
  const row = await loadCaseFor(tx, actor, id, { forUpdate: true });
  assertVersion(expectedVersion, row.version);
  if (row.closedAt) throw conflict('case-closed', 'A closed case cannot be reassigned');
  if (row.primaryWorkerId === input.primaryWorkerId)
    throw conflict('same-worker', 'This worker is already the primary worker');
  const { overridden } = await assertAssignable(
    tx,
    actor,
    input.primaryWorkerId,
    row.caseloadLimit,
    input.caseloadOverrideReason,
  );
  await repo.bumpCase(tx, actor.organisationId, id, { primaryWorkerId: input.primaryWorkerId });
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId: id,
    kind: 'assignment',
    actorId: actor.userId,
    summary: `transfer:${row.primaryWorkerId}→${input.primaryWorkerId}${overridden ? ' (caseload override)' : ''}`,
    note: overridden ? `${input.reason}\nOverride: ${input.caseloadOverrideReason}` : input.reason,
  });
  await audit(tx, actor, {
    action: 'case.assign',
    entityType: 'case',
    entityId: id,
    changes: {
      primaryWorkerId: [row.primaryWorkerId, input.primaryWorkerId],
      ...(overridden ? { caseloadOverride: input.caseloadOverrideReason } : {}),
    },
  });
  await notify(tx, actor, { userId: input.primaryWorkerId, kind: 'case_assigned', caseId: id, subjectId: id });
  return reload(tx, actor, id);
}

/** Replaces the co-workers of a case; coordinators only. */
export async function setCoWorkers(tx: Tx, actor: Actor, id: string, expectedVersion: number, userIds: string[]) {
  if (!can(actor.role, 'case.setCoWorkers')) throw forbidden('Only coordinators change co-workers');
  const row = await loadCaseFor(tx, actor, id, { forUpdate: true });
  assertVersion(expectedVersion, row.version);
  const wanted = [...new Set(userIds.filter((userId) => userId !== row.primaryWorkerId))];
  if (wanted.length > 0) {
    const found = await repo.activeUsers(tx, actor.organisationId, wanted);
    if (found.length !== wanted.length) {
      throw new HttpProblem(
        422,
        'unknown-worker',
        'Unprocessable Content',
        'Some user ids are not active users of this organisation',
      );
    }
  }
  const previous = (await repo.removeCoWorkers(tx, actor.organisationId, id)).sort();
  if (wanted.length > 0) await repo.insertCoWorkers(tx, actor.organisationId, id, wanted);
  await repo.bumpCase(tx, actor.organisationId, id);
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId: id,
    kind: 'assignment',
    actorId: actor.userId,
    summary: `co-workers:${wanted.length}`,
    note: null,
  });
  await audit(tx, actor, {
    action: 'case.co_workers',
    entityType: 'case',
    entityId: id,
    changes: sameValue(previous, [...wanted].sort()) ? {} : { coWorkerIds: [previous, [...wanted].sort()] },
  });
  return reload(tx, actor, id);
}

/** A timeline cursor: (at, id) of the last event shown; event ids are integers (bigserial), not uuids. */
function decodeTimelineCursor(cursor: string): [string, number] {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !Number.isSafeInteger(id) || (id as number) < 1) {
    badCursor();
  }
  return [at, id as number];
}

/** The case's timeline, newest first, page by page (case_events_case_idx serves the keyset). */
export async function timeline(tx: Tx, actor: Actor, id: string, query: PageQuery) {
  await loadCaseFor(tx, actor, id);
  const before = query.cursor ? decodeTimelineCursor(query.cursor) : undefined;
  const rows = await repo.timelineRows(tx, actor.organisationId, id, before, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.at, row.id]);
  return {
    items: page.items.map(
      (row): TimelineEntry => ({
        at: row.at,
        kind: row.kind as TimelineEntry['kind'],
        actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
        summary: row.summary,
        note: row.note,
      }),
    ),
    nextCursor: page.nextCursor,
  };
}

/**
 * Keeps the contact clock of a case: the latest contact, the next planned one, and when the next
 * contact is due (latest contact, or opening, plus the program's interval). Returns the case as it
 * now is (the row read before, with what this statement wrote), for the answer to the contact.
 */
export async function recordContactOnCase(
  tx: Tx,
  actor: Actor,
  row: repo.CaseRow,
  occurredAt: string,
  nextPlannedAt: string | null,
): Promise<Case> {
  const last = row.lastContactAt && row.lastContactAt > occurredAt ? row.lastContactAt : occurredAt;
  const isLatest = last === occurredAt;
  const updated = await repo.setContactClock(tx, actor.organisationId, row.id, {
    lastContactAt: last,
    ...(isLatest ? { nextPlannedContactAt: nextPlannedAt } : {}),
    contactDueAt: row.closedAt ? null : contactDueAt(last, row.openedAt, row.contactIntervalDays),
  });
  return toCase({ ...row, ...updated });
}

/**
 * After a contact is corrected or voided: the clock as if the contacts were only those that remain, the
 * latest of them (`latest`, null with none) giving the last contact. The next planned contact follows
 * the latest contact's unless something else set it (an appointment): `replaced` is the date the changed
 * contact had given, which goes with it.
 */
export async function resetContactClock(
  tx: Tx,
  actor: Actor,
  row: repo.CaseRow,
  latest: { occurredAt: string; nextPlannedAt: string | null } | null,
  replaced: string | null,
): Promise<Case> {
  const last = latest?.occurredAt ?? null;
  const givenByContact = row.nextPlannedContactAt === null || row.nextPlannedContactAt === replaced;
  const updated = await repo.setContactClock(tx, actor.organisationId, row.id, {
    lastContactAt: last,
    nextPlannedContactAt: givenByContact ? (latest?.nextPlannedAt ?? null) : row.nextPlannedContactAt,
    contactDueAt: row.closedAt ? null : contactDueAt(last, row.openedAt, row.contactIntervalDays),
  });
  return toCase({ ...row, ...updated });
}

/** The organisation's case settings: how long after closing a case may be reopened. */
export async function caseSettings(tx: Tx, actor: Actor): Promise<CaseSettings> {
  if (!can(actor.role, 'caseSettings.read')) throw forbidden('Case settings are for admins and coordinators');
  return { reopenDays: await repo.reopenDays(tx, actor.organisationId) };
}

export async function updateCaseSettings(tx: Tx, actor: Actor, input: CaseSettingsUpdate): Promise<CaseSettings> {
  if (!can(actor.role, 'caseSettings.manage')) throw forbidden('Case settings are set by admins');
  const before = await repo.reopenDays(tx, actor.organisationId);
  await repo.setReopenDays(tx, actor.organisationId, input.reopenDays);
  await audit(tx, actor, {
    action: 'case.settings',
    entityType: 'organisation',
    entityId: actor.organisationId,
    changes: { reopenDays: [before, input.reopenDays] },
  });
  return { reopenDays: input.reopenDays };
}

/**
 * Reopens a closed case, with a reason, within the organisation's reopening period: back to the stage
 * it was closed from, its contact clock running again. On the timeline and in the audit trail.
 */
export async function reopen(tx: Tx, actor: Actor, id: string, expectedVersion: number, input: CaseReopen) {
  if (!can(actor.role, 'case.reopen')) throw forbidden('Coordinators reopen cases');
  const row = await loadCaseFor(tx, actor, id, { forUpdate: true });
  assertVersion(expectedVersion, row.version);
  if (!row.closedAt) throw conflict('case-not-closed', 'Only a closed case is reopened');
  const days = await repo.reopenDays(tx, actor.organisationId);
  const until = new Date(Date.parse(row.closedAt) + days * 86_400_000);
  if (until.getTime() < Date.now()) {
    throw new HttpProblem(
      422,
      'reopen-period-over',
      'Unprocessable Content',
      `A case is reopened within ${days} days of its closing`,
      { closedAt: row.closedAt, reopenDays: days, reopenableUntil: until.toISOString() },
    );
  }
  const stage = await repo.reopenCase(tx, actor.organisationId, id, {
    contactDueAt: contactDueAt(row.lastContactAt, row.openedAt, row.contactIntervalDays),
  });
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId: id,
    kind: 'reopened',
    actorId: actor.userId,
    summary: `exit→${stage}`,
    note: input.reason,
  });
  await audit(tx, actor, {
    action: 'case.reopen',
    entityType: 'case',
    entityId: id,
    changes: { stage: ['exit', stage], closedAt: [row.closedAt, null], closureReason: [row.closureReason, null] },
  });
  return reload(tx, actor, id);
}

/**
 * A caseload cursor: the instant the first page was computed (urgency depends on the clock, so every page
 * of one walk uses the same one), then the sort key (tier, due date or 'infinity', id) of the last row.
 */
function decodeCaseloadCursor(cursor: string): { asOf: Date; key: [number, string, string] } {
  const [asOf, tier, due, id] = decodeCursor(cursor, 4);
  const at = typeof asOf === 'string' ? new Date(asOf) : new Date(Number.NaN);
  if (
    Number.isNaN(at.getTime()) ||
    !Object.values(repo.TIER).includes(tier as 0) ||
    typeof due !== 'string' ||
    (due !== 'infinity' && Number.isNaN(Date.parse(due))) ||
    typeof id !== 'string' ||
    !UUID.test(id)
  ) {
    badCursor();
  }
  return { asOf: at, key: [tier as number, due, id] };
}

/**
 * "What do I do today": the worker's open cases, most urgent first — overdue contacts (most overdue first),
 * then cases awaiting an action, then the rest, each by due date (none last), then id — page by page.
 * The urgency is computed in SQL so that the keyset walks that order; the candidate rows are the worker's
 * open cases (two indexed lookups, see repo onCase), so sorting them needs no further index.
 */
export async function caseload(
  tx: Tx,
  actor: Actor,
  query: CaseloadQuery,
  clock = new Date(),
): Promise<{ items: CaseloadEntry[]; nextCursor: string | null }> {
  assertCaseRole(actor);
  const subject = query.workerId ?? actor.userId;
  if (subject !== actor.userId && !seesAllCases(actor))
    throw forbidden("Only coordinators see another worker's caseload");
  const after = query.cursor ? decodeCaseloadCursor(query.cursor) : undefined;
  const now = after?.asOf ?? clock;
  const soon = daysAfter(now, DUE_SOON_DAYS);
  const rows = await repo.caseloadRows(tx, actor.organisationId, subject, {
    stage: query.stage,
    now,
    soon,
    after: after?.key,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => [
    now.toISOString(),
    row.tier,
    row.contactDueAt ?? 'infinity',
    row.id,
  ]);
  const items = page.items.map((row) => toCase(row, now));
  return {
    items: items.map((item, index) => {
      const row = page.items[index] as (typeof page.items)[number];
      const pendingActions: CaseloadEntry['pendingActions'] = [];
      if (item.overdue) pendingActions.push('contact_overdue');
      if (row.assessmentMissing) pendingActions.push('assessment_missing');
      if (row.stage === 'evaluation') pendingActions.push('evaluation_due');
      if (row.nextPlannedContactAt && new Date(row.nextPlannedContactAt).getTime() <= soon.getTime())
        pendingActions.push('planned_contact_soon');
      return {
        case: item,
        daysUntilDue: row.contactDueAt ? daysUntilDue(row.contactDueAt, now) : null,
        nextPlannedContactAt: row.nextPlannedContactAt,
        nextObjectiveDueOn: row.nextObjectiveDueOn,
        pendingActions,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

/** The whole caseload, every page in the list's order, for the CSV export; the export is on record. */
export async function exportCaseload(
  tx: Tx,
  actor: Actor,
  query: Pick<CaseloadQuery, 'workerId' | 'stage'>,
  clock = new Date(),
) {
  const entries = await allPages((cursor) =>
    caseload(tx, actor, { ...query, limit: 200, ...(cursor ? { cursor } : {}) }, clock),
  );
  await audit(tx, actor, {
    action: 'caseload.export',
    entityType: 'case',
    changes: { workerId: query.workerId ?? actor.userId, rows: entries.length },
  });
  return entries;
}
