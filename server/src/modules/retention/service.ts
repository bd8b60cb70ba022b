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
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { households, legalHolds, organisations, users } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { badCursor, decodeCursor, decodeInstantCursor, toPage, UUID } from '../../lib/cursor.js';
import { sqlState, UNIQUE_VIOLATION } from '../../lib/pg-errors.js';
import { conflict, forbidden, notFound } from '../../lib/problem.js';
import { tenantJoin } from '../../lib/sql.js';
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
  const [row] = await tx
    .select({ retentionMonths: organisations.retentionMonths })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
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
  await tx
    .update(organisations)
    .set({ retentionMonths: input.retentionMonths, updatedAt: sql`now()` })
    .where(eq(organisations.id, actor.organisationId));
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

const placer = alias(users, 'placer');
const releaser = alias(users, 'releaser');

/** The household, locked: a retention run erasing it and a hold placed on it never interleave. */
async function loadHouseholdFor(tx: Tx, actor: Actor, householdId: string) {
  assertHoldRole(actor);
  const [row] = await tx
    .select({ id: households.id, reference: households.reference })
    .from(households)
    .where(and(eq(households.organisationId, actor.organisationId), eq(households.id, householdId)))
    .for('update');
  if (!row) throw notFound('Household');
  return row;
}

async function holdsOf(
  tx: Tx,
  organisationId: string,
  householdId: string,
  holdId?: string,
  page?: { limit: number; before?: [string, string] | undefined },
) {
  const rows = await tx
    .select({
      hold: legalHolds,
      placer: { id: placer.id, displayName: placer.displayName },
      releaser: { id: releaser.id, displayName: releaser.displayName },
    })
    .from(legalHolds)
    .innerJoin(placer, tenantJoin(placer, legalHolds, 'placedBy'))
    .leftJoin(releaser, tenantJoin(releaser, legalHolds, 'releasedBy'))
    .where(
      and(
        eq(legalHolds.organisationId, organisationId),
        eq(legalHolds.householdId, householdId),
        holdId ? eq(legalHolds.id, holdId) : undefined,
        page?.before
          ? sql`(${legalHolds.placedAt}, ${legalHolds.id}) < (${page.before[0]}::timestamptz, ${page.before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(legalHolds.placedAt), desc(legalHolds.id))
    .limit(page ? page.limit + 1 : 1);
  return rows.map(({ hold, placer: placedBy, releaser: releasedBy }) => ({
    id: hold.id,
    householdId: hold.householdId,
    reason: hold.reason,
    placedBy,
    placedAt: hold.placedAt,
    releasedBy: releasedBy?.id ? releasedBy : null,
    releasedAt: hold.releasedAt,
    releaseReason: hold.releaseReason,
    active: hold.releasedAt === null,
  })) satisfies LegalHold[];
}

/**
 * A household's legal holds, newest first, page by page (legal_holds_household_idx serves the keyset).
 * At most one is active, and it is the newest: a hold can only be placed once the previous one is released.
 */
export async function listHolds(tx: Tx, actor: Actor, householdId: string, query: PageQuery) {
  await loadHouseholdFor(tx, actor, householdId);
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await holdsOf(tx, actor.organisationId, householdId, undefined, { limit: query.limit, before });
  return toPage(rows, query.limit, (hold) => [hold.placedAt, hold.id]);
}

export async function placeHold(tx: Tx, actor: Actor, householdId: string, input: LegalHoldCreate) {
  const household = await loadHouseholdFor(tx, actor, householdId);
  let id: string | undefined;
  try {
    id = await tx.transaction(async (sp) => {
      const [row] = await sp
        .insert(legalHolds)
        .values({ organisationId: actor.organisationId, householdId, reason: input.reason, placedBy: actor.userId })
        .returning({ id: legalHolds.id });
      return row?.id;
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
  const [hold] = await holdsOf(tx, actor.organisationId, householdId, id);
  return hold as LegalHold;
}

export async function releaseHold(tx: Tx, actor: Actor, householdId: string, holdId: string, input: LegalHoldRelease) {
  const household = await loadHouseholdFor(tx, actor, householdId);
  const [released] = await tx
    .update(legalHolds)
    .set({ releasedAt: sql`now()`, releasedBy: actor.userId, releaseReason: input.reason })
    .where(
      and(
        eq(legalHolds.organisationId, actor.organisationId),
        eq(legalHolds.householdId, householdId),
        eq(legalHolds.id, holdId),
        isNull(legalHolds.releasedAt),
      ),
    )
    .returning({ id: legalHolds.id });
  if (!released) {
    const [existing] = await holdsOf(tx, actor.organisationId, householdId, holdId);
    if (!existing) throw notFound('Legal hold');
    throw conflict('hold-released', 'This legal hold was already released');
  }
  await audit(tx, actor, {
    action: 'legal_hold.release',
    entityType: 'household',
    entityId: householdId,
    changes: { holdId, reference: household.reference, reason: input.reason },
  });
  const [hold] = await holdsOf(tx, actor.organisationId, householdId, holdId);
  return hold as LegalHold;
}
