import {
  allowedBreakthroughMoves,
  type Breakthrough,
  type BreakthroughCreate,
  type BreakthroughScenario,
  type BreakthroughStatus,
  type BreakthroughTransition,
  type BreakthroughUpdate,
  can,
  canMoveBreakthrough,
  isCoordinatorMove,
  isFinalBreakthroughStatus,
  type PageQuery,
} from '@percee/shared';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { breakthroughs } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { dbNow } from '../../lib/sql.js';
import { audit } from '../../platform/audit.js';
import { notify } from '../../platform/notifications.js';
import { emitEvent } from '../../platform/outbox.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { assertCaseRole, loadCaseFor } from '../cases/index.js';
import * as catalogue from '../catalogue/index.js';
import {
  expectedColumns,
  type LineRow,
  pricedLineView,
  priceScenario,
  realisedColumns,
  recomputeExpected,
  replaceScenario,
  storedLines,
  storeScenario,
  todayIso,
} from './figures.js';
import * as repo from './repo.js';

const EMPTY_SCENARIO: BreakthroughScenario = { horizonMonths: 12, without: [], with: [] };

const unprocessable = (path: string, message: string) =>
  new HttpProblem(422, 'unprocessable', 'Unprocessable Content', message, { errors: [{ path, message }] });

/** The lines of a breakthrough and their catalogue codes, when the request just wrote them (not read again). */
interface KnownLines {
  lines: LineRow[];
  codes: Map<string, string>;
}

/** The API view of breakthroughs: names of the people involved, priced lines, both sets of figures. */
async function toBreakthroughs(
  tx: Tx,
  organisationId: string,
  rows: repo.BreakthroughRow[],
  known?: KnownLines,
): Promise<Breakthrough[]> {
  const names = await repo.namesOf(
    tx,
    organisationId,
    rows.flatMap((row) => [row.proposedBy, ...(row.decidedBy ? [row.decidedBy] : [])]),
  );
  const lines =
    known?.lines ??
    (await storedLines(
      tx,
      organisationId,
      rows.map((row) => row.id),
    ));
  const codes =
    known?.codes ??
    new Map(
      (await catalogue.itemsByIds(tx, organisationId, [...new Set(lines.map((line) => line.catalogueItemId))])).map(
        (item) => [item.id, item.code],
      ),
    );
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return rows.map((row) => {
    const achieved = row.status === 'achieved';
    const own = lines.filter((line) => line.breakthroughId === row.id);
    const view = (kind: 'without' | 'with') =>
      own
        .filter((line) => line.scenario === kind)
        .map((line) => pricedLineView(line, codes.get(line.catalogueItemId) ?? '', achieved));
    return {
      id: row.id,
      planId: row.planId,
      caseId: row.caseId,
      title: row.title,
      domain: row.domain,
      category: row.category,
      responsible: row.responsible,
      interventionCents: row.interventionCents,
      dueDate: row.dueDate,
      needsApproval: row.needsApproval,
      status: row.status,
      allowedMoves: allowedBreakthroughMoves(row.status, row.needsApproval),
      proposedBy: person(row.proposedBy),
      proposedOn: row.proposedOn,
      decision:
        row.decisionOutcome && row.decidedBy && row.decidedAt
          ? {
              outcome: row.decisionOutcome,
              by: person(row.decidedBy),
              at: row.decidedAt,
              comment: row.decisionComment,
            }
          : null,
      startedAt: row.startedAt,
      achievedOn: row.achievedOn,
      abandonedAt: row.abandonedAt,
      abandonReason: row.abandonReason,
      scenario: { horizonMonths: row.horizonMonths, without: view('without'), with: view('with') },
      expected: {
        referenceDate: row.proposedOn,
        withoutCents: row.expectedWithoutCents,
        withCents: row.expectedWithCents,
        grossAvoidedCents: row.expectedGrossCents,
        interventionCents: row.interventionCents,
        netAvoidedCents: row.expectedNetCents,
      },
      realised:
        achieved && row.achievedOn && row.realisedGrossCents !== null
          ? {
              referenceDate: row.achievedOn,
              withoutCents: row.realisedWithoutCents ?? 0,
              withCents: row.realisedWithCents ?? 0,
              grossAvoidedCents: row.realisedGrossCents,
              interventionCents: row.interventionCents,
              netAvoidedCents: row.realisedNetCents ?? 0,
            }
          : null,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  });
}

/** The view of a row the request already holds (read or written once, then passed along: issue 24). */
async function view(tx: Tx, actor: Actor, row: repo.BreakthroughRow, known?: KnownLines) {
  return (await toBreakthroughs(tx, actor.organisationId, [row], known))[0] as Breakthrough;
}

/** A breakthrough of a case the actor may see; partners and analysts never see plan content (403). */
async function loadBreakthrough(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  assertCaseRole(actor);
  const row = await repo.findBreakthrough(tx, actor.organisationId, id, forUpdate);
  if (!row) throw notFound('Breakthrough');
  const caseRow = await loadCaseFor(tx, actor, row.caseId);
  return { row, caseRow };
}

/** The breakthroughs of a case, oldest proposal first. */
export async function listBreakthroughs(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.breakthroughsOfCase(tx, actor.organisationId, caseId, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.proposedAt, row.id]);
  return { items: await toBreakthroughs(tx, actor.organisationId, page.items), nextCursor: page.nextCursor };
}

