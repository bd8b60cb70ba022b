import {
  type AgreementCreate,
  type CaseStage,
  type FieldError,
  type Objective,
  type ObjectiveCreate,
  type ObjectiveEvaluation,
  type ObjectiveEvaluationCreate,
  type ObjectiveListQuery,
  type ObjectiveUpdate,
  OPEN_OBJECTIVE_STATUSES,
  type PageQuery,
} from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, decodeKeyCursor, toPage } from '../../lib/cursor.js';
import { assertVersion } from '../../lib/etag.js';
import { conflict, HttpProblem, notFound } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant, todayIso } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor } from '../cases/index.js';
import * as repo from './repo.js';

type CreateBody = z.output<typeof ObjectiveCreate>;
type UpdateBody = z.output<typeof ObjectiveUpdate>;
type AgreementBody = z.output<typeof AgreementCreate>;
type EvaluationBody = z.output<typeof ObjectiveEvaluationCreate>;

/** Objectives are agreed while planning, and adjusted while the plan is carried out. */
const SETTING_STAGES: readonly CaseStage[] = ['planning', 'monitoring'];

const isOpen = (status: Objective['status']) => OPEN_OBJECTIVE_STATUSES.includes(status);

const unprocessable = (code: string, detail: string, errors: FieldError[]) =>
  new HttpProblem(422, code, 'Unprocessable Content', detail, { errors });

export function toObjective({ row, recorderName }: repo.ObjectiveRow): Objective {
  return {
    id: row.id,
    caseId: row.caseId,
    round: row.round,
    setInRound: row.setInRound,
    carriedOver: row.round > row.setInRound,
    domain: row.domain,
    text: row.text,
    actions: row.actions,
    dueOn: row.dueOn,
    status: row.status,
    breakthroughId: row.breakthroughId,
    agreement:
      row.agreedOn && row.agreementMethod && row.agreementRecordedBy && row.agreementRecordedAt
        ? {
            agreedOn: row.agreedOn,
            method: row.agreementMethod,
            recordedBy: { id: row.agreementRecordedBy, displayName: recorderName ?? '' },
            recordedAt: row.agreementRecordedAt,
          }
        : null,
    lastOutcome:
      row.status !== 'open' && row.evaluatedAt
        ? { outcome: row.status, note: row.statusNote, evaluatedAt: row.evaluatedAt }
        : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

async function timeline(tx: Tx, actor: Actor, caseId: string, summary: string) {
  // What happened only: the objective's text is personal and stays on the objective.
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'objective',
    actorId: actor.userId,
    summary,
    note: null,
  });
}

/** Partner actions name active partner services; a linked breakthrough belongs to the same case. */
async function checkReferences(
  tx: Tx,
  actor: Actor,
  caseId: string,
  input: { actions?: CreateBody['actions'] | undefined; breakthroughId?: string | null | undefined },
) {
  const errors: FieldError[] = [];
  const partnerIds = [
    ...new Set((input.actions ?? []).flatMap((a) => (a.partnerServiceId ? [a.partnerServiceId] : []))),
  ];
  const found = new Set((await repo.activePartnerServices(tx, actor.organisationId, partnerIds)).map((p) => p.id));
  (input.actions ?? []).forEach((action, index) => {
    if (action.partnerServiceId && !found.has(action.partnerServiceId)) {
      errors.push({ path: `body.actions.${index}.partnerServiceId`, message: 'Not an active partner service' });
    }
  });
  if (
    input.breakthroughId &&
    !(await repo.breakthroughOfCase(tx, actor.organisationId, caseId, input.breakthroughId))
  ) {
    errors.push({ path: 'body.breakthroughId', message: 'Not a breakthrough of this case' });
  }
  if (errors.length > 0) throw unprocessable('unknown-reference', 'Some references are unknown', errors);
}

