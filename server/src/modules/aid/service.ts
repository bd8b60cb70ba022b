import type { Aid, AidCreate, AidTotal, PageQuery } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeKeyCursor, toPage } from '../../lib/cursor.js';
import { conflict, HttpProblem } from '../../lib/problem.js';
import { todayIn } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
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
});

/** Records aid granted to the household (money in integer cents, never a float). */
export async function createAid(tx: Tx, actor: Actor, caseId: string, input: AidCreate) {
  const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (row.closedAt) throw conflict('case-closed', 'Aid cannot be recorded on a closed case');
  // Aid is recorded once granted: a future date would count in a report of a period yet to come.
  const today = todayIn(await timeZoneOf(tx, actor.organisationId));
  if (input.grantedOn > today) {
    throw new HttpProblem(422, 'in-future', 'Unprocessable Content', 'Aid is recorded once granted', {
      errors: [{ path: 'body.grantedOn', message: `Must not be after today (${today})` }],
    });
  }
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
