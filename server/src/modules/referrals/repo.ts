import type { Referral } from '@percee/shared';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseEvents, cases, households, programs, referrals } from '../../db/schema.js';
import { countUpTo } from '../../lib/csv.js';
import { tenantJoin } from '../../lib/sql.js';
import { workedBy } from '../households/index.js';

/**
 * Referrals with their household's reference and name; `readsHousehold` (SQL over the joined household)
 * says whether the reader may see the name, and comes back with each row.
 */
const selectReferrals = (tx: Tx, readsHousehold: SQL<boolean>) =>
  tx
    .select({
      row: referrals,
      householdReference: households.reference,
      householdDisplayName: households.displayName,
      readsHousehold,
    })
    .from(referrals)
    .innerJoin(households, tenantJoin(households, referrals, 'householdId'));

/** Which referrals a list holds: the organisation's, or those one user sent, of one status or any. */
export interface ReferralFilter {
  organisationId: string;
  createdBy?: string | undefined;
  status?: Referral['status'] | undefined;
}

const matching = (filter: ReferralFilter) => [
  eq(referrals.organisationId, filter.organisationId),
  filter.createdBy ? eq(referrals.createdBy, filter.createdBy) : undefined,
  filter.status ? eq(referrals.status, filter.status) : undefined,
];

export type ReferralRow = Awaited<ReturnType<ReturnType<typeof selectReferrals>['execute']>>[number];

export async function findReferral(
  tx: Tx,
  organisationId: string,
  id: string,
  readsHousehold: SQL<boolean>,
  forUpdate = false,
): Promise<ReferralRow | undefined> {
  const query = selectReferrals(tx, readsHousehold).where(
    and(eq(referrals.organisationId, organisationId), eq(referrals.id, id)),
  );
  const [found] = forUpdate ? await query.for('update', { of: referrals }) : await query;
  return found;
}

/** Sync: every referral matching `filter` changed since then, oldest change first, in (updatedAt, id) order. */
export function pageByUpdate(
  tx: Tx,
  readsHousehold: SQL<boolean>,
  filter: ReferralFilter,
  updatedSince: string,
  after: [string, string] | undefined,
  limit: number,
) {
  return selectReferrals(tx, readsHousehold)
    .where(
      and(
        ...matching(filter),
        sql`${referrals.updatedAt} >= ${updatedSince}`,
        after
          ? sql`(${referrals.updatedAt}, ${referrals.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(referrals.updatedAt), asc(referrals.id))
    .limit(limit + 1);
}

/** The newest referrals matching `filter`, before a (receivedAt, id) cursor. */
export function pageByReceipt(
  tx: Tx,
  readsHousehold: SQL<boolean>,
  filter: ReferralFilter,
  before: [string, string] | undefined,
  limit: number,
) {
  return selectReferrals(tx, readsHousehold)
    .where(
      and(
        ...matching(filter),
        before
          ? sql`(${referrals.receivedAt}, ${referrals.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(referrals.receivedAt), desc(referrals.id))
    .limit(limit + 1);
}

export const countReferrals = (tx: Tx, readsHousehold: SQL<boolean>, filter: ReferralFilter, max: number) =>
  countUpTo(tx, selectReferrals(tx, readsHousehold).where(and(...matching(filter))), max);

export async function programNames(tx: Tx, organisationId: string) {
  const rows = await tx
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(eq(programs.organisationId, organisationId));
  return new Map(rows.map((program) => [program.id, program.name]));
}

/** Whether the household exists and `readsHousehold` (SQL over it) holds. */
export async function householdReadable(tx: Tx, organisationId: string, id: string, readsHousehold: SQL<boolean>) {
  const [existing] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), eq(households.id, id), readsHousehold));
  return !!existing;
}

export async function insertReferral(tx: Tx, values: typeof referrals.$inferInsert) {
  const [row] = await tx.insert(referrals).values(values).returning({ id: referrals.id });
  return (row as { id: string }).id;
}

/** Opens the accepted referral's case at intake, with the first event of its timeline. */
/** Locks the household row, then finds an open case of it in the program (one open case per household and program). */
export async function lockHouseholdOpenCase(tx: Tx, organisationId: string, householdId: string, programId: string) {
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
  return open;
}

export async function openCase(
  tx: Tx,
  values: Omit<typeof cases.$inferInsert, 'stage' | 'contactDueAt'>,
  contactIntervalDays: number,
  opened: { actorId: string; summary: string; note: string | null },
) {
  const [row] = await tx
    .insert(cases)
    .values({
      ...values,
      stage: 'intake',
      contactDueAt: sql`now() + make_interval(days => ${contactIntervalDays})`,
    })
    .returning({ id: cases.id });
  const caseId = (row as { id: string }).id;
  await tx.insert(caseEvents).values({ organisationId: values.organisationId, caseId, kind: 'opened', ...opened });
  return caseId;
}

/** Records the decision on a referral (accepted, declined or withdrawn) by `decidedBy`, now. */
export async function recordDecision(
  tx: Tx,
  organisationId: string,
  id: string,
  decidedBy: string,
  decision: Pick<typeof referrals.$inferInsert, 'status' | 'decisionNote' | 'declineReason' | 'caseId' | 'programId'>,
) {
  await tx
    .update(referrals)
    .set({
      ...decision,
      decidedAt: sql`now()`,
      decidedBy,
      version: sql`${referrals.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(referrals.organisationId, organisationId), eq(referrals.id, id)));
}

/** Whether the household's file is readable, as SQL over the joined household: always, while the user works on it, or never. */
export function readsHousehold(scope: 'all' | 'worked' | 'none', organisationId: string, userId: string): SQL<boolean> {
  if (scope === 'all') return sql<boolean>`true`;
  if (scope === 'worked') return sql<boolean>`${workedBy(organisationId, userId)}`;
  return sql<boolean>`false`;
}