/** The objective and its case, if this actor may see the case (404 otherwise, like the case). */
async function loadObjectiveFor(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const found = await repo.findObjective(tx, actor.organisationId, id, forUpdate);
  if (!found) throw notFound('Objective');
  const caseRow = await loadCaseFor(tx, actor, found.row.caseId);
  return { found, caseRow };
}

/** The objective as the writes answer it (no read on record: the write is). */
async function reread(tx: Tx, actor: Actor, id: string) {
  const found = await repo.findObjective(tx, actor.organisationId, id);
  if (!found) throw notFound('Objective');
  return toObjective(found);
}

export async function getObjective(tx: Tx, actor: Actor, id: string) {
  const { found } = await loadObjectiveFor(tx, actor, id);
  // Objectives are personal: a read of one is on record, like a read of the contacts.
  await audit(tx, actor, { action: 'objective.read', entityType: 'case', entityId: found.row.caseId });
  return toObjective(found);
}

export async function listObjectives(tx: Tx, actor: Actor, caseId: string, query: ObjectiveListQuery) {
  await loadCaseFor(tx, actor, caseId);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listObjectives(tx, actor.organisationId, caseId, {
    limit: query.limit,
    open: query.open,
    after,
  });
  const page = toPage(rows, query.limit, ({ row }) => [row.createdAt, row.id]);
  await audit(tx, actor, { action: 'objective.read', entityType: 'case', entityId: caseId });
  return { items: page.items.map(toObjective), nextCursor: page.nextCursor };
}

export async function createObjective(tx: Tx, actor: Actor, caseId: string, input: CreateBody) {
  const caseRow = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (!SETTING_STAGES.includes(caseRow.stage)) {
    throw conflict('wrong-stage', `Objectives are agreed in planning or monitoring, not in ${caseRow.stage}`, {
      stage: caseRow.stage,
      allowedStages: SETTING_STAGES,
    });
  }
  await checkReferences(tx, actor, caseId, input);
  const id = await repo.insertObjective(tx, {
    organisationId: actor.organisationId,
    caseId,
    round: caseRow.round,
    setInRound: caseRow.round,
    domain: input.domain,
    text: input.text,
    actions: input.actions.map(({ description, by, partnerServiceId }) => ({ description, by, partnerServiceId })),
    dueOn: input.dueOn,
    breakthroughId: input.breakthroughId,
    createdBy: actor.userId,
  });
  await timeline(tx, actor, caseId, `set:${input.domain}`);
  await audit(tx, actor, {
    action: 'objective.create',
    entityType: 'objective',
    entityId: id,
    changes: { caseId, round: caseRow.round, domain: input.domain, dueOn: input.dueOn, actions: input.actions.length },
  });
  return reread(tx, actor, id);
}

/** Edits an open objective of an open case. Requires the version last read. */
export async function updateObjective(tx: Tx, actor: Actor, id: string, version: number, input: UpdateBody) {
  const { found, caseRow } = await loadObjectiveFor(tx, actor, id, true);
  assertVersion(version, found.row.version);
  if (caseRow.closedAt) throw conflict('case-closed', 'The objectives of a closed case cannot change');
  if (!isOpen(found.row.status)) {
    throw conflict('objective-closed', `An objective marked ${found.row.status} cannot change`, {
      status: found.row.status,
    });
  }
  await checkReferences(tx, actor, found.row.caseId, input);
  const set: Parameters<typeof repo.updateObjective>[3] = {};
  if (input.domain !== undefined) set.domain = input.domain;
  if (input.text !== undefined) set.text = input.text;
  if (input.actions !== undefined) {
    set.actions = input.actions.map(({ description, by, partnerServiceId }) => ({ description, by, partnerServiceId }));
  }
  if (input.dueOn !== undefined) set.dueOn = input.dueOn;
  if (input.breakthroughId !== undefined) set.breakthroughId = input.breakthroughId;
  await repo.updateObjective(tx, actor.organisationId, id, set);
  await timeline(tx, actor, found.row.caseId, `edited:${set.domain ?? found.row.domain}`);
  // Which fields changed, and the non-personal values; the text itself stays out of the trail.
  await audit(tx, actor, {
    action: 'objective.update',
    entityType: 'objective',
    entityId: id,
    changes: {
      fields: Object.keys(set),
      ...(set.domain !== undefined ? { domain: [found.row.domain, set.domain] } : {}),
      ...(set.dueOn !== undefined ? { dueOn: [found.row.dueOn, set.dueOn] } : {}),
    },
  });
  return reread(tx, actor, id);
}

