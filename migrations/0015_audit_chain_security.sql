-- Audit trail as a hash chain per organisation (issue 7). Every audit_log row gets, whatever its INSERT
-- says: seq = 1, 2, 3... within its organisation; prev_hash = the hash of the organisation's previous row
-- (64 zeros for the first); hash = SHA-256 (built-in sha256(), no pgcrypto: PGlite has none) over the
-- canonical serialisation below. Verification recomputes it with the same function.

-- The canonical serialisation: the jsonb text of a fixed-order array (jsonb prints keys of `changes` in
-- one normalised order, with fixed spacing), the time in UTC with microseconds.
CREATE OR REPLACE FUNCTION app.audit_hash(
  organisation_id uuid, seq bigint, occurred_at timestamptz, actor_user_id uuid, actor_client_id uuid,
  action text, entity_type text, entity_id text, changes jsonb, prev_hash text
) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    'percee-audit-v1', organisation_id::text, seq,
    to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    actor_user_id::text, actor_client_id::text, action, entity_type, entity_id, changes, prev_hash
  )::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint

-- Appending is serialised per organisation by a transaction-scoped advisory lock, taken before the head
-- of the chain is read: two transactions appending for one organisation cannot both extend the same head
-- (the second waits until the first commits, then reads its row as the new head). The unique index
-- below turns any remaining race (e.g. a REPEATABLE READ snapshot) into an error, never a fork.
-- SECURITY DEFINER so the head is read whoever inserts; it only reads the inserting row's organisation.
CREATE OR REPLACE FUNCTION app.audit_log_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
  head record;
BEGIN
  PERFORM pg_advisory_xact_lock(727002, hashtext(NEW.organisation_id::text));
  SELECT a.seq, a.hash INTO head FROM public.audit_log a
    WHERE a.organisation_id = NEW.organisation_id ORDER BY a.seq DESC LIMIT 1;
  NEW.seq := coalesce(head.seq, 0) + 1;
  NEW.prev_hash := coalesce(head.hash, repeat('0', 64));
  NEW.hash := app.audit_hash(NEW.organisation_id, NEW.seq, NEW.occurred_at, NEW.actor_user_id,
    NEW.actor_client_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.changes, NEW.prev_hash);
  RETURN NEW;
END
$$;--> statement-breakpoint

-- Chain the rows already there, per organisation in the order they were written.
LOCK TABLE audit_log IN EXCLUSIVE MODE;--> statement-breakpoint
DO $$
DECLARE
  r record;
  current_org uuid;
  n bigint;
  h text;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY organisation_id, id LOOP
    IF current_org IS DISTINCT FROM r.organisation_id THEN
      current_org := r.organisation_id;
      n := 0;
      h := repeat('0', 64);
    END IF;
    n := n + 1;
    UPDATE audit_log SET seq = n, prev_hash = h,
      hash = app.audit_hash(r.organisation_id, n, r.occurred_at, r.actor_user_id, r.actor_client_id, r.action,
        r.entity_type, r.entity_id, r.changes, h)
      WHERE organisation_id = r.organisation_id AND id = r.id
      RETURNING hash INTO h;
  END LOOP;
END
$$;--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE UNIQUE INDEX audit_log_chain_key ON audit_log (organisation_id, seq);--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION app.audit_log_chain();--> statement-breakpoint
-- Filters of the admin viewer: by actor, and by action, newest first.
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX audit_log_actor_idx ON audit_log (organisation_id, actor_user_id, seq);--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX audit_log_action_idx ON audit_log (organisation_id, action, seq);
