import { roles } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantRef, timestamps, timestamptz } from '../../db/columns.js';
import { tenantKey } from '../organisations/tables.js';
import { partnerServices } from '../partners/tables.js';
import { sites } from '../sites/tables.js';

export const userRole = pgEnum('user_role', roles);

export const users = pgTable(
  'users',
  {
    ...tenantKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    locale: text('locale').notNull().default('fr'),
    siteId: uuid('site_id'),
    /** Partner accounts: the partner service they work for; what they see follows its involvements. */
    partnerServiceId: uuid('partner_service_id'),
    active: boolean('active').notNull().default(true),
    /** A work phone number; shown to the partners of the cases this user manages (issue 18.7), nowhere else. */
    workPhone: text('work_phone'),
    // TOTP second factor (RFC 6238). Secrets are `keyId:ciphertext`, sealed by lib/secrets.ts (SECRETS_KEY,
    // rotated with the webhook secrets), never returned after enrolment; the pending one waits for its first valid code. The last accepted time step
    // refuses a code replayed within its window; recovery codes are SHA-256 hashes, removed when used.
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: timestamptz('totp_enabled_at'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    totpRecoveryHashes: text('totp_recovery_hashes').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    tenantRef(t, t.partnerServiceId, partnerServices),
    // One account per e-mail across the installation: sign-in needs no organisation picker.
    uniqueIndex('users_email_key').on(t.email),
    index('users_org_name_idx').on(t.organisationId, t.displayName, t.id),
    tenantRef(t, t.siteId, sites),
  ],
);
