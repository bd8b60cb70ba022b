import type {
  LegalHold,
  LegalHoldCreate,
  LegalHoldRelease,
  PageQuery,
  RetentionCandidate,
  RetentionPreview,
  RetentionRunResult,
  RetentionSettingsUpdate,
} from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { badCursor, decodeCursor, decodeInstantCursor, toPage, UUID } from '../../lib/cursor.js';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors.js';
import { conflict, forbidden, notFound } from '../../lib/problem.js';
import { audit, diff } from '../../platform/audit.js';
import * as repo from './repo.js';

/** Who acts for the retention job when no person does (scheduler, CLI): recorded with no user and no client. */
export type JobActor = Pick<Actor, 'organisationId' | 'userId' | 'requestId' | 'kind' | 'clientId'>;
export const jobActor = (organisationId: string, requestId: string): JobActor => ({
  organisationId,
  userId: '00000000-0000-0000-0000-000000000000',
  // Neither a user nor a client: the audit helper then records no actor, i.e. the system.
  kind: 'client',
  clientId: undefined,
  requestId,
});

const assertAdmin = (actor: Actor) => {
  if (!can(actor.role, 'retention.manage')) throw forbidden('Only admins manage retention');
};
const assertHoldRole = (actor: Actor) => {
  if (!can(actor.role, 'legalHold.manage')) {
    throw forbidden('Only coordinators and admins manage legal holds');
  }
};

async function retentionMonthsOf(tx: Tx, organisationId: string) {
  const row = await repo.findRetentionSettings(tx, organisationId);
  if (!row) throw notFound('Organisation');
  return row.retentionMonths;
}

export async function getSettings(tx: Tx, actor: Actor) {
  assertAdmin(actor);
  return { retentionMonths: await retentionMonthsOf(tx, actor.organisationId) };
}

export async function updateSettings(tx: Tx, actor: Actor, input: RetentionSettingsUpdate) {
  assertAdmin(actor);
  const before = await retentionMonthsOf(tx, actor.organisationId);
  await repo.setRetentionMonths(tx, actor.organisationId, input.retentionMonths);
  await audit(tx, actor, {
    action: 'retention.settings',
    entityType: 'organisation',
    entityId: actor.organisationId,
    changes: diff({ retentionMonths: before }, input),
  });
  return { retentionMonths: input.retentionMonths };
}

const toCandidate = (row: repo.CandidateRow): RetentionCandidate => ({
  householdId: row.household_id,
  reference: row.reference,
  lastClosedAt: new Date(row.last_closed_at).toISOString(),
  held: row.held,
  counts: {
    persons: Number(row.persons),
    cases: Number(row.cases),
    referrals: Number(row.referrals),
    contacts: Number(row.contacts),
  },
});

