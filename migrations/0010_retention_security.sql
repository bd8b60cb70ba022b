-- Row-level security for legal holds (same tenant policy as 0001_security.sql). Holds are released,
-- never deleted: the history of who held a file and why stays.
ALTER TABLE legal_holds ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE legal_holds FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON legal_holds
  USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON legal_holds TO percee_app;--> statement-breakpoint
-- The retention scheduler serves every organisation: it may list their ids (and nothing else is
-- read by it), then works inside each tenant in turn, like the webhook delivery worker.
CREATE POLICY retention_worker ON organisations FOR SELECT
  USING (app.setting('app.worker') = 'retention');--> statement-breakpoint
-- The case timeline and plan versions are append-only for the application role. Pseudonymisation
-- must still clear their free text: this one function does only that, only inside the current
-- tenant and only for a household the retention job has already pseudonymised. Codes, dates and
-- figures stay, so the reports give the same numbers.
CREATE OR REPLACE FUNCTION app.retention_clear_history(p_household_id uuid) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
DECLARE
  org uuid := app.current_org_id();
  cleared integer := 0;
  n integer;
BEGIN
  IF org IS NULL OR NOT EXISTS (
    SELECT 1 FROM households h
    WHERE h.organisation_id = org AND h.id = p_household_id AND h.pseudonymised_at IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'household not pseudonymised' USING ERRCODE = '42501';
  END IF;
  UPDATE case_events e SET note = NULL
  WHERE e.organisation_id = org AND e.note IS NOT NULL
    AND e.case_id IN (SELECT c.id FROM cases c WHERE c.organisation_id = org AND c.household_id = p_household_id);
  GET DIAGNOSTICS n = ROW_COUNT;
  cleared := cleared + n;
  UPDATE breakthrough_plan_versions v
  SET goals = COALESCE((SELECT jsonb_agg(jsonb_set(g, '{text}', '"—"')) FROM jsonb_array_elements(v.goals) g), '[]'::jsonb),
      deadlocks = COALESCE((SELECT jsonb_agg(jsonb_set(d, '{description}', '"—"')) FROM jsonb_array_elements(v.deadlocks) d), '[]'::jsonb)
  WHERE v.organisation_id = org
    AND v.plan_id IN (
      SELECT p.id FROM breakthrough_plans p JOIN cases c ON c.organisation_id = p.organisation_id AND c.id = p.case_id
      WHERE p.organisation_id = org AND c.household_id = p_household_id
    )
    AND (jsonb_path_exists(v.goals, '$[*] ? (@.text != "—")') OR jsonb_path_exists(v.deadlocks, '$[*] ? (@.description != "—")'));
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN cleared + n;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION app.retention_clear_history(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.retention_clear_history(uuid) TO percee_app;
