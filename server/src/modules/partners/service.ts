import type {
  Involvement,
  InvolvementCreate,
  PageQuery,
  PartnerCase,
  PartnerService,
  PartnerServiceUpdate,
  PartnerUpdate,
  PartnerUpdateCreate,
} from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, decodeTextCursor, toPage } from '../../lib/cursor.js';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import { notify } from '../../platform/notifications.js';
import { insertCaseEvent } from '../../platform/timeline.js';
import { loadCaseFor } from '../cases/index.js';
import * as repo from './repo.js';

/* ---------- Partner services (the admin manages them) ---------- */

type ServiceRow = repo.ServiceRow;
const toService = (row: ServiceRow): PartnerService => ({
  id: row.id,
  name: row.name,
  description: row.description,
  active: row.active,
  createdAt: row.createdAt,
});

async function guardedName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw conflict('name-taken', 'A partner service with this name exists');
    throw error;
  }
}

/** Names of the organisation's partner services (for pickers); not for partners or analysts. */
export async function listServices(tx: Tx, actor: Actor, query: PageQuery) {
  if (!can(actor.role, 'partnerService.read')) {
    throw forbidden('Your role does not manage partner services');
  }
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  // Names are unique per organisation (partner_services_org_name_key serves this order).
  const rows = await repo.listServiceRows(tx, actor.organisationId, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(toService), nextCursor: page.nextCursor };
}

export async function createService(tx: Tx, actor: Actor, input: { name: string; description: string | null }) {
  const row = await guardedName(() =>
    tx.transaction((sp) => repo.insertService(sp, { organisationId: actor.organisationId, ...input })),
  );
  await audit(tx, actor, {
    action: 'partner_service.create',
    entityType: 'partner_service',
    entityId: row.id,
    changes: { name: row.name },
  });
  return toService(row);
}

export async function updateService(tx: Tx, actor: Actor, id: string, patch: PartnerServiceUpdate) {
  const before = await repo.findService(tx, actor.organisationId, id);
  if (!before) throw notFound('Partner service');
  const after = await guardedName(() =>
    tx.transaction((sp) => repo.updateServiceRow(sp, actor.organisationId, id, patch)),
  );
  await audit(tx, actor, {
    action: 'partner_service.update',
    entityType: 'partner_service',
    entityId: id,
    changes: diff(before, patch as Partial<ServiceRow>),
  });
  return toService(after);
}

/* ---------- Involvement of a partner service in a case ---------- */

function toInvolvement(found: repo.InvolvementRow): Involvement {
  const { row } = found;
  return {
    id: row.id,
    caseId: row.caseId,
    partnerService: { id: row.partnerServiceId, name: found.serviceName },
    purpose: row.purpose,
    note: row.note,
    startedAt: row.startedAt,
    startedBy: row.startedBy ? { id: row.startedBy, displayName: found.startedByName ?? '' } : null,
    endedAt: row.endedAt,
    endedBy: row.endedBy ? { id: row.endedBy, displayName: found.endedByName ?? '' } : null,
    endReason: row.endReason,
    consentActive: !row.endedAt && !!found.consentActive,
  };
}

/** The partner services involved in a case, ended ones included, oldest first. */
export async function listInvolvements(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  await loadCaseFor(tx, actor, caseId);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.involvementsOf(tx, actor.organisationId, caseId, query.limit, after);
  const page = toPage(rows, query.limit, (found) => [found.row.startedAt, found.row.id]);
  return { items: page.items.map(toInvolvement), nextCursor: page.nextCursor };
}

/**
 * Involves a partner service in a case for a purpose: coordinators and the case's workers. Needs an
 * active consent or legal basis covering that service and purpose for a member of the household
 * (409 `consent-missing` naming what is missing otherwise).
 */
