package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.FOLLOW_UP;
import static fokus.db.complaints.Tables.SETTINGS;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.FollowUpCsat;
import io.fokus.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's follow-up settings and the one follow-up survey of each resolved complaint. */
@Repository
class FollowUps {

  private final DSLContext db;

  FollowUps(DSLContext db) {
    this.db = db;
  }

  /** What is stored of a complaint's follow-up; see the changeset for the states. */
  record FollowUp(ComplaintId complaintId, String state, UUID surveyId, UUID invitationId, OffsetDateTime sendAt,
      String notSentReason, UUID responseId, Integer csat, OffsetDateTime answeredAt) {
  }

  ClosedLoop.Settings settings(TenantId tenant) {
    return db.selectFrom(SETTINGS).where(SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new ClosedLoop.Settings(r.getFollowUpEnabled(), r.getFollowUpSurveyId(),
            r.getFollowUpDelayMinutes()))
        .orElse(ClosedLoop.Settings.DEFAULT);
  }

  void save(TenantId tenant, ClosedLoop.Settings s) {
    db.insertInto(SETTINGS)
        .set(SETTINGS.TENANT_ID, tenant.value())
        .set(SETTINGS.FOLLOW_UP_ENABLED, s.followUpEnabled())
        .set(SETTINGS.FOLLOW_UP_SURVEY_ID, s.followUpSurveyId())
        .set(SETTINGS.FOLLOW_UP_DELAY_MINUTES, s.followUpDelayMinutes())
        .onConflict(SETTINGS.TENANT_ID).doUpdate()
        .set(SETTINGS.FOLLOW_UP_ENABLED, s.followUpEnabled())
        .set(SETTINGS.FOLLOW_UP_SURVEY_ID, s.followUpSurveyId())
        .set(SETTINGS.FOLLOW_UP_DELAY_MINUTES, s.followUpDelayMinutes())
        .set(SETTINGS.UPDATED_AT, OffsetDateTime.now())
        .execute();
  }

  /**
   * Claims the complaint's follow-up: true the first time, false when it has one already (a reopened complaint
   * resolved again, or the event delivered again). The row is REQUESTED until the request's outcome is stored in the
   * same transaction.
   */
  boolean claim(TenantId tenant, ComplaintId complaint) {
    return db.insertInto(FOLLOW_UP)
        .set(FOLLOW_UP.TENANT_ID, tenant.value())
        .set(FOLLOW_UP.COMPLAINT_ID, complaint.value())
        .set(FOLLOW_UP.STATE, "REQUESTED")
        .onConflictDoNothing()
        .execute() == 1;
  }

  void requested(TenantId tenant, ComplaintId complaint, UUID surveyId, UUID invitationId, Instant sendAt) {
    db.update(FOLLOW_UP)
        .set(FOLLOW_UP.STATE, "REQUESTED")
        .set(FOLLOW_UP.SURVEY_ID, surveyId)
        .set(FOLLOW_UP.INVITATION_ID, invitationId)
        .set(FOLLOW_UP.SEND_AT, sendAt.atOffset(ZoneOffset.UTC))
        .where(FOLLOW_UP.TENANT_ID.eq(tenant.value()), FOLLOW_UP.COMPLAINT_ID.eq(complaint.value()))
        .execute();
  }

  void notSent(TenantId tenant, ComplaintId complaint, UUID surveyId, String reason) {
    db.update(FOLLOW_UP)
        .set(FOLLOW_UP.STATE, "NOT_SENT")
        .set(FOLLOW_UP.SURVEY_ID, surveyId)
        .set(FOLLOW_UP.NOT_SENT_REASON, reason)
        .where(FOLLOW_UP.TENANT_ID.eq(tenant.value()), FOLLOW_UP.COMPLAINT_ID.eq(complaint.value()))
        .execute();
  }

  /** Links the answer to the complaint's requested follow-up; false when it is linked already (or there is none). */
  boolean answered(TenantId tenant, ComplaintId complaint, UUID responseId, Integer csat, Instant at) {
    return db.update(FOLLOW_UP)
        .set(FOLLOW_UP.STATE, "ANSWERED")
        .set(FOLLOW_UP.RESPONSE_ID, responseId)
        .set(FOLLOW_UP.CSAT, csat)
        .set(FOLLOW_UP.ANSWERED_AT, at.atOffset(ZoneOffset.UTC))
        .where(FOLLOW_UP.TENANT_ID.eq(tenant.value()), FOLLOW_UP.COMPLAINT_ID.eq(complaint.value()),
            FOLLOW_UP.STATE.eq("REQUESTED"))
        .execute() == 1;
  }

  Optional<FollowUp> of(TenantId tenant, ComplaintId complaint) {
    return db.selectFrom(FOLLOW_UP)
        .where(FOLLOW_UP.TENANT_ID.eq(tenant.value()), FOLLOW_UP.COMPLAINT_ID.eq(complaint.value()))
        .fetchOptional(r -> new FollowUp(new ComplaintId(r.getComplaintId()), r.getState(), r.getSurveyId(),
            r.getInvitationId(), r.getSendAt(), r.getNotSentReason(), r.getResponseId(), r.getCsat(),
            r.getAnsweredAt()));
  }

  /** Follow-up CSAT answers of the period per the complaint's category, unit or assignee (as it is now). */
  List<FollowUpCsat> csat(TenantId tenant, FollowUpCsat.Grouping by, Instant from, Instant to) {
    Field<UUID> group = switch (by) {
      case CATEGORY -> COMPLAINT.CATEGORY_ID;
      case UNIT -> COMPLAINT.UNIT_ID;
      case ASSIGNEE -> COMPLAINT.ASSIGNEE_ID;
    };
    Field<Integer> satisfied = DSL.count().filterWhere(FOLLOW_UP.CSAT.ge(4));
    return db.select(group, satisfied, DSL.count()).from(FOLLOW_UP).join(COMPLAINT)
        .on(COMPLAINT.TENANT_ID.eq(FOLLOW_UP.TENANT_ID), COMPLAINT.ID.eq(FOLLOW_UP.COMPLAINT_ID))
        .where(FOLLOW_UP.TENANT_ID.eq(tenant.value()), FOLLOW_UP.CSAT.isNotNull(),
            FOLLOW_UP.ANSWERED_AT.ge(from.atOffset(ZoneOffset.UTC)), FOLLOW_UP.ANSWERED_AT.lt(to.atOffset(ZoneOffset.UTC)))
        .groupBy(group)
        .orderBy(group.asc().nullsLast())
        .fetch(r -> new FollowUpCsat(r.value1(), r.value2(), r.value3()));
  }
}
