--liquibase formatted sql logicalFilePath:db/changelog/001-tenants.sql

--changeset fokus:001-tenants-schema
--validCheckSum: 9:e3cc1d983536efde09caa90b1cd91228
-- Rewritten to call platform.enable_tenant_isolation; databases that ran the earlier text keep its checksum above.
CREATE SCHEMA tenants;
GRANT USAGE ON SCHEMA tenants TO fokus_app;

CREATE TABLE tenants.tenant (
  tenant_id      uuid        NOT NULL PRIMARY KEY,
  name           text        NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  slug           text        NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{2,39}$'),
  locale         text        NOT NULL CHECK (locale IN ('en', 'de')),
  timezone       text        NOT NULL,
  business_hours jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
-- Slugs are unique across tenants; RLS hides the other rows but the index still answers a conflict.
CREATE UNIQUE INDEX tenant_slug_uq ON tenants.tenant (slug);

CREATE TABLE tenants.unit (
  tenant_id  uuid        NOT NULL REFERENCES tenants.tenant (tenant_id),
  id         uuid        NOT NULL,
  parent_id  uuid,
  name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  kind       text        NOT NULL CHECK (kind IN ('DEPARTMENT', 'TEAM')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES tenants.unit (tenant_id, id)
);
CREATE UNIQUE INDEX unit_sibling_name_uq
  ON tenants.unit (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE INDEX unit_parent_idx ON tenants.unit (tenant_id, parent_id);

CREATE TABLE tenants.member (
  tenant_id    uuid        NOT NULL REFERENCES tenants.tenant (tenant_id),
  id           uuid        NOT NULL,
  subject      text,
  email        text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  roles        text[]      NOT NULL CHECK (cardinality(roles) >= 1
                 AND roles <@ ARRAY['ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR']::text[]),
  unit_id      uuid,
  level        text        NOT NULL CHECK (level IN ('EXECUTIVE', 'MANAGER', 'FRONTLINE')),
  status       text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES tenants.unit (tenant_id, id)
);
CREATE UNIQUE INDEX member_email_uq ON tenants.member (tenant_id, email);
CREATE UNIQUE INDEX member_subject_uq ON tenants.member (tenant_id, subject);
CREATE INDEX member_subject_idx ON tenants.member (subject);
CREATE INDEX member_unit_idx ON tenants.member (tenant_id, unit_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON tenants.tenant, tenants.unit, tenants.member TO fokus_app;

-- Row-level security, fail-closed: no tenant set means no rows and no writes (DESIGN.md §5).
SELECT platform.enable_tenant_isolation('tenants.tenant');

SELECT platform.enable_tenant_isolation('tenants.unit');

SELECT platform.enable_tenant_isolation('tenants.member');

-- Resolving the tenant of a request: an authenticated subject may read its own memberships in every tenant
-- (app.subject is set from the validated token), and an invited member not yet linked to a login may be found by
-- the verified email of the token (app.verified_email). Read-only: writes still need the tenant.
CREATE POLICY own_memberships ON tenants.member FOR SELECT
  USING (subject = nullif(current_setting('app.subject', true), '')
         OR (subject IS NULL AND email = nullif(current_setting('app.verified_email', true), '')));
CREATE POLICY own_tenants ON tenants.tenant FOR SELECT
  USING (tenant_id IN (SELECT m.tenant_id FROM tenants.member m
                       WHERE m.subject = nullif(current_setting('app.subject', true), '')
                          OR (m.subject IS NULL AND m.email = nullif(current_setting('app.verified_email', true), ''))));
--rollback DROP SCHEMA tenants CASCADE;
