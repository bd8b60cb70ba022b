import type { ConsentPurpose, PartnerServiceUpdate } from '@percee/shared';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  caseInvolvements,
  cases,
  households,
  partnerServices,
  partnerUpdates,
  programs,
  users,
} from '../../db/schema.js';
import { rowsOf, tenantJoin } from '../../lib/sql.js';
import { keysetPage } from '../../platform/keyset.js';
import { activeConsentCovers } from '../consents/index.js';

const starter = alias(users, 'starter');
const ender = alias(users, 'ender');
const manager = alias(users, 'manager');

const selectInvolvements = (tx: Tx) =>
  tx
    .select({
      row: caseInvolvements,
      serviceName: partnerServices.name,
      startedByName: starter.displayName,
      endedByName: ender.displayName,
      consentActive: sql<boolean>`${activeConsentCovers(
        sql`${caseInvolvements.organisationId}`,
        sql`(select c.household_id from ${cases} c where c.organisation_id = ${caseInvolvements.organisationId} and c.id = ${caseInvolvements.caseId})`,
        sql`${caseInvolvements.partnerServiceId}`,
        sql`${caseInvolvements.purpose}`,
      )}`,
    })
    .from(caseInvolvements)
    .innerJoin(partnerServices, tenantJoin(partnerServices, caseInvolvements, 'partnerServiceId'))
    .leftJoin(starter, tenantJoin(starter, caseInvolvements, 'startedBy'))
    .leftJoin(ender, tenantJoin(ender, caseInvolvements, 'endedBy'));

export type InvolvementRow = Awaited<ReturnType<ReturnType<typeof selectInvolvements>['execute']>>[number];

