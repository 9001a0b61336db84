package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.RESPONSE;
import static fokus.db.surveys.Tables.SURVEY;
import static fokus.db.surveys.Tables.SURVEY_VERSION;

import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Surveys and their published versions. */
@Repository
class Surveys {

  private final DSLContext db;
  private final JsonMapper json;

  Surveys(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  UUID insert(TenantId tenant, String name, String audience, String touchpoint, SurveyDefinition draft,
      UUID createdBy) {
    UUID id = UUID.randomUUID();
    db.insertInto(SURVEY)
        .set(SURVEY.TENANT_ID, tenant.value())
        .set(SURVEY.ID, id)
        .set(SURVEY.NAME, name)
        .set(SURVEY.AUDIENCE, audience)
        .set(SURVEY.TOUCHPOINT, touchpoint)
        .set(SURVEY.DRAFT, jsonb(draft))
        .set(SURVEY.PUBLIC_TOKEN, TenantTokens.create(tenant))
        .set(SURVEY.CREATED_BY, createdBy)
        .execute();
    return id;
  }

  Optional<SurveyRecord> find(TenantId tenant, UUID id) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id)).fetchOptional();
  }

  /** Locks the survey row for the rest of the transaction (publishing, quota checks). */
  Optional<SurveyRecord> lock(TenantId tenant, UUID id) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id)).forUpdate()
        .fetchOptional();
  }

  Optional<SurveyRecord> findByPublicToken(TenantId tenant, String token) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.PUBLIC_TOKEN.eq(token))
        .fetchOptional();
  }

  List<SurveyRecord> page(TenantId tenant, String status, String audience, String query, int page, int size) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), filter(status, audience, query))
        .orderBy(SURVEY.UPDATED_AT.desc(), SURVEY.ID)
        .limit(size).offset((long) page * size)
        .fetch();
  }

  long count(TenantId tenant, String status, String audience, String query) {
    return db.fetchCount(SURVEY, SURVEY.TENANT_ID.eq(tenant.value()).and(filter(status, audience, query)));
  }

  private static Condition filter(String status, String audience, String query) {
    Condition condition = DSL.trueCondition();
    if (status != null) {
      condition = condition.and(SURVEY.STATUS.eq(status));
    } else {
      condition = condition.and(SURVEY.STATUS.ne("ARCHIVED"));
    }
    if (audience != null) {
      condition = condition.and(SURVEY.AUDIENCE.eq(audience));
    }
    if (query != null && !query.isBlank()) {
      condition = condition.and(DSL.lower(SURVEY.NAME).like("%" + escape(query.trim().toLowerCase()) + "%", '\\'));
    }
    return condition;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  Map<UUID, Long> responseCounts(TenantId tenant, List<UUID> surveyIds) {
    return db.select(RESPONSE.SURVEY_ID, DSL.count()).from(RESPONSE)
        .where(RESPONSE.TENANT_ID.eq(tenant.value()), RESPONSE.SURVEY_ID.in(surveyIds))
        .groupBy(RESPONSE.SURVEY_ID)
        .fetchMap(RESPONSE.SURVEY_ID, r -> r.value2().longValue());
  }

  long responseCount(TenantId tenant, UUID surveyId) {
    return db.fetchCount(RESPONSE, RESPONSE.TENANT_ID.eq(tenant.value()).and(RESPONSE.SURVEY_ID.eq(surveyId)));
  }

  void updateDraft(TenantId tenant, UUID id, String name, String touchpoint, SurveyDefinition draft,
      boolean publicLinkEnabled, Integer responseQuota, OffsetDateTime closesAt) {
    db.update(SURVEY)
        .set(SURVEY.NAME, name)
        .set(SURVEY.TOUCHPOINT, touchpoint)
        .set(SURVEY.DRAFT, jsonb(draft))
        .set(SURVEY.DRAFT_CHANGED, true)
        .set(SURVEY.PUBLIC_LINK_ENABLED, publicLinkEnabled)
        .set(SURVEY.RESPONSE_QUOTA, responseQuota)
        .set(SURVEY.CLOSES_AT, closesAt)
        .set(SURVEY.UPDATED_AT, OffsetDateTime.now())
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id))
        .execute();
  }

  /** Freezes the draft as the next version and makes it the one respondents answer. */
  int publish(TenantId tenant, SurveyRecord survey) {
    int version = survey.getPublishedVersion() == null ? 1 : survey.getPublishedVersion() + 1;
    db.insertInto(SURVEY_VERSION)
        .set(SURVEY_VERSION.TENANT_ID, tenant.value())
        .set(SURVEY_VERSION.SURVEY_ID, survey.getId())
        .set(SURVEY_VERSION.VERSION, version)
        .set(SURVEY_VERSION.DEFINITION, survey.getDraft())
        .execute();
    db.update(SURVEY)
        .set(SURVEY.PUBLISHED_VERSION, version)
        .set(SURVEY.STATUS, "PUBLISHED")
        .set(SURVEY.DRAFT_CHANGED, false)
        .set(SURVEY.UPDATED_AT, OffsetDateTime.now())
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(survey.getId()))
        .execute();
    return version;
  }

  void setStatus(TenantId tenant, UUID id, String status) {
    db.update(SURVEY).set(SURVEY.STATUS, status).set(SURVEY.UPDATED_AT, OffsetDateTime.now())
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id)).execute();
  }

  boolean deleteDraft(TenantId tenant, UUID id) {
    return db.deleteFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id),
        SURVEY.PUBLISHED_VERSION.isNull()).execute() == 1;
  }

  Optional<SurveyDefinition> version(TenantId tenant, UUID surveyId, int version) {
    return db.select(SURVEY_VERSION.DEFINITION).from(SURVEY_VERSION)
        .where(SURVEY_VERSION.TENANT_ID.eq(tenant.value()), SURVEY_VERSION.SURVEY_ID.eq(surveyId),
            SURVEY_VERSION.VERSION.eq(version))
        .fetchOptional(SURVEY_VERSION.DEFINITION).map(this::definition);
  }

  /** Every published version's definition, oldest first (questions can change between versions). */
  Map<Integer, SurveyDefinition> versions(TenantId tenant, UUID surveyId) {
    return db.select(SURVEY_VERSION.VERSION, SURVEY_VERSION.DEFINITION).from(SURVEY_VERSION)
        .where(SURVEY_VERSION.TENANT_ID.eq(tenant.value()), SURVEY_VERSION.SURVEY_ID.eq(surveyId))
        .orderBy(SURVEY_VERSION.VERSION)
        .fetchMap(SURVEY_VERSION.VERSION, r -> definition(r.value2()));
  }

  List<SurveyRecord> openStaffSurveys(TenantId tenant) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.AUDIENCE.eq("STAFF"),
        SURVEY.STATUS.eq("PUBLISHED")).orderBy(SURVEY.UPDATED_AT.desc()).fetch();
  }

  SurveyDefinition definition(JSONB value) {
    return json.readValue(value.data(), SurveyDefinition.class);
  }

  SurveyView view(SurveyRecord r, long responses) {
    return new SurveyView(r.getId(), r.getName(), r.getAudience(), r.getTouchpoint(), r.getStatus(),
        definition(r.getDraft()), r.getDraftChanged(), r.getPublishedVersion(), r.getPublicToken(),
        r.getPublicLinkEnabled(), r.getResponseQuota(), r.getClosesAt(), responses, r.getCreatedAt(),
        r.getUpdatedAt());
  }

  private JSONB jsonb(SurveyDefinition definition) {
    return JSONB.valueOf(json.writeValueAsString(definition));
  }
}
