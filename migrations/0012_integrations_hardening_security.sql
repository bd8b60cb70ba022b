-- Housekeeping (scheduled cleanup) and secrets key rotation work across organisations. They run as
-- `percee_maintenance`, not as the request role: no login, no superuser, no BYPASSRLS, owns nothing,
-- and may touch only the columns below. `percee_app` stays append-only on events and attempts.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'percee_maintenance') THEN
    CREATE ROLE percee_maintenance NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;--> statement-breakpoint
GRANT percee_maintenance TO CURRENT_USER;--> statement-breakpoint
GRANT USAGE ON SCHEMA app TO percee_maintenance;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO percee_maintenance;--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO percee_maintenance;--> statement-breakpoint
-- Key rotation and the sealing of legacy plaintext secrets: the secret columns only.
GRANT SELECT (organisation_id, id, secret, secret_ciphertext, secret_key_id) ON webhook_subscriptions TO percee_maintenance;--> statement-breakpoint
GRANT UPDATE (secret, secret_ciphertext, secret_key_id) ON webhook_subscriptions TO percee_maintenance;--> statement-breakpoint
-- Cleanup: expired idempotency keys, old delivery attempts, events beyond the replay window.
GRANT SELECT (organisation_id, actor_id, key, expires_at), DELETE ON idempotency_keys TO percee_maintenance;--> statement-breakpoint
GRANT SELECT (organisation_id, id, delivery_id, at), DELETE ON webhook_delivery_attempts TO percee_maintenance;--> statement-breakpoint
GRANT SELECT (organisation_id, id, event_id, status), DELETE ON webhook_deliveries TO percee_maintenance;--> statement-breakpoint
GRANT SELECT (organisation_id, id, occurred_at), DELETE ON events TO percee_maintenance;--> statement-breakpoint
CREATE POLICY maintenance ON webhook_subscriptions TO percee_maintenance USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY maintenance ON idempotency_keys TO percee_maintenance USING (true);--> statement-breakpoint
CREATE POLICY maintenance ON webhook_delivery_attempts TO percee_maintenance USING (true);--> statement-breakpoint
CREATE POLICY maintenance ON webhook_deliveries TO percee_maintenance USING (true);--> statement-breakpoint
CREATE POLICY maintenance ON events TO percee_maintenance USING (true);
