package io.fokus.training.internal;

import static fokus.db.training.Tables.ASSIGNMENT;
import static fokus.db.training.Tables.ASSIGNMENT_GROUP;
import static fokus.db.training.Tables.ATTEMPT;

import fokus.db.training.tables.records.AssignmentRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import io.fokus.training.AssignmentId;
import io.fokus.training.AssignmentSource;
import io.fokus.training.CourseId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The assignments, assignment groups and quiz attempts. */
@Repository
class Assignments {

  private static final List<String> OPEN = List.of(Assignment.Status.ASSIGNED.name(),
      Assignment.Status.OVERDUE.name());

  private final DSLContext db;

  Assignments(DSLContext db) {
    this.db = db;
  }

  /** What a new assignment is. */
  record NewAssignment(CourseId course, MemberId member, UnitId unit, int cycle, LocalDate dueOn, Instant dueAt,
      AssignmentSource source, UUID groupId, AssignmentId previous, MemberId assignedBy, Instant assignedAt) {
  }

  /** Inserts the assignment unless the member has an open one of the course: empty then. */
  Optional<Assignment> insertUnlessOpen(TenantId tenant, NewAssignment a) {
    return db.insertInto(ASSIGNMENT)
        .set(ASSIGNMENT.TENANT_ID, tenant.value())
        .set(ASSIGNMENT.ID, UUID.randomUUID())
        .set(ASSIGNMENT.COURSE_ID, a.course().value())
        .set(ASSIGNMENT.MEMBER_ID, a.member().value())
        .set(ASSIGNMENT.UNIT_ID, a.unit() == null ? null : a.unit().value())
        .set(ASSIGNMENT.STATUS, Assignment.Status.ASSIGNED.name())
        .set(ASSIGNMENT.CYCLE, a.cycle())
        .set(ASSIGNMENT.DUE_ON, a.dueOn())
        .set(ASSIGNMENT.DUE_AT, utc(a.dueAt()))
        .set(ASSIGNMENT.SOURCE, a.source().name())
        .set(ASSIGNMENT.GROUP_ID, a.groupId())
        .set(ASSIGNMENT.PREVIOUS_ID, a.previous() == null ? null : a.previous().value())
        .set(ASSIGNMENT.ASSIGNED_BY, a.assignedBy() == null ? null : a.assignedBy().value())
        .set(ASSIGNMENT.ASSIGNED_AT, utc(a.assignedAt()))
        .onConflict(ASSIGNMENT.TENANT_ID, ASSIGNMENT.COURSE_ID, ASSIGNMENT.MEMBER_ID)
        .where(ASSIGNMENT.STATUS.in(OPEN))
        .doNothing()
        .returning()
        .fetchOptional(Assignments::assignment);
  }

