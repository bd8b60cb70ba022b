import type { LegalHold } from '@percee/shared';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { households, legalHolds, organisations, users } from '../../db/schema.js';
import { APP_ROLE } from '../../db/tenant.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';

export interface CandidateRow {
  household_id: string;
  reference: string;
  last_closed_at: string | Date;
  held: boolean;
  persons: number | string;
  cases: number | string;
  referrals: number | string;
  contacts: number | string;
}

/** The instant before which a household's last closure makes it due, computed by the database. */
export async function cutoffOf(tx: Tx, retentionMonths: number): Promise<string> {
  const [row] = await rowsOf<{ cutoff: string | Date }>(
    tx,
    sql`select now() - make_interval(months => ${retentionMonths}::int) as cutoff`,
  );
  return new Date(row?.cutoff ?? Date.now()).toISOString();
}

/**
 * Households of the tenant that are due: not yet pseudonymised, no open case, no referral waiting
 * for a decision, and their last closure (the latest case closed or referral decided; the
 * registration when there never was either) before the cutoff. Held ones are listed, marked held.
 * One page of them, oldest closure first (then reference, id), after the keyset of the previous page,
 * with the totals of all of them. "Last closure" is computed, so no index serves the keyset: the
 * candidates are computed whole, as a run needs anyway; only the page's rows get their counts.
 */
export async function candidates(
  tx: Tx,
  organisationId: string,
  cutoff: string,
  limit: number,
  after?: [string, string, string],
): Promise<{ rows: CandidateRow[]; due: number; held: number }> {
  const result = await rowsOf<
    { total: number | string; held_total: number | string } & { [K in keyof CandidateRow]: CandidateRow[K] | null }
  >(
    tx,
    sql`
      with activity as (
        select h.id, h.reference, h.created_at,
          (select count(*) from cases c
             where c.organisation_id = h.organisation_id and c.household_id = h.id and c.closed_at is null) as open_cases,
          (select max(c.closed_at) from cases c
             where c.organisation_id = h.organisation_id and c.household_id = h.id) as last_case_closed,
          (select count(*) from referrals r
             where r.organisation_id = h.organisation_id and r.household_id = h.id and r.status = 'new') as pending_referrals,
          (select max(coalesce(r.decided_at, r.updated_at)) from referrals r
             where r.organisation_id = h.organisation_id and r.household_id = h.id and r.status <> 'new') as last_decided
        from households h
        where h.organisation_id = ${organisationId} and h.pseudonymised_at is null
      ), due as (
        select id, reference, coalesce(greatest(last_case_closed, last_decided), created_at) as last_closed_at
        from activity
        where open_cases = 0 and pending_referrals = 0
      ), candidate as materialized (
        select d.id, d.reference, d.last_closed_at,
          exists (select 1 from legal_holds l
                  where l.organisation_id = ${organisationId} and l.household_id = d.id and l.released_at is null) as held
        from due d
        where d.last_closed_at < ${cutoff}::timestamptz
      )
      select t.total, t.held_total, p.*
      from (select count(*) as total, count(*) filter (where held) as held_total from candidate) t
      left join lateral (
        select d.id as household_id, d.reference, d.last_closed_at, d.held,
          (select count(*) from persons p where p.organisation_id = ${organisationId} and p.household_id = d.id) as persons,
          (select count(*) from cases c where c.organisation_id = ${organisationId} and c.household_id = d.id) as cases,
          (select count(*) from referrals r where r.organisation_id = ${organisationId} and r.household_id = d.id) as referrals,
          (select count(*) from contacts k join cases c on c.organisation_id = k.organisation_id and c.id = k.case_id
             where k.organisation_id = ${organisationId} and c.household_id = d.id) as contacts
        from candidate d
        where ${after ? sql`(d.last_closed_at, d.reference, d.id) > (${after[0]}::timestamptz, ${after[1]}, ${after[2]}::uuid)` : sql`true`}
        order by d.last_closed_at, d.reference, d.id
        limit ${limit + 1}
      ) p on true
      order by p.last_closed_at, p.reference, p.household_id`,
  );
  const [first] = result;
  return {
    // Without any row on this page, the left join still gives the totals, on a row of nulls.
    rows: result.filter((row): row is typeof row & CandidateRow => row.household_id !== null),
    due: Number(first?.total ?? 0) - Number(first?.held_total ?? 0),
    held: Number(first?.held_total ?? 0),
  };
}

