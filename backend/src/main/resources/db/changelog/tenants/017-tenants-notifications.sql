--liquibase formatted sql

--changeset fokus:017-tenants-notifications
-- Notices to members in the app (an SLA warning to the assignee, a breach to the unit's managers; later promise and
-- training reminders). Texts are stored in both languages when the notice is made, so a notice reads the same later
-- whatever changed since. The key makes a notice idempotent per member: a listener that runs twice notifies once.
CREATE TABLE tenants.notification (
  tenant_id  uuid        NOT NULL,
  id         uuid        NOT NULL,
  member_id  uuid        NOT NULL,
  kind       text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  dedup_key  text        NOT NULL CHECK (length(dedup_key) BETWEEN 1 AND 300),
  title_en   text        NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  title_de   text        NOT NULL CHECK (length(title_de) BETWEEN 1 AND 300),
  body_en    text        NOT NULL CHECK (length(body_en) <= 4000),
  body_de    text        NOT NULL CHECK (length(body_de) <= 4000),
  link       text        CHECK (link LIKE '/%' AND length(link) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES tenants.member (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX notification_dedup_uq ON tenants.notification (tenant_id, member_id, dedup_key);
CREATE INDEX notification_member_idx ON tenants.notification (tenant_id, member_id, created_at DESC);
CREATE INDEX notification_unread_idx ON tenants.notification (tenant_id, member_id) WHERE read_at IS NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenants.notification TO fokus_app;

SELECT platform.enable_tenant_isolation('tenants.notification');
--rollback DROP TABLE tenants.notification;