  Optional<Assignment> find(TenantId tenant, AssignmentId id) {
    return db.selectFrom(ASSIGNMENT).where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(id.value()))
        .fetchOptional(Assignments::assignment);
  }

  Optional<Assignment> lock(TenantId tenant, AssignmentId id) {
    return db.selectFrom(ASSIGNMENT).where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(id.value()))
        .forUpdate().fetchOptional(Assignments::assignment);
  }

  Optional<Assignment> openOf(TenantId tenant, CourseId course, MemberId member) {
    return db.selectFrom(ASSIGNMENT).where(ASSIGNMENT.TENANT_ID.eq(tenant.value()),
            ASSIGNMENT.COURSE_ID.eq(course.value()), ASSIGNMENT.MEMBER_ID.eq(member.value()),
            ASSIGNMENT.STATUS.in(OPEN))
        .fetchOptional(Assignments::assignment);
  }

  /** The highest cycle of the member's completions (expired or not) of the course; 0 when none. */
  int completedCycles(TenantId tenant, CourseId course, MemberId member) {
    Integer max = db.select(DSL.max(ASSIGNMENT.CYCLE)).from(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.COURSE_ID.eq(course.value()),
            ASSIGNMENT.MEMBER_ID.eq(member.value()),
            ASSIGNMENT.STATUS.in(Assignment.Status.COMPLETED.name(), Assignment.Status.EXPIRED.name()))
        .fetchOne(0, Integer.class);
    return max == null ? 0 : max;
  }

  /** A member's assignments: open ones first by due time, then the rest newest first. */
  List<Assignment> ofMember(TenantId tenant, MemberId member) {
    return db.selectFrom(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.MEMBER_ID.eq(member.value()),
            ASSIGNMENT.STATUS.ne(Assignment.Status.CANCELLED.name()))
        .orderBy(DSL.when(ASSIGNMENT.STATUS.in(OPEN), 0).otherwise(1), ASSIGNMENT.DUE_AT, ASSIGNMENT.ID)
        .fetch(Assignments::assignment);
  }

  /** What an HR or manager list shows. */
  record Filter(CourseId course, Collection<UnitId> units, MemberId member, Assignment.Status status) {
  }

  private static Condition where(TenantId tenant, Filter f) {
    Condition where = ASSIGNMENT.TENANT_ID.eq(tenant.value());
    if (f.course() != null) {
      where = where.and(ASSIGNMENT.COURSE_ID.eq(f.course().value()));
    }
    if (f.units() != null) {
      where = where.and(ASSIGNMENT.UNIT_ID.in(f.units().stream().map(UnitId::value).toList()));
    }
    if (f.member() != null) {
      where = where.and(ASSIGNMENT.MEMBER_ID.eq(f.member().value()));
    }
    if (f.status() != null) {
      where = where.and(ASSIGNMENT.STATUS.eq(f.status().name()));
    }
    return where;
  }

  List<Assignment> list(TenantId tenant, Filter f, int offset, int limit) {
    return db.selectFrom(ASSIGNMENT).where(where(tenant, f))
        .orderBy(ASSIGNMENT.DUE_AT, ASSIGNMENT.ID).offset(offset).limit(limit)
        .fetch(Assignments::assignment);
  }

  long count(TenantId tenant, Filter f) {
    return db.fetchCount(ASSIGNMENT, where(tenant, f));
  }

  Map<CourseId, Long> openCounts(TenantId tenant) {
    Map<CourseId, Long> counts = new HashMap<>();
    db.select(ASSIGNMENT.COURSE_ID, DSL.count()).from(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.STATUS.in(OPEN))
        .groupBy(ASSIGNMENT.COURSE_ID)
        .forEach(r -> counts.put(new CourseId(r.value1()), r.value2().longValue()));
    return counts;
  }

  void complete(TenantId tenant, AssignmentId id, Instant at, int version, Assignment.Method method, Integer score,
      Instant expiresAt, Instant windowOpensAt) {
    db.update(ASSIGNMENT)
        .set(ASSIGNMENT.STATUS, Assignment.Status.COMPLETED.name())
        .set(ASSIGNMENT.COMPLETED_AT, utc(at))
        .set(ASSIGNMENT.COMPLETED_VERSION, version)
        .set(ASSIGNMENT.COMPLETION_METHOD, method.name())
        .set(ASSIGNMENT.SCORE, score)
        .set(ASSIGNMENT.EXPIRES_AT, utc(expiresAt))
        .set(ASSIGNMENT.WINDOW_OPENS_AT, utc(windowOpensAt))
        .set(ASSIGNMENT.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(id.value()))
        .execute();
  }

  void cancel(TenantId tenant, AssignmentId id, String reason) {
    db.update(ASSIGNMENT)
        .set(ASSIGNMENT.STATUS, Assignment.Status.CANCELLED.name())
        .set(ASSIGNMENT.CANCELLED_REASON, reason)
        .set(ASSIGNMENT.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(id.value()))
        .execute();
  }

  void linkNext(TenantId tenant, AssignmentId completed, AssignmentId next) {
    db.update(ASSIGNMENT).set(ASSIGNMENT.NEXT_ID, next.value())
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(completed.value()))
        .execute();
  }

  /** Moves the member's assignments with them to their new unit. */
  void moveMember(TenantId tenant, MemberId member, UnitId unit) {
    db.update(ASSIGNMENT).set(ASSIGNMENT.UNIT_ID, unit == null ? null : unit.value())
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.MEMBER_ID.eq(member.value()))
        .execute();
  }

  // ------------------------------------------------------------------------------------------------------ groups

  /** An open assignment to a group: who belongs to it gets the course, members who join later too. */
  record Group(UUID id, CourseId course, String kind, UnitId unit, boolean includeSubunits, String level,
      String role, LocalDate dueOn) {
  }

  void insertGroup(TenantId tenant, Group g, MemberId createdBy) {
    db.insertInto(ASSIGNMENT_GROUP)
        .set(ASSIGNMENT_GROUP.TENANT_ID, tenant.value())
        .set(ASSIGNMENT_GROUP.ID, g.id())
        .set(ASSIGNMENT_GROUP.COURSE_ID, g.course().value())
        .set(ASSIGNMENT_GROUP.KIND, g.kind())
        .set(ASSIGNMENT_GROUP.UNIT_ID, g.unit() == null ? null : g.unit().value())
        .set(ASSIGNMENT_GROUP.INCLUDE_SUBUNITS, g.includeSubunits())
        .set(ASSIGNMENT_GROUP.LEVEL, g.level())
        .set(ASSIGNMENT_GROUP.ROLE, g.role())
        .set(ASSIGNMENT_GROUP.DUE_ON, g.dueOn())
        .set(ASSIGNMENT_GROUP.CREATED_BY, createdBy.value())
        .execute();
  }

  List<Group> openGroups(TenantId tenant) {
    return db.selectFrom(ASSIGNMENT_GROUP)
        .where(ASSIGNMENT_GROUP.TENANT_ID.eq(tenant.value()), ASSIGNMENT_GROUP.OPEN.isTrue())
        .orderBy(ASSIGNMENT_GROUP.CREATED_AT)
        .fetch(r -> new Group(r.getId(), new CourseId(r.getCourseId()), r.getKind(),
            r.getUnitId() == null ? null : new UnitId(r.getUnitId()), r.getIncludeSubunits(), r.getLevel(),
            r.getRole(), r.getDueOn()));
  }

  void closeGroups(TenantId tenant, CourseId course) {
    db.update(ASSIGNMENT_GROUP).set(ASSIGNMENT_GROUP.OPEN, false)
        .where(ASSIGNMENT_GROUP.TENANT_ID.eq(tenant.value()), ASSIGNMENT_GROUP.COURSE_ID.eq(course.value()))
        .execute();
  }

  // ---------------------------------------------------------------------------------------------------- attempts

  void insertAttempt(TenantId tenant, AssignmentId assignment, int version, String answersJson, int score,
      boolean passed, Instant at) {
    db.insertInto(ATTEMPT)
        .set(ATTEMPT.TENANT_ID, tenant.value())
        .set(ATTEMPT.ID, UUID.randomUUID())
        .set(ATTEMPT.ASSIGNMENT_ID, assignment.value())
        .set(ATTEMPT.VERSION, version)
        .set(ATTEMPT.ANSWERS, JSONB.valueOf(answersJson))
        .set(ATTEMPT.SCORE, score)
        .set(ATTEMPT.PASSED, passed)
        .set(ATTEMPT.AT, utc(at))
        .execute();
  }

  List<Attempt> attempts(TenantId tenant, AssignmentId assignment) {
    return db.selectFrom(ATTEMPT)
        .where(ATTEMPT.TENANT_ID.eq(tenant.value()), ATTEMPT.ASSIGNMENT_ID.eq(assignment.value()))
        .orderBy(ATTEMPT.AT)
        .fetch(r -> new Attempt(r.getId(), r.getVersion(), r.getAnswers().data(), r.getScore(), r.getPassed(),
            r.getAt().toInstant()));
  }

  // -------------------------------------------------------------------------------------------------------- jobs

  /** Marks up to {@code limit} assignments past their due time OVERDUE, skipping rows another instance holds. */
  List<Assignment> markOverdue(TenantId tenant, Instant now, int limit) {
    return claimAndSet(tenant, ASSIGNMENT.STATUS.eq(Assignment.Status.ASSIGNED.name())
        .and(ASSIGNMENT.DUE_AT.le(utc(now))), ASSIGNMENT.DUE_AT, limit, Assignment.Status.OVERDUE);
  }

  /** Marks up to {@code limit} completions past their expiry EXPIRED. */
  List<Assignment> expire(TenantId tenant, Instant now, int limit) {
    return claimAndSet(tenant, ASSIGNMENT.STATUS.eq(Assignment.Status.COMPLETED.name())
        .and(ASSIGNMENT.EXPIRES_AT.le(utc(now))), ASSIGNMENT.EXPIRES_AT, limit, Assignment.Status.EXPIRED);
  }

  private List<Assignment> claimAndSet(TenantId tenant, Condition due, org.jooq.Field<OffsetDateTime> order,
      int limit, Assignment.Status status) {
    var claimed = DSL.name("claimed").fields("id").as(DSL.select(ASSIGNMENT.ID).from(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), due)
        .orderBy(order, ASSIGNMENT.ID).limit(limit).forUpdate().skipLocked());
    var claimedId = DSL.field(DSL.name("claimed", "id"), UUID.class);
    return db.with(claimed).update(ASSIGNMENT)
        .set(ASSIGNMENT.STATUS, status.name())
        .set(ASSIGNMENT.UPDATED_AT, DSL.currentOffsetDateTime())
        .from(claimed)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(claimedId), due)
        .returning()
        .fetch(Assignments::assignment);
  }

  /**
   * Claims up to {@code limit} completions whose recertification window opened and that have no next cycle yet,
   * locked until the caller's transaction ends (another instance skips them).
   */
  List<Assignment> windowsOpened(TenantId tenant, Instant now, int limit) {
    return db.selectFrom(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.STATUS.eq(Assignment.Status.COMPLETED.name()),
            ASSIGNMENT.NEXT_ID.isNull(), ASSIGNMENT.WINDOW_OPENS_AT.le(utc(now)))
        .orderBy(ASSIGNMENT.WINDOW_OPENS_AT, ASSIGNMENT.ID).limit(limit)
        .forUpdate().skipLocked()
        .fetch(Assignments::assignment);
  }

  /** Claims the open assignments due within {@code days} that were not reminded yet, and marks them reminded. */
  List<Assignment> remindDue(TenantId tenant, Instant now, int days, int limit) {
    return remind(tenant, ASSIGNMENT.STATUS.eq(Assignment.Status.ASSIGNED.name())
        .and(ASSIGNMENT.DUE_REMINDED_AT.isNull())
        .and(ASSIGNMENT.DUE_AT.le(utc(now.plus(java.time.Duration.ofDays(days)))))
        .and(ASSIGNMENT.DUE_AT.gt(utc(now))), ASSIGNMENT.DUE_REMINDED_AT, now, limit);
  }

  /** Claims the completions expiring within {@code days} that were not reminded yet, and marks them reminded. */
  List<Assignment> remindExpiry(TenantId tenant, Instant now, int days, int limit) {
    return remind(tenant, ASSIGNMENT.STATUS.eq(Assignment.Status.COMPLETED.name())
        .and(ASSIGNMENT.EXPIRY_REMINDED_AT.isNull())
        .and(ASSIGNMENT.EXPIRES_AT.le(utc(now.plus(java.time.Duration.ofDays(days)))))
        .and(ASSIGNMENT.EXPIRES_AT.gt(utc(now))), ASSIGNMENT.EXPIRY_REMINDED_AT, now, limit);
  }

  private List<Assignment> remind(TenantId tenant, Condition due, org.jooq.TableField<AssignmentRecord,
      OffsetDateTime> remindedAt, Instant now, int limit) {
    var claimed = DSL.name("claimed").fields("id").as(DSL.select(ASSIGNMENT.ID).from(ASSIGNMENT)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), due)
        .orderBy(ASSIGNMENT.ID).limit(limit).forUpdate().skipLocked());
    var claimedId = DSL.field(DSL.name("claimed", "id"), UUID.class);
    return db.with(claimed).update(ASSIGNMENT)
        .set(remindedAt, utc(now))
        .from(claimed)
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), ASSIGNMENT.ID.eq(claimedId), due)
        .returning()
        .fetch(Assignments::assignment);
  }

  // -------------------------------------------------------------------------------------------------- compliance

  /** Per unit and course: members assigned it (in any cycle), members current (completed, not expired), overdue. */
  record ComplianceCount(UnitId unit, CourseId course, long members, long current, long overdue) {
  }

  List<ComplianceCount> compliance(TenantId tenant, CourseId course, Collection<UnitId> units) {
    Condition where = ASSIGNMENT.TENANT_ID.eq(tenant.value())
        .and(ASSIGNMENT.STATUS.ne(Assignment.Status.CANCELLED.name()));
    if (course != null) {
      where = where.and(ASSIGNMENT.COURSE_ID.eq(course.value()));
    }
    if (units != null) {
      where = where.and(ASSIGNMENT.UNIT_ID.in(units.stream().map(UnitId::value).toList()));
    }
    return db.select(ASSIGNMENT.UNIT_ID, ASSIGNMENT.COURSE_ID, DSL.countDistinct(ASSIGNMENT.MEMBER_ID),
            DSL.countDistinct(ASSIGNMENT.MEMBER_ID).filterWhere(
                ASSIGNMENT.STATUS.eq(Assignment.Status.COMPLETED.name())),
            DSL.countDistinct(ASSIGNMENT.MEMBER_ID).filterWhere(
                ASSIGNMENT.STATUS.eq(Assignment.Status.OVERDUE.name())))
        .from(ASSIGNMENT).where(where)
        .groupBy(ASSIGNMENT.UNIT_ID, ASSIGNMENT.COURSE_ID)
        .fetch(r -> new ComplianceCount(r.value1() == null ? null : new UnitId(r.value1()),
            new CourseId(r.value2()), r.value3(), r.value4(), r.value5()));
  }

  // ----------------------------------------------------------------------------------------------------- mapping

  static Assignment assignment(AssignmentRecord r) {
    return new Assignment(new AssignmentId(r.getId()), new CourseId(r.getCourseId()), new MemberId(r.getMemberId()),
        r.getUnitId() == null ? null : new UnitId(r.getUnitId()), Assignment.Status.valueOf(r.getStatus()),
        r.getCycle(), r.getDueOn(), r.getDueAt().toInstant(), AssignmentSource.valueOf(r.getSource()),
        r.getGroupId(), r.getPreviousId() == null ? null : new AssignmentId(r.getPreviousId()),
        r.getAssignedBy() == null ? null : new MemberId(r.getAssignedBy()), r.getAssignedAt().toInstant(),
        instant(r.getCompletedAt()), r.getCompletedVersion(),
        r.getCompletionMethod() == null ? null : Assignment.Method.valueOf(r.getCompletionMethod()), r.getScore(),
        instant(r.getExpiresAt()), instant(r.getWindowOpensAt()),
        r.getNextId() == null ? null : new AssignmentId(r.getNextId()), r.getCancelledReason());
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
