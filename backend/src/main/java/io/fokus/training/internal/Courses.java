package io.fokus.training.internal;

import static fokus.db.training.Tables.COURSE;
import static fokus.db.training.Tables.COURSE_VERSION;

import fokus.db.training.tables.records.CourseRecord;
import fokus.db.training.tables.records.CourseVersionRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.training.CourseId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's tables: courses and their versions. */
@Repository
class Courses {

  private final DSLContext db;
  private final JsonMapper json;

  Courses(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  void insert(TenantId tenant, CourseId id, String starterKey, UUID createdBy) {
    db.insertInto(COURSE)
        .set(COURSE.TENANT_ID, tenant.value())
        .set(COURSE.ID, id.value())
        .set(COURSE.STATUS, Course.Status.DRAFT.name())
        .set(COURSE.DRAFT_VERSION, 1)
        .set(COURSE.STARTER_KEY, starterKey)
        .set(COURSE.CREATED_BY, createdBy)
        .execute();
  }

  void insertVersion(TenantId tenant, CourseId id, int version, CourseContent c) {
    db.insertInto(COURSE_VERSION)
        .set(COURSE_VERSION.TENANT_ID, tenant.value())
        .set(COURSE_VERSION.COURSE_ID, id.value())
        .set(COURSE_VERSION.VERSION, version)
        .set(values(c))
        .execute();
  }

  void updateVersion(TenantId tenant, CourseId id, int version, CourseContent c) {
    db.update(COURSE_VERSION).set(values(c))
        .where(COURSE_VERSION.TENANT_ID.eq(tenant.value()), COURSE_VERSION.COURSE_ID.eq(id.value()),
            COURSE_VERSION.VERSION.eq(version), COURSE_VERSION.PUBLISHED_AT.isNull())
        .execute();
  }

  private CourseVersionRecord values(CourseContent c) {
    CourseVersionRecord r = new CourseVersionRecord();
    r.setTitleEn(trimmed(c.titleEn()));
    r.setTitleDe(trimmed(c.titleDe()));
    r.setDescriptionEn(trimmed(c.descriptionEn()));
    r.setDescriptionDe(trimmed(c.descriptionDe()));
    r.setContentEn(trimmed(c.contentEn()));
    r.setContentDe(trimmed(c.contentDe()));
    r.setExternalUrl(trimmed(c.externalUrl()));
    r.setDurationMinutes(c.durationMinutes());
    r.setValidityMonths(c.validityMonths());
    r.setWindowDays(c.windowDays());
    r.setQuiz(c.quiz() == null ? null : JSONB.valueOf(json.writeValueAsString(c.quiz())));
    // only the changed fields are written: the key columns stay as they are
    r.changed(COURSE_VERSION.TENANT_ID, false);
    r.changed(COURSE_VERSION.COURSE_ID, false);
    r.changed(COURSE_VERSION.VERSION, false);
    r.changed(COURSE_VERSION.PUBLISHED_AT, false);
    r.changed(COURSE_VERSION.CREATED_AT, false);
    return r;
  }

  /** Makes the draft the published version. */
  void publish(TenantId tenant, CourseId id, int version, Instant now) {
    db.update(COURSE_VERSION).set(COURSE_VERSION.PUBLISHED_AT, utc(now))
        .where(COURSE_VERSION.TENANT_ID.eq(tenant.value()), COURSE_VERSION.COURSE_ID.eq(id.value()),
            COURSE_VERSION.VERSION.eq(version))
        .execute();
    db.update(COURSE)
        .set(COURSE.STATUS, Course.Status.PUBLISHED.name())
        .set(COURSE.PUBLISHED_VERSION, version)
        .setNull(COURSE.DRAFT_VERSION)
        .set(COURSE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value()))
        .execute();
  }

