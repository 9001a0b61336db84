package io.fokus.complaints.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.SlaClockKind;
import io.fokus.complaints.internal.ComplaintService.Kind;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.stats.Wilson;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.CalendarId;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies and the clocks of complaints (DESIGN.md §8). The policy is chosen when a complaint comes in and again
 * when its classification changes; its clocks follow the complaint's status: they run while it is new or open, pause
 * while it waits for the customer, and stop when it is answered (first response), resolved or closed. A resolved
 * complaint that reopens runs its resolution clock again with the time used so far.
 *
 * <p>A recovery case that no policy matches gets the built-in default of DESIGN.md §8: first contact within two
 * working days of the tenant's default calendar, where a working day is the average working time of the calendar's
 * working days in the four weeks from the case's start (holidays and closed days left out, so 8 hours in a Monday to
 * Friday 9–17 calendar and 24 hours in a 24/7 one).
 */
@Service
public class SlaService {

  static final String RECOVERY_DEFAULT = "Default for recovery cases";
  static final int RECOVERY_WORKING_DAYS = 2;

  private final SlaPolicies policies;
  private final SlaClocks clocks;
  private final SlaReports reports;
  private final Classifications classifications;
  private final TenantsApi tenants;
  private final Clock clock;

  SlaService(SlaPolicies policies, SlaClocks clocks, SlaReports reports, Classifications classifications,
      TenantsApi tenants, Clock clock) {
    this.policies = policies;
    this.clocks = clocks;
    this.reports = reports;
    this.classifications = classifications;
    this.tenants = tenants;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- policies

  @Transactional(readOnly = true)
  public List<SlaPolicy> policies() {
    return policies.list(Tenancy.requireTenant());
  }

  @Transactional(readOnly = true)
  public SlaPolicy policy(UUID id) {
    return policies.find(Tenancy.requireTenant(), id).orElseThrow(SlaService::policyNotFound);
  }

  /** A new policy; without a position it comes after the last one. */
  @Transactional
  public SlaPolicy addPolicy(SlaPolicy draft) {
    TenantId tenant = Tenancy.requireTenant();
    policies.lockOrder(tenant);
    validate(tenant, draft);
    int position = draft.position() >= 0 ? draft.position() : policies.nextPosition(tenant);
    SlaPolicy created = withPosition(draft, UUID.randomUUID(), position);
    policies.insert(tenant, created);
    return created;
  }

  /** Changes a policy; without a position it keeps its place. Clocks already running keep their targets. */
  @Transactional
  public SlaPolicy changePolicy(UUID id, SlaPolicy draft) {
    TenantId tenant = Tenancy.requireTenant();
    SlaPolicy existing = policies.find(tenant, id).orElseThrow(SlaService::policyNotFound);
    validate(tenant, draft);
    SlaPolicy changed = withPosition(draft, id, draft.position() >= 0 ? draft.position() : existing.position());
    policies.update(tenant, changed);
    return changed;
  }

  /** Removes a policy; the clocks it started keep their targets and its name. */
  @Transactional
  public void deletePolicy(UUID id) {
    if (!policies.delete(Tenancy.requireTenant(), id)) {
      throw policyNotFound();
    }
  }

  /** Puts the tenant's policies in the given order: every policy exactly once. */
  @Transactional
  public List<SlaPolicy> reorder(List<UUID> ids) {
    TenantId tenant = Tenancy.requireTenant();
    policies.lockOrder(tenant);
    List<UUID> existing = policies.list(tenant).stream().map(SlaPolicy::id).toList();
    if (ids.size() != existing.size() || !new HashSet<>(ids).equals(new HashSet<>(existing))) {
      throw new InvalidException("ids", "must name every SLA policy of the tenant exactly once");
    }
    for (int i = 0; i < ids.size(); i++) {
      policies.move(tenant, ids.get(i), i);
    }
    return policies.list(tenant);
  }

  private void validate(TenantId tenant, SlaPolicy p) {
    List<FieldError> errors = new ArrayList<>();
    if (p.categoryId() != null && classifications.find(tenant, Kind.CATEGORY, p.categoryId()).isEmpty()) {
      errors.add(new FieldError("categoryId", "is not a category of the tenant"));
    }
    if (p.priorityId() != null && classifications.find(tenant, Kind.PRIORITY, p.priorityId()).isEmpty()) {
      errors.add(new FieldError("priorityId", "is not a priority of the tenant"));
    }
    if (p.calendarId() != null) {
      try {
        tenants.workingCalendar(new CalendarId(p.calendarId()));
      } catch (NotFoundException e) {
        errors.add(new FieldError("calendarId", "is not a calendar of the tenant"));
      }
    }
    if (!(p.warningShare() > 0 && p.warningShare() < 1)) {
      errors.add(new FieldError("warningShare", "must lie between 0 and 1 (exclusive)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
  }

  private static SlaPolicy withPosition(SlaPolicy p, UUID id, int position) {
    return new SlaPolicy(id, p.name().strip(), p.kind(), p.categoryId(), p.priorityId(), p.channel(), position,
        p.calendarId(), p.firstResponseMinutes(), p.resolutionMinutes(), p.warningShare(), p.active());
  }

  private static NotFoundException policyNotFound() {
    return new NotFoundException("SLA policy");
  }

  // ---------------------------------------------------------------- report

  /** How the report groups its clocks. */
  public enum ReportGroup { UNIT, ASSIGNEE, CATEGORY, PRIORITY, MONTH }

  static final String MET_RATE_METHOD = "SLA met rate: % of decided clocks met, 95% Wilson interval";

  /**
   * One group and clock kind of the report: decided clocks met and breached, the met rate in percent with its 95%
   * Wilson interval, and the median working minutes of the clocks that stopped (null when none did).
   *
   * @param group the unit, assignee, category or priority id, or the month ({@code 2026-03}); null = none set
   */
  public record SlaReportRow(String group, SlaClockKind clock, long met, long breached, long n, Double metRate,
      Double low, Double high, Double medianMinutes, String method) {
  }

  /** The report over the clocks decided in the days [from, to] (null: unbounded) that the caller may see. */
  List<SlaReportRow> report(Complaints.Visibility visibility, LocalDate from, LocalDate to, ReportGroup groupBy) {
    return reports.rows(Tenancy.requireTenant(), visibility, from, to, groupBy).stream()
        .map(r -> {
          long n = r.met() + r.breached();
          Wilson.Interval rate = n == 0 ? null : Wilson.of(r.met(), n);
          return new SlaReportRow(r.group(), r.kind(), r.met(), r.breached(), n,
              rate == null ? null : 100 * rate.value(), rate == null ? null : 100 * rate.low(),
              rate == null ? null : 100 * rate.high(), r.medianMinutes(), MET_RATE_METHOD);
        }).toList();
  }

  /** The tenant's time zone (of its default calendar), in which report periods are days and months. */
  @Transactional(readOnly = true)
  public ZoneId zone() {
    return tenants.defaultWorkingCalendar().zone();
  }

  // ---------------------------------------------------------------- clocks

  /** Whether a clock counts working time now, waits for the customer, or reached its goal. */
  public enum ClockState { RUNNING, PAUSED, STOPPED }

  /** How a stopped clock ended. */
  public enum ClockOutcome { MET, BREACHED }

  /**
   * How a clock looks on the complaint page: due and warning time while it runs (a stopped clock keeps the due time
   * it last had), the working minutes used up to now, the outcome once stopped.
   */
  public record SlaClockView(SlaClockKind kind, UUID policyId, String policyName, UUID calendarId, long targetMinutes,
      ClockState state, Instant startedAt, Instant dueAt, Instant warningAt, long usedMinutes, ClockOutcome outcome,
      Instant stoppedAt, Instant warnedAt, Instant breachedAt) {
  }

  /** What clocks a complaint gets, and from which policy and calendar. */
  private record Targets(UUID policyId, String policyName, UUID calendarId, double warningShare,
      Map<SlaClockKind, Duration> targets) {
  }

  Instant now() {
    return clock.instant();
  }

  /** A complaint came in: the matching policy's clocks start now. */
  void start(TenantId tenant, Complaint complaint) {
    Instant now = now();
    Targets targets = targetsFor(tenant, complaint, now);
    if (targets.targets().isEmpty()) {
      return;
    }
    WorkingCalendar calendar = calendar(targets.calendarId());
    targets.targets().forEach((kind, target) ->
        save(tenant, fresh(complaint, kind, targets, SlaClock.started(now, target), now), calendar));
    clocks.changed(tenant, complaint.id());
  }

  /** The first public reply from staff: the first-response clock stops. */
  void replied(TenantId tenant, ComplaintId complaint) {
    Instant now = now();
    for (SlaClocks.Stored s : clocks.lockedOf(tenant, complaint)) {
      if (s.kind() == SlaClockKind.FIRST_RESPONSE && s.clock().state() != SlaClock.State.STOPPED) {
        WorkingCalendar calendar = calendar(s.calendarId());
        save(tenant, with(s, s.clock().stopped(now, calendar)), calendar);
      }
    }
    clocks.changed(tenant, complaint);
  }

  /** The complaint moved from one status to another: its clocks run, pause, stop or reopen accordingly. */
  void statusChanged(TenantId tenant, ComplaintId complaint, ComplaintStatus from, ComplaintStatus to) {
    Instant now = now();
    for (SlaClocks.Stored s : clocks.lockedOf(tenant, complaint)) {
      WorkingCalendar calendar = calendar(s.calendarId());
      SlaClock moved = moved(s.kind(), s.clock(), from, to, now, calendar);
      if (!moved.equals(s.clock())) {
        save(tenant, with(s, moved), calendar);
      }
    }
    clocks.changed(tenant, complaint);
  }

  /**
   * The clock's state for the complaint's new status. First response stops for good once stopped; resolution
   * reopens when a resolved complaint becomes open or waiting again.
   */
  static SlaClock moved(SlaClockKind kind, SlaClock c, ComplaintStatus from, ComplaintStatus to, Instant at,
      WorkingCalendar calendar) {
    SlaClock.State wanted = switch (to) {
      case NEW, OPEN -> SlaClock.State.RUNNING;
      case WAITING_FOR_CUSTOMER -> SlaClock.State.PAUSED;
      case RESOLVED, CLOSED -> SlaClock.State.STOPPED;
    };
    if (c.state() == wanted) {
      return c;
    }
    if (c.state() == SlaClock.State.STOPPED) {
      boolean reopens = kind == SlaClockKind.RESOLUTION && from == ComplaintStatus.RESOLVED;
      if (!reopens) {
        return c;
      }
      SlaClock reopened = c.reopened(at);
      return wanted == SlaClock.State.PAUSED ? reopened.paused(at, calendar) : reopened;
    }
    return switch (wanted) {
      case RUNNING -> c.resumed(at);
      case PAUSED -> c.paused(at, calendar);
      case STOPPED -> c.stopped(at, calendar);
    };
  }

  /**
   * The complaint's classification changed: the policy is chosen again. Running and paused clocks take the new
   * target and calendar with the working time used so far (paused time stays unused); stopped clocks keep theirs.
   * A clock the new policy no longer has is dropped; one it adds starts now (running, or paused while the complaint
   * waits), unless its goal was already reached.
   */
  void reclassified(TenantId tenant, Complaint complaint, boolean responded) {
    Instant now = now();
    Targets targets = targetsFor(tenant, complaint, now);
    WorkingCalendar newCalendar = calendar(targets.calendarId());
    Map<SlaClockKind, SlaClocks.Stored> existing = new EnumMap<>(SlaClockKind.class);
    clocks.lockedOf(tenant, complaint.id()).forEach(s -> existing.put(s.kind(), s));
    for (SlaClockKind kind : SlaClockKind.values()) {
      SlaClocks.Stored s = existing.get(kind);
      Duration target = targets.targets().get(kind);
      if (s != null && s.clock().state() == SlaClock.State.STOPPED) {
        continue;
      }
      if (s != null && target == null) {
        clocks.delete(tenant, s.id());
      } else if (s != null) {
        SlaClock retargeted = s.clock().retargeted(now, target, calendar(s.calendarId()));
        save(tenant, new SlaClocks.Stored(s.id(), s.complaint(), kind, targets.policyId(), targets.policyName(),
            targets.calendarId(), targets.warningShare(), retargeted, s.startedAt(), null, null, s.warnedAt(),
            s.breachedAt()), newCalendar);
      } else if (target != null && reachesNewClock(kind, complaint.status(), responded)) {
        SlaClock started = SlaClock.started(now, target);
        if (complaint.status() == ComplaintStatus.WAITING_FOR_CUSTOMER) {
          started = started.paused(now, newCalendar);
        }
        save(tenant, fresh(complaint, kind, targets, started, now), newCalendar);
      }
    }
    clocks.changed(tenant, complaint.id());
  }

  private static boolean reachesNewClock(SlaClockKind kind, ComplaintStatus status, boolean responded) {
    boolean done = status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED;
    return !done && !(kind == SlaClockKind.FIRST_RESPONSE && responded);
  }

  /** The complaint's clocks with the working time used up to now. */
  @Transactional(readOnly = true)
  public List<SlaClockView> clocksOf(ComplaintId complaint) {
    TenantId tenant = Tenancy.requireTenant();
    Instant now = now();
    return clocks.of(tenant, complaint).stream().map(s -> {
      SlaClock c = s.clock();
      long used = c.state() == SlaClock.State.RUNNING ? c.usedAt(now, calendar(s.calendarId())).toMinutes()
          : c.used().toMinutes();
      return new SlaClockView(s.kind(), s.policyId(), s.policyName(), s.calendarId(), c.target().toMinutes(),
          ClockState.valueOf(c.state().name()), s.startedAt(), s.dueAt(), s.warningAt(), used,
          c.outcome().map(o -> ClockOutcome.valueOf(o.name())).orElse(null), c.stoppedAt(), s.warnedAt(),
          s.breachedAt());
    }).toList();
  }

  private Targets targetsFor(TenantId tenant, Complaint c, Instant at) {
    Optional<SlaPolicy> policy = SlaPolicy.firstMatch(policies.list(tenant),
        new SlaPolicy.Subject(c.kind(), c.categoryId(), c.priorityId(), c.channel()));
    if (policy.isPresent()) {
      SlaPolicy p = policy.get();
      Map<SlaClockKind, Duration> targets = new EnumMap<>(SlaClockKind.class);
      for (SlaClockKind kind : SlaClockKind.values()) {
        if (p.targetOf(kind) != null) {
          targets.put(kind, Duration.ofMinutes(p.targetOf(kind)));
        }
      }
      return new Targets(p.id(), p.name(), p.calendarId(), p.warningShare(), targets);
    }
    if (c.kind() == ComplaintKind.RECOVERY) {
      Duration target = workingDays(tenants.defaultWorkingCalendar(), at, RECOVERY_WORKING_DAYS);
      return new Targets(null, RECOVERY_DEFAULT, null, SlaPolicy.DEFAULT_WARNING_SHARE,
          Map.of(SlaClockKind.FIRST_RESPONSE, target));
    }
    return new Targets(null, null, null, SlaPolicy.DEFAULT_WARNING_SHARE, Map.of());
  }

  /**
   * {@code days} working days of the calendar in whole minutes: the average working time of its working days in the
   * four weeks from {@code from} (days without working time, such as weekends and holidays, are left out).
   */
  static Duration workingDays(WorkingCalendar calendar, Instant from, int days) {
    ZoneId zone = calendar.zone();
    LocalDate day = from.atZone(zone).toLocalDate();
    Duration total = Duration.ZERO;
    int workingDays = 0;
    for (int i = 0; i < 28; i++, day = day.plusDays(1)) {
      Duration worked = calendar.between(day.atStartOfDay(zone).toInstant(),
          day.plusDays(1).atStartOfDay(zone).toInstant());
      if (!worked.isZero()) {
        total = total.plus(worked);
        workingDays++;
      }
    }
    long minutes = workingDays == 0 ? 8 * 60 : total.toMinutes() / workingDays;
    return Duration.ofMinutes(Math.max(1, minutes) * days);
  }

  private SlaClocks.Stored fresh(Complaint complaint, SlaClockKind kind, Targets t, SlaClock c, Instant at) {
    return new SlaClocks.Stored(UUID.randomUUID(), complaint.id(), kind, t.policyId(), t.policyName(),
        t.calendarId(), t.warningShare(), c, at, null, null, null, null);
  }

  private static SlaClocks.Stored with(SlaClocks.Stored s, SlaClock c) {
    return new SlaClocks.Stored(s.id(), s.complaint(), s.kind(), s.policyId(), s.policyName(), s.calendarId(),
        s.warningShare(), c, s.startedAt(), s.dueAt(), s.warningAt(), s.warnedAt(), s.breachedAt());
  }

  /**
   * Saves the clock with its due and warning time from the calendar: both only while it runs (a pause moves them);
   * a stopped clock keeps the due time it last had, for the record.
   */
  private void save(TenantId tenant, SlaClocks.Stored s, WorkingCalendar calendar) {
    SlaClock c = s.clock();
    Instant due = c.state() == SlaClock.State.STOPPED ? s.dueAt() : c.due(calendar).orElse(null);
    Instant warning = c.warningAt(s.warningShare(), calendar).orElse(null);
    clocks.save(tenant, new SlaClocks.Stored(s.id(), s.complaint(), s.kind(), s.policyId(), s.policyName(),
        s.calendarId(), s.warningShare(), c, s.startedAt(), due, warning, s.warnedAt(), s.breachedAt()));
  }

  /** The clock's calendar; the tenant's default when it has none or it was removed since. */
  private WorkingCalendar calendar(UUID calendarId) {
    if (calendarId != null) {
      try {
        return tenants.workingCalendar(new CalendarId(calendarId));
      } catch (NotFoundException e) {
        // removed after the policy chose it: the tenant's default counts on
      }
    }
    return tenants.defaultWorkingCalendar();
  }
}
