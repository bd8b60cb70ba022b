import type { Inquiry, InquiryChannel, InquiryCreate, InquiryOutcome, PageQuery } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { allPages } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { HttpProblem, invalidField } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit } from '../../plugins/audit.js';
import * as repo from './repo.js';

const toInquiry = (row: repo.InquiryRow): Inquiry => ({
  id: row.id,
  channel: row.channel,
  topic: row.topic,
  outcome: row.outcome,
  routedTo: row.routedTo,
  referralId: row.referralId,
  siteId: row.siteId,
  receivedAt: row.receivedAt,
  handledBy: row.handledBy,
});

const unknown = (field: 'siteId' | 'referralId', what: string) =>
  new HttpProblem(422, `unknown-${what}`, 'Unprocessable Content', `No such ${what} in this organisation`, {
    errors: [{ path: `body.${field}`, message: `Unknown ${what}` }],
  });

/** Logs one help-desk inquiry: what was asked and where it went, never who asked. */
export async function createInquiry(tx: Tx, actor: Actor, input: InquiryCreate) {
  const receivedAt = canonicalInstant(input.receivedAt);
  assertNotInFuture(receivedAt, 'body.receivedAt');
  const referralId = input.referralId ?? null;
  const siteId = input.siteId ?? null;
  if (input.outcome === 'referral_created' && !referralId) {
    throw invalidField('body.referralId', 'Required when the inquiry created a referral');
  }
  if (input.outcome !== 'referral_created' && referralId) {
    throw invalidField('body.referralId', 'Only an inquiry that created a referral links to one');
  }
  if (referralId && !(await repo.referralExists(tx, actor.organisationId, referralId))) {
    throw unknown('referralId', 'referral');
  }
  if (siteId && !(await repo.siteExists(tx, actor.organisationId, siteId))) throw unknown('siteId', 'site');

  const inquiry = await repo.insertInquiry(tx, {
    organisationId: actor.organisationId,
    channel: input.channel,
    topic: input.topic,
    outcome: input.outcome,
    routedTo: input.routedTo ?? null,
    referralId,
    siteId,
    receivedAt,
    handledBy: actor.userId,
  });
  await audit(tx, actor, {
    action: 'inquiry.create',
    entityType: 'inquiry',
    entityId: inquiry.id,
    changes: { channel: inquiry.channel, outcome: inquiry.outcome, siteId, referralId },
  });
  return toInquiry(inquiry);
}

type InquiryFilters = { from?: string; to?: string; channel?: InquiryChannel; outcome?: InquiryOutcome };

export async function listInquiries(tx: Tx, actor: Actor, query: PageQuery & InquiryFilters) {
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listInquiries(tx, actor.organisationId, {
    limit: query.limit,
    from: query.from ? canonicalInstant(query.from) : undefined,
    to: query.to ? canonicalInstant(query.to) : undefined,
    channel: query.channel,
    outcome: query.outcome,
    before,
  });
  const page = toPage(rows, query.limit, (inquiry) => [inquiry.receivedAt, inquiry.id]);
  return { items: page.items.map(toInquiry), nextCursor: page.nextCursor };
}

/** Every inquiry of the period, newest first, for the CSV export (no personal data by design). */
export async function exportInquiries(tx: Tx, actor: Actor, query: InquiryFilters) {
  const items = await allPages((cursor) =>
    listInquiries(tx, actor, { ...query, limit: 200, ...(cursor ? { cursor } : {}) }),
  );
  const sites = new Map((await repo.siteNames(tx, actor.organisationId)).map((site) => [site.id, site.name]));
  await audit(tx, actor, { action: 'inquiry.export', entityType: 'inquiry', changes: { rows: items.length } });
  return items.map((inquiry) => ({ inquiry, siteName: inquiry.siteId ? (sites.get(inquiry.siteId) ?? null) : null }));
}
