-- One-time setup of an external PostgreSQL for Fokus, run as a superuser (psql -f postgres-setup.sql).
-- The owner runs the migrations (Liquibase creates schemas, tables, policies and the role fokus_app);
-- the application connects as fokus_app, which owns nothing and is subject to row-level security.
CREATE ROLE fokus_owner LOGIN PASSWORD 'change-me-owner' CREATEROLE NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE fokus OWNER fokus_owner;
-- Optional: create the application role yourself instead of letting the migration create it.
-- CREATE ROLE fokus_app LOGIN PASSWORD 'change-me-app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
