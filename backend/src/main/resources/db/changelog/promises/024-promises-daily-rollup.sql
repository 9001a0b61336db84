--liquibase formatted sql

--changeset fokus:024-promises-daily-rollup splitStatements:false
-- The kept-rate view's days at the edges of a period (a period that starts or ends inside a month, and the month so
-- far of the default period) were read from the promises themselves: after a day with many decided promises (the
-- breaking job after an outage) that grew with them. kept_daily holds the same counts as kept_rollup per day; the
-- view reads whole months from kept_rollup and the edge days from kept_daily. Both now also hold the histogram of the
-- lateness of broken promises fulfilled late (minutes from due to fulfilment, in the buckets of the SLA report:
-- exact below 32 minutes, then 8 per doubling), so the median lateness is a sum of histograms, not a sort of
-- promises. PromiseRollup keeps both in the transaction that decides or changes a promise; the rows from before
-- this changeset are computed again below.

-- Minutes to a histogram bucket (LogHistogram.bucket in Java is the same).
CREATE FUNCTION promises.minutes_bucket(minutes bigint) RETURNS smallint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN CASE
    WHEN minutes < 32 THEN greatest(minutes, 0)
    WHEN minutes >= 131072 THEN 127
    ELSE 8 * length(ltrim(minutes::bit(64)::text, '0')) - 16
      + ((minutes >> (length(ltrim(minutes::bit(64)::text, '0')) - 4)) & 7)
  END;

-- A histogram is a JSON object of its non-empty buckets, {"77": 3, "80": 1}: a row holds a few promises, so a few
-- buckets. The sum of two (a difference, when one holds negative counts; empty buckets are left out), and its
-- aggregate.
CREATE FUNCTION promises.histogram_add(a jsonb, b jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT coalesce(jsonb_object_agg(k, n), '{}'::jsonb)
    FROM (SELECT k, sum(v::int) AS n FROM (SELECT * FROM jsonb_each_text(coalesce(a, '{}'::jsonb))
      UNION ALL SELECT * FROM jsonb_each_text(coalesce(b, '{}'::jsonb))) AS both_of(k, v)
      GROUP BY k) AS sums WHERE n <> 0);
CREATE AGGREGATE promises.histogram_sum(jsonb) (SFUNC = promises.histogram_add, STYPE = jsonb, INITCOND = '{}');

ALTER TABLE promises.kept_rollup ADD COLUMN late_minutes jsonb NOT NULL DEFAULT '{}';

