-- Pseudonymisation (0010_retention_security.sql) also clears the free text of the consent register
-- and of partner involvement (0017_consent_security.sql lets the application write only a withdrawal
-- or an end there): the same narrow function, extended.
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
  cleared := cleared + n;
  -- The consent register and partner involvement only let their withdrawal or end be written:
  -- their free text (evidence, reasons, notes) is cleared here, the lines, dates and purposes stay.
  UPDATE consents k SET evidence_note = NULL, withdrawal_reason = CASE WHEN k.withdrawn_at IS NULL THEN NULL ELSE '—' END
  WHERE k.organisation_id = org AND k.household_id = p_household_id
    AND (k.evidence_note IS NOT NULL OR k.withdrawal_reason IS DISTINCT FROM CASE WHEN k.withdrawn_at IS NULL THEN NULL ELSE '—' END);
  GET DIAGNOSTICS n = ROW_COUNT;
  cleared := cleared + n;
  UPDATE case_involvements i SET note = NULL, end_reason = CASE WHEN i.ended_at IS NULL THEN NULL ELSE '—' END
  WHERE i.organisation_id = org
    AND i.case_id IN (SELECT c.id FROM cases c WHERE c.organisation_id = org AND c.household_id = p_household_id)
    AND (i.note IS NOT NULL OR i.end_reason IS DISTINCT FROM CASE WHEN i.ended_at IS NULL THEN NULL ELSE '—' END);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN cleared + n;
END
$$;