/** One page of what a run would do now, with the totals of the whole run (the tenant must be set on `tx`). */
async function previewFor(
  tx: Tx,
  organisationId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<RetentionPreview> {
  const retentionMonths = await retentionMonthsOf(tx, organisationId);
  const cutoff = await repo.cutoffOf(tx, retentionMonths);
  const after = query.cursor ? decodePreviewCursor(query.cursor) : undefined;
  const found = await repo.candidates(tx, organisationId, cutoff, query.limit, after);
  const page = toPage(found.rows.map(toCandidate), query.limit, (item) => [
    item.lastClosedAt,
    item.reference,
    item.householdId,
  ]);
  return { retentionMonths, cutoff, due: found.due, held: found.held, ...page };
}

/**
 * The whole preview, every page (the CLI's dry run; what a run works through, listed before it erases
 * anything). `now()` is the transaction's, so every page has the same cutoff.
 */
export async function wholePreviewFor(tx: Tx, organisationId: string): Promise<RetentionPreview> {
  const first = await previewFor(tx, organisationId, { limit: 200 });
  const items = [...first.items];
  for (let cursor = first.nextCursor; cursor; ) {
    const next = await previewFor(tx, organisationId, { limit: 200, cursor });
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return { ...first, items, nextCursor: null };
}

/** A preview cursor: (last closure, reference, household id) of the last row shown. */
function decodePreviewCursor(cursor: string): [string, string, string] {
  const [at, reference, id] = decodeCursor(cursor, 3);
  if (
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof reference !== 'string' ||
    typeof id !== 'string' ||
    !UUID.test(id)
  ) {
    badCursor();
  }
  return [at, reference, id];
}

/**
 * Pseudonymises every due household that is not held, in the caller's transaction, and audits each
 * one and the run. A second run finds nothing left to do.
 */
export async function runFor(tx: Tx, actor: JobActor): Promise<RetentionRunResult> {
  const preview = await wholePreviewFor(tx, actor.organisationId);
  const pseudonymised: RetentionRunResult['pseudonymised'] = [];
  for (const item of preview.items) {
    if (item.held) continue;
    if (!(await repo.pseudonymise(tx, actor.organisationId, item.householdId))) continue;
    pseudonymised.push({ householdId: item.householdId, reference: item.reference });
    await audit(tx, actor, {
      action: 'household.pseudonymise',
      entityType: 'household',
      entityId: item.householdId,
      changes: {
        reference: item.reference,
        lastClosedAt: item.lastClosedAt,
        retentionMonths: preview.retentionMonths,
      },
    });
  }
  await audit(tx, actor, {
    action: 'retention.run',
    entityType: 'organisation',
    entityId: actor.organisationId,
    changes: {
      retentionMonths: preview.retentionMonths,
      cutoff: preview.cutoff,
      pseudonymised: pseudonymised.length,
      skippedHeld: preview.held,
    },
  });
  return {
    retentionMonths: preview.retentionMonths,
    cutoff: preview.cutoff,
    pseudonymised,
    skippedHeld: preview.held,
  };
}

export async function preview(tx: Tx, actor: Actor, query: PageQuery) {
  assertAdmin(actor);
  return previewFor(tx, actor.organisationId, query);
}

export async function run(tx: Tx, actor: Actor) {
  assertAdmin(actor);
  return runFor(tx, actor);
}

/* ---------- Legal holds ---------- */

/** The household, locked: a retention run erasing it and a hold placed on it never interleave. */
async function loadHouseholdFor(tx: Tx, actor: Actor, householdId: string) {
  assertHoldRole(actor);
  const row = await repo.lockHousehold(tx, actor.organisationId, householdId);
  if (!row) throw notFound('Household');
  return row;
}

/**
 * A household's legal holds, newest first, page by page (legal_holds_household_idx serves the keyset).
 * At most one is active, and it is the newest: a hold can only be placed once the previous one is released.
 */
export async function listHolds(tx: Tx, actor: Actor, householdId: string, query: PageQuery) {
  await loadHouseholdFor(tx, actor, householdId);
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.holdsOf(tx, actor.organisationId, householdId, undefined, { limit: query.limit, before });
  return toPage(rows, query.limit, (hold) => [hold.placedAt, hold.id]);
}

export async function placeHold(tx: Tx, actor: Actor, householdId: string, input: LegalHoldCreate) {
  const household = await loadHouseholdFor(tx, actor, householdId);
  let id: string | undefined;
  try {
    id = await tx.transaction(async (sp) => {
      return repo.insertHold(sp, actor.organisationId, householdId, actor.userId, input.reason);
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) {
      throw conflict('hold-active', 'This household is already under a legal hold');
    }
    throw error;
  }
  if (!id) throw new Error('hold not inserted');
  await audit(tx, actor, {
    action: 'legal_hold.place',
    entityType: 'household',
    entityId: householdId,
    changes: { holdId: id, reference: household.reference, reason: input.reason },
  });
  const [hold] = await repo.holdsOf(tx, actor.organisationId, householdId, id);
  return hold as LegalHold;
}

export async function releaseHold(tx: Tx, actor: Actor, householdId: string, holdId: string, input: LegalHoldRelease) {
  const household = await loadHouseholdFor(tx, actor, householdId);
  const released = await repo.releaseHold(tx, actor.organisationId, householdId, holdId, actor.userId, input.reason);
  if (!released) {
    const [existing] = await repo.holdsOf(tx, actor.organisationId, householdId, holdId);
    if (!existing) throw notFound('Legal hold');
    throw conflict('hold-released', 'This legal hold was already released');
  }
  await audit(tx, actor, {
    action: 'legal_hold.release',
    entityType: 'household',
    entityId: householdId,
    changes: { holdId, reference: household.reference, reason: input.reason },
  });
  const [hold] = await repo.holdsOf(tx, actor.organisationId, householdId, holdId);
  return hold as LegalHold;
}
