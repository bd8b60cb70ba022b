import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { consents, households, partnerServices, persons, users } from '../../db/schema.js';
import { tenantJoin } from '../../lib/sql.js';

const recorder = alias(users, 'recorder');
const withdrawer = alias(users, 'withdrawer');

const selectConsents = (tx: Tx) =>
  tx
    .select({
      row: consents,
      personFirstName: persons.firstName,
      personLastName: persons.lastName,
      serviceName: partnerServices.name,
      recordedByName: recorder.displayName,
      withdrawnByName: withdrawer.displayName,
    })
    .from(consents)
    .innerJoin(persons, tenantJoin(persons, consents, 'personId'))
    .innerJoin(partnerServices, tenantJoin(partnerServices, consents, 'partnerServiceId'))
    .leftJoin(recorder, tenantJoin(recorder, consents, 'recordedBy'))
    .leftJoin(withdrawer, tenantJoin(withdrawer, consents, 'withdrawnBy'));

export type ConsentRow = Awaited<ReturnType<ReturnType<typeof selectConsents>['execute']>>[number];

/** A household's register, oldest line first, after the keyset (granted_at, id) of the previous page. */
export async function listForHousehold(
  tx: Tx,
  organisationId: string,
  householdId: string,
  page: { personId?: string | undefined; limit: number; after?: [string, string] | undefined },
) {
  return selectConsents(tx)
    .where(
      and(
        eq(consents.organisationId, organisationId),
        eq(consents.householdId, householdId),
        page.personId ? eq(consents.personId, page.personId) : undefined,
        page.after
          ? sql`(${consents.grantedAt}, ${consents.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(consents.grantedAt), asc(consents.id))
    .limit(page.limit + 1);
}

export async function findConsent(tx: Tx, organisationId: string, id: string) {
  const [row] = await selectConsents(tx).where(and(eq(consents.organisationId, organisationId), eq(consents.id, id)));
  return row;
}

/**
 * SQL: an active consent or legal basis (granted, not expired, not withdrawn — at the database's
 * `now()`, so a withdrawal or an expiry counts from the very next statement) covering this
 * partner service and purpose for a member of the household. Column expressions are SQL so the
 * condition can be correlated with an outer query.
 */
export function activeConsentCovers(
  organisationId: SQL | string,
  householdId: SQL | string,
  partnerServiceId: SQL | string,
  purpose: SQL | string,
): SQL {
  return sql`exists (select 1 from ${consents} k
    where k.organisation_id = ${organisationId} and k.household_id = ${householdId}
      and k.partner_service_id = ${partnerServiceId} and k.purpose = ${purpose}::consent_purpose
      and k.withdrawn_at is null and k.granted_at <= now() and (k.expires_at is null or k.expires_at > now()))`;
}

export const findHouseholdId = async (tx: Tx, organisationId: string, householdId: string) =>
  (
    await tx
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.organisationId, organisationId), eq(households.id, householdId)))
  )[0];

export const findMember = async (tx: Tx, organisationId: string, householdId: string, personId: string) =>
  (
    await tx
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(eq(persons.organisationId, organisationId), eq(persons.id, personId), eq(persons.householdId, householdId)),
      )
  )[0];

export const findPartnerService = async (tx: Tx, organisationId: string, partnerServiceId: string) =>
  (
    await tx
      .select({ id: partnerServices.id, active: partnerServices.active })
      .from(partnerServices)
      .where(and(eq(partnerServices.organisationId, organisationId), eq(partnerServices.id, partnerServiceId)))
  )[0];

export async function insertConsent(tx: Tx, values: typeof consents.$inferInsert) {
  const [inserted] = await tx.insert(consents).values(values).returning({ id: consents.id });
  return (inserted as { id: string }).id;
}

/** Records the withdrawal if the consent is not withdrawn yet; undefined when it was. */
export async function markWithdrawn(tx: Tx, organisationId: string, id: string, withdrawnBy: string, reason: string) {
  const [updated] = await tx
    .update(consents)
    .set({ withdrawnAt: sql`now()`, withdrawalReason: reason, withdrawnBy })
    .where(and(eq(consents.organisationId, organisationId), eq(consents.id, id), sql`${consents.withdrawnAt} is null`))
    .returning({ id: consents.id });
  return updated;
}
