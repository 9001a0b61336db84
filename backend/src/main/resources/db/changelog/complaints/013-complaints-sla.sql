--liquibase formatted sql

--changeset fokus:013-complaints-sla
-- SLA policies and the clocks of each complaint (DESIGN.md §8). A clock keeps what the pure SlaClock needs (target,
-- working time used so far, running since, state) and the due and warning times computed from its calendar, so the
-- warning and breach job finds due clocks by index without any calendar arithmetic.
CREATE TABLE complaints.sla_policy (
  tenant_id                uuid             NOT NULL,
  id                       uuid             NOT NULL,
  name                     text             NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind                     text             CHECK (kind IN ('COMPLAINT', 'RECOVERY')),
  category_id              uuid,
  priority_id              uuid,
  channel                  text             CHECK (channel IN ('WEB', 'PHONE', 'VISIT', 'EMAIL', 'API')),
  position                 int              NOT NULL CHECK (position >= 0),
  -- a calendar of the tenants module (no foreign key across modules); null is the tenant's default calendar
  calendar_id              uuid,
  first_response_minutes   int              CHECK (first_response_minutes > 0),
  resolution_minutes       int              CHECK (resolution_minutes > 0),
  warning_share            double precision NOT NULL DEFAULT 0.75 CHECK (warning_share > 0 AND warning_share < 1),
  active                   boolean          NOT NULL DEFAULT true,
  created_at               timestamptz      NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, category_id) REFERENCES complaints.category (tenant_id, id),
  FOREIGN KEY (tenant_id, priority_id) REFERENCES complaints.priority (tenant_id, id)
);
CREATE INDEX sla_policy_order_idx ON complaints.sla_policy (tenant_id, position);

-- One row per clock of a complaint (first response, resolution). The policy is named by id and name as it was when
-- chosen: deleting a policy leaves the clocks it started as they are.
CREATE TABLE complaints.sla_clock (
  tenant_id       uuid             NOT NULL,
  id              uuid             NOT NULL,
  complaint_id    uuid             NOT NULL,
  kind            text             NOT NULL CHECK (kind IN ('FIRST_RESPONSE', 'RESOLUTION')),
  policy_id       uuid,
  policy_name     text             NOT NULL,
  calendar_id     uuid,
  target_minutes  int              NOT NULL CHECK (target_minutes > 0),
  warning_share   double precision NOT NULL CHECK (warning_share > 0 AND warning_share < 1),
  state           text             NOT NULL CHECK (state IN ('RUNNING', 'PAUSED', 'STOPPED')),
  used_seconds    bigint           NOT NULL DEFAULT 0 CHECK (used_seconds >= 0),
  running_since   timestamptz,
  started_at      timestamptz      NOT NULL,
  stopped_at      timestamptz,
  due_at          timestamptz,
  warning_at      timestamptz,
  warned_at       timestamptz,
  breached_at     timestamptz,
  outcome         text             CHECK (outcome IN ('MET', 'BREACHED')),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints.complaint (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT sla_clock_running_ck CHECK ((state = 'RUNNING') = (running_since IS NOT NULL)),
  CONSTRAINT sla_clock_outcome_ck CHECK ((state = 'STOPPED') = (outcome IS NOT NULL))
);
CREATE UNIQUE INDEX sla_clock_kind_uq ON complaints.sla_clock (tenant_id, complaint_id, kind);
-- what the warning and breach job claims
CREATE INDEX sla_clock_warning_due_idx ON complaints.sla_clock (tenant_id, warning_at)
  WHERE state = 'RUNNING' AND warned_at IS NULL AND breached_at IS NULL;
CREATE INDEX sla_clock_breach_due_idx ON complaints.sla_clock (tenant_id, due_at)
  WHERE state = 'RUNNING' AND breached_at IS NULL;
CREATE INDEX sla_clock_breached_on_stop_idx ON complaints.sla_clock (tenant_id)
  WHERE outcome = 'BREACHED' AND breached_at IS NULL;
-- the report counts clocks by when their outcome was decided
CREATE INDEX sla_clock_decided_idx ON complaints.sla_clock (tenant_id, (coalesce(breached_at, stopped_at)))
  WHERE breached_at IS NOT NULL OR stopped_at IS NOT NULL;

-- What the inbox filters and sorts by, kept on the complaint (the earliest due and warning time of its running
-- clocks, and whether any clock breached) so a page of a million complaints needs no join.
ALTER TABLE complaints.complaint
  ADD COLUMN sla_due_at     timestamptz,
  ADD COLUMN sla_warning_at timestamptz,
  ADD COLUMN sla_breached   boolean NOT NULL DEFAULT false;
CREATE INDEX complaint_sla_due_idx ON complaints.complaint (tenant_id, sla_due_at, number);
CREATE INDEX complaint_sla_warning_idx ON complaints.complaint (tenant_id, sla_warning_at)
  WHERE sla_warning_at IS NOT NULL AND NOT sla_breached;
CREATE INDEX complaint_sla_breached_idx ON complaints.complaint (tenant_id, sla_due_at, number) WHERE sla_breached;

GRANT SELECT, INSERT, UPDATE, DELETE ON complaints.sla_policy, complaints.sla_clock TO fokus_app;

SELECT platform.enable_tenant_isolation('complaints.sla_policy');

SELECT platform.enable_tenant_isolation('complaints.sla_clock');
--rollback DROP TABLE complaints.sla_clock; DROP TABLE complaints.sla_policy; ALTER TABLE complaints.complaint DROP COLUMN sla_due_at, DROP COLUMN sla_warning_at, DROP COLUMN sla_breached;
