-- TOTP secrets are sealed with the same keys as webhook secrets (SECRETS_KEY, `keyId:ciphertext` in each
-- column), so key rotation (`pnpm admin rotate-secrets`, housekeeping) seals them again as
-- `percee_maintenance`: it may read and write the TOTP secret columns of users, and nothing else there.
GRANT SELECT (organisation_id, id, totp_secret, totp_pending_secret) ON users TO percee_maintenance;--> statement-breakpoint
GRANT UPDATE (totp_secret, totp_pending_secret) ON users TO percee_maintenance;--> statement-breakpoint
CREATE POLICY maintenance ON users TO percee_maintenance USING (true) WITH CHECK (true);
