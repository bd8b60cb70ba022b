-- Row-level security for the integration tables (same tenant policy as 0001_security.sql).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'api_clients', 'idempotency_keys', 'events', 'webhook_subscriptions', 'webhook_deliveries',
    'webhook_delivery_attempts'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id())',
      t
    );
  END LOOP;
END
$$;--> statement-breakpoint
-- The token endpoint authenticates a client before the tenant is known: only the one client whose
-- id is being presented becomes readable, for that transaction (like sign_in_lookup on users).
CREATE POLICY client_lookup ON api_clients FOR SELECT
  USING (id::text = app.setting('app.client_id'));--> statement-breakpoint
-- The delivery worker serves every organisation: it may see which deliveries are due (their ids and
-- tenants), nothing else; it then reads and updates each one inside that delivery's tenant.
CREATE POLICY delivery_queue ON webhook_deliveries FOR SELECT
  USING (app.setting('app.worker') = 'webhooks' AND status = 'pending');--> statement-breakpoint
-- Clients are revoked, never deleted (the audit trail names them).
GRANT SELECT, INSERT, UPDATE ON api_clients TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO percee_app;--> statement-breakpoint
-- The outbox and the delivery attempts are history: insert and read only.
GRANT SELECT, INSERT ON events TO percee_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE events_seq_seq TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON webhook_subscriptions TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON webhook_deliveries TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT ON webhook_delivery_attempts TO percee_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE webhook_delivery_attempts_id_seq TO percee_app;
