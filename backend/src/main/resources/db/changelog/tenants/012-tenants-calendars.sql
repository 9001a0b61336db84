--liquibase formatted sql

--changeset fokus:012-tenants-calendars
-- Business-hours calendars per tenant (DESIGN.md §8): an IANA time zone, working slots per weekday in local time,
-- holidays, or around the clock. Slots and holidays are small lists read and written with their calendar, so they are
-- JSON documents validated by the application. At most one calendar per tenant is the default; while none is, the
-- business hours from the tenant's settings are.
CREATE TABLE tenants.calendar (
  tenant_id        uuid        NOT NULL REFERENCES tenants.tenant (tenant_id),
  id               uuid        NOT NULL,
  name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  zone             text        NOT NULL CHECK (length(zone) BETWEEN 1 AND 64),
  around_the_clock boolean     NOT NULL DEFAULT false,
  is_default       boolean     NOT NULL DEFAULT false,
  slots            jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(slots) = 'object'),
  holidays         jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(holidays) = 'array'),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX calendar_name_uq ON tenants.calendar (tenant_id, lower(name));
CREATE UNIQUE INDEX calendar_default_uq ON tenants.calendar (tenant_id) WHERE is_default;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenants.calendar TO fokus_app;

SELECT platform.enable_tenant_isolation('tenants.calendar');
--rollback DROP TABLE tenants.calendar;
