import { OPEN_OBJECTIVE_STATUSES } from '@percee/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { breakthroughs, cases, partnerServices, users } from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';
import { keysetPage } from '../../platform/keyset.js';
import { objectiveEvaluations, objectiveOutcomes, objectives } from './tables.js';

const recorder = alias(users, 'agreement_recorder');

const objectiveColumns = {
  row: objectives,
  recorderName: recorder.displayName,
};

const selectObjectives = (tx: Tx) =>
  tx
    .select(objectiveColumns)
    .from(objectives)
    .leftJoin(
      recorder,
      and(eq(recorder.organisationId, objectives.organisationId), eq(recorder.id, objectives.agreementRecordedBy)),
    );

export type ObjectiveRow = Awaited<ReturnType<ReturnType<typeof selectObjectives>['execute']>>[number];

export async function findObjective(tx: Tx, organisationId: string, id: string, forUpdate = false) {
  const query = selectObjectives(tx).where(and(eq(objectives.organisationId, organisationId), eq(objectives.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: objectives }) : await query;
  return row;
}

/** A case's objectives, oldest first, after the keyset (created_at, id) of the previous page. */
export const listObjectives = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  options: { limit: number; open?: boolean | undefined; after?: [string, string] | undefined },
) => {
  const page = keysetPage(
    'asc',
    [objectives.createdAt, objectives.id],
    ['instant', 'uuid'],
    options.after,
    options.limit,
  );
  return selectObjectives(tx)
    .where(
      and(
        eq(objectives.organisationId, organisationId),
        eq(objectives.caseId, caseId),
        options.open === undefined
          ? undefined
          : options.open
            ? inArray(objectives.status, [...OPEN_OBJECTIVE_STATUSES])
            : sql`${objectives.status} not in ('open', 'partly')`,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.limit);
};

export async function insertObjective(tx: Tx, values: typeof objectives.$inferInsert) {
  const [row] = await tx.insert(objectives).values(values).returning({ id: objectives.id });
  if (!row) throw new Error('objective not inserted');
  return row.id;
}

export async function updateObjective(
  tx: Tx,
  organisationId: string,
  id: string,
  set: Partial<typeof objectives.$inferInsert>,
) {
  await tx
    .update(objectives)
    .set({ ...set, version: sql`${objectives.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(objectives.organisationId, organisationId), eq(objectives.id, id)));
}

/** The active partner services among these ids. */
export async function activePartnerServices(tx: Tx, organisationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: partnerServices.id })
    .from(partnerServices)
    .where(
      and(
        eq(partnerServices.organisationId, organisationId),
        inArray(partnerServices.id, ids),
        eq(partnerServices.active, true),
      ),
    );
}

export async function breakthroughOfCase(tx: Tx, organisationId: string, caseId: string, id: string) {
  const [row] = await tx
    .select({ id: breakthroughs.id })
    .from(breakthroughs)
    .where(
      and(eq(breakthroughs.organisationId, organisationId), eq(breakthroughs.caseId, caseId), eq(breakthroughs.id, id)),
    );
  return row;
}

/** The case's objectives among these ids, locked for the evaluation. */
export const objectivesOfCase = (tx: Tx, organisationId: string, caseId: string, ids: string[]) =>
  tx
    .select({ id: objectives.id, status: objectives.status, round: objectives.round })
    .from(objectives)
    .where(
      and(eq(objectives.organisationId, organisationId), eq(objectives.caseId, caseId), inArray(objectives.id, ids)),
    )
    .for('update');

export async function insertEvaluation(
  tx: Tx,
  evaluation: typeof objectiveEvaluations.$inferInsert,
  outcomes: { objectiveId: string; outcome: 'reached' | 'partly' | 'not_reached'; note: string | null }[],
) {
  const [row] = await tx.insert(objectiveEvaluations).values(evaluation).returning();
  if (!row) throw new Error('evaluation not inserted');
  await tx
    .insert(objectiveOutcomes)
    .values(outcomes.map((o) => ({ organisationId: row.organisationId, evaluationId: row.id, ...o })));
  // Each objective's status follows its latest outcome: one statement for all of them.
  await tx
    .update(objectives)
    .set({
      status: sql`o.outcome`,
      statusNote: sql`o.note`,
      evaluatedAt: row.evaluatedAt,
      version: sql`${objectives.version} + 1`,
      updatedAt: sql`now()`,
    })
    .from(sql`${objectiveOutcomes} o`)
    .where(
      and(
        eq(objectives.organisationId, row.organisationId),
        sql`o.organisation_id = ${objectives.organisationId} and o.objective_id = ${objectives.id} and o.evaluation_id = ${row.id}`,
      ),
    );
  return row;
}

/** A case's evaluations, oldest first, after the keyset (evaluated_at, id). */
export const listEvaluations = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  after?: [string, string],
) => {
  const page = keysetPage(
    'asc',
    [objectiveEvaluations.evaluatedAt, objectiveEvaluations.id],
    ['instant', 'uuid'],
    after,
    limit,
  );
  return tx
    .select()
    .from(objectiveEvaluations)
    .where(
      and(eq(objectiveEvaluations.organisationId, organisationId), eq(objectiveEvaluations.caseId, caseId), page.where),
    )
    .orderBy(...page.orderBy)
    .limit(page.limit);
};

export async function outcomesOf(tx: Tx, organisationId: string, evaluationIds: string[]) {
  if (evaluationIds.length === 0) return [];
  return tx
    .select({
      evaluationId: objectiveOutcomes.evaluationId,
      objectiveId: objectiveOutcomes.objectiveId,
      outcome: objectiveOutcomes.outcome,
      note: objectiveOutcomes.note,
    })
    .from(objectiveOutcomes)
    .innerJoin(objectives, tenantJoin(objectives, objectiveOutcomes, 'objectiveId'))
    .where(
      and(eq(objectiveOutcomes.organisationId, organisationId), inArray(objectiveOutcomes.evaluationId, evaluationIds)),
    )
    .orderBy(asc(objectiveOutcomes.evaluationId), asc(objectives.createdAt), asc(objectives.id));
}

/** Moves the case's open objectives to the new round; answers what moved, with the round each left. */
export async function carryOver(tx: Tx, organisationId: string, caseId: string, round: number) {
  return tx
    .update(objectives)
    .set({ round, version: sql`${objectives.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(objectives.organisationId, organisationId),
        eq(objectives.caseId, caseId),
        inArray(objectives.status, [...OPEN_OBJECTIVE_STATUSES]),
        sql`${objectives.round} < ${round}`,
      ),
    )
    .returning({ id: objectives.id, setInRound: objectives.setInRound });
}

/**
 * Open objectives of the tenant due before `before` (exclusive), earliest first, with the case's primary
 * worker: what a task rule needs. Keyset (due_on, id).
 */
export const openDueBefore = (
  tx: Tx,
  organisationId: string,
  before: string,
  limit: number,
  after?: [dueOn: string, id: string],
) => {
  const page = keysetPage('asc', [objectives.dueOn, objectives.id], ['date', 'uuid'], after, limit);
  return tx
    .select({
      id: objectives.id,
      caseId: objectives.caseId,
      domain: objectives.domain,
      dueOn: sql<string>`${objectives.dueOn}::text`,
      workerId: cases.primaryWorkerId,
    })
    .from(objectives)
    .innerJoin(cases, tenantJoin(cases, objectives, 'caseId'))
    .where(
      and(
        eq(objectives.organisationId, organisationId),
        sql`${objectives.status} in ('open', 'partly') and ${objectives.dueOn} is not null`,
        sql`${objectives.dueOn} < ${before}::date`,
        sql`${cases.closedAt} is null`,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.limit);
};
