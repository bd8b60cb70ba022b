import type {
  Case,
  Referral,
  ReferralAccept,
  ReferralCreate,
  ReferralDecline,
  ReferralListQuery,
} from '@percee/shared';
import { can } from '@percee/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import type { CsvExportLimits } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit } from '../../platform/audit.js';
import { notify } from '../../platform/notifications.js';
import { emitEvent } from '../../platform/outbox.js';
import { assertAssignable, getCase } from '../cases/index.js';
import { createHousehold } from '../households/index.js';
import { findProgram } from '../programs/index.js';
import * as repo from './repo.js';

/**
 * Whether the actor may read the referred household's file, as SQL over the joined household:
 * coordinators (and machine clients, which act as one) always, case workers while they work on it,
 * admins and partners never. Only then does a referral show the household's name and the note of its
 * acceptance; the rest of a referral is what its referrer wrote or what the coordinator answered them.
 */
function readsHousehold(actor: Actor) {
  const scope = can(actor.role, 'case.readAll') ? 'all' : can(actor.role, 'case.read') ? 'worked' : 'none';
  return repo.readsHousehold(scope, actor.organisationId, actor.userId);
}

const toReferral = ({ row, householdReference, householdDisplayName, readsHousehold }: repo.ReferralRow): Referral => ({
  id: row.id,
  status: row.status,
  referrerService: row.referrerService,
  referrerContact: row.referrerContact,
  reason: row.reason,
  personAgreed: row.personAgreed,
  programId: row.programId,
  household: {
    id: row.householdId,
    reference: householdReference,
    displayName: readsHousehold ? householdDisplayName : null,
  },
  receivedAt: row.receivedAt,
  createdBy: row.createdBy,
  decidedAt: row.decidedAt,
  decidedBy: row.decidedBy,
  declineReason: row.declineReason,
  // A decline or withdrawal note is a message to the referrer; an acceptance note opens the case's
  // timeline, so it is case content.
  decisionNote: readsHousehold || row.status !== 'accepted' ? row.decisionNote : null,
  caseId: row.caseId,
  updatedAt: row.updatedAt,
  version: row.version,
});

async function loadReferral(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  if (!can(actor.role, 'referral.send')) throw forbidden('Your role has no access to referrals');
  const found = await repo.findReferral(tx, actor.organisationId, id, readsHousehold(actor), forUpdate);
  if (!found) throw notFound('Referral');
  if (!can(actor.role, 'referral.inbox') && found.row.createdBy !== actor.userId) throw notFound('Referral');
  return found;
}

export async function getReferral(tx: Tx, actor: Actor, id: string) {
  return toReferral(await loadReferral(tx, actor, id));
}

/** What the referral list (and its export) holds: the inbox, or the referrals the actor sent, filtered. */
function referralFilters(actor: Actor, query: Pick<ReferralListQuery, 'status'>) {
  if (!can(actor.role, 'referral.send')) throw forbidden('Your role has no access to referrals');
  return {
    organisationId: actor.organisationId,
    createdBy: can(actor.role, 'referral.inbox') ? undefined : actor.userId,
    status: query.status,
  } satisfies repo.ReferralFilter;
}

export async function listReferrals(tx: Tx, actor: Actor, query: ReferralListQuery) {
  const filter = referralFilters(actor, query);
  if (query.updatedSince) {
    // Sync: every referral changed since then, oldest change first, in a stable (updatedAt, id) order.
    const after = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
    const rows = await repo.pageByUpdate(tx, readsHousehold(actor), filter, query.updatedSince, after, query.limit);
    const page = toPage(rows, query.limit, (found) => [found.row.updatedAt, found.row.id]);
    return { items: page.items.map(toReferral), nextCursor: page.nextCursor };
  }
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.pageByReceipt(tx, readsHousehold(actor), filter, before, query.limit);
  const page = toPage(rows, query.limit, (found) => [found.row.receivedAt, found.row.id]);
  return { items: page.items.map(toReferral), nextCursor: page.nextCursor };
}

type ReferralExportQuery = Pick<ReferralListQuery, 'status'>;

