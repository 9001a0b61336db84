--liquibase formatted sql

--changeset fokus:023-promises
-- The promise ledger (DESIGN.md §9): commitments to customers with owner, unit, due time, source, status and history;
-- reminders to owners; the tenant's grace period and reminder days; and the kept-rate read model.
CREATE SCHEMA promises;
GRANT USAGE ON SCHEMA promises TO fokus_app;

-- The tenant's rules: an open promise is broken automatically grace_working_days working days after its due time;
-- owners are reminded that many working days before due (0: on the due day).
CREATE TABLE promises.settings (
  tenant_id             uuid        NOT NULL PRIMARY KEY,
  grace_working_days    int         NOT NULL DEFAULT 1 CHECK (grace_working_days BETWEEN 0 AND 30),
  reminder_working_days int[]       NOT NULL DEFAULT '{1,0}'
                                    CHECK (cardinality(reminder_working_days) <= 5
                                      AND 0 <= ALL (reminder_working_days) AND 30 >= ALL (reminder_working_days)),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

-- A promise's customer, owner, unit and source belong to other modules (ids only, no foreign keys across modules).
-- Open promises (OPEN, RENEGOTIATED) have the time they break at; decided ones (KEPT, BROKEN, CANCELLED) the time and
-- the day (in the tenant's time zone) they were decided. after_*: the customer's next survey answer (NPS, CSAT)
-- within 90 days after the decision, attributed to it.
CREATE TABLE promises.promise (
  tenant_id            uuid        NOT NULL,
  id                   uuid        NOT NULL,
  number               bigint      NOT NULL CHECK (number > 0),
  text                 text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  customer_id          uuid        NOT NULL,
  owner_id             uuid        NOT NULL,
  unit_id              uuid,
  source_kind          text        NOT NULL CHECK (source_kind IN ('COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE',
                                     'MANUAL')),
  source_id            uuid,
  status               text        NOT NULL DEFAULT 'OPEN'
                                   CHECK (status IN ('OPEN', 'RENEGOTIATED', 'KEPT', 'BROKEN', 'CANCELLED')),
  due_at               timestamptz NOT NULL,
  due_on               date        NOT NULL,
  break_at             timestamptz,
  renegotiations       int         NOT NULL DEFAULT 0 CHECK (renegotiations >= 0),
  decided_at           timestamptz,
  decided_on           date,
  fulfilled_late_at    timestamptz,
  customer_notified_at timestamptz,
  recovery_case_id     uuid,
  status_token         text        NOT NULL,
  client_request_id    text        CHECK (length(client_request_id) BETWEEN 1 AND 100),
  after_response_id    uuid,
  after_nps            smallint    CHECK (after_nps BETWEEN 0 AND 10),
  after_csat           smallint    CHECK (after_csat BETWEEN 1 AND 5),
  after_answered_at    timestamptz,
  created_by           uuid        NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT promise_source_ck CHECK ((source_kind = 'MANUAL') = (source_id IS NULL)),
  CONSTRAINT promise_open_ck CHECK ((status IN ('OPEN', 'RENEGOTIATED')) = (break_at IS NOT NULL)),
  CONSTRAINT promise_decided_ck CHECK ((status IN ('KEPT', 'BROKEN', 'CANCELLED'))
    = (decided_at IS NOT NULL AND decided_on IS NOT NULL)),
  CONSTRAINT promise_late_ck CHECK (fulfilled_late_at IS NULL OR status = 'BROKEN')
);
-- The reference shown to people is P- and the number (P-000123), counted per tenant.
CREATE UNIQUE INDEX promise_number_uq ON promises.promise (tenant_id, number);
CREATE UNIQUE INDEX promise_status_token_uq ON promises.promise (tenant_id, status_token);
CREATE UNIQUE INDEX promise_request_uq ON promises.promise (tenant_id, client_request_id);
-- the breaking job: open promises by the time they break
CREATE INDEX promise_break_idx ON promises.promise (tenant_id, break_at) WHERE break_at IS NOT NULL;
-- lists: by due time, per owner, per unit, per customer, per source
CREATE INDEX promise_due_idx ON promises.promise (tenant_id, due_at);
CREATE INDEX promise_owner_idx ON promises.promise (tenant_id, owner_id, due_at);
CREATE INDEX promise_unit_idx ON promises.promise (tenant_id, unit_id, due_at);
CREATE INDEX promise_customer_idx ON promises.promise (tenant_id, customer_id, decided_at);
CREATE INDEX promise_source_idx ON promises.promise (tenant_id, source_id) WHERE source_id IS NOT NULL;
-- the kept-rate view's edge days (what the monthly rollup does not hold whole) and the lateness of broken promises
CREATE INDEX promise_decided_idx ON promises.promise (tenant_id, decided_on)
  INCLUDE (status, unit_id, owner_id, source_kind, renegotiations, due_at, fulfilled_late_at, after_nps, after_csat)
  WHERE decided_on IS NOT NULL;

-- What happened to a promise, in order: made, renegotiated (with the old and new due time), kept, broken, ...
CREATE TABLE promises.promise_history (
  tenant_id  uuid        NOT NULL,
  promise_id uuid        NOT NULL,
  seq        int         NOT NULL CHECK (seq > 0),
  at         timestamptz NOT NULL,
  action     text        NOT NULL CHECK (action IN ('MADE', 'RENEGOTIATED', 'KEPT', 'BROKEN',
                           'BROKEN_AUTOMATICALLY', 'CANCELLED', 'FULFILLED_LATE', 'REASSIGNED', 'CUSTOMER_NOTIFIED',
                           'REMINDED')),
  actor_id   uuid,
  due_before timestamptz,
  due_after  timestamptz,
  note       text        CHECK (length(note) BETWEEN 1 AND 2000),
  PRIMARY KEY (tenant_id, promise_id, seq),
  FOREIGN KEY (tenant_id, promise_id) REFERENCES promises.promise (tenant_id, id) ON DELETE CASCADE
);

-- The owner's reminders of an open promise, each sent once (the job marks sent_at as it claims it).
CREATE TABLE promises.reminder (
  tenant_id           uuid        NOT NULL,
  promise_id          uuid        NOT NULL,
  remind_at           timestamptz NOT NULL,
  working_days_before int         NOT NULL CHECK (working_days_before BETWEEN 0 AND 30),
  sent_at             timestamptz,
  PRIMARY KEY (tenant_id, promise_id, remind_at),
  FOREIGN KEY (tenant_id, promise_id) REFERENCES promises.promise (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX reminder_due_idx ON promises.reminder (tenant_id, remind_at) WHERE sent_at IS NULL;

-- The kept-rate read model: decided promises per calendar month (of the day decided, in the tenant's time zone),
-- unit, owner, source and outcome, with how many were renegotiated before, fulfilled late, and the customers' next
-- answers after them. Kept in the transaction that decides a promise or attributes an answer (PromiseRollup).
CREATE TABLE promises.kept_rollup (
  tenant_id      uuid NOT NULL,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
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
  CONSTRAINT kept_rollup_key_uq UNIQUE NULLS NOT DISTINCT (tenant_id, month, unit_id, owner_id, source_kind, outcome)
);
CREATE INDEX kept_rollup_unit_idx ON promises.kept_rollup (tenant_id, unit_id, month);

GRANT SELECT, INSERT, UPDATE, DELETE ON promises.settings, promises.promise, promises.promise_history,
  promises.reminder, promises.kept_rollup TO fokus_app;

SELECT platform.enable_tenant_isolation('promises.settings');

SELECT platform.enable_tenant_isolation('promises.promise');

SELECT platform.enable_tenant_isolation('promises.promise_history');

SELECT platform.enable_tenant_isolation('promises.reminder');

SELECT platform.enable_tenant_isolation('promises.kept_rollup');
--rollback DROP SCHEMA promises CASCADE;
