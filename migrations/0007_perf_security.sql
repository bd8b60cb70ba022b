-- Performance (issue 8), the hand-written part: extensions and narrow SECURITY DEFINER functions.
-- Typo-tolerant household search: pg_trgm for trigram matching, btree_gin so one GIN index leads with
-- organisation_id (the index itself is in the generated migration that follows).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
-- Ids of the current organisation's households whose search text matches every token (at most 6): as a
-- substring (LIKE '%token%', the former search) or, for words of 4 letters or more, as a close word
-- (token <% search_text, word similarity >= 0.5, so "dupond" finds "dupont"). Tokens arrive
-- normalised (lower case, no accents).
--
-- Why SECURITY DEFINER: under forced row-level security, PostgreSQL evaluates a qualifier whose
-- operator is not LEAKPROOF (LIKE, <%) only after the tenant policy, so the trigram index cannot serve
-- it and every household of the organisation is read (docs/benchmarks.md, finding 3). The function runs
-- as its owner (the migration role) and names the tenant itself: it reads app.current_org_id(), never
-- an organisation from its arguments, and returns nothing without a tenant. It returns ids only; the
-- caller joins them with `households` as percee_app, under the policy, so a row of another organisation
-- could not come back even if this function were wrong. If the owner is subject to the policy (not a
-- superuser nor BYPASSRLS), results are the same, only without the index.
CREATE OR REPLACE FUNCTION app.household_search_ids(tokens text[])
  RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  ROWS 100
  SET search_path = pg_catalog, public
  SET pg_trgm.word_similarity_threshold = 0.5
AS $$
DECLARE
  org uuid := app.current_org_id();
  statement text := 'SELECT h.id FROM public.households h WHERE h.organisation_id = $1';
  token text;
  n int := 0;
BEGIN
  IF org IS NULL THEN
    RETURN;
  END IF;
  FOREACH token IN ARRAY coalesce(tokens, '{}'::text[]) LOOP
    CONTINUE WHEN token IS NULL OR token = '';
    n := n + 1;
    EXIT WHEN n > 6;
    -- Constants (not parameters), so the planner matches them against the trigram index. Numbers
    -- (references, postal codes) and words under 4 letters match as substrings only: close matches
    -- among them are noise ("00005" is near "00015").
    IF token ~ '^[0-9]+$' OR length(token) < 4 THEN
      statement := statement || format(
        ' AND h.search_text LIKE %L',
        '%' || replace(replace(replace(token, '\', '\\'), '%', '\%'), '_', '\_') || '%'
      );
    ELSE
      statement := statement || format(
        ' AND (h.search_text LIKE %L OR %L <%% h.search_text)',
        '%' || replace(replace(replace(token, '\', '\\'), '%', '\%'), '_', '\_') || '%',
        token
      );
    END IF;
  END LOOP;
  IF n = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE statement USING org;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION app.household_search_ids(text[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.household_search_ids(text[]) TO percee_app;
--> statement-breakpoint
-- Sign-in and refresh happen before the tenant is known. They used two permissive SELECT policies
-- (sign_in_lookup on users, refresh_lookup on refresh_tokens); every other query on those tables then
-- carried `organisation_id = tenant OR email = …` and the planner estimated one user per organisation,
-- which drove the caseload join from the users table (docs/benchmarks.md, finding 2). They become two
-- narrow SECURITY DEFINER functions that return only where the row lives (organisation and id) for
-- one exact e-mail or token hash; the caller then sets that tenant and reads the row under the tenant
-- policy alone. Same guarantee as the policies: one account or token, found by a value the caller
-- already holds, and nothing else of it before the tenant is set. Owned by the migration role, which
-- must be a superuser or BYPASSRLS (the policies are forced); otherwise these return nothing and
-- sign-in fails closed.
CREATE OR REPLACE FUNCTION app.sign_in_account(p_email text)
  RETURNS TABLE (organisation_id uuid, user_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
AS $$ SELECT u.organisation_id, u.id FROM public.users u WHERE u.email = p_email LIMIT 1 $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app.refresh_token_owner(p_token_hash text)
  RETURNS TABLE (organisation_id uuid, token_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
AS $$ SELECT t.organisation_id, t.id FROM public.refresh_tokens t WHERE t.token_hash = p_token_hash LIMIT 1 $$;--> statement-breakpoint
REVOKE ALL ON FUNCTION app.sign_in_account(text) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION app.refresh_token_owner(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.sign_in_account(text) TO percee_app;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.refresh_token_owner(text) TO percee_app;--> statement-breakpoint
DROP POLICY IF EXISTS sign_in_lookup ON users;--> statement-breakpoint
DROP POLICY IF EXISTS refresh_lookup ON refresh_tokens;