/** The referral list's CSV export, first transaction: on record (with its rows) before its first page. */
export async function startReferralExport(tx: Tx, actor: Actor, query: ReferralExportQuery, limits: CsvExportLimits) {
  const rows = await repo.countReferrals(tx, readsHousehold(actor), referralFilters(actor, query), limits.maxRows);
  await audit(tx, actor, { action: 'referral.export', entityType: 'referral', changes: { rows } });
  return referralExportPage(tx, actor, query, undefined, limits.pageSize);
}

/** One page of the export, newest first, each referral with its program's name. */
export async function referralExportPage(
  tx: Tx,
  actor: Actor,
  query: ReferralExportQuery,
  cursor: string | undefined,
  pageSize: number,
) {
  const page = await listReferrals(tx, actor, { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) });
  const names = await repo.programNames(tx, actor.organisationId);
  return {
    items: page.items.map((referral) => ({
      referral,
      programName: referral.programId ? (names.get(referral.programId) ?? null) : null,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function createReferral(tx: Tx, actor: Actor, input: z.output<typeof ReferralCreate>) {
  if (!can(actor.role, 'referral.send')) throw forbidden('Your role cannot refer households');
  if (input.programId && !(await findProgram(tx, actor.organisationId, input.programId))) {
    throw unprocessable('body.programId', 'Unknown program');
  }
  let householdId = input.householdId;
  if (input.household) {
    // Partners do not learn whether someone is already known here: the coordinator checks duplicates.
    const created = await createHousehold(tx, actor, input.household, {
      checkDuplicates: can(actor.role, 'household.duplicateCheck'),
    });
    householdId = created.id;
  } else if (householdId) {
    // Only a household the referrer may read: its name comes back in the answer, and whether an id
    // exists is itself a fact about someone (admins and partners refer new households only).
    if (!(await repo.householdReadable(tx, actor.organisationId, householdId, readsHousehold(actor))))
      throw unprocessable('body.householdId', 'Unknown household');
  }
  const id = await repo.insertReferral(tx, {
    organisationId: actor.organisationId,
    referrerService: input.referrerService,
    referrerContact: input.referrerContact,
    reason: input.reason,
    personAgreed: input.personAgreed,
    programId: input.programId,
    householdId: householdId as string,
    // A machine client is no user: the audit trail and the event name it instead.
    createdBy: actor.kind === 'client' ? null : actor.userId,
  });
  await audit(tx, actor, { action: 'referral.create', entityType: 'referral', entityId: id });
  await emitEvent(tx, actor, 'referral.created', { referralId: id, householdId });
  return getReferralUnchecked(tx, actor, id);
}

async function getReferralUnchecked(tx: Tx, actor: Actor, id: string) {
  const found = await repo.findReferral(tx, actor.organisationId, id, readsHousehold(actor));
  if (!found) throw notFound('Referral');
  return toReferral(found);
}

/**
 * One open case per household and program: a second one would count the household twice in the
 * report. A coordinator may still open one with a reason (`duplicateOverride`), kept on the case and
 * counted apart in the report. The household row is locked so two acceptances cannot both pass.
 */
async function assertNoOpenCase(
  tx: Tx,
  organisationId: string,
  householdId: string,
  programId: string,
  override: { reason: string } | undefined,
) {
  const open = await repo.lockHouseholdOpenCase(tx, organisationId, householdId, programId);
  if (open && !override) {
    throw conflict(
      'case-already-open',
      'This household already has an open case in this program; a coordinator may open a second one with a reason (duplicateOverride)',
      { caseId: open.id },
    );
  }
}

const unprocessable = (path: string, message: string) =>
  new HttpProblem(422, 'unprocessable', 'Unprocessable Content', message, { errors: [{ path, message }] });

function assertNew(found: repo.ReferralRow) {
  if (found.row.status !== 'new') {
    throw conflict('referral-decided', `This referral is already ${found.row.status}`, { status: found.row.status });
  }
}

/**
 * Accepts a referral: checks the program's eligibility checklist and the worker's caseload, then
 * opens a case at intake assigned to that worker, in the same transaction.
 */
export async function acceptReferral(tx: Tx, actor: Actor, id: string, input: z.output<typeof ReferralAccept>) {
  if (!can(actor.role, 'referral.decide')) throw forbidden('Only coordinators decide on referrals');
  const found = await loadReferral(tx, actor, id, true);
  assertNew(found);
  if (!found.row.personAgreed) {
    throw conflict(
      'no-agreement',
      'The person has not agreed to this referral: a case needs a real request from the person',
    );
  }
  const program = await findProgram(tx, actor.organisationId, input.programId);
  if (!program?.active) throw unprocessable('body.programId', 'Unknown or inactive program');
  if (!program.accompanimentTypes.includes(input.accompanimentType)) {
    throw unprocessable('body.accompanimentType', `This program offers ${program.accompanimentTypes.join(', ')}`);
  }
  const unmet = program.eligibilityChecklist.filter((criterion) => input.eligibility[criterion.code] !== true);
  if (unmet.length > 0) {
    throw new HttpProblem(
      422,
      'not-eligible',
      'Unprocessable Content',
      'Every eligibility criterion must be met to open a case',
      {
        errors: unmet.map((criterion) => ({ path: `body.eligibility.${criterion.code}`, message: criterion.label })),
      },
    );
  }
  const { overridden } = await assertAssignable(
    tx,
    actor,
    input.primaryWorkerId,
    program.caseloadLimit,
    input.caseloadOverrideReason,
  );
  await assertNoOpenCase(tx, actor.organisationId, found.row.householdId, program.id, input.duplicateOverride);
  const caseId = await repo.openCase(
    tx,
    {
      organisationId: actor.organisationId,
      householdId: found.row.householdId,
      programId: program.id,
      referralId: id,
      primaryWorkerId: input.primaryWorkerId,
      accompanimentType: input.accompanimentType,
      duplicateOverrideReason: input.duplicateOverride?.reason ?? null,
    },
    program.contactIntervalDays,
    {
      actorId: actor.userId,
      summary: `opened from referral${overridden ? ' (caseload override)' : ''}${input.duplicateOverride ? ' (second open case override)' : ''}`,
      note:
        [
          input.note,
          overridden ? `Caseload override: ${input.caseloadOverrideReason}` : null,
          input.duplicateOverride ? `Second open case override: ${input.duplicateOverride.reason}` : null,
        ]
          .filter(Boolean)
          .join('\n') || null,
    },
  );
  await repo.recordDecision(tx, actor.organisationId, id, actor.userId, {
    status: 'accepted',
    decisionNote: input.note ?? null,
    caseId,
    programId: program.id,
  });
  await audit(tx, actor, {
    action: 'referral.accept',
    entityType: 'referral',
    entityId: id,
    changes: {
      status: ['new', 'accepted'],
      caseId,
      ...(overridden ? { caseloadOverride: input.caseloadOverrideReason } : {}),
    },
  });
  await emitEvent(tx, actor, 'referral.decided', { referralId: id, householdId: found.row.householdId, caseId });
  await notify(tx, actor, { userId: input.primaryWorkerId, kind: 'case_assigned', caseId, subjectId: caseId });
  return { referral: await getReferralUnchecked(tx, actor, id), case: (await getCase(tx, actor, caseId)) as Case };
}

export async function declineReferral(tx: Tx, actor: Actor, id: string, input: z.output<typeof ReferralDecline>) {
  if (!can(actor.role, 'referral.decide')) throw forbidden('Only coordinators decide on referrals');
  const found = await loadReferral(tx, actor, id, true);
  assertNew(found);
  await repo.recordDecision(tx, actor.organisationId, id, actor.userId, {
    status: 'declined',
    declineReason: input.reason,
    decisionNote: input.note,
  });
  await audit(tx, actor, {
    action: 'referral.decline',
    entityType: 'referral',
    entityId: id,
    changes: { status: ['new', 'declined'], reason: input.reason },
  });
  await emitEvent(tx, actor, 'referral.decided', { referralId: id, householdId: found.row.householdId });
  return getReferralUnchecked(tx, actor, id);
}

/** The referrer (or a coordinator) withdraws a referral that was not decided yet. */
export async function withdrawReferral(tx: Tx, actor: Actor, id: string, note: string | null) {
  const found = await loadReferral(tx, actor, id, true);
  assertNew(found);
  await repo.recordDecision(tx, actor.organisationId, id, actor.userId, { status: 'withdrawn', decisionNote: note });
  await audit(tx, actor, {
    action: 'referral.withdraw',
    entityType: 'referral',
    entityId: id,
    changes: { status: ['new', 'withdrawn'] },
  });
  await emitEvent(tx, actor, 'referral.withdrawn', { referralId: id, householdId: found.row.householdId });
  return getReferralUnchecked(tx, actor, id);
}
