import { inquiryChannels, inquiryOutcomes } from '@percee/shared';
import { index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';
import { referrals } from '../referrals/tables.js';
import { sites } from '../sites/tables.js';

export const inquiryChannel = pgEnum('inquiry_channel', inquiryChannels);

export const inquiryOutcome = pgEnum('inquiry_outcome', inquiryOutcomes);

export const inquiries = pgTable(
  'inquiries',
  {
    ...tenantKey(),
    channel: inquiryChannel('channel').notNull(),
    topic: text('topic').notNull(),
    outcome: inquiryOutcome('outcome').notNull(),
    routedTo: text('routed_to'),
    referralId: uuid('referral_id'),
    siteId: uuid('site_id'),
    receivedAt: timestamptz('received_at').notNull(),
    handledBy: uuid('handled_by').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('inquiries_org_time_idx').on(t.organisationId, t.receivedAt, t.id),
    tenantRef(t, t.referralId, referrals),
    tenantRef(t, t.siteId, sites),
  ],
);
