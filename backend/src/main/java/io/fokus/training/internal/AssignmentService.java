package io.fokus.training.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberProfiles.MemberProfile;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import io.fokus.training.AssignmentId;
import io.fokus.training.AssignmentSource;
import io.fokus.training.CourseId;
import io.fokus.training.TrainingAssigned;
import io.fokus.training.TrainingCompleted;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assignments: HR and admins assign a published course to members, to a unit (with or without its sub-units), a level
 * or a role; a manager to members and units of their own units. A member gets no second open assignment of a course.
 * Group assignments stay open for members who join the group later. Members take their courses and complete them by
 * passing the quiz or, without a quiz, by acknowledging them.
 */
@Service
public class AssignmentService {

  /** At most this many members in one assignment. */
  static final int MAX_MEMBERS = 5000;

  private final Assignments assignments;
  private final CourseService courses;
  private final Courses catalogue;
  private final TrainingSettings settings;
  private final TenantsApi tenants;
  private final Notifications notifications;
  private final TenantEvents events;
  private final JsonMapper json;
  private final Clock clock;

  AssignmentService(Assignments assignments, CourseService courses, Courses catalogue, TrainingSettings settings,
      TenantsApi tenants, Notifications notifications, TenantEvents events, JsonMapper json, Clock clock) {
    this.assignments = assignments;
    this.courses = courses;
    this.catalogue = catalogue;
    this.settings = settings;
    this.tenants = tenants;
    this.notifications = notifications;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** The tenant's training settings (reminders, the least time a member joining a group gets). */
  public record Settings(int remindDaysBeforeDue, int remindDaysBeforeExpiry, int joinerDays) {
  }

  @Transactional(readOnly = true)
  public Settings settings() {
    var s = settings.get(Tenancy.requireTenant());
    return new Settings(s.remindDaysBeforeDue(), s.remindDaysBeforeExpiry(), s.joinerDays());
  }

  @Transactional
  public Settings changeSettings(Actor actor, int remindDaysBeforeDue, int remindDaysBeforeExpiry, int joinerDays) {
    if (!actor.runsTraining()) {
      throw new NotPermittedException("Only HR and admins change the training settings");
    }
    settings.put(Tenancy.requireTenant(), new TrainingSettings.Settings(remindDaysBeforeDue, remindDaysBeforeExpiry,
        joinerDays));
    return settings();
  }

  TrainingSchedule schedule() {
    return new TrainingSchedule(tenants.defaultWorkingCalendar().zone());
  }

  /** Whom to assign: members by id, or one group (a unit, a level, a role). */
  public record Target(List<UUID> memberIds, UUID unitId, Boolean includeSubunits, Level level, Role role) {
  }

  /** What an assignment did: how many got the course now, how many had it open already. */
  public record AssignResult(int assigned, int alreadyOpen, UUID groupId) {
  }

  @Transactional
  public AssignResult assign(Actor actor, CourseId courseId, Target target, LocalDate dueOn) {
    TenantId tenant = Tenancy.requireTenant();
    if (!actor.runsTraining() && !actor.manager()) {
      throw new NotPermittedException("Only HR, admins and managers assign training");
    }
    CourseContent content = courses.assignable(tenant, courseId).content();
    TrainingSchedule schedule = schedule();
    LocalDate today = schedule.dayOf(clock.instant());
    if (dueOn == null) {
      throw new InvalidException("dueOn", "must be given");
    }
    if (dueOn.isBefore(today)) {
      throw new InvalidException("dueOn", "must not be in the past");
    }
    if (dueOn.isAfter(today.plusYears(2))) {
      throw new InvalidException("dueOn", "must be within two years");
    }
    int kinds = (target.memberIds() != null && !target.memberIds().isEmpty() ? 1 : 0)
        + (target.unitId() != null ? 1 : 0) + (target.level() != null ? 1 : 0) + (target.role() != null ? 1 : 0);
    if (kinds != 1) {
      throw new InvalidException("target", "name exactly one of: members, a unit, a level, a role");
    }
    Set<UnitId> managed = actor.runsTraining() ? null : managedUnits(actor);
    List<MemberProfile> members;
    Assignments.Group group = null;
    if (target.memberIds() != null && !target.memberIds().isEmpty()) {
      if (target.memberIds().size() > MAX_MEMBERS) {
        throw new InvalidException("target.memberIds", "at most " + MAX_MEMBERS + " members at once");
      }
      members = new ArrayList<>();
      for (UUID id : new HashSet<>(target.memberIds())) {
        MemberProfile p = tenants.profile(new MemberId(id))
            .orElseThrow(() -> new InvalidException("target.memberIds", "contains a member that does not exist"));
        if (managed != null && (p.unitId() == null || !managed.contains(new UnitId(p.unitId())))) {
          throw new NotPermittedException("A manager assigns training to members of their units only");
        }
        members.add(p);
      }
    } else {
      if (target.unitId() != null) {
        UnitId unit = new UnitId(target.unitId());
        if (tenants.unitAndSubunits(unit).isEmpty()) {
          throw new InvalidException("target.unitId", "is not a unit of the tenant");
        }
        if (managed != null && !managed.contains(unit)) {
          throw new NotPermittedException("A manager assigns training to their units only");
        }
        group = new Assignments.Group(UUID.randomUUID(), courseId, "UNIT", unit,
            !Boolean.FALSE.equals(target.includeSubunits()), null, null, dueOn);
      } else if (managed != null) {
        throw new NotPermittedException("Only HR and admins assign training to a level or a role");
      } else if (target.level() != null) {
        group = new Assignments.Group(UUID.randomUUID(), courseId, "LEVEL", null, false, target.level().name(), null,
            dueOn);
      } else {
        group = new Assignments.Group(UUID.randomUUID(), courseId, "ROLE", null, false, null,
            target.role().name(), dueOn);
      }
      assignments.insertGroup(tenant, group, actor.member());
      Assignments.Group g = group;
      Set<UnitId> groupUnits = g.unit() == null ? null : units(g);
      members = tenants.activeProfiles().stream().filter(p -> belongs(p, g, groupUnits)).toList();
    }
    int assigned = 0;
    int already = 0;
    Instant now = clock.instant();
    for (MemberProfile p : members) {
      var created = assignments.insertUnlessOpen(tenant, new Assignments.NewAssignment(courseId, p.member(),
          p.unit().orElse(null), cycleOf(tenant, courseId, p.member()), dueOn, schedule.endOf(dueOn),
          group == null ? AssignmentSource.MANUAL : AssignmentSource.GROUP, group == null ? null : group.id(), null,
          actor.member(), now));
      if (created.isPresent()) {
        assigned++;
        announce(tenant, created.get(), content);
      } else {
        already++;
      }
    }
    return new AssignResult(assigned, already, group == null ? null : group.id());
  }

  /** Gives a member who joined a unit, level or role the open group assignments of it. */
  @Transactional
  public int applyGroups(TenantId tenant, MemberProfile member) {
    TrainingSchedule schedule = schedule();
    Instant now = clock.instant();
    int joinerDays = settings.get(tenant).joinerDays();
    int assigned = 0;
    Map<CourseId, CourseContent> contents = new HashMap<>();
    for (Assignments.Group g : assignments.openGroups(tenant)) {
      if (!belongs(member, g, g.unit() == null ? null : units(g))) {
        continue;
      }
      LocalDate due = schedule.joinerDueOn(g.dueOn(), now, joinerDays);
      var created = assignments.insertUnlessOpen(tenant, new Assignments.NewAssignment(g.course(), member.member(),
          member.unit().orElse(null), cycleOf(tenant, g.course(), member.member()), due, schedule.endOf(due),
          AssignmentSource.GROUP, g.id(), null, null, now));
      if (created.isPresent()) {
        assigned++;
        announce(tenant, created.get(), contents.computeIfAbsent(g.course(),
            c -> catalogue.published(tenant, c).orElse(null)));
      }
    }
    return assigned;
  }

  /** Opens the next cycle of a completion whose recertification window opened (the job), due when it expires. */
  Assignment recertify(TenantId tenant, Assignment completed) {
    TrainingSchedule schedule = schedule();
    LocalDate due = schedule.dayOf(completed.expiresAt().minusSeconds(1));
    MemberProfile member = tenants.profile(completed.memberId()).orElse(null);
    UnitId unit = member == null ? completed.unitId() : member.unit().orElse(null);
    var created = assignments.insertUnlessOpen(tenant, new Assignments.NewAssignment(completed.courseId(),
        completed.memberId(), unit, completed.cycle() + 1, due, completed.expiresAt(),
        AssignmentSource.RECERTIFICATION, null, completed.id(), null, clock.instant()));
    Assignment next = created.orElseGet(() -> assignments.openOf(tenant, completed.courseId(), completed.memberId())
        .orElseThrow());
    assignments.linkNext(tenant, completed.id(), next.id());
    created.ifPresent(a -> announce(tenant, a, catalogue.published(tenant, a.courseId()).orElse(null)));
    return next;
  }

  /** The cycle of a new assignment: one more than the member's completions of the course so far. */
  private int cycleOf(TenantId tenant, CourseId course, MemberId member) {
    return assignments.completedCycles(tenant, course, member) + 1;
  }

  /** Publishes TrainingAssigned and tells the member; {@code content}: the course's published version (titles). */
  private void announce(TenantId tenant, Assignment a, CourseContent content) {
    events.publish(new TrainingAssigned(tenant, a.id(), a.courseId(), a.memberId(), a.unitId(), a.source(),
        a.cycle(), a.dueOn()));
    String title = content == null ? "a course" : content.title("en");
    String titleDe = content == null ? "einen Kurs" : content.title("de");
    boolean recert = a.source() == AssignmentSource.RECERTIFICATION;
    notifications.notify(Set.of(a.memberId()), new Notice("training.assigned", "training-assigned:" + a.id().value(),
        (recert ? "Time to recertify: " : "New training: ") + title,
        (recert ? "Zeit für die Auffrischung: " : "Neue Schulung: ") + titleDe,
        "Due " + a.dueOn(), "Fällig am " + a.dueOn(), "/training/my/" + a.id().value()));
  }

  private static boolean belongs(MemberProfile p, Assignments.Group g, Set<UnitId> groupUnits) {
    return switch (g.kind()) {
      case "UNIT" -> p.unitId() != null && groupUnits.contains(new UnitId(p.unitId()));
      case "LEVEL" -> p.level() != null && p.level().name().equals(g.level());
      case "ROLE" -> p.roles().stream().anyMatch(r -> r.name().equals(g.role()));
      default -> false;
    };
  }

  private Set<UnitId> units(Assignments.Group g) {
    return g.includeSubunits() ? tenants.unitAndSubunits(g.unit()) : Set.of(g.unit());
  }

  /** The units a manager answers for: theirs and those below. */
  Set<UnitId> managedUnits(Actor actor) {
    return tenants.profile(actor.member()).flatMap(MemberProfile::unit).map(tenants::unitAndSubunits)
        .orElse(Set.of());
  }

  // --------------------------------------------------------------------------------------------- taking a course

  /** A member's assignment with the version they take (open) or took (completed), and their attempts. */
  public record Taking(Assignment assignment, CourseVersion version, List<Attempt> attempts) {
  }

  @Transactional(readOnly = true)
  public List<Assignment> mine(Actor actor) {
    return assignments.ofMember(Tenancy.requireTenant(), actor.member());
  }

  @Transactional(readOnly = true)
  public Taking taking(Actor actor, AssignmentId id) {
    TenantId tenant = Tenancy.requireTenant();
    Assignment a = own(tenant, actor, id);
    return new Taking(a, versionFor(tenant, a), assignments.attempts(tenant, id));
  }

  /** The outcome of an attempt: the score, whether it passed, and the assignment after it. */
  public record AttemptResult(int score, int passMark, boolean passed, Assignment assignment) {
  }

  @Transactional
  public AttemptResult attempt(Actor actor, AssignmentId id, Map<String, Set<String>> answers) {
    TenantId tenant = Tenancy.requireTenant();
    Assignment a = ownLocked(tenant, actor, id);
    requireOpen(a);
    CourseVersion version = versionFor(tenant, a);
    Quiz quiz = version.content().quiz();
    if (quiz == null) {
      throw new ConflictException("This course has no quiz: acknowledge it instead");
    }
    Set<String> questionIds = new HashSet<>();
    quiz.questions().forEach(q -> questionIds.add(q.id()));
    for (String q : answers.keySet()) {
      if (!questionIds.contains(q)) {
        throw new InvalidException("answers", "names a question the quiz does not have: " + q);
      }
    }
    int score = quiz.score(answers);
    boolean passed = quiz.passes(score);
    Instant now = clock.instant();
    assignments.insertAttempt(tenant, id, version.version(), json.writeValueAsString(answers), score, passed, now);
    if (passed) {
      complete(tenant, a, version, Assignment.Method.QUIZ, score, now);
    }
    return new AttemptResult(score, quiz.passMark(), passed, assignments.find(tenant, id).orElseThrow());
  }

  @Transactional
  public Assignment acknowledge(Actor actor, AssignmentId id) {
    TenantId tenant = Tenancy.requireTenant();
    Assignment a = ownLocked(tenant, actor, id);
    requireOpen(a);
    CourseVersion version = versionFor(tenant, a);
    if (version.content().quiz() != null) {
      throw new ConflictException("This course is completed by passing its quiz");
    }
    complete(tenant, a, version, Assignment.Method.ACKNOWLEDGED, null, clock.instant());
    return assignments.find(tenant, id).orElseThrow();
  }

  private void complete(TenantId tenant, Assignment a, CourseVersion version, Assignment.Method method,
      Integer score, Instant now) {
    TrainingSchedule schedule = schedule();
    Instant expires = schedule.expiresAt(now, version.content().validityMonths());
    Instant window = schedule.windowOpensAt(expires, version.content().windowDays());
    assignments.complete(tenant, a.id(), now, version.version(), method, score, expires, window);
    events.publish(new TrainingCompleted(tenant, a.id(), a.courseId(), a.memberId(), a.unitId(), version.version(),
        now, expires, a.source()));
  }

  /** HR, admins, or the member's manager cancel an open assignment, with a reason. */
  @Transactional
  public Assignment cancel(Actor actor, AssignmentId id, String reason) {
    TenantId tenant = Tenancy.requireTenant();
    Assignment a = assignments.lock(tenant, id).orElseThrow(() -> new NotFoundException("assignment"));
    requireOversees(actor, a);
    requireOpen(a);
    assignments.cancel(tenant, id, reason.strip());
    return assignments.find(tenant, id).orElseThrow();
  }

  /** The assignments HR (all) or a manager (their units') sees. */
  @Transactional(readOnly = true)
  public List<Assignment> list(Actor actor, Assignments.Filter filter, int page, int size, long[] total) {
    TenantId tenant = Tenancy.requireTenant();
    Assignments.Filter f = scoped(actor, filter);
    total[0] = assignments.count(tenant, f);
    return assignments.list(tenant, f, page * size, size);
  }

  Assignments.Filter scoped(Actor actor, Assignments.Filter filter) {
    if (actor.runsTraining() || actor.roles().contains(Role.EXECUTIVE)) {
      return filter;
    }
    if (!actor.manager()) {
      throw new NotPermittedException("Only HR, admins, executives and managers see others' training");
    }
    Set<UnitId> managed = managedUnits(actor);
    Collection<UnitId> units = filter.units() == null ? managed
        : filter.units().stream().filter(managed::contains).toList();
    return new Assignments.Filter(filter.course(), units, filter.member(), filter.status());
  }

  private void requireOversees(Actor actor, Assignment a) {
    if (actor.runsTraining()) {
      return;
    }
    if (actor.manager() && a.unitId() != null && managedUnits(actor).contains(a.unitId())) {
      return;
    }
    throw new NotFoundException("assignment");
  }

  private Assignment own(TenantId tenant, Actor actor, AssignmentId id) {
    return assignments.find(tenant, id).filter(a -> a.memberId().equals(actor.member())
            && a.status() != Assignment.Status.CANCELLED)
        .orElseThrow(() -> new NotFoundException("assignment"));
  }

  private Assignment ownLocked(TenantId tenant, Actor actor, AssignmentId id) {
    own(tenant, actor, id);
    return assignments.lock(tenant, id).orElseThrow();
  }

  private static void requireOpen(Assignment a) {
    if (!a.status().open()) {
      throw new ConflictException("This assignment is " + a.status().name().toLowerCase() + ", not open");
    }
  }

  /** The version an open assignment is taken in (the published one), or the one a completion was taken in. */
  private CourseVersion versionFor(TenantId tenant, Assignment a) {
    Course course = catalogue.find(tenant, a.courseId()).orElseThrow();
    int version = a.completedVersion() != null ? a.completedVersion() : course.publishedVersion();
    return catalogue.version(tenant, a.courseId(), version).orElseThrow();
  }
}