/** Records the person's agreement to the objective: when, how, and by whom it was recorded. */
export async function recordAgreement(tx: Tx, actor: Actor, id: string, version: number, input: AgreementBody) {
  const { found, caseRow } = await loadObjectiveFor(tx, actor, id, true);
  assertVersion(version, found.row.version);
  if (caseRow.closedAt) throw conflict('case-closed', 'The objectives of a closed case cannot change');
  if (input.agreedOn > todayIso()) {
    throw unprocessable('agreed-in-future', 'An agreement cannot be dated in the future', [
      { path: 'body.agreedOn', message: 'Cannot be in the future' },
    ]);
  }
  await repo.updateObjective(tx, actor.organisationId, id, {
    agreedOn: input.agreedOn,
    agreementMethod: input.method,
    agreementRecordedBy: actor.userId,
    agreementRecordedAt: new Date().toISOString(),
  });
  await timeline(tx, actor, found.row.caseId, `agreed:${input.method}:${input.agreedOn}`);
  await audit(tx, actor, {
    action: 'objective.agreement',
    entityType: 'objective',
    entityId: id,
    changes: {
      agreedOn: [found.row.agreedOn, input.agreedOn],
      method: [found.row.agreementMethod, input.method],
    },
  });
  return reread(tx, actor, id);
}

function toEvaluation(
  row: Awaited<ReturnType<typeof repo.listEvaluations>>[number],
  outcomes: ObjectiveEvaluation['outcomes'],
): ObjectiveEvaluation {
  return {
    id: row.id,
    caseId: row.caseId,
    round: row.round,
    evaluatedAt: row.evaluatedAt,
    satisfaction: row.satisfaction,
    note: row.note,
    outcomes,
    recordedBy: row.recordedBy,
  };
}

/**
 * The evaluation with the person, in the evaluation stage: an outcome for open objectives of the case,
 * and their satisfaction. Each objective's status becomes its outcome (`partly` stays open).
 */
export async function evaluate(tx: Tx, actor: Actor, caseId: string, input: EvaluationBody) {
  const evaluatedAt = canonicalInstant(input.evaluatedAt);
  assertNotInFuture(evaluatedAt, 'body.evaluatedAt');
  const caseRow = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (caseRow.stage !== 'evaluation') {
    throw conflict('wrong-stage', `Objectives are evaluated in the evaluation stage, not in ${caseRow.stage}`, {
      stage: caseRow.stage,
      allowedStages: ['evaluation'],
    });
  }
  const ids = input.outcomes.map((o) => o.objectiveId);
  const found = new Map(
    (await repo.objectivesOfCase(tx, actor.organisationId, caseId, [...new Set(ids)])).map((o) => [o.id, o]),
  );
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.outcomes.forEach(({ objectiveId }, index) => {
    const objective = found.get(objectiveId);
    const path = `body.outcomes.${index}.objectiveId`;
    if (!objective) errors.push({ path, message: 'Not an objective of this case' });
    else if (!isOpen(objective.status)) errors.push({ path, message: 'This objective is no longer open' });
    else if (seen.has(objectiveId)) errors.push({ path, message: 'This objective is already evaluated here' });
    seen.add(objectiveId);
  });
  if (errors.length > 0) throw unprocessable('invalid-outcomes', 'Some outcomes do not fit the case', errors);

  const row = await repo.insertEvaluation(
    tx,
    {
      organisationId: actor.organisationId,
      caseId,
      round: caseRow.round,
      evaluatedAt,
      satisfaction: input.satisfaction,
      note: input.note,
      recordedBy: actor.userId,
    },
    input.outcomes.map(({ objectiveId, outcome, note }) => ({ objectiveId, outcome, note })),
  );
  const count = (outcome: string) => input.outcomes.filter((o) => o.outcome === outcome).length;
  await timeline(
    tx,
    actor,
    caseId,
    `evaluated:reached=${count('reached')},partly=${count('partly')},not_reached=${count('not_reached')};satisfaction=${input.satisfaction ?? '-'}`,
  );
  await audit(tx, actor, {
    action: 'objective.evaluate',
    entityType: 'objective_evaluation',
    entityId: row.id,
    changes: {
      caseId,
      round: caseRow.round,
      satisfaction: input.satisfaction,
      outcomes: Object.fromEntries(input.outcomes.map((o) => [o.objectiveId, o.outcome])),
    },
  });
  return toEvaluation(
    row,
    input.outcomes.map(({ objectiveId, outcome, note }) => ({ objectiveId, outcome, note })),
  );
}

