import type { ConsentCreate as ConsentCreateSchema } from '@percee/shared';
import { type Consent, type ConsentCreate, type ConsentListQuery, can, consentStatus } from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit } from '../../platform/audit.js';
import { loadHousehold } from '../households/index.js';
import * as repo from './repo.js';

type NewConsent = z.output<typeof ConsentCreateSchema>;

/**
 * The household, if this actor may keep its register (404 when not theirs, never a hint). Who keeps the
 * register (`consent.register`): admins (without the file's content: lines give them the person's id,
 * never the name, evidence note or withdrawal reason), coordinators, and case workers of a case of the household.
 */
async function householdFor(tx: Tx, actor: Actor, householdId: string, forUpdate = false) {
  if (!can(actor.role, 'consent.register') || actor.kind === 'client') {
    throw forbidden('Your role has no access to the consent register');
  }
  if (can(actor.role, 'household.access')) return loadHousehold(tx, actor, householdId, forUpdate);
  const row = await repo.findHouseholdId(tx, actor.organisationId, householdId);
  if (!row) throw notFound('Household');
  return row;
}

/** Admins keep the register without reading the file: no names, no free text. */
const readsFile = (actor: Actor) => can(actor.role, 'household.access');

function toConsent(found: repo.ConsentRow, actor: Actor, now = new Date()): Consent {
  const { row } = found;
  const content = readsFile(actor);
  return {
    id: row.id,
    householdId: row.householdId,
    person: { id: row.personId, displayName: content ? `${found.personFirstName} ${found.personLastName}` : null },
    purpose: row.purpose,
    recipient: { id: row.partnerServiceId, name: found.serviceName },
    legalBasis: row.legalBasis,
    grantedAt: row.grantedAt,
    expiresAt: row.expiresAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: content ? row.withdrawalReason : null,
    withdrawnBy: row.withdrawnBy ? { id: row.withdrawnBy, displayName: found.withdrawnByName ?? '' } : null,
    recordedBy: row.recordedBy ? { id: row.recordedBy, displayName: found.recordedByName ?? '' } : null,
    evidenceNote: content ? row.evidenceNote : null,
    status: consentStatus(row, now),
    createdAt: row.createdAt,
  };
}

export async function listConsents(tx: Tx, actor: Actor, householdId: string, query: ConsentListQuery) {
  await householdFor(tx, actor, householdId);
  const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listForHousehold(tx, actor.organisationId, householdId, {
    personId: query.personId,
    limit: query.limit,
    after,
  });
  await audit(tx, actor, { action: 'consent.list', entityType: 'household', entityId: householdId });
  const page = toPage(rows, query.limit, (found) => [found.row.grantedAt, found.row.id]);
  return { items: page.items.map((row) => toConsent(row, actor)), nextCursor: page.nextCursor };
}

const unprocessable = (path: string, message: string) =>
  new HttpProblem(422, 'unprocessable', 'Unprocessable Content', message, { errors: [{ path, message }] });

export async function recordConsent(tx: Tx, actor: Actor, householdId: string, input: NewConsent | ConsentCreate) {
  await householdFor(tx, actor, householdId, true);
  const person = await repo.findMember(tx, actor.organisationId, householdId, input.personId);
  if (!person) throw unprocessable('body.personId', 'This person is not a member of the household');
  const service = await repo.findPartnerService(tx, actor.organisationId, input.partnerServiceId);
  if (!service) throw unprocessable('body.partnerServiceId', 'Unknown partner service');
  if (!service.active) throw conflict('partner-service-inactive', 'This partner service is no longer active');
  const id = await repo.insertConsent(tx, {
    organisationId: actor.organisationId,
    householdId,
    personId: input.personId,
    purpose: input.purpose,
    partnerServiceId: input.partnerServiceId,
    legalBasis: input.legalBasis,
    ...(input.grantedAt ? { grantedAt: input.grantedAt } : {}),
    expiresAt: input.expiresAt ?? null,
    evidenceNote: input.evidenceNote ?? null,
    recordedBy: actor.userId,
  });
  await audit(tx, actor, {
    action: 'consent.record',
    entityType: 'consent',
    entityId: id,
    changes: {
      householdId,
      personId: input.personId,
      purpose: input.purpose,
      partnerServiceId: input.partnerServiceId,
      legalBasis: input.legalBasis,
      expiresAt: input.expiresAt ?? null,
    },
  });
  return toConsent((await repo.findConsent(tx, actor.organisationId, id)) as repo.ConsentRow, actor);
}

/** Records a withdrawal on the line (never deletes it). Withdrawing twice is a 409. */
export async function withdrawConsent(tx: Tx, actor: Actor, id: string, reason: string) {
  if (!can(actor.role, 'consent.register')) throw forbidden('Your role has no access to the consent register');
  const found = await repo.findConsent(tx, actor.organisationId, id);
  if (!found) throw notFound('Consent');
  await householdFor(tx, actor, found.row.householdId, true);
  const updated = await repo.markWithdrawn(tx, actor.organisationId, id, actor.userId, reason);
  if (!updated) throw conflict('already-withdrawn', 'This consent was already withdrawn');
  await audit(tx, actor, {
    action: 'consent.withdraw',
    entityType: 'consent',
    entityId: id,
    changes: { withdrawnAt: [null, 'now'] },
  });
  return toConsent((await repo.findConsent(tx, actor.organisationId, id)) as repo.ConsentRow, actor);
}
