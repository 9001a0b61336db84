--liquibase formatted sql

--changeset fokus:000-enable-tenant-isolation splitStatements:false
-- The tenant-isolation block, written once: every module's changeset calls this for each new tenant table instead of
-- copying the policy (DESIGN.md §5). Fail-closed: without app.tenant_id no row is visible or writable. The application
-- role cannot call it (no USAGE on the schema, no EXECUTE): only migrations do.
CREATE SCHEMA IF NOT EXISTS platform;
CREATE OR REPLACE FUNCTION platform.enable_tenant_isolation(target regclass) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s'
      || ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
      || ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', target);
END
$$;
REVOKE ALL ON FUNCTION platform.enable_tenant_isolation(regclass) FROM PUBLIC;
--rollback DROP SCHEMA platform CASCADE;
