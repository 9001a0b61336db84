package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.RESPONSE;
import static fokus.db.surveys.Tables.SETTINGS;
import static fokus.db.surveys.Tables.SURVEY;
import static fokus.db.surveys.Tables.SURVEY_VERSION;

import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.surveys.Audience;
import io.fokus.surveys.SurveyId;
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

/** Surveys and their published versions. Statuses and audiences are stored by their enum names. */
@Repository
class Surveys {

  private final DSLContext db;
  private final JsonMapper json;

  Surveys(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  SurveyId insert(TenantId tenant, String name, Audience audience, String touchpoint, SurveyDefinition draft,
      UUID createdBy) {
    SurveyId id = SurveyId.random();
    db.insertInto(SURVEY)
        .set(SURVEY.TENANT_ID, tenant.value())
        .set(SURVEY.ID, id.value())
        .set(SURVEY.NAME, name)
        .set(SURVEY.AUDIENCE, audience.name())
        .set(SURVEY.TOUCHPOINT, touchpoint)
        .set(SURVEY.DRAFT, jsonb(draft))
        .set(SURVEY.PUBLIC_TOKEN, TenantTokens.create(tenant))
        .set(SURVEY.CREATED_BY, createdBy)
        .execute();
    return id;
  }

  Optional<Survey> find(TenantId tenant, SurveyId id) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id.value()))
        .fetchOptional(this::survey);
  }

  /** Locks the survey row for the rest of the transaction (publishing, quota checks). */
  Optional<Survey> lock(TenantId tenant, SurveyId id) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id.value())).forUpdate()
        .fetchOptional(this::survey);
  }

  Optional<Survey> findByPublicToken(TenantId tenant, String token) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.PUBLIC_TOKEN.eq(token))
        .fetchOptional(this::survey);
  }

  List<Survey> page(TenantId tenant, SurveyStatus status, Audience audience, String query, int page, int size) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), filter(status, audience, query))
        .orderBy(SURVEY.UPDATED_AT.desc(), SURVEY.ID)
        .limit(size).offset((long) page * size)
        .fetch(this::survey);
  }

  long count(TenantId tenant, SurveyStatus status, Audience audience, String query) {
    return db.fetchCount(SURVEY, SURVEY.TENANT_ID.eq(tenant.value()).and(filter(status, audience, query)));
  }

  private static Condition filter(SurveyStatus status, Audience audience, String query) {
    Condition condition = DSL.trueCondition();
    if (status != null) {
      condition = condition.and(SURVEY.STATUS.eq(status.name()));
    } else {
      condition = condition.and(SURVEY.STATUS.ne(SurveyStatus.ARCHIVED.name()));
    }
    if (audience != null) {
      condition = condition.and(SURVEY.AUDIENCE.eq(audience.name()));
    }
    if (query != null && !query.isBlank()) {
      condition = condition.and(DSL.lower(SURVEY.NAME).like("%" + escape(query.trim().toLowerCase()) + "%", '\\'));
    }
    return condition;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  Map<SurveyId, Long> responseCounts(TenantId tenant, List<SurveyId> surveyIds) {
    return db.select(RESPONSE.SURVEY_ID, DSL.count()).from(RESPONSE)
        .where(RESPONSE.TENANT_ID.eq(tenant.value()), RESPONSE.SURVEY_ID.in(surveyIds.stream().map(SurveyId::value)
            .toList()))
        .groupBy(RESPONSE.SURVEY_ID)
        .fetchMap(r -> new SurveyId(r.value1()), r -> r.value2().longValue());
  }

  long responseCount(TenantId tenant, SurveyId surveyId) {
    return db.fetchCount(RESPONSE, RESPONSE.TENANT_ID.eq(tenant.value()).and(RESPONSE.SURVEY_ID.eq(
        surveyId.value())));
  }

  void updateDraft(TenantId tenant, SurveyId id, String name, String touchpoint, SurveyDefinition draft,
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
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id.value()))
        .execute();
  }

  /** Freezes the draft as the next version and makes it the one respondents answer. */
  int publish(TenantId tenant, Survey survey) {
    int version = survey.isPublished() ? survey.publishedVersion() + 1 : 1;
    db.insertInto(SURVEY_VERSION)
        .set(SURVEY_VERSION.TENANT_ID, tenant.value())
        .set(SURVEY_VERSION.SURVEY_ID, survey.id().value())
        .set(SURVEY_VERSION.VERSION, version)
        .set(SURVEY_VERSION.DEFINITION, jsonb(survey.draft()))
        .execute();
    db.update(SURVEY)
        .set(SURVEY.PUBLISHED_VERSION, version)
        .set(SURVEY.STATUS, SurveyStatus.PUBLISHED.name())
        .set(SURVEY.DRAFT_CHANGED, false)
        .set(SURVEY.UPDATED_AT, OffsetDateTime.now())
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(survey.id().value()))
        .execute();
    return version;
  }

  void setStatus(TenantId tenant, SurveyId id, SurveyStatus status) {
    db.update(SURVEY).set(SURVEY.STATUS, status.name()).set(SURVEY.UPDATED_AT, OffsetDateTime.now())
        .where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id.value())).execute();
  }

  boolean deleteDraft(TenantId tenant, SurveyId id) {
    return db.deleteFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()), SURVEY.ID.eq(id.value()),
        SURVEY.PUBLISHED_VERSION.isNull()).execute() == 1;
  }

  Optional<SurveyDefinition> version(TenantId tenant, SurveyId surveyId, int version) {
    return db.select(SURVEY_VERSION.DEFINITION).from(SURVEY_VERSION)
        .where(SURVEY_VERSION.TENANT_ID.eq(tenant.value()), SURVEY_VERSION.SURVEY_ID.eq(surveyId.value()),
            SURVEY_VERSION.VERSION.eq(version))
        .fetchOptional(SURVEY_VERSION.DEFINITION).map(this::definition);
  }

  /** Every published version's definition, oldest first (questions can change between versions). */
  Map<Integer, SurveyDefinition> versions(TenantId tenant, SurveyId surveyId) {
    return db.select(SURVEY_VERSION.VERSION, SURVEY_VERSION.DEFINITION).from(SURVEY_VERSION)
        .where(SURVEY_VERSION.TENANT_ID.eq(tenant.value()), SURVEY_VERSION.SURVEY_ID.eq(surveyId.value()))
        .orderBy(SURVEY_VERSION.VERSION)
        .fetchMap(SURVEY_VERSION.VERSION, r -> definition(r.value2()));
  }

  List<Survey> openStaffSurveys(TenantId tenant) {
    return db.selectFrom(SURVEY).where(SURVEY.TENANT_ID.eq(tenant.value()),
            SURVEY.AUDIENCE.eq(Audience.STAFF.name()), SURVEY.STATUS.eq(SurveyStatus.PUBLISHED.name()))
        .orderBy(SURVEY.UPDATED_AT.desc()).fetch(this::survey);
  }

  /** The tenant's remembered follow-up survey, if one was made. */
  Optional<SurveyId> followUpSurvey(TenantId tenant) {
    return db.select(SETTINGS.FOLLOW_UP_SURVEY_ID).from(SETTINGS)
        .where(SETTINGS.TENANT_ID.eq(tenant.value()), SETTINGS.FOLLOW_UP_SURVEY_ID.isNotNull())
        .fetchOptional(r -> new SurveyId(r.value1()));
  }

  void rememberFollowUpSurvey(TenantId tenant, SurveyId id) {
    db.insertInto(SETTINGS).set(SETTINGS.TENANT_ID, tenant.value()).set(SETTINGS.FOLLOW_UP_SURVEY_ID, id.value())
        .onConflict(SETTINGS.TENANT_ID).doUpdate().set(SETTINGS.FOLLOW_UP_SURVEY_ID, id.value())
        .execute();
  }

  /** Serialises the making of the tenant's follow-up survey until the transaction ends. */
  void lockFollowUpSurvey(TenantId tenant) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("surveys.follow-up:" + tenant));
  }

  private SurveyDefinition definition(JSONB value) {
    return json.readValue(value.data(), SurveyDefinition.class);
  }

  private Survey survey(SurveyRecord r) {
    return new Survey(new SurveyId(r.getId()), r.getName(), Audience.valueOf(r.getAudience()), r.getTouchpoint(),
        SurveyStatus.valueOf(r.getStatus()), definition(r.getDraft()), r.getDraftChanged(), r.getPublishedVersion(),
        r.getPublicToken(), r.getPublicLinkEnabled(), r.getResponseQuota(), r.getClosesAt(), r.getCreatedAt(),
        r.getUpdatedAt());
  }

  private JSONB jsonb(SurveyDefinition definition) {
    return JSONB.valueOf(json.writeValueAsString(definition));
  }
}
