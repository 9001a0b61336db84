--liquibase formatted sql

--changeset fokus:014-complaints-loop
-- The closed loop (DESIGN.md §3, §8): the tenant's follow-up settings, one follow-up survey per complaint (so a
-- reopened and again resolved complaint is not surveyed twice) with the answer linked to it, recovery cases opened by
-- detractor answers with the responses linked to them, and the root causes a recovery case is closed with.
CREATE TABLE complaints.settings (
  tenant_id               uuid        NOT NULL PRIMARY KEY,
  follow_up_enabled       boolean     NOT NULL DEFAULT true,
  follow_up_survey_id     uuid,
  follow_up_delay_minutes int         NOT NULL DEFAULT 1440 CHECK (follow_up_delay_minutes BETWEEN 0 AND 43200),
  updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE complaints.root_cause (
  tenant_id  uuid    NOT NULL,
  id         uuid    NOT NULL,
  name_en    text    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
  name_de    text    NOT NULL CHECK (length(name_de) BETWEEN 1 AND 100),
  active     boolean NOT NULL DEFAULT true,
  position   int     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);

-- The survey, invitation and response belong to the surveys module (ids only). state: REQUESTED (the invitation is
-- made; its mail waits until send_at), NOT_SENT (the contact policy said no: not_sent_reason), ANSWERED.
CREATE TABLE complaints.follow_up (
  tenant_id       uuid        NOT NULL,
  complaint_id    uuid        NOT NULL,
  state           text        NOT NULL CHECK (state IN ('REQUESTED', 'NOT_SENT', 'ANSWERED')),
  survey_id       uuid,
  invitation_id   uuid,
  send_at         timestamptz,
  not_sent_reason text        CHECK (length(not_sent_reason) BETWEEN 1 AND 60),
  response_id     uuid,
  csat            int         CHECK (csat BETWEEN 1 AND 5),
  answered_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, complaint_id),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints.complaint (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT follow_up_state_ck CHECK ((state = 'NOT_SENT') = (not_sent_reason IS NOT NULL)
    AND (state = 'ANSWERED') = (response_id IS NOT NULL))
);
CREATE UNIQUE INDEX follow_up_response_uq ON complaints.follow_up (tenant_id, response_id);

-- The survey responses that opened a recovery case or were added to it; one row per response, so an answer
-- delivered twice is linked once.
CREATE TABLE complaints.recovery_response (
  tenant_id    uuid        NOT NULL,
  response_id  uuid        NOT NULL,
  complaint_id uuid        NOT NULL,
  score_type   text        NOT NULL CHECK (score_type IN ('NPS', 'CSAT')),
  score        int         NOT NULL CHECK (score BETWEEN 0 AND 10),
  submitted_at timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, response_id),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints.complaint (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recovery_response_complaint_idx ON complaints.recovery_response (tenant_id, complaint_id);
CREATE INDEX complaint_recovery_customer_idx ON complaints.complaint (tenant_id, customer_id) WHERE kind = 'RECOVERY';

-- A recovery case opened from a survey answer came through the SURVEY channel; closing one records why it happened
-- and whether the customer's issue was resolved.
ALTER TABLE complaints.complaint DROP CONSTRAINT complaint_channel_check;
ALTER TABLE complaints.complaint ADD CONSTRAINT complaint_channel_check
  CHECK (channel IN ('WEB', 'PHONE', 'VISIT', 'EMAIL', 'API', 'SURVEY'));
ALTER TABLE complaints.complaint ADD COLUMN root_cause_id uuid;
ALTER TABLE complaints.complaint ADD COLUMN issue_resolved boolean;
ALTER TABLE complaints.complaint ADD CONSTRAINT complaint_root_cause_fk
  FOREIGN KEY (tenant_id, root_cause_id) REFERENCES complaints.root_cause (tenant_id, id);

GRANT SELECT, INSERT, UPDATE, DELETE ON complaints.settings, complaints.root_cause, complaints.follow_up,
  complaints.recovery_response TO fokus_app;

SELECT platform.enable_tenant_isolation('complaints.settings');

SELECT platform.enable_tenant_isolation('complaints.root_cause');

SELECT platform.enable_tenant_isolation('complaints.follow_up');

SELECT platform.enable_tenant_isolation('complaints.recovery_response');
--rollback DROP TABLE complaints.recovery_response, complaints.follow_up, complaints.settings;
--rollback ALTER TABLE complaints.complaint DROP COLUMN root_cause_id, DROP COLUMN issue_resolved;
--rollback DROP TABLE complaints.root_cause;
