--liquibase formatted sql

--changeset fokus:025-training splitStatements:false
-- Customer-orientation training (DESIGN.md §10): the course catalogue with versions, assignments with due dates,
-- completions (quiz passed or acknowledged) and recertification. The rules that assign courses from customer data
-- follow in their own file.
CREATE SCHEMA training;
GRANT USAGE ON SCHEMA training TO fokus_app;

-- Reminders: that many days before an assignment is due, and before a completion expires.
CREATE TABLE training.settings (
  tenant_id               uuid        NOT NULL PRIMARY KEY,
  remind_days_before_due  int         NOT NULL DEFAULT 3 CHECK (remind_days_before_due BETWEEN 0 AND 60),
  remind_days_before_expiry int       NOT NULL DEFAULT 14 CHECK (remind_days_before_expiry BETWEEN 0 AND 180),
  -- a member who joins a unit or level with an open group assignment gets at least this long
  joiner_days             int         NOT NULL DEFAULT 14 CHECK (joiner_days BETWEEN 1 AND 365),
  updated_at              timestamptz NOT NULL DEFAULT now()
);

-- A course: DRAFT until first published, PUBLISHED (members take published_version; a draft_version may be in the
-- works), RETIRED (no new assignments; completions stay). starter_key marks the three courses Fokus ships.
CREATE TABLE training.course (
  tenant_id         uuid        NOT NULL,
  id                uuid        NOT NULL,
  status            text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
  published_version int         CHECK (published_version > 0),
  draft_version     int         CHECK (draft_version > 0),
  starter_key       text        CHECK (starter_key IN ('LISTENING', 'PROMISES', 'COMPLAINTS')),
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT course_published_ck CHECK (status = 'DRAFT' OR published_version IS NOT NULL),
  CONSTRAINT course_draft_ck CHECK (status <> 'DRAFT' OR draft_version IS NOT NULL)
);
CREATE UNIQUE INDEX course_starter_uq ON training.course (tenant_id, starter_key) WHERE starter_key IS NOT NULL;

-- What a course says in one version. Published versions never change: a completion names the version taken.
-- quiz: {"passMark": 80, "questions": [{"id", "textEn", "textDe", "multiple", "options": [{"id", "textEn", "textDe",
-- "correct"}]}]}; null: the course is completed by acknowledging it.
CREATE TABLE training.course_version (
  tenant_id        uuid        NOT NULL,
  course_id        uuid        NOT NULL,
  version          int         NOT NULL CHECK (version > 0),
  title_en         text        CHECK (length(title_en) BETWEEN 1 AND 200),
  title_de         text        CHECK (length(title_de) BETWEEN 1 AND 200),
  description_en   text        CHECK (length(description_en) <= 2000),
  description_de   text        CHECK (length(description_de) <= 2000),
  content_en       text        CHECK (length(content_en) <= 50000),
  content_de       text        CHECK (length(content_de) <= 50000),
  external_url     text        CHECK (length(external_url) <= 2000),
  duration_minutes int         NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  validity_months  int         CHECK (validity_months BETWEEN 1 AND 120),
  window_days      int         NOT NULL DEFAULT 30 CHECK (window_days BETWEEN 0 AND 365),
  quiz             jsonb,
  published_at     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, course_id, version),
  FOREIGN KEY (tenant_id, course_id) REFERENCES training.course (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT course_version_title_ck CHECK (title_en IS NOT NULL OR title_de IS NOT NULL)
);

-- An assignment to a group (a unit with or without its sub-units, a level, a role): its members get an assignment
-- each, and so does a member who joins the group later while it is open.
CREATE TABLE training.assignment_group (
  tenant_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  course_id        uuid        NOT NULL,
  kind             text        NOT NULL CHECK (kind IN ('UNIT', 'LEVEL', 'ROLE')),
  unit_id          uuid,
  include_subunits boolean     NOT NULL DEFAULT true,
  level            text        CHECK (level IN ('EXECUTIVE', 'MANAGER', 'FRONTLINE')),
  role             text        CHECK (role IN ('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')),
  due_on           date        NOT NULL,
  open             boolean     NOT NULL DEFAULT true,
  created_by       uuid,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, course_id) REFERENCES training.course (tenant_id, id),
  CONSTRAINT assignment_group_target_ck CHECK ((kind = 'UNIT') = (unit_id IS NOT NULL)
    AND (kind = 'LEVEL') = (level IS NOT NULL) AND (kind = 'ROLE') = (role IS NOT NULL))
);
CREATE INDEX assignment_group_open_idx ON training.assignment_group (tenant_id, kind) WHERE open;