const ERASED = '—';

/**
 * Replaces a household's personal data by placeholders and clears every free-text note about it,
 * in the current transaction. Rows, codes, dates and amounts stay: the reports count the same.
 */
export async function pseudonymise(tx: Tx, organisationId: string, householdId: string) {
  const org = organisationId;
  const hh = householdId;
  const caseIds = sql`(select c.id from cases c where c.organisation_id = ${org} and c.household_id = ${hh})`;
  // Lock the household, then look for a hold again: placing a hold locks it too (service.placeHold),
  // so a hold placed while the run was deciding is either seen here or placed after the erasure.
  const locked = await rowsOf<{ id: string }>(
    tx,
    sql`select id from households where organisation_id = ${org} and id = ${hh} and pseudonymised_at is null for update`,
  );
  if (locked.length === 0) return false;
  const [held] = await rowsOf<{ held: boolean }>(
    tx,
    sql`select exists (select 1 from legal_holds where organisation_id = ${org} and household_id = ${hh}
          and released_at is null) as held`,
  );
  if (held?.held) return false;
  const updated = await rowsOf<{ id: string }>(
    tx,
    sql`update households set display_name = reference, search_text = lower(reference), address = null,
          postal_code = null, municipality = null, address_key = null, pseudonymised_at = now(),
          version = version + 1, updated_at = now()
        where organisation_id = ${org} and id = ${hh} and pseudonymised_at is null
        returning id`,
  );
  if (updated.length === 0) return false;
  await tx.execute(sql`update persons set first_name = ${ERASED}, last_name = ${ERASED}, name_key = '',
      birth_date = null, phone = null, email = null, updated_at = now()
    where organisation_id = ${org} and household_id = ${hh}`);
  await tx.execute(sql`update household_problems set note = null
    where organisation_id = ${org} and household_id = ${hh}`);
  await tx.execute(sql`update inquiries set topic = ${ERASED}
    where organisation_id = ${org} and referral_id in
      (select r.id from referrals r where r.organisation_id = ${org} and r.household_id = ${hh})`);
  await tx.execute(sql`update referrals set reason = ${ERASED}, referrer_contact = null, decision_note = null,
      updated_at = now()
    where organisation_id = ${org} and household_id = ${hh}`);
  await tx.execute(sql`update contacts set notes = null, participants = null,
      void_reason = case when void_reason is null then null else ${ERASED} end
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update assessments set note = null where organisation_id = ${org} and case_id in ${caseIds}`);
  // Partners' updates (issue 18.7): their words about the person; the row, service and dates stay.
  await tx.execute(sql`update partner_updates set done = ${ERASED}, next_step = null
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update aid_grants set note = null,
      void_reason = case when void_reason is null then null else ${ERASED} end
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update objectives set text = ${ERASED}, status_note = null,
      actions = coalesce((select jsonb_agg(jsonb_set(a, '{description}', to_jsonb(${ERASED}::text))) from jsonb_array_elements(actions) a), '[]'::jsonb),
      updated_at = now()
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update objective_outcomes set note = null where organisation_id = ${org} and evaluation_id in
      (select e.id from objective_evaluations e where e.organisation_id = ${org} and e.case_id in ${caseIds})`);
  await tx.execute(
    sql`update objective_evaluations set note = null where organisation_id = ${org} and case_id in ${caseIds}`,
  );
  // Appointments with the household (decision 15): the note, and the reasons (kept as '—' where set,
  // as a status or a void needs one).
  await tx.execute(sql`update appointments set note = null,
      status_reason = case when status_reason is null then null else ${ERASED} end,
      void_reason = case when void_reason is null then null else ${ERASED} end, updated_at = now()
    where organisation_id = ${org} and household_id = ${hh}`);
  // The local sink's copies of reminder messages (recipient, text with the name): deleted (migration
  // 0040 grants the application role that delete and nothing else on them).
  await tx.execute(sql`delete from outbox_messages where organisation_id = ${org} and appointment_id in
      (select a.id from appointments a where a.organisation_id = ${org} and a.household_id = ${hh})`);
  // Members' earlier versions (issue 18.6): names, birth dates and contact details, and the reasons.
  await tx.execute(sql`update record_revisions set data = '{}'::jsonb, reason = ${ERASED}
    where organisation_id = ${org} and entity_type = 'person' and entity_id in
      (select p.id from persons p where p.organisation_id = ${org} and p.household_id = ${hh})`);
  // A manual task's title is free text about the person (a rule's task has none; decision 18). The
  // title stays non-null for a manual task (tasks_manual_title_check), so a placeholder.
  await tx.execute(sql`update tasks set title = ${ERASED}, updated_at = now()
    where organisation_id = ${org} and case_id in ${caseIds} and kind = 'manual'`);
  // Earlier versions of corrected or voided records (decision 19): their free text and reasons.
  await tx.execute(sql`update record_revisions set data = data - 'notes' - 'participants' - 'note' - 'statusReason',
      reason = ${ERASED}
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update breakthrough_plans
    set goals = coalesce((select jsonb_agg(jsonb_set(g, '{text}', to_jsonb(${ERASED}::text))) from jsonb_array_elements(goals) g), '[]'::jsonb),
        deadlocks = coalesce((select jsonb_agg(jsonb_set(d, '{description}', to_jsonb(${ERASED}::text))) from jsonb_array_elements(deadlocks) d), '[]'::jsonb),
        updated_at = now()
    where organisation_id = ${org} and case_id in ${caseIds}`);
  await tx.execute(sql`update breakthroughs set title = ${ERASED}, responsible = ${ERASED}, decision_comment = null,
      abandon_reason = null, updated_at = now()
    where organisation_id = ${org} and case_id in ${caseIds}`);
  // The timeline and plan versions are append-only for the application role: one narrow function
  // (0010_retention_security.sql, extended by 0018_consent_retention.sql to the consent register and
  // partner involvement) clears their free text for a household pseudonymised above.
  await tx.execute(sql`select app.retention_clear_history(${hh}::uuid)`);
  return true;
}

