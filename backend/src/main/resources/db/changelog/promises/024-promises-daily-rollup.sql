--liquibase formatted sql

--changeset fokus:024-promises-daily-rollup splitStatements:false
-- The kept-rate view's days at the edges of a period (a period that starts or ends inside a month, and the month so
-- far of the default period) were read from the promises themselves: after a day with many decided promises (the
-- breaking job after an outage) that grew with them. kept_daily holds the same counts as kept_rollup per day; the
-- view reads whole months from kept_rollup and the edge days from kept_daily. PromiseRollup keeps both in the
-- transaction that decides or changes a promise.
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
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT kept_daily_key_uq UNIQUE NULLS NOT DISTINCT (tenant_id, day, unit_id, owner_id, source_kind, outcome)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON promises.kept_daily TO fokus_app;

-- the promises decided before this changeset; row-level security is forced on the promises for their owner too:
-- lifted for the length of this transaction
ALTER TABLE promises.promise NO FORCE ROW LEVEL SECURITY;
INSERT INTO promises.kept_daily (tenant_id, day, unit_id, owner_id, source_kind, outcome, decided, renegotiated,
    fulfilled_late, nps_promoters, nps_passives, nps_detractors, csat_satisfied, csat_total)
  SELECT tenant_id, decided_on, unit_id, owner_id, source_kind, status, count(*),
    count(*) FILTER (WHERE renegotiations > 0), count(*) FILTER (WHERE fulfilled_late_at IS NOT NULL),
    count(*) FILTER (WHERE after_nps >= 9), count(*) FILTER (WHERE after_nps BETWEEN 7 AND 8),
    count(*) FILTER (WHERE after_nps <= 6), count(*) FILTER (WHERE after_csat >= 4),
    count(*) FILTER (WHERE after_csat IS NOT NULL)
  FROM promises.promise
  WHERE decided_on IS NOT NULL
  GROUP BY tenant_id, decided_on, unit_id, owner_id, source_kind, status;
ALTER TABLE promises.promise FORCE ROW LEVEL SECURITY;

SELECT platform.enable_tenant_isolation('promises.kept_daily');
--rollback DROP TABLE promises.kept_daily;
