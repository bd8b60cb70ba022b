import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, notFound } from '../../lib/problem.js';
import { type CaseRow, findCaseRow, isCoWorker } from './repo.js';

/** Partners see a reduced view through modules/partners; analysts aggregates; admins no case content. */
export function assertCaseRole(actor: Actor) {
  if (!can(actor.role, 'case.read')) throw forbidden('Your role has no access to case files');
}

export const seesAllCases = (actor: Actor) => can(actor.role, 'case.readAll');

async function isOnCase(
  tx: Tx,
  actor: Actor,
  row: Pick<CaseRow, 'id' | 'primaryWorkerId'> & Partial<Pick<CaseRow, 'coWorkerIds'>>,
) {
  if (row.primaryWorkerId === actor.userId) return true;
  // A row read with repo.caseColumns carries its co-workers: no second query.
  if (row.coWorkerIds) return row.coWorkerIds.includes(actor.userId);
  return isCoWorker(tx, actor.organisationId, row.id, actor.userId);
}

/**
 * The case, if this actor may see it: coordinators see all cases of their organisation,
 * case workers the cases they are primary or co-worker on. Anything else is a 404, never a hint
 * that the case exists.
 */
export async function loadCaseFor(tx: Tx, actor: Actor, caseId: string, options: { forUpdate?: boolean } = {}) {
  assertCaseRole(actor);
  const row = await findCaseRow(tx, actor.organisationId, caseId, options.forUpdate);
  if (!row) throw notFound('Case');
  if (!seesAllCases(actor) && !(await isOnCase(tx, actor, row))) throw notFound('Case');
  return row;
}
