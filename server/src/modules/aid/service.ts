import type { Aid, AidCreate } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { conflict } from '../../lib/problem.js';
import { audit } from '../../plugins/audit.js';
import { loadCaseFor } from '../cases/access.js';
import { insertCaseEvent } from '../cases/repo.js';
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

export async function listAid(tx: Tx, actor: Actor, caseId: string) {
  await loadCaseFor(tx, actor, caseId);
  return (await repo.listAid(tx, actor.organisationId, caseId)).map(toAid);
}