export const findRetentionSettings = async (tx: Tx, organisationId: string) =>
  (
    await tx
      .select({ retentionMonths: organisations.retentionMonths })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
  )[0];

export async function setRetentionMonths(tx: Tx, organisationId: string, retentionMonths: number) {
  await tx
    .update(organisations)
    .set({ retentionMonths, updatedAt: sql`now()` })
    .where(eq(organisations.id, organisationId));
}

/* ---------- Legal holds ---------- */

const placer = alias(users, 'placer');
const releaser = alias(users, 'releaser');

/** The household, locked: a retention run erasing it and a hold placed on it never interleave. */
export const lockHousehold = async (tx: Tx, organisationId: string, householdId: string) =>
  (
    await tx
      .select({ id: households.id, reference: households.reference })
      .from(households)
      .where(and(eq(households.organisationId, organisationId), eq(households.id, householdId)))
      .for('update')
  )[0];

export async function holdsOf(
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

export async function insertHold(
  tx: Tx,
  organisationId: string,
  householdId: string,
  placedBy: string,
  reason: string,
) {
  const [row] = await tx
    .insert(legalHolds)
    .values({ organisationId, householdId, reason, placedBy })
    .returning({ id: legalHolds.id });
  return row?.id;
}

/** Releases the hold if it is still active; undefined when it is not (released, or not this household's). */
export async function releaseHold(
  tx: Tx,
  organisationId: string,
  householdId: string,
  holdId: string,
  releasedBy: string,
  reason: string,
) {
  const [released] = await tx
    .update(legalHolds)
    .set({ releasedAt: sql`now()`, releasedBy, releaseReason: reason })
    .where(
      and(
        eq(legalHolds.organisationId, organisationId),
        eq(legalHolds.householdId, householdId),
        eq(legalHolds.id, holdId),
        isNull(legalHolds.releasedAt),
      ),
    )
    .returning({ id: legalHolds.id });
  return released;
}

/** The rest of the transaction runs as the application role with the retention worker's one policy. */
export async function actAsRetentionWorker(tx: Tx) {
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'retention', true)`);
}

export const allOrganisationIds = (tx: Tx) => rowsOf<{ id: string }>(tx, sql`select id from organisations order by id`);
