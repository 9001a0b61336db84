--liquibase formatted sql

--changeset fokus:010-surveys-customer-directory-moved
-- Surveys no longer keeps customers: they live in the customers module (009), which a module reaches through its
-- API, never by a foreign key into its tables. Invitations keep the customer's id. An erased customer's invitation
-- loses its link token and its mails lose address and text, hence the nullable columns.
ALTER TABLE surveys.invitation DROP CONSTRAINT invitation_tenant_id_customer_id_fkey;
DROP TABLE surveys.customer;
ALTER TABLE surveys.settings DROP COLUMN quiet_period_days;
ALTER TABLE surveys.invitation ALTER COLUMN token DROP NOT NULL;
ALTER TABLE surveys.mail_outbox ALTER COLUMN recipient DROP NOT NULL;
ALTER TABLE surveys.mail_outbox ALTER COLUMN body DROP NOT NULL;
CREATE INDEX invitation_customer_idx ON surveys.invitation (tenant_id, customer_id, created_at);
CREATE INDEX mail_outbox_invitation_idx ON surveys.mail_outbox (tenant_id, invitation_id);
