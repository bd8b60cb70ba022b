import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { consents, partnerServices, persons, users } from '../../db/schema.js';
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