  void setDraftVersion(TenantId tenant, CourseId id, Integer version) {
    db.update(COURSE).set(COURSE.DRAFT_VERSION, version).set(COURSE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value()))
        .execute();
  }

  void deleteVersion(TenantId tenant, CourseId id, int version) {
    db.deleteFrom(COURSE_VERSION)
        .where(COURSE_VERSION.TENANT_ID.eq(tenant.value()), COURSE_VERSION.COURSE_ID.eq(id.value()),
            COURSE_VERSION.VERSION.eq(version), COURSE_VERSION.PUBLISHED_AT.isNull())
        .execute();
  }

  void setStatus(TenantId tenant, CourseId id, Course.Status status) {
    db.update(COURSE).set(COURSE.STATUS, status.name()).set(COURSE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value()))
        .execute();
  }

  void delete(TenantId tenant, CourseId id) {
    db.deleteFrom(COURSE).where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value())).execute();
  }

  Optional<Course> find(TenantId tenant, CourseId id) {
    return db.selectFrom(COURSE).where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value()))
        .fetchOptional(Courses::course);
  }

  /** Locks the course row for a change (publish, edit, retire). */
  Optional<Course> lock(TenantId tenant, CourseId id) {
    return db.selectFrom(COURSE).where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.ID.eq(id.value()))
        .forUpdate().fetchOptional(Courses::course);
  }

  Optional<Course> findStarter(TenantId tenant, String key) {
    return db.selectFrom(COURSE).where(COURSE.TENANT_ID.eq(tenant.value()), COURSE.STARTER_KEY.eq(key))
        .fetchOptional(Courses::course);
  }

  List<Course> all(TenantId tenant) {
    return db.selectFrom(COURSE).where(COURSE.TENANT_ID.eq(tenant.value()))
        .orderBy(COURSE.CREATED_AT, COURSE.ID).fetch(Courses::course);
  }

  /** What the published version of a course says (its titles for notices), if it was ever published. */
  Optional<CourseContent> published(TenantId tenant, CourseId id) {
    return find(tenant, id).filter(c -> c.publishedVersion() != null)
        .flatMap(c -> version(tenant, id, c.publishedVersion())).map(CourseVersion::content);
  }

  Optional<CourseVersion> version(TenantId tenant, CourseId id, int version) {
    return db.selectFrom(COURSE_VERSION)
        .where(COURSE_VERSION.TENANT_ID.eq(tenant.value()), COURSE_VERSION.COURSE_ID.eq(id.value()),
            COURSE_VERSION.VERSION.eq(version))
        .fetchOptional(this::version);
  }

  /** The given versions of the tenant's courses, by course id and version. */
  Map<String, CourseVersion> versions(TenantId tenant, List<Course> courses, boolean edited) {
    if (courses.isEmpty()) {
      return Map.of();
    }
    var keys = courses.stream().map(c -> DSL.row(COURSE_VERSION.COURSE_ID, COURSE_VERSION.VERSION)
        .eq(c.id().value(), edited ? c.editedVersion() : c.publishedVersion())).toList();
    return db.selectFrom(COURSE_VERSION)
        .where(COURSE_VERSION.TENANT_ID.eq(tenant.value()), DSL.or(keys))
        .fetch(this::version).stream()
        .collect(Collectors.toMap(v -> key(v.courseId(), v.version()), v -> v));
  }

  static String key(CourseId id, int version) {
    return id.value() + ":" + version;
  }

  private static Course course(CourseRecord r) {
    return new Course(new CourseId(r.getId()), Course.Status.valueOf(r.getStatus()), r.getPublishedVersion(),
        r.getDraftVersion(), r.getStarterKey(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
  }

  private CourseVersion version(CourseVersionRecord r) {
    Quiz quiz = r.getQuiz() == null ? null : json.readValue(r.getQuiz().data(), Quiz.class);
    return new CourseVersion(new CourseId(r.getCourseId()), r.getVersion(), new CourseContent(r.getTitleEn(),
        r.getTitleDe(), r.getDescriptionEn(), r.getDescriptionDe(), r.getContentEn(), r.getContentDe(),
        r.getExternalUrl(), r.getDurationMinutes(), r.getValidityMonths(), r.getWindowDays(), quiz),
        r.getPublishedAt() == null ? null : r.getPublishedAt().toInstant());
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
