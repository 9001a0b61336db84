--liquibase formatted sql logicalFilePath:db/changelog/003-surveys.sql

--changeset fokus:003-surveys-schema
--validCheckSum: 9:5acd14dd6b1a30d0f5cff3851b3a578e
-- Rewritten to call platform.enable_tenant_isolation; databases that ran the earlier text keep its checksum above.
CREATE SCHEMA surveys;
GRANT USAGE ON SCHEMA surveys TO fokus_app;

-- A survey: its editable draft definition and, once published, a chain of frozen versions.
CREATE TABLE surveys.survey (
  tenant_id           uuid        NOT NULL,
  id                  uuid        NOT NULL,
  name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  audience            text        NOT NULL CHECK (audience IN ('CUSTOMER', 'STAFF')),
  touchpoint          text        NOT NULL CHECK (length(touchpoint) BETWEEN 1 AND 60),
  status              text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
  draft               jsonb       NOT NULL,
  draft_changed       boolean     NOT NULL DEFAULT true,
  published_version   int,
  public_token        text        NOT NULL,
  public_link_enabled boolean     NOT NULL DEFAULT true,
  response_quota      int         CHECK (response_quota > 0),
  closes_at           timestamptz,
  created_by          uuid,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX survey_public_token_uq ON surveys.survey (tenant_id, public_token);
CREATE INDEX survey_status_idx ON surveys.survey (tenant_id, status);

CREATE TABLE surveys.survey_version (
  tenant_id    uuid        NOT NULL,
  survey_id    uuid        NOT NULL,
  version      int         NOT NULL CHECK (version >= 1),
  definition   jsonb       NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, survey_id, version),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys.survey (tenant_id, id)
);

-- One answered questionnaire. Staff responses keep only unit and level, never the member.
CREATE TABLE surveys.response (
  tenant_id     uuid        NOT NULL,
  id            uuid        NOT NULL,
  survey_id     uuid        NOT NULL,
  version       int         NOT NULL,
  submission_id uuid        NOT NULL,
  invitation_id uuid,
  touchpoint    text        NOT NULL,
  audience      text        NOT NULL,
  language      text        NOT NULL,
  attributes    jsonb       NOT NULL DEFAULT '{}'::jsonb,
  unit_id       uuid,
  level         text,
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, survey_id, version) REFERENCES surveys.survey_version (tenant_id, survey_id, version)
);
CREATE UNIQUE INDEX response_submission_uq ON surveys.response (tenant_id, survey_id, submission_id);
CREATE INDEX response_survey_time_idx ON surveys.response (tenant_id, survey_id, submitted_at);

CREATE TABLE surveys.answer (
  tenant_id     uuid   NOT NULL,
  response_id   uuid   NOT NULL,
  question_id   text   NOT NULL,
  question_type text   NOT NULL,
  number_value  int,
  choices       text[],
  text_value    text   CHECK (length(text_value) <= 5000),
  PRIMARY KEY (tenant_id, response_id, question_id),
  FOREIGN KEY (tenant_id, response_id) REFERENCES surveys.response (tenant_id, id) ON DELETE CASCADE
);

-- Customers of the tenant who receive personal invitations; last_invited_at drives the quiet period.
CREATE TABLE surveys.customer (
  tenant_id       uuid        NOT NULL,
  id              uuid        NOT NULL,
  email           text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  name            text        CHECK (length(name) <= 200),
  language        text        NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de')),
  attributes      jsonb       NOT NULL DEFAULT '{}'::jsonb,
  last_invited_at timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX customer_email_uq ON surveys.customer (tenant_id, email);

CREATE TABLE surveys.invitation (
  tenant_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  survey_id   uuid        NOT NULL,
  customer_id uuid        NOT NULL,
  token       text        NOT NULL,
  status      text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ANSWERED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys.survey (tenant_id, id),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES surveys.customer (tenant_id, id)
);
CREATE UNIQUE INDEX invitation_token_uq ON surveys.invitation (tenant_id, token);
CREATE INDEX invitation_survey_idx ON surveys.invitation (tenant_id, survey_id, status);

-- Which members answered a staff survey (so nobody answers twice); their answers are stored without them.
CREATE TABLE surveys.staff_participation (
  tenant_id   uuid        NOT NULL,
  survey_id   uuid        NOT NULL,
  member_id   uuid        NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, survey_id, member_id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys.survey (tenant_id, id)
);

-- Per-tenant survey settings.
CREATE TABLE surveys.settings (
  tenant_id          uuid NOT NULL PRIMARY KEY,
  quiet_period_days  int  NOT NULL DEFAULT 30 CHECK (quiet_period_days BETWEEN 0 AND 365)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON surveys.survey, surveys.survey_version, surveys.response, surveys.answer,
  surveys.customer, surveys.invitation, surveys.staff_participation, surveys.settings TO fokus_app;

SELECT platform.enable_tenant_isolation('surveys.survey');

SELECT platform.enable_tenant_isolation('surveys.survey_version');

SELECT platform.enable_tenant_isolation('surveys.response');

SELECT platform.enable_tenant_isolation('surveys.answer');

SELECT platform.enable_tenant_isolation('surveys.customer');

SELECT platform.enable_tenant_isolation('surveys.invitation');

SELECT platform.enable_tenant_isolation('surveys.staff_participation');

SELECT platform.enable_tenant_isolation('surveys.settings');
--rollback DROP SCHEMA surveys CASCADE;
