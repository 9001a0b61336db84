--liquibase formatted sql

--changeset fokus:020-complaints-sla-rollup splitStatements:false
-- The SLA report's read model (DESIGN.md §8, §11), so its cost does not grow with the history of clocks:
-- * sla_outcome: each decided clock once, with the day it was decided (in the tenant's report time zone), the unit,
--   assignee, category and priority its complaint had then, whether it breached, and the histogram bucket of the
--   working minutes it used (stopped clocks only). The report reads it for the days at the edges of its period and
--   for what a member sees as assignee beyond their units.
-- * sla_rollup: the same per calendar month, unit and one more dimension (ALL, ASSIGNEE, CATEGORY or PRIORITY): met,
--   breached and the histogram of working minutes, for the whole months of a period; and once more over all units
--   (all_units), which is what a tenant-wide report reads.
-- The application keeps both in the transaction that changes a clock (SlaOutcomes); rebuild_sla_outcomes computes
-- them from the clocks, for the clocks decided before this changeset, the benchmark's fill and the test that
-- compares the two.

-- Working minutes to a histogram bucket: exact minutes below 32, then 8 buckets per doubling (at most 12.5% wide),
-- the last (127) from 131,072 minutes on. Integer arithmetic only; SlaHistogram holds the inverse (bucket bounds).
CREATE FUNCTION complaints.sla_minutes_bucket(minutes bigint) RETURNS smallint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN CASE
    WHEN minutes < 32 THEN greatest(minutes, 0)
    WHEN minutes >= 131072 THEN 127
    ELSE 8 * length(ltrim(minutes::bit(64)::text, '0')) - 16
      + ((minutes >> (length(ltrim(minutes::bit(64)::text, '0')) - 4)) & 7)
  END;

CREATE TABLE complaints.sla_outcome (
  tenant_id      uuid     NOT NULL,
  clock_id       uuid     NOT NULL,
  complaint_id   uuid     NOT NULL,
  kind           text     NOT NULL CHECK (kind IN ('FIRST_RESPONSE', 'RESOLUTION')),
  decided_on     date     NOT NULL,
  unit_id        uuid,
  assignee_id    uuid,
  category_id    uuid,
  priority_id    uuid,
  breached       boolean  NOT NULL,
  minutes_bucket smallint CHECK (minutes_bucket BETWEEN 0 AND 127),
  PRIMARY KEY (tenant_id, clock_id),
  -- no cascade: a complaint cannot go without its outcomes leaving the rollup first
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints.complaint (tenant_id, id)
);
-- the report's edge days read these columns from the index alone
CREATE INDEX sla_outcome_decided_idx ON complaints.sla_outcome (tenant_id, decided_on)
  INCLUDE (kind, unit_id, assignee_id, category_id, priority_id, breached, minutes_bucket);
CREATE INDEX sla_outcome_assignee_idx ON complaints.sla_outcome (tenant_id, assignee_id, decided_on);
CREATE INDEX sla_outcome_complaint_idx ON complaints.sla_outcome (tenant_id, complaint_id);

CREATE TABLE complaints.sla_rollup (
  tenant_id    uuid    NOT NULL,
  id           uuid    NOT NULL DEFAULT gen_random_uuid(),
  month        date    NOT NULL CHECK (extract(day FROM month) = 1),
  kind         text    NOT NULL CHECK (kind IN ('FIRST_RESPONSE', 'RESOLUTION')),
  all_units    boolean NOT NULL DEFAULT false,
  unit_id      uuid    CHECK (NOT all_units OR unit_id IS NULL),
  dimension    text    NOT NULL CHECK (dimension IN ('ALL', 'ASSIGNEE', 'CATEGORY', 'PRIORITY')),
  dimension_id uuid    CHECK (dimension <> 'ALL' OR dimension_id IS NULL),
  -- no CHECK (met >= 0): an upsert checks the row it proposes, and a change proposes its difference, which may be
  -- negative; the rows themselves never go below 0 (SlaReportWebTest compares them with rebuilt ones)
  met          int     NOT NULL DEFAULT 0,
  breached     int     NOT NULL DEFAULT 0,
  -- element i + 1 counts the stopped clocks in bucket i; trailing buckets without clocks are left off
  minutes      int[]   NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
-- a missing unit or dimension (none set) is a group of its own
CREATE UNIQUE INDEX sla_rollup_key_uq ON complaints.sla_rollup (tenant_id, month, kind, dimension, all_units, unit_id,
  dimension_id) NULLS NOT DISTINCT;

-- Element-wise sum of two histograms of any length.
CREATE FUNCTION complaints.sla_histogram_add(a int[], b int[]) RETURNS int[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ARRAY(SELECT coalesce(x, 0) + coalesce(y, 0) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) ORDER BY i);

-- Recomputes the tenant's outcomes and rollup from its clocks, with the days in time zone p_zone and the groups of
-- the complaints as they are now. Runs under the caller's row-level security. The tenant's clocks are locked first,
-- until the caller's transaction ends: a change of a clock waits, the SLA job skips them, so no outcome is counted
-- twice or lost meanwhile.
CREATE FUNCTION complaints.rebuild_sla_outcomes(p_tenant uuid, p_zone text) RETURNS void
  LANGUAGE sql AS $$
  SELECT count(*) FROM (SELECT 1 FROM complaints.sla_clock WHERE tenant_id = p_tenant FOR UPDATE) AS locked;
  DELETE FROM complaints.sla_rollup WHERE tenant_id = p_tenant;
  DELETE FROM complaints.sla_outcome WHERE tenant_id = p_tenant;
  INSERT INTO complaints.sla_outcome (tenant_id, clock_id, complaint_id, kind, decided_on, unit_id, assignee_id,
      category_id, priority_id, breached, minutes_bucket)
    SELECT c.tenant_id, c.id, c.complaint_id, c.kind,
      -- decided when it first breached or stopped, whichever came first
      (least(c.breached_at, c.stopped_at) AT TIME ZONE p_zone)::date,
      p.unit_id, p.assignee_id, p.category_id, p.priority_id,
      c.breached_at IS NOT NULL OR c.outcome = 'BREACHED',
      CASE WHEN c.state = 'STOPPED' THEN complaints.sla_minutes_bucket(c.used_seconds / 60) END
    FROM complaints.sla_clock c
    JOIN complaints.complaint p ON p.tenant_id = c.tenant_id AND p.id = c.complaint_id
    WHERE c.tenant_id = p_tenant AND (c.breached_at IS NOT NULL OR c.state = 'STOPPED');
  INSERT INTO complaints.sla_rollup (tenant_id, month, kind, all_units, unit_id, dimension, dimension_id, met,
      breached, minutes)
    WITH counted AS (
      SELECT o.tenant_id, date_trunc('month', o.decided_on)::date AS month, o.kind, u.all_units,
        CASE WHEN u.all_units THEN NULL ELSE o.unit_id END AS unit_id, d.dimension, d.dimension_id, o.minutes_bucket,
        count(*) FILTER (WHERE NOT o.breached) AS met, count(*) FILTER (WHERE o.breached) AS breached, count(*) AS n
      FROM complaints.sla_outcome o
      CROSS JOIN (VALUES (false), (true)) AS u (all_units)
      CROSS JOIN LATERAL (VALUES ('ALL', NULL::uuid), ('ASSIGNEE', o.assignee_id), ('CATEGORY', o.category_id),
        ('PRIORITY', o.priority_id)) AS d (dimension, dimension_id)
      WHERE o.tenant_id = p_tenant
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ), grouped AS (
      SELECT tenant_id, month, kind, all_units, unit_id, dimension, dimension_id, sum(met)::int AS met,
        sum(breached)::int AS breached, max(minutes_bucket) AS top,
        jsonb_object_agg(minutes_bucket, n) FILTER (WHERE minutes_bucket IS NOT NULL) AS histogram
      FROM counted GROUP BY 1, 2, 3, 4, 5, 6, 7
    )
    SELECT tenant_id, month, kind, all_units, unit_id, dimension, dimension_id, met, breached,
      ARRAY(SELECT coalesce((histogram ->> i::text)::int, 0) FROM generate_series(0, top) AS i ORDER BY i)
    FROM grouped;
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON complaints.sla_outcome, complaints.sla_rollup TO fokus_app;

-- Tenants whose outcomes are to be computed from their clocks: SlaMonitor does it on its next run, in the tenant's
-- report time zone (the tenants module's, which this folder does not read), once across instances.
CREATE TABLE complaints.sla_rebuild (
  tenant_id    uuid        NOT NULL PRIMARY KEY,
  requested_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, DELETE ON complaints.sla_rebuild TO fokus_app;
-- every tenant with clocks before this changeset; row-level security is forced on the clocks for their owner too:
-- lifted for the length of this transaction
ALTER TABLE complaints.sla_clock NO FORCE ROW LEVEL SECURITY;
INSERT INTO complaints.sla_rebuild (tenant_id) SELECT DISTINCT tenant_id FROM complaints.sla_clock;
ALTER TABLE complaints.sla_clock FORCE ROW LEVEL SECURITY;
SELECT platform.enable_tenant_isolation('complaints.sla_rebuild');

SELECT platform.enable_tenant_isolation('complaints.sla_outcome');
SELECT platform.enable_tenant_isolation('complaints.sla_rollup');

-- read by the model above; the report no longer joins the clocks with their complaints
DROP INDEX complaints.complaint_report_idx;
DROP INDEX complaints.sla_clock_decided_covering_idx;
--rollback DROP TABLE complaints.sla_rebuild; DROP TABLE complaints.sla_rollup; DROP TABLE complaints.sla_outcome; DROP FUNCTION complaints.rebuild_sla_outcomes(uuid, text); DROP FUNCTION complaints.sla_histogram_add(int[], int[]); DROP FUNCTION complaints.sla_minutes_bucket(bigint); CREATE INDEX complaint_report_idx ON complaints.complaint (tenant_id, id) INCLUDE (unit_id, assignee_id, category_id, priority_id); CREATE INDEX sla_clock_decided_covering_idx ON complaints.sla_clock (tenant_id, (coalesce(breached_at, stopped_at))) INCLUDE (complaint_id, kind, state, outcome, used_seconds, breached_at, stopped_at) WHERE breached_at IS NOT NULL OR stopped_at IS NOT NULL;
