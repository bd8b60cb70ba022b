import {
  allowedPlanMoves,
  type PageQuery,
  type Plan,
  type PlanCreate,
  type PlanTransition,
  type PlanUpdate,
  type PlanVersion,
} from '@percee/shared';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import type { breakthroughPlans } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { decodeKeyCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { conflict, notFound } from '../../lib/problem.js';
import { dbNow } from '../../lib/sql.js';
import { audit } from '../../platform/audit.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor } from '../cases/index.js';
import * as repo from './repo.js';

export function toPlan(row: repo.PlanRow): Plan {
  return {
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    allowedMoves: [...allowedPlanMoves(row.status)],
    goals: row.goals,
    deadlocks: row.deadlocks,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    activatedAt: row.activatedAt,
    completedAt: row.completedAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The plan of a case the actor may see (404 for a case out of sight, or without a plan). */
export async function loadPlan(tx: Tx, actor: Actor, caseId: string, options: { forUpdate?: boolean } = {}) {
  const caseRow = await loadCaseFor(tx, actor, caseId, options);
  const plan = await repo.findPlanByCase(tx, actor.organisationId, caseId, options.forUpdate);
  if (!plan) throw notFound('Breakthrough plan');
  return { caseRow, plan };
}

export async function getPlan(tx: Tx, actor: Actor, caseId: string) {
  const { plan } = await loadPlan(tx, actor, caseId);
  await audit(tx, actor, { action: 'plan.read', entityType: 'breakthrough_plan', entityId: plan.id });
  return toPlan(plan);
}

/** Opens the breakthrough plan of a case: one per case, in a program following the breakthrough method. */
export async function createPlan(tx: Tx, actor: Actor, caseId: string, input: PlanCreate) {
  const caseRow = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if ((await repo.programMethodOf(tx, actor.organisationId, caseRow.programId)) !== 'breakthrough') {
    throw conflict(
      'not-breakthrough-program',
      'A breakthrough plan belongs to a case in a breakthrough-method program',
    );
  }
  if (caseRow.closedAt) throw conflict('case-closed', 'A closed case gets no new plan');
  if (await repo.findPlanByCase(tx, actor.organisationId, caseId)) {
    throw conflict('plan-exists', 'This case already has a breakthrough plan: revise it instead');
  }
  const plan = await repo.insertPlan(tx, {
    organisationId: actor.organisationId,
    caseId,
    goals: input.goals ?? [],
    deadlocks: input.deadlocks ?? [],
    createdBy: actor.userId,
  });
  const created = plan;
  await repo.insertPlanSnapshot(tx, created, 'created', actor.userId);
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'plan',
    actorId: actor.userId,
    summary: 'created',
    note: null,
  });
  await audit(tx, actor, {
    action: 'plan.create',
    entityType: 'breakthrough_plan',
    entityId: created.id,
    changes: { caseId, goals: created.goals.length, deadlocks: created.deadlocks.length },
  });
  return toPlan(created);
}

async function saveRevision(
  tx: Tx,
  actor: Actor,
  plan: repo.PlanRow,
  set: PgUpdateSetSource<typeof breakthroughPlans>,
  change: 'revised' | 'status_change',
) {
  const updated = await repo.bumpPlan(tx, actor.organisationId, plan.id, set);
  await repo.insertPlanSnapshot(tx, updated, change, actor.userId);
  return updated;
}

/** Revises goals and deadlocks; the previous version stays readable in the plan's versions. */
export async function updatePlan(tx: Tx, actor: Actor, caseId: string, expectedVersion: number, patch: PlanUpdate) {
  const { plan } = await loadPlan(tx, actor, caseId, { forUpdate: true });
  assertVersion(expectedVersion, plan.version);
  if (plan.status === 'completed') throw conflict('plan-completed', 'A completed plan is no longer revised');
  const updated = await saveRevision(
    tx,
    actor,
    plan,
    {
      ...(patch.goals ? { goals: patch.goals } : {}),
      ...(patch.deadlocks ? { deadlocks: patch.deadlocks } : {}),
    },
    'revised',
  );
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'plan',
    actorId: actor.userId,
    summary: `revised:v${updated.version}`,
    note: null,
  });
  await audit(tx, actor, {
    action: 'plan.revise',
    entityType: 'breakthrough_plan',
    entityId: plan.id,
    changes: { version: [plan.version, updated.version] },
  });
  return toPlan(updated);
}

/** draft → active (agreed with the household) → completed (no breakthrough left open). */
export async function transitionPlan(
  tx: Tx,
  actor: Actor,
  caseId: string,
  expectedVersion: number,
  move: PlanTransition,
) {
  const { plan } = await loadPlan(tx, actor, caseId, { forUpdate: true });
  assertVersion(expectedVersion, plan.version);
  const allowed = allowedPlanMoves(plan.status);
  if (!allowed.includes(move.to)) {
    throw conflict('illegal-transition', `A plan cannot move from ${plan.status} to ${move.to}`, {
      from: plan.status,
      allowedMoves: allowed,
    });
  }
  if (move.to === 'completed' && (await repo.openBreakthroughCount(tx, actor.organisationId, plan.id)) > 0) {
    throw conflict('open-breakthroughs', 'Achieve or abandon every breakthrough of the plan before completing it');
  }
  const updated = await saveRevision(
    tx,
    actor,
    plan,
    {
      status: move.to,
      ...(move.to === 'active' ? { activatedAt: dbNow() } : {}),
      ...(move.to === 'completed' ? { completedAt: dbNow() } : {}),
    },
    'status_change',
  );
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'plan',
    actorId: actor.userId,
    summary: `${plan.status}→${move.to}`,
    note: move.note ?? null,
  });
  await audit(tx, actor, {
    action: 'plan.transition',
    entityType: 'breakthrough_plan',
    entityId: plan.id,
    changes: { status: [plan.status, move.to] },
  });
  return toPlan(updated);
}

/** Every version of the plan, newest first: each is the plan as it was after one change. */
/** The versions of the plan, newest first; the version number is the key (unique per plan). */
export async function listVersions(
  tx: Tx,
  actor: Actor,
  caseId: string,
  query: PageQuery,
): Promise<{ items: PlanVersion[]; nextCursor: string | null }> {
  const { plan } = await loadPlan(tx, actor, caseId);
  const below = query.cursor ? decodeKeyCursor(query.cursor, ['integer'] as const)[0] : undefined;
  const rows = await repo.planVersions(tx, actor.organisationId, plan.id, query.limit, below);
  const page = toPage(rows, query.limit, ({ row }) => [row.version]);
  const items = page.items.map(({ row, changedByName }) => ({
    version: row.version,
    change: row.change,
    status: row.status,
    goals: row.goals,
    deadlocks: row.deadlocks,
    changedBy: row.changedBy ? { id: row.changedBy, displayName: changedByName ?? '' } : null,
    changedAt: row.changedAt,
  }));
  return { items, nextCursor: page.nextCursor };
}
