import type { Inquiry, InquiryChannel, InquiryCreate, InquiryOutcome, PageQuery } from '@percee/shared';
import { can } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { type CsvExportLimits, countUpTo } from '../../lib/csv.js';
import { decodeInstantCursor, toPage } from '../../lib/cursor.js';
import { HttpProblem, invalidField } from '../../lib/problem.js';
import { assertNotInFuture, canonicalInstant } from '../../lib/time.js';
import { audit } from '../../platform/audit.js';
import * as repo from './repo.js';

/**
 * An inquiry that led to a referral belongs to that household's file (retention clears it with the
 * file): admins, who do not read files, get its topic and routing as null.
 */
const hidesTopic = (actor: Actor, row: repo.InquiryRow) =>
  !can(actor.role, 'household.access') && row.referralId !== null;

const toInquiry = (actor: Actor, row: repo.InquiryRow): Inquiry => ({
  id: row.id,
  channel: row.channel,
  topic: hidesTopic(actor, row) ? null : row.topic,
  outcome: row.outcome,
  routedTo: hidesTopic(actor, row) ? null : row.routedTo,
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
  return toInquiry(actor, inquiry);
}

type InquiryFilters = { from?: string; to?: string; channel?: InquiryChannel; outcome?: InquiryOutcome };

const canonical = (query: InquiryFilters): repo.InquiryFilters => ({
  from: query.from ? canonicalInstant(query.from) : undefined,
  to: query.to ? canonicalInstant(query.to) : undefined,
  channel: query.channel,
  outcome: query.outcome,
});

export async function listInquiries(tx: Tx, actor: Actor, query: PageQuery & InquiryFilters) {
  const before = query.cursor ? decodeInstantCursor(query.cursor) : undefined;
  const rows = await repo.listInquiries(tx, actor.organisationId, { ...canonical(query), limit: query.limit, before });
  const page = toPage(rows, query.limit, (inquiry) => [inquiry.receivedAt, inquiry.id]);
  return { items: page.items.map((row) => toInquiry(actor, row)), nextCursor: page.nextCursor };
}

/** The help-desk log's CSV export, first transaction: on record (with its rows) before its first page. */
export async function startInquiryExport(tx: Tx, actor: Actor, query: InquiryFilters, limits: CsvExportLimits) {
  const rows = await countUpTo(tx, repo.matchingInquiries(tx, actor.organisationId, canonical(query)), limits.maxRows);
  await audit(tx, actor, { action: 'inquiry.export', entityType: 'inquiry', changes: { rows } });
  return inquiryExportPage(tx, actor, query, undefined, limits.pageSize);
}

/** One page of the export, newest first, with site names (no personal data by design). */
export async function inquiryExportPage(
  tx: Tx,
  actor: Actor,
  query: InquiryFilters,
  cursor: string | undefined,
  pageSize: number,
) {
  const page = await listInquiries(tx, actor, { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) });
  const sites = new Map((await repo.siteNames(tx, actor.organisationId)).map((site) => [site.id, site.name]));
  return {
    items: page.items.map((inquiry) => ({
      inquiry,
      siteName: inquiry.siteId ? (sites.get(inquiry.siteId) ?? null) : null,
    })),
    nextCursor: page.nextCursor,
  };
}
