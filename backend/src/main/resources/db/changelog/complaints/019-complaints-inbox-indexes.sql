--liquibase formatted sql

--changeset fokus:019-complaints-inbox-indexes
-- The inbox's first page in its default order (newest first) and by last change, read from an index instead of
-- sorting every complaint of the tenant (infra/bench/complaints-benchmark.sh: a million complaints).
CREATE INDEX complaint_created_idx ON complaints.complaint (tenant_id, created_at, number);
CREATE INDEX complaint_updated_idx ON complaints.complaint (tenant_id, updated_at, number);
--rollback DROP INDEX complaints.complaint_created_idx; DROP INDEX complaints.complaint_updated_idx;
