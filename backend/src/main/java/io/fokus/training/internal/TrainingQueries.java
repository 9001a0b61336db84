package io.fokus.training.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.stats.Wilson;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import io.fokus.training.AssignmentId;
import io.fokus.training.CourseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the training pages read: assignments with the names of their course, member and unit, and the compliance
 * view (per unit and course: members current and overdue, and the share current with n and a Wilson interval, which
 * groups under 5 members do not get: HR sees who did what anyway, but a percentage of 3 says little).
 */
@Service
public class TrainingQueries {

  /** Groups with fewer members than this show no percentage. */
  public static final int MIN_GROUP = 5;

  private final Assignments assignments;
  private final AssignmentService service;
  private final Courses courses;
  private final TenantsApi tenants;

  TrainingQueries(Assignments assignments, AssignmentService service, Courses courses, TenantsApi tenants) {
    this.assignments = assignments;
    this.service = service;
    this.courses = courses;
    this.tenants = tenants;
  }

  /** An assignment with what a list shows of it. */
  public record AssignmentView(Assignment assignment, String titleEn, String titleDe, String memberName,
      String unitName) {
  }

  public record Page<T>(List<T> items, long total) {
  }

  @Transactional(readOnly = true)
  public Page<AssignmentView> assignments(Actor actor, CourseId course, UnitId unit, MemberId member,
      Assignment.Status status, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    Collection<UnitId> units = unit == null ? null : unitsOf(unit);
    long[] total = new long[1];
    List<Assignment> found = service.list(actor, new Assignments.Filter(course, units, member, status), page, size,
        total);
    return new Page<>(views(tenant, found), total[0]);
  }

  @Transactional(readOnly = true)
  public AssignmentView assignment(Actor actor, AssignmentId id) {
    TenantId tenant = Tenancy.requireTenant();
    Assignment a = assignments.find(tenant, id).orElseThrow(() -> new NotFoundException("assignment"));
    return views(tenant, List.of(a)).getFirst();
  }

  /** The signed-in member's assignments (cancelled ones left out). */
  @Transactional(readOnly = true)
  public List<AssignmentView> mine(Actor actor) {
    TenantId tenant = Tenancy.requireTenant();
    return views(tenant, assignments.ofMember(tenant, actor.member()));
  }

  List<AssignmentView> views(TenantId tenant, List<Assignment> found) {
    Set<MemberId> members = new HashSet<>();
    Set<UnitId> units = new HashSet<>();
    found.forEach(a -> {
      members.add(a.memberId());
      if (a.unitId() != null) {
        units.add(a.unitId());
      }
    });
    Map<MemberId, String> memberNames = members.isEmpty() ? Map.of() : tenants.memberNames(members);
    Map<UnitId, String> unitNames = units.isEmpty() ? Map.of() : tenants.unitNames(units);
    Map<CourseId, CourseContent> titles = titles(tenant);
    List<AssignmentView> views = new ArrayList<>();
    for (Assignment a : found) {
      CourseContent c = titles.get(a.courseId());
      views.add(new AssignmentView(a, c == null ? null : c.titleEn(), c == null ? null : c.titleDe(),
          memberNames.get(a.memberId()), a.unitId() == null ? null : unitNames.get(a.unitId())));
    }
    return views;
  }

  /** The published (or only) version's content of every course, for titles. */
  Map<CourseId, CourseContent> titles(TenantId tenant) {
    List<Course> all = courses.all(tenant);
    List<Course> published = all.stream().filter(c -> c.publishedVersion() != null).toList();
    Map<CourseId, CourseContent> titles = new HashMap<>();
    courses.versions(tenant, published, false).values().forEach(v -> titles.put(v.courseId(), v.content()));
    return titles;
  }

  // ---------------------------------------------------------------------------------------------------- compliance

  /**
   * One unit's compliance with one course: of the members assigned it (any cycle), how many are current (completed
   * and not expired) and how many are overdue; the share current with a 95% Wilson interval, not given under
   * {@link #MIN_GROUP} members.
   */
  public record ComplianceRow(UnitId unit, String unitName, CourseId course, String titleEn, String titleDe,
      long members, long current, long overdue, Double currentPercent, Double low, Double high,
      boolean suppressed) {
  }

  @Transactional(readOnly = true)
  public List<ComplianceRow> compliance(Actor actor, CourseId course, UnitId unit) {
    TenantId tenant = Tenancy.requireTenant();
    Collection<UnitId> units = unit == null ? null : unitsOf(unit);
    Assignments.Filter scoped = service.scoped(actor, new Assignments.Filter(course, units, null, null));
    List<Assignments.ComplianceCount> counts = assignments.compliance(tenant, course, scoped.units());
    Set<UnitId> unitIds = new HashSet<>();
    counts.forEach(c -> {
      if (c.unit() != null) {
        unitIds.add(c.unit());
      }
    });
    Map<UnitId, String> unitNames = unitIds.isEmpty() ? Map.of() : tenants.unitNames(unitIds);
    Map<CourseId, CourseContent> titles = titles(tenant);
    List<ComplianceRow> rows = new ArrayList<>();
    for (Assignments.ComplianceCount c : counts) {
      CourseContent content = titles.get(c.course());
      boolean suppressed = c.members() < MIN_GROUP;
      Wilson.Interval share = suppressed ? null : Wilson.of(c.current(), c.members());
      rows.add(new ComplianceRow(c.unit(), c.unit() == null ? null : unitNames.get(c.unit()), c.course(),
          content == null ? null : content.titleEn(), content == null ? null : content.titleDe(), c.members(),
          c.current(), c.overdue(), share == null ? null : 100 * share.value(),
          share == null ? null : 100 * share.low(), share == null ? null : 100 * share.high(), suppressed));
    }
    rows.sort(Comparator.comparing((ComplianceRow r) -> r.titleEn() == null ? "" : r.titleEn())
        .thenComparing(r -> r.unitName() == null ? "" : r.unitName()));
    return rows;
  }

  private Set<UnitId> unitsOf(UnitId unit) {
    Set<UnitId> units = tenants.unitAndSubunits(unit);
    if (units.isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    return units;
  }
}
