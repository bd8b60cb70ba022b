-- Appointments and the local sink's outbox (issue 18): the tenant policy of every table (0001_security.sql).
-- The reminder tick finds the organisations with reminders due across organisations with
-- `app.worker = 'reminders'` (only rows still to send), then claims and sends inside each tenant.
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE appointments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON appointments USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
CREATE POLICY reminder_queue ON appointments FOR SELECT
  USING (app.setting('app.worker') = 'reminders' AND reminder_sent_at IS NULL AND status = 'planned' AND reminder_channel IS NOT NULL);--> statement-breakpoint
ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE outbox_messages FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON outbox_messages USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Appointments are never deleted: they end as done, missed or cancelled (with a reason).
GRANT SELECT, INSERT, UPDATE ON appointments TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT ON outbox_messages TO percee_app;
