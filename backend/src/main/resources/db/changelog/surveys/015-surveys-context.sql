--liquibase formatted sql

--changeset fokus:015-surveys-context
-- Surveys sent on another module's request (the complaints' follow-up): the invitation carries the requester's opaque
-- context reference, which comes back in SurveyResponseSubmitted; one invitation per context makes asking twice send
-- once. The mail waits in the outbox until not_before. The tenant's default follow-up survey (a short CSAT) is
-- created on first use and remembered in the settings.
ALTER TABLE surveys.invitation ADD COLUMN context text CHECK (length(context) BETWEEN 1 AND 200);
ALTER TABLE surveys.invitation ADD COLUMN not_before timestamptz;
CREATE UNIQUE INDEX invitation_context_uq ON surveys.invitation (tenant_id, context) WHERE context IS NOT NULL;
ALTER TABLE surveys.settings ADD COLUMN follow_up_survey_id uuid;
ALTER TABLE surveys.settings ADD CONSTRAINT settings_follow_up_survey_fk
  FOREIGN KEY (tenant_id, follow_up_survey_id) REFERENCES surveys.survey (tenant_id, id);
--rollback ALTER TABLE surveys.settings DROP COLUMN follow_up_survey_id;
--rollback DROP INDEX surveys.invitation_context_uq;
--rollback ALTER TABLE surveys.invitation DROP COLUMN not_before;
--rollback ALTER TABLE surveys.invitation DROP COLUMN context;
