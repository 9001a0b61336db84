--liquibase formatted sql

--changeset fokus:008-surveys-customers-handover
-- Surveys hands its customers and quiet period over to the new customers module (DESIGN.md §3). A module's changelog
-- names only its own schema, so the rows pass through staging tables in public: this changeset fills them, the
-- customers changeset (009) takes them in and drops them. Row-level security is forced for the owner too, so it is
-- lifted for this copy only.
ALTER TABLE surveys.customer NO FORCE ROW LEVEL SECURITY;
ALTER TABLE surveys.settings NO FORCE ROW LEVEL SECURITY;
CREATE TABLE public.customer_handover AS
  SELECT tenant_id, id, email, name, language, attributes, last_invited_at AS last_contacted_at, created_at
  FROM surveys.customer;
CREATE TABLE public.contact_policy_handover AS
  SELECT tenant_id, quiet_period_days FROM surveys.settings;
ALTER TABLE surveys.customer FORCE ROW LEVEL SECURITY;
ALTER TABLE surveys.settings FORCE ROW LEVEL SECURITY;
--rollback DROP TABLE public.customer_handover; DROP TABLE public.contact_policy_handover;