export async function getBreakthrough(tx: Tx, actor: Actor, id: string) {
  const { row } = await loadBreakthrough(tx, actor, id);
  return view(tx, actor, row);
}

function assertApprovalFlag(interventionCents: number, needsApproval: boolean) {
  if (interventionCents > 0 && !needsApproval) {
    throw unprocessable('body.needsApproval', 'A breakthrough that costs money needs a sign-off');
  }
}

/** A case worker (or coordinator) proposes a breakthrough in the case's plan, with its scenario. */
export async function propose(tx: Tx, actor: Actor, caseId: string, input: z.output<typeof BreakthroughCreate>) {
  const caseRow = await loadCaseFor(tx, actor, caseId);
  const plan = await repo.findPlanByCase(tx, actor.organisationId, caseId, true);
  if (!plan) throw conflict('no-plan', 'Open the breakthrough plan of this case first');
  if (plan.status === 'completed') throw conflict('plan-completed', 'A completed plan gets no new breakthrough');
  if (caseRow.closedAt) throw conflict('case-closed', 'A closed case gets no new breakthrough');
  const needsApproval = input.needsApproval ?? input.interventionCents > 0;
  assertApprovalFlag(input.interventionCents, needsApproval);
  // Priced before the insert, so that the row is written once with its figures.
  const proposedOn = todayIso();
  const scenario = input.scenario ?? EMPTY_SCENARIO;
  const priced = await priceScenario(tx, actor.organisationId, scenario, proposedOn, {
    pathPrefix: 'body.scenario',
    requireActive: true,
  });
  const inserted = await repo.insertBreakthrough(tx, {
    organisationId: actor.organisationId,
    planId: plan.id,
    caseId,
    title: input.title,
    domain: input.domain,
    category: input.category,
    responsible: input.responsible,
    interventionCents: input.interventionCents,
    dueDate: input.dueDate ?? null,
    needsApproval,
    proposedBy: actor.userId,
    proposedOn,
    horizonMonths: scenario.horizonMonths,
    ...expectedColumns(priced.cost(input.interventionCents)),
  });
  const row = inserted;
  const id = row.id;
  const known = await storeScenario(tx, actor.organisationId, row, scenario.horizonMonths, priced, { isNew: true });
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'breakthrough',
    actorId: actor.userId,
    summary: `proposed: ${input.title}`,
    note: null,
  });
  await audit(tx, actor, {
    action: 'breakthrough.propose',
    entityType: 'breakthrough',
    entityId: id,
    changes: { caseId, category: input.category, interventionCents: input.interventionCents, needsApproval },
  });
  return view(tx, actor, row, known);
}

const bump = (tx: Tx, actor: Actor, id: string, set: PgUpdateSetSource<typeof breakthroughs>) =>
  repo.bumpBreakthrough(tx, actor.organisationId, id, set);

function assertOpen(row: repo.BreakthroughRow) {
  if (isFinalBreakthroughStatus(row.status)) {
    throw conflict('breakthrough-closed', `This breakthrough is ${row.status}: it no longer changes`, {
      status: row.status,
    });
  }
}

/** Edits a breakthrough still open; its cost and sign-off flag only while proposed (before the sign-off). */
export async function updateBreakthrough(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: BreakthroughUpdate,
) {
  const { row } = await loadBreakthrough(tx, actor, id, true);
  assertVersion(expectedVersion, row.version);
  assertOpen(row);
  const touchesApproval =
    (patch.interventionCents !== undefined && patch.interventionCents !== row.interventionCents) ||
    (patch.needsApproval !== undefined && patch.needsApproval !== row.needsApproval);
  if (touchesApproval && row.status !== 'proposed') {
    throw conflict('approval-locked', 'The cost and the sign-off flag change only while the breakthrough is proposed');
  }
  const interventionCents = patch.interventionCents ?? row.interventionCents;
  assertApprovalFlag(interventionCents, patch.needsApproval ?? row.needsApproval);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const old = row[key as keyof repo.BreakthroughRow];
    if (value !== undefined && old !== value) changes[key] = [old, value];
  }
  // A new cost re-prices the expected figures: the lines now, the row's columns with the patch.
  const repriced =
    interventionCents !== row.interventionCents
      ? await recomputeExpected(tx, actor.organisationId, { ...row, interventionCents })
      : undefined;
  const updated = await bump(tx, actor, id, { ...patch, ...repriced?.columns });
  await audit(tx, actor, { action: 'breakthrough.update', entityType: 'breakthrough', entityId: id, changes });
  return view(tx, actor, updated, repriced);
}

