--liquibase formatted sql

--changeset fokus:022-complaints-touchpoints
-- The tenant's touchpoints for complaints (DESIGN.md §8: a public form per tenant, optionally per touchpoint): the
-- places a customer meets the company (a shop, the hotline, the website), each with its own link to the form.
-- Names are unique per tenant whatever their case; an inactive touchpoint is no longer offered, and its old links
-- open the general form.
CREATE TABLE complaints.touchpoint (
  tenant_id  uuid        NOT NULL,
  id         uuid        NOT NULL,
  name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  active     boolean     NOT NULL DEFAULT true,
  position   int         NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX touchpoint_name_uq ON complaints.touchpoint (tenant_id, lower(name));

GRANT SELECT, INSERT, UPDATE, DELETE ON complaints.touchpoint TO fokus_app;

SELECT platform.enable_tenant_isolation('complaints.touchpoint');

-- Where a complaint came in, by the touchpoint's name at the time (as survey responses carry theirs), so reporting
-- groups complaints and survey answers by the same words and a renamed touchpoint leaves old complaints as they were.
-- Null: the general form, staff who named none, the API.
ALTER TABLE complaints.complaint ADD COLUMN touchpoint text CHECK (length(touchpoint) BETWEEN 1 AND 60);
--rollback ALTER TABLE complaints.complaint DROP COLUMN touchpoint;
--rollback DROP TABLE complaints.touchpoint;
