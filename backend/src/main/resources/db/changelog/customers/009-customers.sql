--liquibase formatted sql

--changeset fokus:009-customers-directory
-- The customer directory moves out of surveys into its own module (DESIGN.md §3). Customers keep their ids, so the
-- invitations in surveys still name their customer; the quiet period becomes the customers' contact policy.
-- The rows come from surveys' hand-over (008).
CREATE SCHEMA customers;
GRANT USAGE ON SCHEMA customers TO fokus_app;

-- A customer of the tenant, identified by normalised email (and an optional external id from the tenant's CRM).
-- An erased customer (GDPR) stays as a tombstone without personal data, so ids held by other modules stay valid.
CREATE TABLE customers.customer (
  tenant_id         uuid        NOT NULL,
  id                uuid        NOT NULL,
  email             text        CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
  external_id       text        CHECK (length(external_id) BETWEEN 1 AND 100),
  name              text        CHECK (length(name) BETWEEN 1 AND 200),
  language          text        NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de')),
  attributes        jsonb       NOT NULL DEFAULT '{}'::jsonb,
  opted_out_at      timestamptz,
  last_contacted_at timestamptz,
  unsubscribe_token text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  erased_at         timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT customer_identified_ck CHECK (erased_at IS NOT NULL OR (email IS NOT NULL AND unsubscribe_token IS NOT NULL)),
  CONSTRAINT customer_erased_ck CHECK (erased_at IS NULL OR (email IS NULL AND external_id IS NULL AND name IS NULL
    AND attributes = '{}'::jsonb AND unsubscribe_token IS NULL))
);
CREATE UNIQUE INDEX customer_email_uq ON customers.customer (tenant_id, email);
CREATE UNIQUE INDEX customer_external_id_uq ON customers.customer (tenant_id, external_id);
CREATE UNIQUE INDEX customer_unsubscribe_token_uq ON customers.customer (tenant_id, unsubscribe_token);
CREATE INDEX customer_created_idx ON customers.customer (tenant_id, created_at) WHERE erased_at IS NULL;

-- Per-tenant contact policy: a customer is contacted at most once within the quiet period, across all surveys.
CREATE TABLE customers.contact_policy (
  tenant_id         uuid NOT NULL PRIMARY KEY,
  quiet_period_days int  NOT NULL DEFAULT 30 CHECK (quiet_period_days BETWEEN 0 AND 365)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON customers.customer, customers.contact_policy TO fokus_app;

-- The customers surveys handed over (008), with their ids. Every customer gets an unsubscribe token shaped like
-- platform's TenantTokens: the tenant id, then random bytes (182 random bits from two random uuids; tokens made by the
-- application have 192).
INSERT INTO customers.customer (tenant_id, id, email, name, language, attributes, last_contacted_at,
    unsubscribe_token, created_at)
  SELECT tenant_id, id, email, nullif(btrim(name), ''), language, attributes, last_contacted_at,
    rtrim(translate(encode(uuid_send(tenant_id), 'base64'), '+/', '-_'), '=')
      || translate(encode(uuid_send(gen_random_uuid()) || substring(uuid_send(gen_random_uuid()) FROM 1 FOR 8),
        'base64'), '+/', '-_'),
    created_at
  FROM public.customer_handover;
INSERT INTO customers.contact_policy (tenant_id, quiet_period_days)
  SELECT tenant_id, quiet_period_days FROM public.contact_policy_handover;
DROP TABLE public.customer_handover;
DROP TABLE public.contact_policy_handover;

SELECT platform.enable_tenant_isolation('customers.customer');

SELECT platform.enable_tenant_isolation('customers.contact_policy');
--rollback DROP SCHEMA customers CASCADE;
