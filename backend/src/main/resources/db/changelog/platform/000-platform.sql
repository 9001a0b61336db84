--liquibase formatted sql logicalFilePath:db/changelog/000-platform.sql

--changeset fokus:000-app-role splitStatements:false
-- The application role owns nothing, is not superuser and cannot bypass row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fokus_app') THEN
    CREATE ROLE fokus_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
--rollback DROP ROLE fokus_app;

--changeset fokus:000-app-login runAlways:true runOnChange:true splitStatements:false
-- fokus_app gets the password the application connects with (spring.datasource.password). An operator who manages
-- the role elsewhere and gives the owner no CREATEROLE keeps their password: the owner may not change it then.
DO $$
BEGIN
  IF '${app_password}' <> '' THEN
    EXECUTE format('ALTER ROLE fokus_app WITH LOGIN PASSWORD %L', '${app_password}');
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'fokus_app''s password is left as it is: the migrating role may not change it (no CREATEROLE)';
END
$$;

--changeset fokus:000-event-publication
-- Spring Modulith's JDBC event publication registry (transactional outbox). Events carry their TenantId in the payload.
CREATE TABLE event_publication (
  id                     uuid NOT NULL PRIMARY KEY,
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO fokus_app;
--rollback DROP TABLE event_publication;
