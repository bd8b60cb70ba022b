-- The household as a family (issue 18.6), the hand-written part.
--
-- 1. Search: a token may now carry alternatives separated by '|' (the service sends the typed word and
--    its adjacent-letter swaps, so "dubios" also tries "dubois"); a household matches a token when it
--    matches any of them, as a substring or (4 letters or more, not all digits) as a close word. Same
--    tenant rule as before (migration 0007): the organisation comes from app.current_org_id() only.
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
  variant text;
  alternatives text;
  pattern text;
  n int := 0;
  k int;
BEGIN
  IF org IS NULL THEN
    RETURN;
  END IF;
  FOREACH token IN ARRAY coalesce(tokens, '{}'::text[]) LOOP
    CONTINUE WHEN token IS NULL OR token = '';
    n := n + 1;
    EXIT WHEN n > 6;
    alternatives := '';
    k := 0;
    FOREACH variant IN ARRAY string_to_array(token, '|') LOOP
      CONTINUE WHEN variant IS NULL OR variant = '';
      k := k + 1;
      EXIT WHEN k > 16;
      pattern := '%' || replace(replace(replace(variant, '\', '\\'), '%', '\%'), '_', '\_') || '%';
      IF alternatives <> '' THEN
        alternatives := alternatives || ' OR ';
      END IF;
      -- Numbers (references, postal codes, phone numbers) and words under 4 letters: substrings only.
      IF variant ~ '^[0-9]+$' OR length(variant) < 4 THEN
        alternatives := alternatives || format('h.search_text LIKE %L', pattern);
      ELSE
        alternatives := alternatives || format('h.search_text LIKE %L OR %L <%% h.search_text', pattern, variant);
      END IF;
    END LOOP;
    CONTINUE WHEN alternatives = '';
    statement := statement || ' AND (' || alternatives || ')';
  END LOOP;
  IF n = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE statement USING org;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION app.household_search_ids(text[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.household_search_ids(text[]) TO percee_app;--> statement-breakpoint
-- 2. Phone numbers become searchable: the service now writes each member's number, normalised (digits,
--    +32/+31/+33 as 0), into search_text; households registered before get theirs here once.
UPDATE households h SET search_text = h.search_text || p.phones
FROM (
  SELECT organisation_id, household_id,
    string_agg(' ' || regexp_replace(regexp_replace(regexp_replace(phone, '[^0-9+]', '', 'g'), '^(\+|00)(32|31|33)', '0'), '^\+', '00'), '') AS phones
  FROM persons WHERE phone IS NOT NULL AND phone ~ '[0-9]'
  GROUP BY organisation_id, household_id
) p
WHERE h.organisation_id = p.organisation_id AND h.id = p.household_id AND h.pseudonymised_at IS NULL;--> statement-breakpoint
-- 3. Retention: the local sink's copies of reminder messages (outbox_messages: recipient, text) of a
--    pseudonymised household's appointments are deleted with the rest of its personal data. Deleting is
--    the only change the application role gets on them; the rows stay insert-only otherwise.
GRANT DELETE ON outbox_messages TO percee_app;
