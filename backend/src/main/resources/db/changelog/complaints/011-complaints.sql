--liquibase formatted sql

--changeset fokus:011-complaints
-- Complaints and recovery cases with their conversation, and the tenant's categories and priorities (DESIGN.md §8).
-- SLA policies and clocks come in a later changeset.
CREATE SCHEMA complaints;
GRANT USAGE ON SCHEMA complaints TO fokus_app;

-- The public complaint form of the tenant is reached by a token (platform's TenantTokens), so the form link can be
-- replaced without a cross-tenant lookup.
CREATE TABLE complaints.intake_form (
  tenant_id  uuid        NOT NULL PRIMARY KEY,
  token      text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX intake_form_token_uq ON complaints.intake_form (tenant_id, token);

CREATE TABLE complaints.category (
  tenant_id  uuid    NOT NULL,
  id         uuid    NOT NULL,
  name_en    text    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
  name_de    text    NOT NULL CHECK (length(name_de) BETWEEN 1 AND 100),
  active     boolean NOT NULL DEFAULT true,
  position   int     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE complaints.priority (
  tenant_id  uuid    NOT NULL,
  id         uuid    NOT NULL,
  name_en    text    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
  name_de    text    NOT NULL CHECK (length(name_de) BETWEEN 1 AND 100),
  active     boolean NOT NULL DEFAULT true,
  position   int     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);

-- A complaint's customer, unit and assignee belong to other modules (ids only, no foreign keys across modules).
CREATE TABLE complaints.complaint (
  tenant_id            uuid        NOT NULL,
  id                   uuid        NOT NULL,
  number               bigint      NOT NULL CHECK (number > 0),
  customer_id          uuid        NOT NULL,
  kind                 text        NOT NULL CHECK (kind IN ('COMPLAINT', 'RECOVERY')),
  channel              text        NOT NULL CHECK (channel IN ('WEB', 'PHONE', 'VISIT', 'EMAIL', 'API')),
  status               text        NOT NULL DEFAULT 'NEW'
                                   CHECK (status IN ('NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED')),
  category_id          uuid,
  priority_id          uuid,
  unit_id              uuid,
  assignee_id          uuid,
  subject              text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  description          text        NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
  order_reference      text        CHECK (length(order_reference) BETWEEN 1 AND 100),
  client_submission_id text        CHECK (length(client_submission_id) BETWEEN 1 AND 100),
  status_token         text        NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  resolved_at          timestamptz,
  closed_at            timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, category_id) REFERENCES complaints.category (tenant_id, id),
  FOREIGN KEY (tenant_id, priority_id) REFERENCES complaints.priority (tenant_id, id)
);
-- The reference shown to people is C- and the number (C-000123), counted per tenant.
CREATE UNIQUE INDEX complaint_number_uq ON complaints.complaint (tenant_id, number);
CREATE UNIQUE INDEX complaint_submission_uq ON complaints.complaint (tenant_id, client_submission_id);
CREATE UNIQUE INDEX complaint_status_token_uq ON complaints.complaint (tenant_id, status_token);
CREATE INDEX complaint_inbox_idx ON complaints.complaint (tenant_id, status, created_at);
CREATE INDEX complaint_unit_idx ON complaints.complaint (tenant_id, unit_id);
CREATE INDEX complaint_assignee_idx ON complaints.complaint (tenant_id, assignee_id);

-- The conversation: public replies (the customer reads them), internal notes (never shown to the customer) and the
-- customer's own messages. Staff authors are members; a customer's message has no member.
CREATE TABLE complaints.complaint_message (
  tenant_id    uuid        NOT NULL,
  id           uuid        NOT NULL,
  complaint_id uuid        NOT NULL,
  type         text        NOT NULL CHECK (type IN ('PUBLIC_REPLY', 'INTERNAL_NOTE', 'CUSTOMER_MESSAGE')),
  author_id    uuid,
  body         text        NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints.complaint (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT complaint_message_author_ck CHECK ((type = 'CUSTOMER_MESSAGE') = (author_id IS NULL))
);
CREATE INDEX complaint_message_complaint_idx ON complaints.complaint_message (tenant_id, complaint_id, created_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON complaints.intake_form, complaints.category, complaints.priority,
  complaints.complaint, complaints.complaint_message TO fokus_app;

SELECT platform.enable_tenant_isolation('complaints.intake_form');

SELECT platform.enable_tenant_isolation('complaints.category');

SELECT platform.enable_tenant_isolation('complaints.priority');

SELECT platform.enable_tenant_isolation('complaints.complaint');

SELECT platform.enable_tenant_isolation('complaints.complaint_message');
--rollback DROP SCHEMA complaints CASCADE;