CREATE TABLE promises.kept_daily (
  tenant_id      uuid NOT NULL,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  day            date NOT NULL,
  unit_id        uuid,
  owner_id       uuid NOT NULL,
  source_kind    text NOT NULL,
  outcome        text NOT NULL CHECK (outcome IN ('KEPT', 'BROKEN', 'CANCELLED')),
  -- no CHECK (>= 0): an upsert checks the row it proposes, which is a difference
  decided        int  NOT NULL DEFAULT 0,
  renegotiated   int  NOT NULL DEFAULT 0,
  fulfilled_late int  NOT NULL DEFAULT 0,
  nps_promoters  int  NOT NULL DEFAULT 0,
  nps_passives   int  NOT NULL DEFAULT 0,
  nps_detractors int  NOT NULL DEFAULT 0,
  csat_satisfied int  NOT NULL DEFAULT 0,
  csat_total     int  NOT NULL DEFAULT 0,
  -- the promises fulfilled late per bucket of minutes late: {"bucket": count}, empty buckets left out
  late_minutes   jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT kept_daily_key_uq UNIQUE NULLS NOT DISTINCT (tenant_id, day, unit_id, owner_id, source_kind, outcome)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON promises.kept_daily TO fokus_app;

-- Recomputes the tenant's rollups (by day, then by month from the days) from its promises. Runs under the caller's
-- row-level security.
CREATE FUNCTION promises.rebuild_kept_rollups(p_tenant uuid) RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM promises.kept_rollup WHERE tenant_id = p_tenant;
  DELETE FROM promises.kept_daily WHERE tenant_id = p_tenant;
  INSERT INTO promises.kept_daily (tenant_id, day, unit_id, owner_id, source_kind, outcome, decided, renegotiated,
      fulfilled_late, nps_promoters, nps_passives, nps_detractors, csat_satisfied, csat_total, late_minutes)
    WITH p AS (
      SELECT decided_on, unit_id, owner_id, source_kind, status, renegotiations, fulfilled_late_at, after_nps,
        after_csat,
        CASE WHEN fulfilled_late_at IS NOT NULL
          THEN promises.minutes_bucket(floor(extract(epoch FROM fulfilled_late_at - due_at) / 60)::bigint) END AS b
      FROM promises.promise WHERE tenant_id = p_tenant AND decided_on IS NOT NULL
    ), late AS (
      SELECT decided_on, unit_id, owner_id, source_kind, status, b, count(*) AS n
      FROM p WHERE b IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
    ), histograms AS (
      SELECT decided_on, unit_id, owner_id, source_kind, status, jsonb_object_agg(b, n) AS h
      FROM late GROUP BY 1, 2, 3, 4, 5
    )
    SELECT p_tenant, c.decided_on, c.unit_id, c.owner_id, c.source_kind, c.status, c.decided, c.renegotiated,
      c.fulfilled_late, c.promoters, c.passives, c.detractors, c.satisfied, c.csat_total,
      coalesce(h.h, '{}'::jsonb)
    FROM (SELECT decided_on, unit_id, owner_id, source_kind, status, count(*)::int AS decided,
        (count(*) FILTER (WHERE renegotiations > 0))::int AS renegotiated,
        (count(*) FILTER (WHERE fulfilled_late_at IS NOT NULL))::int AS fulfilled_late,
        (count(*) FILTER (WHERE after_nps >= 9))::int AS promoters,
        (count(*) FILTER (WHERE after_nps BETWEEN 7 AND 8))::int AS passives,
        (count(*) FILTER (WHERE after_nps <= 6))::int AS detractors,
        (count(*) FILTER (WHERE after_csat >= 4))::int AS satisfied,
        (count(*) FILTER (WHERE after_csat IS NOT NULL))::int AS csat_total
      FROM p GROUP BY 1, 2, 3, 4, 5) AS c
    LEFT JOIN histograms h ON h.decided_on = c.decided_on AND h.unit_id IS NOT DISTINCT FROM c.unit_id
      AND h.owner_id = c.owner_id AND h.source_kind = c.source_kind AND h.status = c.status;
  INSERT INTO promises.kept_rollup (tenant_id, month, unit_id, owner_id, source_kind, outcome, decided,
      renegotiated, fulfilled_late, nps_promoters, nps_passives, nps_detractors, csat_satisfied, csat_total,
      late_minutes)
    SELECT tenant_id, date_trunc('month', day)::date, unit_id, owner_id, source_kind, outcome, sum(decided),
      sum(renegotiated), sum(fulfilled_late), sum(nps_promoters), sum(nps_passives), sum(nps_detractors),
      sum(csat_satisfied), sum(csat_total), promises.histogram_sum(late_minutes)
    FROM promises.kept_daily WHERE tenant_id = p_tenant
    GROUP BY tenant_id, date_trunc('month', day), unit_id, owner_id, source_kind, outcome;
$$;

-- every tenant's promises from before this changeset; row-level security is forced on these tables for their owner
-- too: lifted for the length of this transaction
ALTER TABLE promises.promise NO FORCE ROW LEVEL SECURITY;
ALTER TABLE promises.kept_rollup NO FORCE ROW LEVEL SECURITY;
SELECT promises.rebuild_kept_rollups(t.tenant_id) FROM (SELECT DISTINCT tenant_id FROM promises.promise) AS t;
ALTER TABLE promises.promise FORCE ROW LEVEL SECURITY;
ALTER TABLE promises.kept_rollup FORCE ROW LEVEL SECURITY;

GRANT EXECUTE ON FUNCTION promises.rebuild_kept_rollups(uuid) TO fokus_app;

-- the view no longer reads the promises for its edge days and the lateness: their covering indexes go, which the
-- breaking job no longer has to keep up
DROP INDEX promises.promise_decided_idx;
DROP INDEX promises.promise_late_idx;

SELECT platform.enable_tenant_isolation('promises.kept_daily');
--rollback CREATE INDEX promise_decided_idx ON promises.promise (tenant_id, decided_on) INCLUDE (status, unit_id, owner_id, source_kind, renegotiations, due_at, fulfilled_late_at, after_nps, after_csat) WHERE decided_on IS NOT NULL; CREATE INDEX promise_late_idx ON promises.promise (tenant_id, decided_on) INCLUDE (unit_id, owner_id, source_kind, due_at, fulfilled_late_at) WHERE fulfilled_late_at IS NOT NULL; DROP FUNCTION promises.rebuild_kept_rollups(uuid); DROP TABLE promises.kept_daily; ALTER TABLE promises.kept_rollup DROP COLUMN late_minutes; DROP AGGREGATE promises.histogram_sum(jsonb); DROP FUNCTION promises.histogram_add(jsonb, jsonb); DROP FUNCTION promises.minutes_bucket(bigint);
