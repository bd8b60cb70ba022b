-- Tasks and notifications (issue 18.4): the tenant policy of every table (0001_security.sql).
-- The task rules job finds the organisations to run in with `app.worker = 'tasks'` (ids only), then
-- keeps each organisation's rule tasks inside its tenant (docs/decisions/0018-tasks-notifications.md).
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON tasks USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON notifications USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
CREATE POLICY task_rules_worker ON organisations FOR SELECT
  USING (app.setting('app.worker') = 'tasks');--> statement-breakpoint
-- Never deleted: a task ends done or cancelled; a notification is marked read.
GRANT SELECT, INSERT, UPDATE ON tasks TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON notifications TO percee_app;
