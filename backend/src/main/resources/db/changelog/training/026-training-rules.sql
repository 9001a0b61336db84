--liquibase formatted sql

--changeset fokus:026-training-rules splitStatements:false
-- Rules that assign a course when customer data shows a need (DESIGN.md §10): a member's or unit's broken promises or
-- SLA breaches within a window (counted from the signals below), or a unit's CSAT or NPS over a window below a
-- threshold with enough answers (from the surveys module's query API). Each firing records the data that fired it;
-- the assignments it made point to it.
CREATE TABLE training.rule (
  tenant_id     uuid        NOT NULL,
  id            uuid        NOT NULL,
  name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  metric        text        NOT NULL CHECK (metric IN ('BROKEN_PROMISES', 'SLA_BREACHES', 'CSAT_BELOW', 'NPS_BELOW')),
  subject       text        NOT NULL CHECK (subject IN ('MEMBER', 'UNIT')),
  -- at least this many broken promises or breaches; or the CSAT (0..100) or NPS (-100..100) it must fall below
  threshold     int         NOT NULL CHECK (threshold BETWEEN -100 AND 1000),
  window_days   int         NOT NULL CHECK (window_days BETWEEN 1 AND 365),
  min_answers   int         CHECK (min_answers BETWEEN 5 AND 100000),
  course_id     uuid        NOT NULL,
  due_days      int         NOT NULL CHECK (due_days BETWEEN 1 AND 365),
  cooldown_days int         NOT NULL CHECK (cooldown_days BETWEEN 1 AND 730),
  enabled       boolean     NOT NULL DEFAULT false,
  enabled_at    timestamptz,
  created_by    uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, course_id) REFERENCES training.course (tenant_id, id),
  CONSTRAINT rule_kind_ck CHECK (CASE WHEN metric IN ('CSAT_BELOW', 'NPS_BELOW')
    THEN subject = 'UNIT' AND min_answers IS NOT NULL ELSE threshold >= 1 AND min_answers IS NULL END)
);
CREATE INDEX rule_enabled_idx ON training.rule (tenant_id, metric) WHERE enabled;

-- What the events told training: one row per broken promise (source_id: the promise) and per SLA breach (the
-- complaint and clock), with the member and unit it counts for. Written once however often an event is delivered.
CREATE TABLE training.signal (
  tenant_id   uuid        NOT NULL,
  kind        text        NOT NULL CHECK (kind IN ('BROKEN_PROMISE', 'SLA_BREACH')),
  source_id   text        NOT NULL CHECK (length(source_id) BETWEEN 1 AND 100),
  member_id   uuid,
  unit_id     uuid,
  occurred_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, source_id)
);
CREATE INDEX signal_member_idx ON training.signal (tenant_id, kind, member_id, occurred_at)
  WHERE member_id IS NOT NULL;
CREATE INDEX signal_unit_idx ON training.signal (tenant_id, kind, unit_id, occurred_at) WHERE unit_id IS NOT NULL;

-- A rule fired for a member or unit: the value that fired it (a count, a CSAT or an NPS) with its n, the window it
-- was computed over, and the evidence (the signals counted, or the answer counts); the course it assigned then.
CREATE TABLE training.rule_firing (
  tenant_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  rule_id     uuid        NOT NULL,
  course_id   uuid        NOT NULL,
  subject     text        NOT NULL CHECK (subject IN ('MEMBER', 'UNIT')),
  member_id   uuid,
  unit_id     uuid,
  fired_at    timestamptz NOT NULL,
  value       double precision NOT NULL,
  n           int         NOT NULL CHECK (n >= 0),
  window_from timestamptz NOT NULL,
  window_to   timestamptz NOT NULL,
  evidence    jsonb       NOT NULL,
  assigned    int         NOT NULL DEFAULT 0 CHECK (assigned >= 0),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, rule_id) REFERENCES training.rule (tenant_id, id),
  FOREIGN KEY (tenant_id, course_id) REFERENCES training.course (tenant_id, id),
  CONSTRAINT rule_firing_subject_ck CHECK ((subject = 'MEMBER') = (member_id IS NOT NULL)
    AND (subject = 'UNIT') = (unit_id IS NOT NULL))
);
CREATE INDEX rule_firing_member_idx ON training.rule_firing (tenant_id, rule_id, member_id, fired_at);
CREATE INDEX rule_firing_unit_idx ON training.rule_firing (tenant_id, rule_id, unit_id, fired_at);

ALTER TABLE training.assignment ADD COLUMN firing_id uuid;
ALTER TABLE training.assignment ADD CONSTRAINT assignment_firing_fk FOREIGN KEY (tenant_id, firing_id)
  REFERENCES training.rule_firing (tenant_id, id);
CREATE INDEX assignment_firing_idx ON training.assignment (tenant_id, firing_id) WHERE firing_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON training.rule, training.signal, training.rule_firing TO fokus_app;

SELECT platform.enable_tenant_isolation('training.rule');
SELECT platform.enable_tenant_isolation('training.signal');
SELECT platform.enable_tenant_isolation('training.rule_firing');
--rollback ALTER TABLE training.assignment DROP COLUMN firing_id; DROP TABLE training.rule_firing; DROP TABLE training.signal; DROP TABLE training.rule;
