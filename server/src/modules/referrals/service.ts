import type {
  Case,
  Referral,
  ReferralAccept,
  ReferralCreate,
  ReferralDecline,
  ReferralListQuery,
} from '@percee/shared';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { caseEvents, cases, households, programs, referrals } from '../../db/schema.js';
import type { Actor } from '../../db/tenant.js';
import { type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { conflict, forbidden, HttpProblem, notFound } from '../../lib/problem.js';
import { audit } from '../../plugins/audit.js';
import { assertAssignable, getCase } from '../cases/index.js';
import { createHousehold, workedBy } from '../households/index.js';
import { emitEvent } from '../integrations/index.js';
import { findProgram } from '../programs/index.js';

/** Who may refer: everyone who works with households, and partner services. */
const REFERRERS = new Set(['coordinator', 'admin', 'case_worker', 'partner']);
/** Who sees every referral of the organisation (the inbox); others see the ones they sent. */
const INBOX = new Set(['coordinator']);
const DECIDERS = new Set(['coordinator']);

/**
 * Whether the actor may read the referred household's file, as SQL over the joined household:
 * coordinators (and machine clients, which act as one) always, case workers while they work on it,
 * admins and partners never. Only then does a referral show the household's name and the note of its
 * acceptance; the rest of a referral is what its referrer wrote or what the coordinator answered them.
 */
function readsHousehold(actor: Actor): SQL<boolean> {
  if (actor.role === 'coordinator') return sql<boolean>`true`;
  if (actor.role === 'case_worker') return sql<boolean>`${workedBy(actor.organisationId, actor.userId)}`;
  return sql<boolean>`false`;
}

const selectReferrals = (tx: Tx, actor: Actor) =>
  tx
    .select({
      row: referrals,
      householdReference: households.reference,
      householdDisplayName: households.displayName,
      readsHousehold: readsHousehold(actor),
    })
    .from(referrals)
    .innerJoin(
      households,
      and(eq(households.organisationId, referrals.organisationId), eq(households.id, referrals.householdId)),
    );

type ReferralRow = Awaited<ReturnType<ReturnType<typeof selectReferrals>['execute']>>[number];

const toReferral = ({ row, householdReference, householdDisplayName, readsHousehold }: ReferralRow): Referral => ({
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
  if (!REFERRERS.has(actor.role)) throw forbidden('Your role has no access to referrals');
  const query = selectReferrals(tx, actor).where(
    and(eq(referrals.organisationId, actor.organisationId), eq(referrals.id, id)),
  );
  const [found] = forUpdate ? await query.for('update', { of: referrals }) : await query;
  if (!found) throw notFound('Referral');
  if (!INBOX.has(actor.role) && found.row.createdBy !== actor.userId) throw notFound('Referral');
  return found;
}

export async function getReferral(tx: Tx, actor: Actor, id: string) {
  return toReferral(await loadReferral(tx, actor, id));
}

/** What the referral list (and its export) holds: the inbox, or the referrals the actor sent, filtered. */
function referralFilters(actor: Actor, query: Pick<ReferralListQuery, 'status'>) {
  if (!REFERRERS.has(actor.role)) throw forbidden('Your role has no access to referrals');
  const filters: (SQL | undefined)[] = [eq(referrals.organisationId, actor.organisationId)];
  if (!INBOX.has(actor.role)) filters.push(eq(referrals.createdBy, actor.userId));
  if (query.status) filters.push(eq(referrals.status, query.status));
  return filters;
}

export async function listReferrals(tx: Tx, actor: Actor, query: ReferralListQuery) {
  const filters = referralFilters(actor, query);
  if (query.updatedSince) {
    // Sync: every referral changed since then, oldest change first, in a stable (updatedAt, id) order.
    filters.push(sql`${referrals.updatedAt} >= ${query.updatedSince}`);
    if (query.cursor) {
      const [updatedAt, id] = decodeInstantCursor(query.cursor);
      filters.push(sql`(${referrals.updatedAt}, ${referrals.id}) > (${updatedAt}::timestamptz, ${id}::uuid)`);
    }
    const rows = await selectReferrals(tx, actor)
      .where(and(...filters))
      .orderBy(asc(referrals.updatedAt), asc(referrals.id))
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, (found) => [found.row.updatedAt, found.row.id]);
    return { items: page.items.map(toReferral), nextCursor: page.nextCursor };
  }
  if (query.cursor) {
    const [receivedAt, id] = decodeInstantCursor(query.cursor);
    filters.push(sql`(${referrals.receivedAt}, ${referrals.id}) < (${receivedAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await selectReferrals(tx, actor)
    .where(and(...filters))
    .orderBy(desc(referrals.receivedAt), desc(referrals.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (found) => [found.row.receivedAt, found.row.id]);
  return { items: page.items.map(toReferral), nextCursor: page.nextCursor };
}

type ReferralExportQuery = Pick<ReferralListQuery, 'status'>;

/** The referral list's CSV export, first transaction: on record (with its rows) before its first page. */
export async function startReferralExport(tx: Tx, actor: Actor, query: ReferralExportQuery, limits: CsvExportLimits) {
  const rows = await countUpTo(
    tx,
    selectReferrals(tx, actor).where(and(...referralFilters(actor, query))),
    limits.maxRows,
  );
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
  const names = new Map(
    (
      await tx
        .select({ id: programs.id, name: programs.name })
        .from(programs)
        .where(eq(programs.organisationId, actor.organisationId))
    ).map((program) => [program.id, program.name]),
  );
  return {
    items: page.items.map((referral) => ({
      referral,
      programName: referral.programId ? (names.get(referral.programId) ?? null) : null,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function createReferral(tx: Tx, actor: Actor, input: z.output<typeof ReferralCreate>) {
  if (!REFERRERS.has(actor.role)) throw forbidden('Your role cannot refer households');
  if (input.programId && !(await findProgram(tx, actor.organisationId, input.programId))) {
    throw unprocessable('body.programId', 'Unknown program');
  }
  let householdId = input.householdId;
  if (input.household) {
    // Partners do not learn whether someone is already known here: the coordinator checks duplicates.
    const created = await createHousehold(tx, actor, input.household, { checkDuplicates: actor.role !== 'partner' });
    householdId = created.id;
  } else if (householdId) {
    // Only a household the referrer may read: its name comes back in the answer, and whether an id
    // exists is itself a fact about someone (admins and partners refer new households only).
    const [existing] = await tx
      .select({ id: households.id })
      .from(households)
      .where(
        and(eq(households.organisationId, actor.organisationId), eq(households.id, householdId), readsHousehold(actor)),
      );
    if (!existing) throw unprocessable('body.householdId', 'Unknown household');
  }
  const [row] = await tx
    .insert(referrals)
    .values({
      organisationId: actor.organisationId,
      referrerService: input.referrerService,
      referrerContact: input.referrerContact,
      reason: input.reason,
      personAgreed: input.personAgreed,
      programId: input.programId,
      householdId: householdId as string,
      // A machine client is no user: the audit trail and the event name it instead.
      createdBy: actor.kind === 'client' ? null : actor.userId,
    })
    .returning({ id: referrals.id });
  const id = (row as { id: string }).id;
  await audit(tx, actor, { action: 'referral.create', entityType: 'referral', entityId: id });
  await emitEvent(tx, actor, 'referral.created', { referralId: id, householdId });
  return getReferralUnchecked(tx, actor, id);
}

async function getReferralUnchecked(tx: Tx, actor: Actor, id: string) {
  const [found] = await selectReferrals(tx, actor).where(
    and(eq(referrals.organisationId, actor.organisationId), eq(referrals.id, id)),
  );
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
  await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), eq(households.id, householdId)))
    .for('update');
  const [open] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.organisationId, organisationId),
        eq(cases.householdId, householdId),
        eq(cases.programId, programId),
        isNull(cases.closedAt),
      ),
    )
    .limit(1);
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

function assertNew(found: ReferralRow) {
  if (found.row.status !== 'new') {
    throw conflict('referral-decided', `This referral is already ${found.row.status}`, { status: found.row.status });
  }
}

/**
 * Accepts a referral: checks the program's eligibility checklist and the worker's caseload, then
 * opens a case at intake assigned to that worker, in the same transaction.
 */
export async function acceptReferral(tx: Tx, actor: Actor, id: string, input: z.output<typeof ReferralAccept>) {
  if (!DECIDERS.has(actor.role)) throw forbidden('Only coordinators decide on referrals');
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
  const [opened] = await tx
    .insert(cases)
    .values({
      organisationId: actor.organisationId,
      householdId: found.row.householdId,
      programId: program.id,
      referralId: id,
      primaryWorkerId: input.primaryWorkerId,
      accompanimentType: input.accompanimentType,
      stage: 'intake',
      duplicateOverrideReason: input.duplicateOverride?.reason ?? null,
      contactDueAt: sql`now() + make_interval(days => ${program.contactIntervalDays})`,
    })
    .returning({ id: cases.id });
  const caseId = (opened as { id: string }).id;
  await tx.insert(caseEvents).values({
    organisationId: actor.organisationId,
    caseId,
    kind: 'opened',
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
  });
  await tx
    .update(referrals)
    .set({
      status: 'accepted',
      decidedAt: sql`now()`,
      decidedBy: actor.userId,
      decisionNote: input.note ?? null,
      caseId,
      programId: program.id,
      version: sql`${referrals.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.organisationId, actor.organisationId), eq(referrals.id, id)));
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
  return { referral: await getReferralUnchecked(tx, actor, id), case: (await getCase(tx, actor, caseId)) as Case };
}

export async function declineReferral(tx: Tx, actor: Actor, id: string, input: z.output<typeof ReferralDecline>) {
  if (!DECIDERS.has(actor.role)) throw forbidden('Only coordinators decide on referrals');
  const found = await loadReferral(tx, actor, id, true);
  assertNew(found);
  await tx
    .update(referrals)
    .set({
      status: 'declined',
      declineReason: input.reason,
      decisionNote: input.note,
      decidedAt: sql`now()`,
      decidedBy: actor.userId,
      version: sql`${referrals.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.organisationId, actor.organisationId), eq(referrals.id, id)));
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
  await tx
    .update(referrals)
    .set({
      status: 'withdrawn',
      decisionNote: note,
      decidedAt: sql`now()`,
      decidedBy: actor.userId,
      version: sql`${referrals.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.organisationId, actor.organisationId), eq(referrals.id, id)));
  await audit(tx, actor, {
    action: 'referral.withdraw',
    entityType: 'referral',
    entityId: id,
    changes: { status: ['new', 'withdrawn'] },
  });
  await emitEvent(tx, actor, 'referral.withdrawn', { referralId: id, householdId: found.row.householdId });
  return getReferralUnchecked(tx, actor, id);
}
