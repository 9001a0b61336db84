package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.ANSWER;
import static fokus.db.surveys.Tables.INVITATION;
import static fokus.db.surveys.Tables.RESPONSE;
import static fokus.db.surveys.Tables.STAFF_PARTICIPATION;

import fokus.db.surveys.tables.records.ResponseRecord;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.SurveyId;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Responses and their answers. */
@Repository
class Responses {

  private final DSLContext db;
  private final JsonMapper json;

  Responses(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** What a stored response says about its respondent: the survey's context and, for staff, unit and level. */
  record Context(SurveyId surveyId, int version, UUID invitationId, String touchpoint, Audience audience,
      String language, Map<String, String> attributes, UUID unitId, Level level) {
  }

  /**
   * Stores a response with its answers, or nothing if the survey already has a response of that submission id: the
   * unique index decides, so a copy of the submission sent at the same moment waits for the first one's transaction
   * and then stores nothing (empty) instead of failing. A staff response is dated by its reporting period only
   * ({@link StaffPeriod}).
   */
  Optional<Response> insert(TenantId tenant, UUID submissionId, Context context,
      List<Questionnaire.Answer> answers) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Response> response = db.insertInto(RESPONSE)
        .set(RESPONSE.TENANT_ID, tenant.value())
        .set(RESPONSE.ID, id)
        .set(RESPONSE.SURVEY_ID, context.surveyId().value())
        .set(RESPONSE.VERSION, context.version())
        .set(RESPONSE.SUBMISSION_ID, submissionId)
        .set(RESPONSE.INVITATION_ID, context.invitationId())
        .set(RESPONSE.TOUCHPOINT, context.touchpoint())
        .set(RESPONSE.AUDIENCE, context.audience().name())
        .set(RESPONSE.LANGUAGE, context.language())
        .set(RESPONSE.ATTRIBUTES, JSONB.valueOf(json.writeValueAsString(context.attributes())))
        .set(RESPONSE.UNIT_ID, context.unitId())
        .set(RESPONSE.LEVEL, context.level() == null ? null : context.level().name())
        .set(RESPONSE.SUBMITTED_AT, context.audience() == Audience.STAFF ? StaffPeriod.of(now) : now)
        .onConflict(RESPONSE.TENANT_ID, RESPONSE.SURVEY_ID, RESPONSE.SUBMISSION_ID).doNothing()
        .returning()
        .fetchOptional(Responses::response);
    if (response.isEmpty()) {
      return response;
    }
    var insert = db.insertInto(ANSWER, ANSWER.TENANT_ID, ANSWER.RESPONSE_ID, ANSWER.QUESTION_ID,
        ANSWER.QUESTION_TYPE, ANSWER.NUMBER_VALUE, ANSWER.CHOICES, ANSWER.TEXT_VALUE);
    for (Questionnaire.Answer a : answers) {
      insert = insert.values(tenant.value(), id, a.questionId(), a.type().name(), a.number(),
          a.choices() == null ? null : a.choices().toArray(String[]::new), a.text());
    }
    if (!answers.isEmpty()) {
      insert.execute();
    }
    return response;
  }

  Optional<Response> bySubmission(TenantId tenant, SurveyId surveyId, UUID submissionId) {
    return db.selectFrom(RESPONSE).where(RESPONSE.TENANT_ID.eq(tenant.value()),
        RESPONSE.SURVEY_ID.eq(surveyId.value()), RESPONSE.SUBMISSION_ID.eq(submissionId))
        .fetchOptional(Responses::response);
  }

  private static Response response(ResponseRecord r) {
    return new Response(new ResponseId(r.getId()), r.getVersion(), r.getInvitationId(), r.getSubmittedAt());
  }

  /** The text answers of a customer response, in question order of its version; empty for a staff response. */
  List<String> customerTexts(TenantId tenant, ResponseId id) {
    return db.select(ANSWER.TEXT_VALUE).from(ANSWER).join(RESPONSE)
        .on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(ANSWER.TENANT_ID.eq(tenant.value()), ANSWER.RESPONSE_ID.eq(id.value()),
            RESPONSE.AUDIENCE.eq(Audience.CUSTOMER.name()), ANSWER.TEXT_VALUE.isNotNull(),
            ANSWER.TEXT_VALUE.ne(""))
        .orderBy(ANSWER.QUESTION_ID)
        .fetch(ANSWER.TEXT_VALUE);
  }

  /** The customer who gave a customer response, if it was a known (invited) customer. */
  Optional<CustomerId> respondent(TenantId tenant, ResponseId id) {
    return db.select(INVITATION.CUSTOMER_ID).from(RESPONSE).join(INVITATION)
        .on(INVITATION.TENANT_ID.eq(RESPONSE.TENANT_ID), INVITATION.ID.eq(RESPONSE.INVITATION_ID))
        .where(RESPONSE.TENANT_ID.eq(tenant.value()), RESPONSE.ID.eq(id.value()),
            RESPONSE.AUDIENCE.eq(Audience.CUSTOMER.name()))
        .fetchOptional(r -> new CustomerId(r.value1()));
  }

  boolean participated(TenantId tenant, SurveyId surveyId, UUID memberId) {
    return db.fetchExists(STAFF_PARTICIPATION, STAFF_PARTICIPATION.TENANT_ID.eq(tenant.value())
        .and(STAFF_PARTICIPATION.SURVEY_ID.eq(surveyId.value())).and(STAFF_PARTICIPATION.MEMBER_ID.eq(memberId)));
  }

  /** Records that a member answered; false if the member already had. */
  boolean recordParticipation(TenantId tenant, SurveyId surveyId, UUID memberId) {
    return db.insertInto(STAFF_PARTICIPATION)
        .set(STAFF_PARTICIPATION.TENANT_ID, tenant.value())
        .set(STAFF_PARTICIPATION.SURVEY_ID, surveyId.value())
        .set(STAFF_PARTICIPATION.MEMBER_ID, memberId)
        .set(STAFF_PARTICIPATION.ANSWERED_AT, StaffPeriod.of(OffsetDateTime.now())) // no timing to match answers with
        .onConflictDoNothing()
        .execute() == 1;
  }
}
