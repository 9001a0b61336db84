--liquibase formatted sql logicalFilePath:db/changelog/004-mail-and-directory.sql

--changeset fokus:004-survey-mail
--validCheckSum: 9:6f311e0f2f8e2ad91bad80a9b8613bb3
-- Rewritten to call platform.enable_tenant_isolation; databases that ran the earlier text keep its checksum above.
-- Outgoing survey mail (invitations and reminders): a transactional outbox with retries, and the send log.
CREATE TABLE surveys.mail_outbox (
  tenant_id       uuid        NOT NULL,
  id              uuid        NOT NULL,
  survey_id       uuid        NOT NULL,
  invitation_id   uuid        NOT NULL,
  kind            text        NOT NULL CHECK (kind IN ('INVITATION', 'REMINDER')),
  recipient       text        NOT NULL,
  subject         text        NOT NULL,
  body            text        NOT NULL,
  status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, invitation_id) REFERENCES surveys.invitation (tenant_id, id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys.survey (tenant_id, id)
);
CREATE INDEX mail_outbox_due_idx ON surveys.mail_outbox (tenant_id, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_survey_idx ON surveys.mail_outbox (tenant_id, survey_id, created_at);

ALTER TABLE surveys.invitation ADD COLUMN reminders int NOT NULL DEFAULT 0;
ALTER TABLE surveys.invitation ADD COLUMN last_reminded_at timestamptz;
ALTER TABLE surveys.settings ADD COLUMN reminder_after_days int NOT NULL DEFAULT 3 CHECK (reminder_after_days BETWEEN 1 AND 60);
ALTER TABLE surveys.settings ADD COLUMN max_reminders int NOT NULL DEFAULT 1 CHECK (max_reminders BETWEEN 0 AND 5);

GRANT SELECT, INSERT, UPDATE, DELETE ON surveys.mail_outbox TO fokus_app;
SELECT platform.enable_tenant_isolation('surveys.mail_outbox');
--rollback DROP TABLE surveys.mail_outbox;
