--liquibase formatted sql

--changeset fokus:019-complaints-inbox-indexes
-- Indexes measured with infra/bench/complaints-benchmark.sh (a tenant with a million complaints).
-- The inbox's first page in its default order (newest first) and by last change, read from an index instead of
-- sorting every complaint of the tenant.
CREATE INDEX complaint_created_idx ON complaints.complaint (tenant_id, created_at, number);
CREATE INDEX complaint_updated_idx ON complaints.complaint (tenant_id, updated_at, number);
-- The SLA report reads the clocks decided in its period and the group and visibility columns of their complaints
-- from these two indexes alone (index-only scans), not from the wide rows with texts.
CREATE INDEX complaint_report_idx ON complaints.complaint (tenant_id, id)
  INCLUDE (unit_id, assignee_id, category_id, priority_id);
CREATE INDEX sla_clock_decided_covering_idx ON complaints.sla_clock (tenant_id, (coalesce(breached_at, stopped_at)))
  INCLUDE (complaint_id, kind, state, outcome, used_seconds, breached_at, stopped_at)
  WHERE breached_at IS NOT NULL OR stopped_at IS NOT NULL;
DROP INDEX complaints.sla_clock_decided_idx;
--rollback DROP INDEX complaints.complaint_created_idx; DROP INDEX complaints.complaint_updated_idx; DROP INDEX complaints.complaint_report_idx; DROP INDEX complaints.sla_clock_decided_covering_idx; CREATE INDEX sla_clock_decided_idx ON complaints.sla_clock (tenant_id, (coalesce(breached_at, stopped_at))) WHERE breached_at IS NOT NULL OR stopped_at IS NOT NULL;
