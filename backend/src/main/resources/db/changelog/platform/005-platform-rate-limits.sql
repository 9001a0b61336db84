--liquibase formatted sql logicalFilePath:db/changelog/005-platform-rate-limits.sql

--changeset fokus:005-rate-limit-bucket
-- Bucket4j's token buckets for rate limits, shared by every app instance (DESIGN.md §12), keyed by limit and client
-- address or login subject. Not tenant-owned: public requests have no tenant, a login may belong to several tenants,
-- and a bucket holds only a counter state, so it has no tenant column and no row-level security. The application needs
-- exactly what Bucket4j's PostgreSQL backend does: insert a bucket, lock and update it, delete expired ones.
CREATE TABLE public.rate_limit_bucket (
  id         text   NOT NULL PRIMARY KEY,
  state      bytea,
  expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at_idx ON public.rate_limit_bucket (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON public.rate_limit_bucket TO fokus_app;
--rollback DROP TABLE public.rate_limit_bucket;