-- A member's assignment of a course, one per cycle: ASSIGNED, OVERDUE (past due, set by the job), COMPLETED (with the
-- version taken; expires_at after the course's validity), EXPIRED (a completion past expires_at, set by the job),
-- CANCELLED. Recertification opens the next cycle as a new assignment (previous_id), so the old completion and the
-- new one never mix. due_at is the end of due_on in the tenant's time zone.
CREATE TABLE training.assignment (
  tenant_id          uuid        NOT NULL,
  id                 uuid        NOT NULL,
  course_id          uuid        NOT NULL,
  member_id          uuid        NOT NULL,
  unit_id            uuid,
  status             text        NOT NULL CHECK (status IN ('ASSIGNED', 'OVERDUE', 'COMPLETED', 'EXPIRED',
                                   'CANCELLED')),
  cycle              int         NOT NULL DEFAULT 1 CHECK (cycle > 0),
  due_on             date        NOT NULL,
  due_at             timestamptz NOT NULL,
  source             text        NOT NULL CHECK (source IN ('MANUAL', 'GROUP', 'RULE', 'RECERTIFICATION')),
  group_id           uuid,
  previous_id        uuid,
  assigned_by        uuid,
  assigned_at        timestamptz NOT NULL,
  completed_at       timestamptz,
  completed_version  int,
  completion_method  text        CHECK (completion_method IN ('QUIZ', 'ACKNOWLEDGED')),
  score              int         CHECK (score BETWEEN 0 AND 100),
  expires_at         timestamptz,
  -- when the next cycle's assignment is created (expires_at minus the course's window); null: never expires
  window_opens_at    timestamptz,
  next_id            uuid,
  due_reminded_at    timestamptz,
  expiry_reminded_at timestamptz,
  cancelled_reason   text        CHECK (length(cancelled_reason) BETWEEN 1 AND 500),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, course_id) REFERENCES training.course (tenant_id, id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES training.assignment_group (tenant_id, id),
  FOREIGN KEY (tenant_id, previous_id) REFERENCES training.assignment (tenant_id, id),
  CONSTRAINT assignment_completed_ck CHECK ((status IN ('COMPLETED', 'EXPIRED')) = (completed_at IS NOT NULL))
);
-- no second open assignment of a course for a member
CREATE UNIQUE INDEX assignment_open_uq ON training.assignment (tenant_id, course_id, member_id)
  WHERE status IN ('ASSIGNED', 'OVERDUE');
CREATE INDEX assignment_member_idx ON training.assignment (tenant_id, member_id, due_at);
CREATE INDEX assignment_course_idx ON training.assignment (tenant_id, course_id, unit_id);
-- the jobs: open ones by due time, completions by expiry and by the opening of their recertification window
CREATE INDEX assignment_due_idx ON training.assignment (tenant_id, due_at) WHERE status = 'ASSIGNED';
CREATE INDEX assignment_expiry_idx ON training.assignment (tenant_id, expires_at) WHERE status = 'COMPLETED';
CREATE INDEX assignment_window_idx ON training.assignment (tenant_id, window_opens_at)
  WHERE status = 'COMPLETED' AND next_id IS NULL;

-- Each try at a course's quiz: the answers (question id → chosen option ids), the score in percent, passed or not.
CREATE TABLE training.attempt (
  tenant_id     uuid        NOT NULL,
  id            uuid        NOT NULL,
  assignment_id uuid        NOT NULL,
  version       int         NOT NULL,
  answers       jsonb       NOT NULL,
  score         int         NOT NULL CHECK (score BETWEEN 0 AND 100),
  passed        boolean     NOT NULL,
  at            timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES training.assignment (tenant_id, id)
);
CREATE INDEX attempt_assignment_idx ON training.attempt (tenant_id, assignment_id, at);

GRANT SELECT, INSERT, UPDATE, DELETE ON training.settings, training.course, training.course_version,
  training.assignment_group, training.assignment, training.attempt TO fokus_app;

SELECT platform.enable_tenant_isolation('training.settings');
SELECT platform.enable_tenant_isolation('training.course');
SELECT platform.enable_tenant_isolation('training.course_version');
SELECT platform.enable_tenant_isolation('training.assignment_group');
SELECT platform.enable_tenant_isolation('training.assignment');
SELECT platform.enable_tenant_isolation('training.attempt');
--rollback DROP SCHEMA training CASCADE;