export async function involve(
  tx: Tx,
  actor: Actor,
  caseId: string,
  input: { partnerServiceId: string; purpose: InvolvementCreate['purpose']; note?: string | null },
) {
  const found = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  if (found.closedAt) throw conflict('case-closed', 'A closed case cannot involve a partner service');
  const service = await repo.findService(tx, actor.organisationId, input.partnerServiceId);
  if (!service) {
    throw new HttpProblem(422, 'unprocessable', 'Unprocessable Content', 'Unknown partner service', {
      errors: [{ path: 'body.partnerServiceId', message: 'Unknown partner service' }],
    });
  }
  if (!service.active) throw conflict('partner-service-inactive', 'This partner service is no longer active');
  const covered = await repo.consentCovers(tx, actor.organisationId, found.householdId, service.id, input.purpose);
  if (!covered) {
    throw conflict(
      'consent-missing',
      `No active consent or legal basis of a member of household ${found.householdReference} covers the purpose "${input.purpose}" for the partner service "${service.name}". Record one in the household's register first.`,
      { missing: { householdId: found.householdId, partnerServiceId: service.id, purpose: input.purpose } },
    );
  }
  let id: string;
  try {
    id = await tx.transaction((sp) =>
      repo.insertInvolvement(sp, {
        organisationId: actor.organisationId,
        caseId,
        partnerServiceId: service.id,
        purpose: input.purpose,
        note: input.note ?? null,
        startedBy: actor.userId,
      }),
    );
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) {
      throw conflict('already-involved', `"${service.name}" is already involved in this case for this purpose`);
    }
    throw error;
  }
  await audit(tx, actor, {
    action: 'case.involve_partner',
    entityType: 'case',
    entityId: caseId,
    changes: { involvementId: id, partnerServiceId: service.id, purpose: input.purpose },
  });
  return toInvolvement((await repo.findInvolvement(tx, actor.organisationId, caseId, id)) as repo.InvolvementRow);
}

export async function endInvolvement(tx: Tx, actor: Actor, caseId: string, id: string, reason: string | null) {
  await loadCaseFor(tx, actor, caseId, { forUpdate: true });
  const found = await repo.findInvolvement(tx, actor.organisationId, caseId, id);
  if (!found) throw notFound('Involvement');
  if (found.row.endedAt) throw conflict('already-ended', 'This involvement has already ended');
  await repo.markInvolvementEnded(tx, actor.organisationId, id, actor.userId, reason);
  await audit(tx, actor, {
    action: 'case.end_partner_involvement',
    entityType: 'case',
    entityId: caseId,
    changes: { involvementId: id, endedAt: [null, 'now'] },
  });
  return toInvolvement((await repo.findInvolvement(tx, actor.organisationId, caseId, id)) as repo.InvolvementRow);
}

/* ---------- What a partner account sees ---------- */

function assertPartner(actor: Actor) {
  if (!can(actor.role, 'partner.cases') || actor.kind === 'client')
    throw forbidden('This view is for partner services');
}

const iso = (value: string | Date) => new Date(value).toISOString();

async function toPartnerCases(tx: Tx, actor: Actor, rows: Awaited<ReturnType<typeof repo.partnerCases>>) {
  const involvements = await repo.partnerInvolvements(
    tx,
    actor.organisationId,
    actor.userId,
    rows.map((row) => row.id),
  );
  return rows.map(
    (row): PartnerCase => ({
      id: row.id,
      reference: row.reference,
      stage: row.stage,
      programName: row.programName,
      nextContactAt: row.nextPlannedContactAt ?? row.contactDueAt,
      // Only the case manager's name and work phone: how to reach them, nothing else of the account.
      caseManager: { displayName: row.managerName, workPhone: row.managerPhone },
      involvements: involvements
        .filter((involvement) => involvement.case_id === row.id)
        .map((involvement) => ({
          id: involvement.id,
          purpose: involvement.purpose,
          startedAt: iso(involvement.started_at),
          note: involvement.note,
        })),
    }),
  );
}

/** "Our cases": the cases the partner's service is involved in, while a consent covers it. */
export async function ourCases(tx: Tx, actor: Actor, query: PageQuery) {
  assertPartner(actor);
  const after = query.cursor ? decodeTextCursor(query.cursor) : undefined;
  const rows = await repo.partnerCases(tx, actor.organisationId, actor.userId, query.limit, after);
  const page = toPage(rows, query.limit, (row) => [row.reference, row.id]);
  await audit(tx, actor, { action: 'case.list', entityType: 'case', changes: { count: page.items.length } });
  return { items: await toPartnerCases(tx, actor, page.items), nextCursor: page.nextCursor };
}

