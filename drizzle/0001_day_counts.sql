CREATE TABLE "dossier_day_counts" (
	"agency_id" integer NOT NULL,
	"day" date NOT NULL,
	"received_online" integer DEFAULT 0 NOT NULL,
	"received_direct" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_day_counts_agency_id_day_pk" PRIMARY KEY("agency_id","day")
);
--> statement-breakpoint
CREATE INDEX "dossiers_open_idx" ON "dossiers" USING gist (tstzrange("received_at", "finished_at", '(]')) WHERE not "dossiers"."is_test" and "dossiers"."received_at" is not null;--> statement-breakpoint
-- What the dossiers of relation `rel` add to dossier_day_counts, times `sign` (+1 or -1); the
-- classification is the one of src/reports/classify-sql.ts (Vietnam days are UTC+7).
CREATE FUNCTION "dossier_day_contributions"(rel text, sign int) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    select agency_id, ((received_at at time zone 'UTC') + interval '7 hours')::date as day,
      %2$s * (channel = 'online')::int as received_online, %2$s * (channel <> 'online')::int as received_direct,
      0 as resolved_early, 0 as resolved_on_time, 0 as resolved_late
    from %1$I where not is_test and received_at is not null
    union all
    select agency_id, ((finished_at at time zone 'UTC') + interval '7 hours')::date, 0, 0,
      %2$s * early::int, %2$s * (not early and not late)::int, %2$s * late::int
    from (
      select agency_id, finished_at,
        coalesce(finished_at > due_at, false) as late,
        coalesce(finished_at <= due_at and ((finished_at at time zone 'UTC') + interval '7 hours')::date
          < ((due_at at time zone 'UTC') + interval '7 hours')::date, false) as early
      from %1$I where not is_test and received_at is not null and finished_at is not null
    ) f$q$, rel, sign)
$fn$;
--> statement-breakpoint
-- The statement adding contributions (a union of dossier_day_contributions) to the counts, in key
-- order so that concurrent statements lock count rows in the same order.
CREATE FUNCTION "dossier_day_counts_upsert"(contributions text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    insert into dossier_day_counts as c (agency_id, day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late)
    select agency_id, day, sum(received_online), sum(received_direct), sum(resolved_early), sum(resolved_on_time), sum(resolved_late)
    from (%s) x
    group by agency_id, day
    having sum(received_online) <> 0 or sum(received_direct) <> 0 or sum(resolved_early) <> 0 or sum(resolved_on_time) <> 0 or sum(resolved_late) <> 0
    order by agency_id, day
    on conflict (agency_id, day) do update set
      received_online = c.received_online + excluded.received_online,
      received_direct = c.received_direct + excluded.received_direct,
      resolved_early = c.resolved_early + excluded.resolved_early,
      resolved_on_time = c.resolved_on_time + excluded.resolved_on_time,
      resolved_late = c.resolved_late + excluded.resolved_late$q$, contributions)
$fn$;
--> statement-breakpoint
-- Statement trigger on dossiers: what the new rows count minus what the old rows counted.
CREATE FUNCTION "dossier_day_counts_sync"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  parts text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN parts := parts || dossier_day_contributions('new_rows', 1); END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN parts := parts || dossier_day_contributions('old_rows', -1); END IF;
  -- Run here, not in a helper function: transition tables are visible only to this function's statements.
  EXECUTE dossier_day_counts_upsert(array_to_string(parts, ' union all '));
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER "dossier_day_counts_insert" AFTER INSERT ON "dossiers" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dossier_day_counts_sync"();
--> statement-breakpoint
CREATE TRIGGER "dossier_day_counts_update" AFTER UPDATE ON "dossiers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dossier_day_counts_sync"();
--> statement-breakpoint
CREATE TRIGGER "dossier_day_counts_delete" AFTER DELETE ON "dossiers" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "dossier_day_counts_sync"();
--> statement-breakpoint
-- Also under session_replication_role = replica, which a large history import uses to skip row-level foreign-key checks.
ALTER TABLE "dossiers" ENABLE ALWAYS TRIGGER "dossier_day_counts_insert";
--> statement-breakpoint
ALTER TABLE "dossiers" ENABLE ALWAYS TRIGGER "dossier_day_counts_update";
--> statement-breakpoint
ALTER TABLE "dossiers" ENABLE ALWAYS TRIGGER "dossier_day_counts_delete";
--> statement-breakpoint
-- Dossiers recorded before the triggers existed.
DO $$ BEGIN EXECUTE dossier_day_counts_upsert(dossier_day_contributions('dossiers', 1)); END $$;
