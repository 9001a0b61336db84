--liquibase formatted sql logicalFilePath:db/changelog/002-tenant-identity.sql

--changeset fokus:002-tenant-identity-organization
-- The tenant's organization at the identity provider (Keycloak), when Fokus provisions logins there.
ALTER TABLE tenants.tenant ADD COLUMN identity_org_id text;
--rollback ALTER TABLE tenants.tenant DROP COLUMN identity_org_id;