/** Replaces the avoided-cost model (both scenarios and the horizon); the expected figures follow. */
export async function setScenario(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  scenario: BreakthroughScenario,
) {
  const { row } = await loadBreakthrough(tx, actor, id, true);
  assertVersion(expectedVersion, row.version);
  assertOpen(row);
  const figures = await replaceScenario(tx, actor.organisationId, row, scenario, 'body');
  const after = await bump(tx, actor, id, figures.columns);
  await audit(tx, actor, {
    action: 'breakthrough.scenario',
    entityType: 'breakthrough',
    entityId: id,
    changes: {
      horizonMonths: scenario.horizonMonths,
      lines: scenario.without.length + scenario.with.length,
      expectedGrossCents: [row.expectedGrossCents, after.expectedGrossCents],
    },
  });
  return view(tx, actor, after, figures);
}

/**
 * Moves a breakthrough along proposed → approved → in_progress → achieved | abandoned. The sign-off
 * (approve, or reject = proposed → abandoned) is a coordinator's; achieving freezes the realised
 * figures. Each move lands on the case's timeline.
 */
export async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  expectedVersion: number,
  move: BreakthroughTransition,
) {
  const { row } = await loadBreakthrough(tx, actor, id, true);
  assertVersion(expectedVersion, row.version);
  const from = row.status;
  const to: BreakthroughStatus = move.to;
  if (!canMoveBreakthrough(from, to, row.needsApproval)) {
    throw conflict('illegal-transition', `A breakthrough cannot move from ${from} to ${to}`, {
      from,
      allowedMoves: allowedBreakthroughMoves(from, row.needsApproval),
    });
  }
  if (isCoordinatorMove(from, to) && !can(actor.role, 'breakthrough.approve')) {
    throw forbidden(
      to === 'approved' ? 'Only a coordinator approves a breakthrough' : 'Only a coordinator rejects a breakthrough',
    );
  }
  if (move.achievedOn !== undefined && to !== 'achieved') {
    throw unprocessable('body.achievedOn', 'Only an achievement has a date');
  }
  const comment = move.comment ?? null;
  let known: KnownLines | undefined;
  let set: PgUpdateSetSource<typeof breakthroughs> = { status: to };
  if (to === 'approved') {
    set = {
      ...set,
      decisionOutcome: 'approved',
      decidedBy: actor.userId,
      decidedAt: dbNow(),
      decisionComment: comment,
    };
  } else if (to === 'abandoned' && from === 'proposed') {
    set = {
      ...set,
      decisionOutcome: 'rejected',
      decidedBy: actor.userId,
      decidedAt: dbNow(),
      decisionComment: comment,
      abandonedAt: dbNow(),
      abandonReason: comment,
    };
  } else if (to === 'abandoned') {
    set = { ...set, abandonedAt: dbNow(), abandonReason: comment };
  } else if (to === 'in_progress') {
    set = { ...set, startedAt: dbNow() };
  } else if (to === 'achieved') {
    const achievedOn = move.achievedOn ?? todayIso();
    if (achievedOn > todayIso()) throw unprocessable('body.achievedOn', 'An achievement cannot be in the future');
    if (achievedOn < row.proposedOn) {
      throw unprocessable('body.achievedOn', `An achievement cannot precede the proposal (${row.proposedOn})`);
    }
    const realised = await realisedColumns(tx, actor.organisationId, row, achievedOn);
    set = { ...set, ...realised.columns };
    known = realised;
  }
  const updated = await bump(tx, actor, id, set);
  const outcome = from === 'proposed' && to === 'abandoned' ? 'rejected' : to;
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId: row.caseId,
    kind: 'breakthrough',
    actorId: actor.userId,
    summary: `${from}→${to}: ${row.title}`,
    note: comment,
  });
  await audit(tx, actor, {
    action: `breakthrough.${outcome}`,
    entityType: 'breakthrough',
    entityId: id,
    changes: { status: [from, to], ...(comment ? { comment } : {}) },
  });
  if (to === 'approved' || to === 'achieved') {
    await emitEvent(tx, actor, `breakthrough.${to}`, { breakthroughId: id, caseId: row.caseId });
  }
  // The author hears of the sign-off or the rejection (issue 18.4).
  if (outcome === 'approved' || outcome === 'rejected') {
    await notify(tx, actor, {
      userId: row.proposedBy,
      kind: `breakthrough_${outcome}`,
      caseId: row.caseId,
      subjectId: id,
    });
  }
  return view(tx, actor, updated, known);
}

/**
 * Breakthroughs waiting for a sign-off, oldest first: coordinators see the whole organisation's
 * queue, case workers the ones on their cases.
 */
export async function approvalQueue(tx: Tx, actor: Actor, query: { limit: number; cursor?: string | undefined }) {
  assertCaseRole(actor);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.awaitingApproval(tx, actor, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.breakthrough.proposedAt, row.breakthrough.id]);
  const views = await toBreakthroughs(
    tx,
    actor.organisationId,
    page.items.map((row) => row.breakthrough),
  );
  return {
    items: page.items.map((row, index) => ({
      breakthrough: views[index] as Breakthrough,
      household: { id: row.householdId, reference: row.householdReference, displayName: row.householdDisplayName },
      proposedAt: row.breakthrough.proposedAt,
    })),
    nextCursor: page.nextCursor,
  };
}
