import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { inquiries, referrals, sites } from '../../db/schema.js';

export type InquiryRow = typeof inquiries.$inferSelect;

export const insertInquiry = async (tx: Tx, inquiry: typeof inquiries.$inferInsert) =>
  (await tx.insert(inquiries).values(inquiry).returning())[0] as InquiryRow;

export const siteExists = async (tx: Tx, organisationId: string, id: string) =>
  (
    await tx
      .select({ id: sites.id })
      .from(sites)
      .where(and(eq(sites.organisationId, organisationId), eq(sites.id, id)))
  ).length === 1;

export const siteNames = (tx: Tx, organisationId: string) =>
  tx.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId));

export const referralExists = async (tx: Tx, organisationId: string, id: string) =>
  (
    await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.organisationId, organisationId), eq(referrals.id, id)))
  ).length === 1;

export interface InquiryFilters {
  from?: string;
  to?: string;
  channel?: InquiryRow['channel'];
  outcome?: InquiryRow['outcome'];
}

/** Inquiries of the organisation received in [from, to), of the channel and outcome asked for. */
const matching = (organisationId: string, { from, to, channel, outcome }: InquiryFilters) =>
  and(
    eq(inquiries.organisationId, organisationId),
    from ? gte(inquiries.receivedAt, from) : undefined,
    to ? lt(inquiries.receivedAt, to) : undefined,
    channel ? eq(inquiries.channel, channel) : undefined,
    outcome ? eq(inquiries.outcome, outcome) : undefined,
  );

/** The matching inquiries' ids, unordered: what an export counts. */
export const matchingInquiries = (tx: Tx, organisationId: string, filters: InquiryFilters) =>
  tx.select({ id: inquiries.id }).from(inquiries).where(matching(organisationId, filters));

/** Matching inquiries newest first, after the keyset (received_at, id) of the previous page. */
export function listInquiries(
  tx: Tx,
  organisationId: string,
  options: InquiryFilters & { limit: number; before?: [string, string] },
) {
  const { limit, before } = options;
  return tx
    .select()
    .from(inquiries)
    .where(
      and(
        matching(organisationId, options),
        before
          ? sql`(${inquiries.receivedAt}, ${inquiries.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(inquiries.receivedAt), desc(inquiries.id))
    .limit(limit + 1);
}