/** A case's involvements in (started_at, id) order, after the keyset of the previous page. */
export const involvementsOf = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  after?: [string, string],
) => {
  const page = keysetPage('asc', [caseInvolvements.startedAt, caseInvolvements.id], ['instant', 'uuid'], after, limit);
  return selectInvolvements(tx)
    .where(and(eq(caseInvolvements.organisationId, organisationId), eq(caseInvolvements.caseId, caseId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
};

export async function findInvolvement(tx: Tx, organisationId: string, caseId: string, id: string) {
  const [row] = await selectInvolvements(tx).where(
    and(
      eq(caseInvolvements.organisationId, organisationId),
      eq(caseInvolvements.caseId, caseId),
      eq(caseInvolvements.id, id),
    ),
  );
  return row;
}

/** The partner service of the signed-in partner account, read in SQL at every request. */
const serviceOfUser = (organisationId: string, userId: string) =>
  sql`(select u.partner_service_id from ${users} u where u.organisation_id = ${organisationId} and u.id = ${userId})`;

/**
 * Involvements through which this partner account may see a case now: not ended, of its (active)
 * partner service, and covered by an active consent or legal basis for that service and purpose
 * for a member of the case's household. Evaluated by the database at each request, so ending an
 * involvement, withdrawing a consent, its expiry, deactivating the service or moving the account to
 * another service cuts access on the very next request.
 */
function partnerSees(organisationId: string, userId: string): SQL {
  return sql`i.organisation_id = ${organisationId} and i.ended_at is null
    and i.partner_service_id = ${serviceOfUser(organisationId, userId)}
    and exists (select 1 from ${partnerServices} ps where ps.organisation_id = i.organisation_id
      and ps.id = i.partner_service_id and ps.active)
    and ${activeConsentCovers(sql`i.organisation_id`, sql`${cases.householdId}`, sql`i.partner_service_id`, sql`i.purpose`)}`;
}

const partnerCaseColumns = {
  id: cases.id,
  reference: households.reference,
  stage: cases.stage,
  programName: programs.name,
  nextPlannedContactAt: cases.nextPlannedContactAt,
  contactDueAt: cases.contactDueAt,
  primaryWorkerId: cases.primaryWorkerId,
  managerName: manager.displayName,
  managerPhone: manager.workPhone,
};

const visibleToPartner = (organisationId: string, userId: string) =>
  sql`exists (select 1 from ${caseInvolvements} i where i.case_id = ${cases.id} and ${partnerSees(organisationId, userId)})`;

const selectPartnerCases = (tx: Tx) =>
  tx
    .select(partnerCaseColumns)
    .from(cases)
    .innerJoin(households, tenantJoin(households, cases, 'householdId'))
    .innerJoin(programs, tenantJoin(programs, cases, 'programId'))
    .innerJoin(manager, tenantJoin(manager, cases, 'primaryWorkerId'));

/**
 * The partner's cases by household reference, then id, after the keyset of the previous page. The rows
 * come from the service's involvements (few), so sorting them needs no index of its own.
 */
export async function partnerCases(
  tx: Tx,
  organisationId: string,
  userId: string,
  limit: number,
  after?: [string, string],
) {
  const page = keysetPage('asc', [households.reference, cases.id], ['text', 'uuid'], after, limit);
  return selectPartnerCases(tx)
    .where(and(eq(cases.organisationId, organisationId), visibleToPartner(organisationId, userId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
}

export async function partnerCase(tx: Tx, organisationId: string, userId: string, caseId: string) {
  const [row] = await selectPartnerCases(tx).where(
    and(eq(cases.organisationId, organisationId), eq(cases.id, caseId), visibleToPartner(organisationId, userId)),
  );
  return row;
}

/** The involvements that give this partner account its view of the case (same rule as above). */
export async function partnerInvolvements(tx: Tx, organisationId: string, userId: string, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return rowsOf<{
    id: string;
    case_id: string;
    purpose: ConsentPurpose;
    note: string | null;
    started_at: string | Date;
  }>(
    tx,
    sql`select i.id, i.case_id, i.purpose, i.note, i.started_at from ${caseInvolvements} i
      join ${cases} on ${cases.organisationId} = i.organisation_id and ${cases.id} = i.case_id
      where i.case_id in (${sql.join(
        caseIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and ${partnerSees(organisationId, userId)}
      order by i.started_at, i.id`,
  );
}

/* ---------- Partner services ---------- */

export type ServiceRow = typeof partnerServices.$inferSelect;

const serviceWhere = (organisationId: string, id: string) =>
  and(eq(partnerServices.organisationId, organisationId), eq(partnerServices.id, id));

/** Names are unique per organisation (partner_services_org_name_key serves this order). */
export const listServiceRows = (tx: Tx, organisationId: string, limit: number, after?: [string, string]) => {
  const page = keysetPage('asc', [partnerServices.name, partnerServices.id], ['text', 'uuid'], after, limit);
  return tx
    .select()
    .from(partnerServices)
    .where(and(eq(partnerServices.organisationId, organisationId), page.where))
    .orderBy(...page.orderBy)
    .limit(page.limit);
};

export const findService = async (tx: Tx, organisationId: string, id: string) =>
  (await tx.select().from(partnerServices).where(serviceWhere(organisationId, id)))[0];

export const insertService = async (tx: Tx, values: typeof partnerServices.$inferInsert) =>
  (await tx.insert(partnerServices).values(values).returning())[0] as ServiceRow;

export const updateServiceRow = async (tx: Tx, organisationId: string, id: string, patch: PartnerServiceUpdate) =>
  (
    await tx
      .update(partnerServices)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(serviceWhere(organisationId, id))
      .returning()
  )[0] as ServiceRow;

/* ---------- Involvements ---------- */

/** Whether an active consent (or legal basis) of a household member covers this purpose for the service. */
export async function consentCovers(
  tx: Tx,
  organisationId: string,
  householdId: string,
  partnerServiceId: string,
  purpose: ConsentPurpose,
) {
  const [covered] = await rowsOf<{ ok: boolean }>(
    tx,
    sql`select ${activeConsentCovers(organisationId, householdId, partnerServiceId, purpose)} as ok`,
  );
  return !!covered?.ok;
}

export async function insertInvolvement(tx: Tx, values: typeof caseInvolvements.$inferInsert) {
  const [inserted] = await tx.insert(caseInvolvements).values(values).returning({ id: caseInvolvements.id });
  return (inserted as { id: string }).id;
}

export async function markInvolvementEnded(
  tx: Tx,
  organisationId: string,
  id: string,
  endedBy: string,
  reason: string | null,
) {
  await tx
    .update(caseInvolvements)
    .set({ endedAt: sql`now()`, endedBy, endReason: reason })
    .where(and(eq(caseInvolvements.organisationId, organisationId), eq(caseInvolvements.id, id)));
}

/* ---------- Partner updates (issue 18.7) ---------- */

/** The partner service through which this account sees the case now (same rule as partnerCase), or none. */
export async function visibleServiceOf(tx: Tx, organisationId: string, userId: string, caseId: string) {
  const [row] = await rowsOf<{ id: string; name: string }>(
    tx,
    sql`select ps.id, ps.name from ${caseInvolvements} i
      join ${cases} on ${cases.organisationId} = i.organisation_id and ${cases.id} = i.case_id
      join ${partnerServices} ps on ps.organisation_id = i.organisation_id and ps.id = i.partner_service_id
      where i.case_id = ${caseId}::uuid and ${partnerSees(organisationId, userId)}
      limit 1`,
  );
  return row;
}

export async function insertPartnerUpdate(tx: Tx, values: typeof partnerUpdates.$inferInsert) {
  const [row] = await tx.insert(partnerUpdates).values(values).returning();
  return row as typeof partnerUpdates.$inferSelect;
}

const author = alias(users, 'author');

const selectPartnerUpdates = (tx: Tx) =>
  tx
    .select({ row: partnerUpdates, serviceName: partnerServices.name, authorName: author.displayName })
    .from(partnerUpdates)
    .innerJoin(partnerServices, tenantJoin(partnerServices, partnerUpdates, 'partnerServiceId'))
    .innerJoin(author, tenantJoin(author, partnerUpdates, 'authorId'));

export type PartnerUpdateRow = Awaited<ReturnType<ReturnType<typeof selectPartnerUpdates>['execute']>>[number];

export async function findPartnerUpdate(tx: Tx, organisationId: string, id: string) {
  const [row] = await selectPartnerUpdates(tx).where(
    and(eq(partnerUpdates.organisationId, organisationId), eq(partnerUpdates.id, id)),
  );
  return row;
}

/** A case's partner updates, newest first, after the keyset of the previous page. */
export const partnerUpdatesOf = (
  tx: Tx,
  organisationId: string,
  caseId: string,
  limit: number,
  after?: [string, string],
  serviceId?: string,
) =>
  selectPartnerUpdates(tx)
    .where(
      and(
        eq(partnerUpdates.organisationId, organisationId),
        eq(partnerUpdates.caseId, caseId),
        serviceId ? eq(partnerUpdates.partnerServiceId, serviceId) : undefined,
        after
          ? sql`(${partnerUpdates.createdAt}, ${partnerUpdates.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(partnerUpdates.createdAt), desc(partnerUpdates.id))
    .limit(limit + 1);
