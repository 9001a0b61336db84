--liquibase formatted sql logicalFilePath:db/changelog/007-surveys-staff-period.sql

--changeset fokus:007-surveys-staff-answer-period
-- Staff answers and the record that a member took part keep no time finer than the reporting period, the calendar
-- month in UTC (DESIGN.md §5): existing rows are truncated to their month, and a check keeps new rows so.
-- Row-level security is forced for the owner too, so it is lifted for the migration's own update only.
ALTER TABLE surveys.response NO FORCE ROW LEVEL SECURITY;
ALTER TABLE surveys.staff_participation NO FORCE ROW LEVEL SECURITY;
UPDATE surveys.response SET submitted_at = date_trunc('month', submitted_at, 'UTC')
  WHERE audience = 'STAFF' AND submitted_at <> date_trunc('month', submitted_at, 'UTC');
UPDATE surveys.staff_participation SET answered_at = date_trunc('month', answered_at, 'UTC')
  WHERE answered_at <> date_trunc('month', answered_at, 'UTC');
ALTER TABLE surveys.response FORCE ROW LEVEL SECURITY;
ALTER TABLE surveys.staff_participation FORCE ROW LEVEL SECURITY;
ALTER TABLE surveys.response ADD CONSTRAINT response_staff_period_ck
  CHECK (audience <> 'STAFF' OR submitted_at = date_trunc('month', submitted_at, 'UTC'));
ALTER TABLE surveys.staff_participation ALTER COLUMN answered_at SET DEFAULT date_trunc('month', now(), 'UTC');
ALTER TABLE surveys.staff_participation ADD CONSTRAINT staff_participation_period_ck
  CHECK (answered_at = date_trunc('month', answered_at, 'UTC'));
--rollback ALTER TABLE surveys.response DROP CONSTRAINT response_staff_period_ck;
--rollback ALTER TABLE surveys.staff_participation DROP CONSTRAINT staff_participation_period_ck;
--rollback ALTER TABLE surveys.staff_participation ALTER COLUMN answered_at SET DEFAULT now();
