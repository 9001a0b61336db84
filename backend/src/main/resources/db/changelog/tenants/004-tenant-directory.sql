--liquibase formatted sql logicalFilePath:db/changelog/004-mail-and-directory.sql

--changeset fokus:004-tenant-directory
-- The list of tenant ids, without any tenant data: scheduled jobs walk it and then work inside each tenant's
-- row-level security scope (DESIGN.md §5). No tenant column and no RLS: it holds nothing but the ids.
CREATE TABLE tenants.tenant_directory (
  id         uuid        NOT NULL PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT ON tenants.tenant_directory TO fokus_app;
INSERT INTO tenants.tenant_directory (id) SELECT tenant_id FROM tenants.tenant ON CONFLICT DO NOTHING;
--rollback DROP TABLE tenants.tenant_directory;