export async function listEvaluations(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const after = query.cursor ? decodeKeyCursor(query.cursor, ['instant', 'uuid'] as const) : undefined;
  const page = toPage(
    await repo.listEvaluations(tx, actor.organisationId, caseId, query.limit, after),
    query.limit,
    (row) => [row.evaluatedAt, row.id],
  );
  const outcomes = await repo.outcomesOf(
    tx,
    actor.organisationId,
    page.items.map((row) => row.id),
  );
  const byEvaluation = new Map<string, ObjectiveEvaluation['outcomes']>();
  for (const { evaluationId, ...outcome } of outcomes) {
    byEvaluation.set(evaluationId, [...(byEvaluation.get(evaluationId) ?? []), outcome]);
  }
  return {
    items: page.items.map((row) => toEvaluation(row, byEvaluation.get(row.id) ?? [])),
    nextCursor: page.nextCursor,
  };
}

/**
 * A re-assessment opened the case's next round: its open objectives (never evaluated, or partly
 * reached) move to it, each one on the audit trail and the count on the timeline. Not copies: the same
 * objectives, their history kept.
 */
export async function carryOverObjectives(tx: Tx, actor: Actor, caseId: string, round: number) {
  const moved = await repo.carryOver(tx, actor.organisationId, caseId, round);
  if (moved.length === 0) return;
  await timeline(tx, actor, caseId, `carried_over:${moved.length}:round=${round}`);
  for (const objective of moved) {
    await audit(tx, actor, {
      action: 'objective.carry_over',
      entityType: 'objective',
      entityId: objective.id,
      changes: { caseId, round: [round - 1, round], setInRound: objective.setInRound },
    });
  }
}

export interface DueObjective {
  id: string;
  caseId: string;
  domain: Objective['domain'];
  dueOn: string;
  /** The case's primary worker: whom a task about it goes to. */
  workerId: string;
}

/**
 * Open objectives of the tenant's open cases due before `before` (a date, exclusive), earliest first,
 * keyset-paginated by (dueOn, id): for the tasks' "objective due" rule. `tx` must be in the tenant.
 */
export async function openObjectivesDueBefore(
  tx: Tx,
  organisationId: string,
  before: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<{ items: DueObjective[]; nextCursor: string | null }> {
  const limit = options.limit ?? 200;
  const after = options.cursor ? decodeKeyCursor(options.cursor, ['date', 'uuid'] as const) : undefined;
  const rows = await repo.openDueBefore(tx, organisationId, before, limit, after);
  return toPage(rows, limit, (row) => [row.dueOn, row.id]);
}
