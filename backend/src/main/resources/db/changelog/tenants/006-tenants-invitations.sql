--liquibase formatted sql logicalFilePath:db/changelog/006-tenants-invitations.sql

--changeset fokus:006-tenants-invitations
--validCheckSum: 9:542743bb7bd2cdc27bd513c57fc98364
-- Rewritten to call platform.enable_tenant_isolation; databases that ran the earlier text keep its checksum above.
-- Invitations to join a tenant (DESIGN.md §2): joining needs the person's consent, so an admin (or a sign-up with an
-- email that already has a login) writes an invitation, and the membership is created only when the login with that
-- verified email accepts it. The link's token is stored as its SHA-256 hash: the table cannot hand out links.
CREATE TABLE tenants.invitation (
  tenant_id    uuid        NOT NULL REFERENCES tenants.tenant (tenant_id),
  id           uuid        NOT NULL,
  email        text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  roles        text[]      NOT NULL CHECK (cardinality(roles) >= 1
                 AND roles <@ ARRAY['ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR']::text[]),
  unit_id      uuid,
  level        text        NOT NULL CHECK (level IN ('EXECUTIVE', 'MANAGER', 'FRONTLINE')),
  token_hash   bytea       NOT NULL CHECK (length(token_hash) = 32),
  status       text        NOT NULL DEFAULT 'PENDING'
                 CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
  expires_at   timestamptz NOT NULL,
  invited_by   uuid,
  member_id    uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES tenants.unit (tenant_id, id),
  FOREIGN KEY (tenant_id, invited_by) REFERENCES tenants.member (tenant_id, id),
  FOREIGN KEY (tenant_id, member_id) REFERENCES tenants.member (tenant_id, id)
);
CREATE UNIQUE INDEX invitation_token_uq ON tenants.invitation (tenant_id, token_hash);
-- one open invitation per person and tenant; a new one is a resend
CREATE UNIQUE INDEX invitation_pending_email_uq ON tenants.invitation (tenant_id, email) WHERE status = 'PENDING';
CREATE INDEX invitation_email_idx ON tenants.invitation (email) WHERE status = 'PENDING';

GRANT SELECT, INSERT, UPDATE ON tenants.invitation TO fokus_app;

SELECT platform.enable_tenant_isolation('tenants.invitation');
-- The invitee, signed in without a tenant, may read the open invitations addressed to the verified email of its
-- token (to list and accept them); read-only: accepting writes inside the invitation's tenant.
CREATE POLICY own_invitations ON tenants.invitation FOR SELECT
  USING (status = 'PENDING' AND email = nullif(current_setting('app.verified_email', true), ''));
-- ... and the name of the tenant that invites it.
CREATE POLICY invited_tenants ON tenants.tenant FOR SELECT
  USING (tenant_id IN (SELECT i.tenant_id FROM tenants.invitation i
                       WHERE i.status = 'PENDING'
                         AND i.email = nullif(current_setting('app.verified_email', true), '')));
--rollback DROP POLICY invited_tenants ON tenants.tenant; DROP TABLE tenants.invitation;
