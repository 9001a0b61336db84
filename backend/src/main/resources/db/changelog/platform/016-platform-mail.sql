--liquibase formatted sql

--changeset fokus:016-platform-mail
-- The mail outbox every module after surveys queues its mail into (complaint confirmations and replies, notices to
-- members): written in the transaction of what caused it, sent later by the platform's dispatcher, kept as the send
-- log. A key per mail makes queueing idempotent, so a listener that runs twice queues one mail. Its own schema: the
-- application role has no USAGE on schema platform (the isolation function lives there). Recipient and body are
-- null once the person was erased: the log keeps that a mail went out, not to whom.
CREATE SCHEMA mail;
GRANT USAGE ON SCHEMA mail TO fokus_app;

CREATE TABLE mail.outbox (
  tenant_id       uuid        NOT NULL,
  id              uuid        NOT NULL,
  kind            text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  dedup_key       text        NOT NULL CHECK (length(dedup_key) BETWEEN 1 AND 300),
  recipient       text        CHECK (length(recipient) BETWEEN 3 AND 254),
  subject         text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  body            text        CHECK (length(body) BETWEEN 1 AND 50000),
  status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT outbox_pending_complete_ck CHECK (status <> 'PENDING' OR (recipient IS NOT NULL AND body IS NOT NULL))
);
CREATE UNIQUE INDEX outbox_dedup_uq ON mail.outbox (tenant_id, dedup_key);
CREATE INDEX outbox_due_idx ON mail.outbox (tenant_id, next_attempt_at) WHERE status = 'PENDING';

GRANT SELECT, INSERT, UPDATE, DELETE ON mail.outbox TO fokus_app;

SELECT platform.enable_tenant_isolation('mail.outbox');
--rollback DROP SCHEMA mail CASCADE;
