import type { Aid, AidCorrection, AidCreate, AidTotal, PageQuery, VoidRequest } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeKeyCursor, toPage } from '../../lib/cursor.js';
import { conflict, HttpProblem, notFound } from '../../lib/problem.js';
import { todayIn } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import {
  correctRecord,
  listRevisions,
  loadCaseRecordForCorrection,
  recordCorrection,
  voidRecord,
} from '../../platform/revisions.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor } from '../cases/index.js';
import { timeZoneOf } from '../organisations/index.js';
import * as repo from './repo.js';

const toAid = (row: repo.AidRow): Aid => ({
  id: row.id,
  caseId: row.caseId,
  kind: row.kind,
  nature: row.nature,
  amountCents: row.amountCents,
  grantedOn: row.grantedOn,
  note: row.note,
  recordedBy: row.recordedBy,
  version: row.version,
  correctedAt: row.correctedAt,
  voided: row.voidedAt && row.voidedBy ? { at: row.voidedAt, by: row.voidedBy, reason: row.voidReason ?? '' } : null,
});

/** Aid is recorded once granted: a future date would count in a report of a period yet to come. */
async function checkGrantedOn(tx: Tx, actor: Actor, grantedOn: string) {
  const today = todayIn(await timeZoneOf(tx, actor.organisationId));
  if (grantedOn > today) {
    throw new HttpProblem(422, 'in-future', 'Unprocessable Content', 'Aid is recorded once granted', {
      errors: [{ path: 'body.grantedOn', message: `Must not be after today (${today})` }],
    });
  }
}

/** Records aid granted to the household (money in integer cents, never a float). */
export async function createAid(tx: Tx, actor: Actor, caseId: string, input: AidCreate) {
  const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (row.closedAt) throw conflict('case-closed', 'Aid cannot be recorded on a closed case');
  await checkGrantedOn(tx, actor, input.grantedOn);
  const aid = await repo.insertAid(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: input.kind,
    nature: input.nature,
    amountCents: input.amountCents ?? null,
    grantedOn: input.grantedOn,
    note: input.note ?? null,
    recordedBy: actor.userId,
  });
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'aid',
    actorId: actor.userId,
    summary: `${aid.kind}/${aid.nature}`,
    note: null,
  });
  await audit(tx, actor, {
    action: 'aid.create',
    entityType: 'aid',
    entityId: aid.id,
    changes: { caseId, kind: aid.kind, nature: aid.nature, amountCents: aid.amountCents, grantedOn: aid.grantedOn },
  });
  return toAid(aid);
}

/** The aid granted on a case, newest grant first (ties: latest recorded first). */
export async function listAid(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const before = query.cursor ? decodeKeyCursor(query.cursor, ['date', 'instant', 'uuid'] as const) : undefined;
  const rows = await repo.listAid(tx, actor.organisationId, caseId, query.limit, before);
  const page = toPage(rows, query.limit, (row) => [row.grantedOn, row.createdAt, row.id]);
  return { items: page.items.map(toAid), nextCursor: page.nextCursor };
}

/** The total of a case's aid, computed by the database so that a paged list needs not be read whole. */
export async function totalAid(tx: Tx, actor: Actor, caseId: string): Promise<AidTotal> {
  await loadCaseFor(tx, actor, caseId);
  return repo.aidTotal(tx, actor.organisationId, caseId);
}

/** The fields a correction may change: what a version of an aid entry holds in its history. */
const correctable = (row: repo.AidRow) => ({
  kind: row.kind,
  nature: row.nature,
  amountCents: row.amountCents,
  grantedOn: row.grantedOn,
  note: row.note,
});

/**
 * The entry, its case locked, for its author or a coordinator: 404 unless the actor sees the case, 403
 * unless they may correct it, 412 on a stale version, 409 once voided or the case closed.
 */
async function loadForCorrection(tx: Tx, actor: Actor, id: string, version: number) {
  const { record } = await loadCaseRecordForCorrection(actor, version, {
    name: 'Aid',
    find: (forUpdate) => repo.findAid(tx, actor.organisationId, id, forUpdate),
    lockCase: (caseId) => loadCaseFor(tx, actor, caseId, { forUpdate: true }),
    authors: (aid) => [aid.recordedBy],
    closedCase: 'Aid of a closed case is corrected once it is reopened',
  });
  return record;
}

const revised = (aid: repo.AidRow) =>
  ({ entityType: 'aid', entityId: aid.id, caseId: aid.caseId, version: aid.version }) as const;

const onRecord = (
  tx: Tx,
  actor: Actor,
  aid: repo.AidRow,
  action: 'corrected' | 'voided',
  reason: string,
  changes: Record<string, unknown>,
) =>
  recordCorrection(tx, actor, {
    ...revised(aid),
    action,
    summary: `aid:${aid.kind}/${aid.nature}:${aid.grantedOn}`,
    reason,
    changes,
  });

/** Corrects an aid entry: the changed fields pass the rules of recording one; the earlier version stays. */
export async function correctAid(tx: Tx, actor: Actor, id: string, version: number, input: AidCorrection) {
  const aid = await loadForCorrection(tx, actor, id, version);
  const { reason, ...patch } = input;
  if (patch.grantedOn !== undefined) await checkGrantedOn(tx, actor, patch.grantedOn);
  // The note is the household's: the audit trail says it changed, not what it says.
  const { updated, changes } = await correctRecord(
    tx,
    actor,
    revised(aid),
    { before: correctable(aid), patch, reason, secret: ['note'] },
    (fields) => repo.updateAid(tx, actor.organisationId, id, fields),
  );
  await onRecord(tx, actor, updated, 'corrected', reason, changes);
  return toAid(updated);
}

/** Voids an aid entry: it stays, marked, and counts in no total. */
export async function voidAid(tx: Tx, actor: Actor, id: string, version: number, input: VoidRequest) {
  const aid = await loadForCorrection(tx, actor, id, version);
  const updated = await voidRecord(tx, actor, revised(aid), correctable(aid), input.reason, (fields) =>
    repo.updateAid(tx, actor.organisationId, id, fields),
  );
  await onRecord(tx, actor, updated, 'voided', input.reason, { voided: [false, true] });
  return toAid(updated);
}

/** An aid entry's earlier versions, for those who may read its case. */
export async function aidHistory(tx: Tx, actor: Actor, id: string, query: PageQuery) {
  const aid = await repo.findAid(tx, actor.organisationId, id);
  if (!aid) throw notFound('Aid');
  await loadCaseFor(tx, actor, aid.caseId);
  return listRevisions(tx, actor.organisationId, 'aid', id, query);
}

/** One aid entry (its version is the ETag a correction sends back), for those who may read its case. */
export async function getAid(tx: Tx, actor: Actor, id: string) {
  const aid = await repo.findAid(tx, actor.organisationId, id);
  if (!aid) throw notFound('Aid');
  await loadCaseFor(tx, actor, aid.caseId);
  return toAid(aid);
}
