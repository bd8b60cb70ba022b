import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { users } from '../users/tables.js';

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    revokedAt: timestamptz('revoked_at'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_user_idx').on(t.organisationId, t.userId),
    index('refresh_tokens_family_idx').on(t.organisationId, t.familyId),
    tenantRef(t, t.userId, users).onDelete('cascade'),
  ],
);