/** One case, reduced to what a partner needs; 404 when the service is not (or no longer) allowed to see it. */
export async function ourCase(tx: Tx, actor: Actor, caseId: string) {
  assertPartner(actor);
  const row = await repo.partnerCase(tx, actor.organisationId, actor.userId, caseId);
  if (!row) throw notFound('Case');
  await audit(tx, actor, { action: 'case.read', entityType: 'case', entityId: caseId });
  return (await toPartnerCases(tx, actor, [row]))[0] as PartnerCase;
}

/* ---------- Partner updates (issue 18.7) ---------- */

function toUpdate(found: repo.PartnerUpdateRow): PartnerUpdate {
  const { row } = found;
  return {
    id: row.id,
    caseId: row.caseId,
    partnerService: { id: row.partnerServiceId, name: found.serviceName },
    author: { id: row.authorId, displayName: found.authorName },
    done: row.done,
    nextStep: row.nextStep,
    nextDate: row.nextDate,
    createdAt: iso(row.createdAt),
  };
}

/**
 * A partner's short update on a case its service may see now (the same rule as "our cases": involved,
 * active service, active consent): 404 otherwise, whatever the reason. It lands on the case's timeline
 * (the text as the entry's note, which retention clears) and notifies the case manager.
 */
export async function addPartnerUpdate(tx: Tx, actor: Actor, caseId: string, input: PartnerUpdateCreate) {
  assertPartner(actor);
  const row = await repo.partnerCase(tx, actor.organisationId, actor.userId, caseId);
  const service = row && (await repo.visibleServiceOf(tx, actor.organisationId, actor.userId, caseId));
  if (!row || !service) throw notFound('Case');
  const created = await repo.insertPartnerUpdate(tx, {
    organisationId: actor.organisationId,
    caseId,
    partnerServiceId: service.id,
    authorId: actor.userId,
    done: input.done,
    nextStep: input.nextStep ?? null,
    nextDate: input.nextDate ?? null,
  });
  // `partner:<next date or empty>:<service name>`; the note holds the partner's words, the next step
  // after an arrow (no English word for the web to translate).
  await insertCaseEvent(tx, {
    organisationId: actor.organisationId,
    caseId,
    kind: 'partner_update',
    actorId: actor.userId,
    summary: `partner:${created.nextDate ?? ''}:${service.name}`,
    note: created.nextStep ? `${created.done}\n→ ${created.nextStep}` : created.done,
  });
  await notify(tx, actor, { userId: row.primaryWorkerId, kind: 'partner_update', caseId, subjectId: created.id });
  await audit(tx, actor, {
    action: 'partner_update.create',
    entityType: 'case',
    entityId: caseId,
    changes: { partnerUpdateId: created.id, partnerServiceId: service.id, nextDate: created.nextDate },
  });
  return toUpdate((await repo.findPartnerUpdate(tx, actor.organisationId, created.id)) as repo.PartnerUpdateRow);
}

/** The updates this partner's service gave on the case, newest first (404 when it may not see the case). */
export async function listPartnerUpdates(tx: Tx, actor: Actor, caseId: string, query: PageQuery) {
  assertPartner(actor);
  const service = await repo.visibleServiceOf(tx, actor.organisationId, actor.userId, caseId);
  if (!service) throw notFound('Case');
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.partnerUpdatesOf(tx, actor.organisationId, caseId, query.limit, after, service.id);
  const page = toPage(rows, query.limit, (found) => [iso(found.row.createdAt), found.row.id]);
  await audit(tx, actor, {
    action: 'case.read',
    entityType: 'case',
    entityId: caseId,
    changes: { partnerUpdates: page.items.length },
  });
  return { items: page.items.map(toUpdate), nextCursor: page.nextCursor };
}
