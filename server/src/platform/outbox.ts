import type { CloudEvent, EventFeedQuery, EventType } from '@percee/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import { API_PREFIX } from '../api-prefix.js';
import type { Tx } from '../db/client.js';
import { events } from '../db/schema.js';
import type { Actor } from '../db/tenant.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import { HttpProblem } from '../lib/problem.js';

/** What an event is about: ids only. The first one named by the event type is its subject. */
export interface EventSubject {
  referralId?: string | null;
  householdId?: string | null;
  caseId?: string | null;
  breakthroughId?: string | null;
}

const SUBJECT_OF: Record<string, keyof EventSubject> = {
  referral: 'referralId',
  case: 'caseId',
  breakthrough: 'breakthroughId',
};
const COLLECTION: Record<keyof EventSubject, string> = {
  referralId: 'referrals',
  householdId: 'households',
  caseId: 'cases',
  breakthroughId: 'breakthroughs',
};
const LINK_NAME: Record<keyof EventSubject, string> = {
  referralId: 'referral',
  householdId: 'household',
  caseId: 'case',
  breakthroughId: 'breakthrough',
};

/**
 * Records a domain event in the outbox, in the transaction of the change (so it exists exactly when
 * the change does), and queues one delivery per active subscription to its type. The event holds
 * ids and API links only: a receiver reads the rest with its own rights.
 */
export async function emitEvent(tx: Tx, actor: Actor, type: EventType, about: EventSubject) {
  const key = SUBJECT_OF[type.split('.')[0] as string] as keyof EventSubject;
  const subjectId = about[key];
  if (!subjectId) throw new Error(`event ${type} needs ${key}`);
  const data: Record<string, unknown> = {};
  const links: Record<string, string> = {};
  for (const name of Object.keys(COLLECTION) as (keyof EventSubject)[]) {
    const id = about[name];
    if (!id) continue;
    data[name] = id;
    links[LINK_NAME[name]] = `${API_PREFIX}/${COLLECTION[name]}/${id}`;
  }
  data.links = links;
  const client = actor.kind === 'client';
  const [row] = await tx
    .insert(events)
    .values({
      organisationId: actor.organisationId,
      type,
      subject: `${COLLECTION[key]}/${subjectId}`,
      data,
      actorUserId: client ? null : actor.userId,
      actorClientId: client ? (actor.clientId ?? null) : null,
    })
    .returning({ id: events.id });
  const eventId = (row as { id: string }).id;
  // Fan-out: a client's subscription counts only while that client is active and may subscribe.
  await tx.execute(sql`
    insert into webhook_deliveries (organisation_id, subscription_id, event_id)
    select s.organisation_id, s.id, ${eventId}::uuid
    from webhook_subscriptions s
    where s.organisation_id = ${actor.organisationId}::uuid and s.active and s.deleted_at is null
      and ${type} = any(s.event_types)
      and (s.client_id is null or exists (
        select 1 from api_clients c
        where c.organisation_id = s.organisation_id and c.id = s.client_id and c.active
          and 'events:subscribe' = any(c.scopes)))`);
  return eventId;
}

export type EventRow = typeof events.$inferSelect;

/** The CloudEvents 1.0 structured form of a stored event. */
export function toCloudEvent(row: EventRow): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: `urn:percee:organisation:${row.organisationId}`,
    type: row.type as EventType,
    subject: row.subject,
    time: row.occurredAt,
    datacontenttype: 'application/json',
    data: row.data as CloudEvent['data'],
  };
}

function decodeFeedCursor(after: string): [number, number] {
  const [txId, seq] = decodeCursor(after, 2);
  if (!Number.isSafeInteger(txId) || !Number.isSafeInteger(seq) || (txId as number) < 0 || (seq as number) < 0) {
    throw new HttpProblem(400, 'bad-cursor', 'Bad Request', 'The cursor is not one this API returned', {
      errors: [{ path: 'querystring.after', message: 'Invalid cursor' }],
    });
  }
  return [txId as number, seq as number];
}

/**
 * The organisation's events in commit-safe order: by (writing transaction, sequence), and only those
 * of transactions older than every transaction still running, so an event committed late can never
 * land behind a cursor a reader already holds. At least once: a reader resumes from its last cursor.
 */
export async function eventFeed(tx: Tx, actor: Actor, query: EventFeedQuery) {
  const [afterTx, afterSeq] = query.after ? decodeFeedCursor(query.after) : [0, 0];
  const rows = await tx
    .select()
    .from(events)
    .where(
      and(
        eq(events.organisationId, actor.organisationId),
        sql`(${events.txId}, ${events.seq}) > (${afterTx}::bigint, ${afterSeq}::bigint)`,
        sql`${events.txId} < txid_snapshot_xmin(txid_current_snapshot())`,
        query.type ? eq(events.type, query.type) : undefined,
      ),
    )
    .orderBy(asc(events.txId), asc(events.seq))
    .limit(query.limit);
  const last = rows.at(-1);
  return {
    items: rows.map(toCloudEvent),
    nextCursor: last ? encodeCursor([last.txId, last.seq]) : (query.after ?? encodeCursor([0, 0])),
  };
}
