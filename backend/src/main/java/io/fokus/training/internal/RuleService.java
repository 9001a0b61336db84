package io.fokus.training.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.Bucket;
import io.fokus.surveys.ScoreBucket;
import io.fokus.surveys.ScoreQuery;
import io.fokus.surveys.SurveyScores;
import io.fokus.tenants.MemberProfiles.MemberProfile;
import io.fokus.tenants.TenantsApi;
import io.fokus.training.internal.TrainingRule.Definition;
import io.fokus.training.internal.TrainingRule.Metric;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules that assign training from customer data (DESIGN.md §10): HR defines them switched off, previews whom a
 * rule would assign today, and switches it on. Listeners of broken promises and SLA breaches evaluate the counted
 * rules for the member and unit concerned; a job evaluates every switched-on rule, the score rules included. A rule
 * fires for a member or unit at most once per cool-down, records what fired it, and assigns its course to the member
 * or to the unit's members, skipping those with the course open and those it assigned within the cool-down. Every
 * evaluation of a rule holds the rule's lock, so the listeners and the job of every instance fire it once.
 */
@Service
public class RuleService {

  /** At most this many members or units fire in one evaluation, and are shown in a preview. */
  static final int MAX_CANDIDATES = 500;

  private final Rules rules;
  private final Courses courses;
  private final Assignments assignmentRepository;
  private final AssignmentService assignments;
  private final TenantsApi tenants;
  private final SurveyScores scores;
  private final JsonMapper json;
  private final Clock clock;

  RuleService(Rules rules, Courses courses, Assignments assignmentRepository, AssignmentService assignments,
      TenantsApi tenants, SurveyScores scores, JsonMapper json, Clock clock) {
    this.rules = rules;
    this.courses = courses;
    this.assignmentRepository = assignmentRepository;
    this.assignments = assignments;
    this.tenants = tenants;
    this.scores = scores;
    this.json = json;
    this.clock = clock;
  }

  /** A rule with how often it fired and how many assignments it made. */
  public record RuleView(TrainingRule rule, int firings, int assigned) {
  }

  /** A page of rules and how many there are. */
  public record RulePage(List<RuleView> items, long total) {
  }

  @Transactional(readOnly = true)
  public RulePage list(Actor actor, int page, int size) {
    requireReads(actor);
    TenantId tenant = Tenancy.requireTenant();
    List<TrainingRule> found = rules.list(tenant, page * size, size);
    Map<UUID, int[]> counts = rules.firingCounts(tenant, found.stream().map(TrainingRule::id).toList());
    return new RulePage(found.stream().map(r -> view(r, counts)).toList(), rules.count(tenant));
  }

  @Transactional(readOnly = true)
  public RuleView get(Actor actor, UUID id) {
    requireReads(actor);
    TenantId tenant = Tenancy.requireTenant();
    TrainingRule rule = find(tenant, id);
    return view(rule, rules.firingCounts(tenant, List.of(id)));
  }

  @Transactional
  public RuleView create(Actor actor, Definition definition) {
    requireRuns(actor);
    TenantId tenant = Tenancy.requireTenant();
    Definition d = checked(tenant, definition);
    return new RuleView(rules.insert(tenant, d, actor.member()), 0, 0);
  }

  /** Changes a rule; its firings so far keep the course and the data they had. */
  @Transactional
  public RuleView update(Actor actor, UUID id, Definition definition) {
    requireRuns(actor);
    TenantId tenant = Tenancy.requireTenant();
    TrainingRule existing = find(tenant, id);
    Definition d = checked(tenant, definition);
    if (existing.enabled()) {
      requirePublished(tenant, d);
    }
    TrainingRule rule = rules.update(tenant, id, d).orElseThrow(() -> new NotFoundException("training rule"));
    return view(rule, rules.firingCounts(tenant, List.of(id)));
  }

  /** Switches a rule on (its course must be published) or off. */
  @Transactional
  public RuleView enable(Actor actor, UUID id, boolean enabled) {
    requireRuns(actor);
    TenantId tenant = Tenancy.requireTenant();
    TrainingRule rule = find(tenant, id);
    if (enabled) {
      requirePublished(tenant, rule.definition());
    }
    if (rule.enabled() != enabled) {
      rule = rules.enable(tenant, id, enabled, clock.instant()).orElseThrow();
    }
    return view(rule, rules.firingCounts(tenant, List.of(id)));
  }

  private Definition checked(TenantId tenant, Definition definition) {
    Definition d = RuleCheck.validate(definition);
    Course course = courses.find(tenant, d.courseId())
        .orElseThrow(() -> new InvalidException("courseId", "is not a course of the organisation"));
    if (course.status() == Course.Status.RETIRED) {
      throw new InvalidException("courseId", "is retired");
    }
    return d;
  }

  private void requirePublished(TenantId tenant, Definition d) {
    if (courses.published(tenant, d.courseId()).isEmpty()
        || courses.find(tenant, d.courseId()).map(c -> c.status() != Course.Status.PUBLISHED).orElse(true)) {
      throw new ConflictException("courseId", "A rule is switched on only with a published course");
    }
  }

  /** Someone the rule would assign the course to, or did. */
  public record Assignee(MemberProfile profile, boolean alreadyOpen) {
  }

  /**
   * A member or unit the rule fires for: the value that fires it (a count, a CSAT or an NPS) with its n, the window,
   * the evidence as JSON, and whom it assigns.
   */
  public record Candidate(Subject subject, UUID memberId, UUID unitId, double value, long n, Instant from,
      Instant to, String evidence, List<Assignee> assignees) {

    UUID subjectId() {
      return subject == Subject.MEMBER ? memberId : unitId;
    }
  }

  /** A preview: the candidates (at most {@link #MAX_CANDIDATES}) and whether there were more. */
  public record Preview(List<Candidate> candidates, boolean truncated) {
  }

  /**
   * Whom the rule would assign now, without assigning anyone: an unsaved definition, or the saved rule's
   * ({@code ruleId}), whose firings so far count for the cool-down.
   */
  @Transactional(readOnly = true)
  public Preview preview(Actor actor, UUID ruleId, Definition definition) {
    requireRuns(actor);
    TenantId tenant = Tenancy.requireTenant();
    Definition d = checked(tenant, definition);
    UUID id = ruleId == null ? UUID.randomUUID() : find(tenant, ruleId).id();
    TrainingRule rule = new TrainingRule(id, d.name(), d.metric(), d.subject(), d.threshold(), d.windowDays(),
        d.minAnswers(), d.courseId(), d.dueDays(), d.cooldownDays(), false, null, actor.member(), clock.instant());
    List<Candidate> found = candidates(tenant, rule, clock.instant(), null, MAX_CANDIDATES + 1);
    boolean truncated = found.size() > MAX_CANDIDATES;
    return new Preview(truncated ? found.subList(0, MAX_CANDIDATES) : found, truncated);
  }

  /**
   * Evaluates a switched-on rule now and fires it for every member or unit it should ({@code only}: just this one),
   * in the caller's transaction. Returns the number of firings.
   */
  @Transactional
  public int evaluate(TenantId tenant, TrainingRule rule, UUID only) {
    Instant now = clock.instant();
    if (!rule.metric().counted() && only != null) {
      return 0;
    }
    if (courses.published(tenant, rule.courseId()).isEmpty()) {
      return 0;
    }
    rules.lock(tenant, rule.id());
    // read again under the lock: it may have been switched off meanwhile
    TrainingRule current = rules.find(tenant, rule.id()).filter(TrainingRule::enabled).orElse(null);
    if (current == null) {
      return 0;
    }
    List<Candidate> found = candidates(tenant, current, now, only, MAX_CANDIDATES);
    LocalDate dueOn = assignments.schedule().dayOf(now).plusDays(current.dueDays());
    for (Candidate c : found) {
      UUID firing = rules.insertFiring(tenant, new Rules.NewFiring(current, c.memberId(), c.unitId(), now,
          c.value(), c.n(), c.from(), c.to(), c.evidence()));
      List<MemberProfile> members = c.assignees().stream().filter(a -> !a.alreadyOpen())
          .map(Assignee::profile).toList();
      rules.setAssigned(tenant, firing, assignments.assignByRule(tenant, current.courseId(), members, dueOn, firing));
    }
    return found.size();
  }

  /** Records a broken promise or an SLA breach and evaluates the switched-on rules that count it. */
  @Transactional
  public void signal(TenantId tenant, Metric metric, String sourceId, UUID member, UUID unit, Instant at) {
    if (!rules.insertSignal(tenant, metric.signal(), sourceId, member, unit, at)) {
      return;
    }
    for (TrainingRule rule : rules.enabled(tenant, EnumSet.of(metric))) {
      UUID subject = rule.subject() == Subject.MEMBER ? member : unit;
      if (subject != null) {
        evaluate(tenant, rule, subject);
      }
    }
  }

  /** The switched-on rules of the tenant, for the job. */
  @Transactional(readOnly = true)
  public List<TrainingRule> enabled(TenantId tenant) {
    return rules.enabled(tenant, EnumSet.allOf(Metric.class));
  }

  List<Candidate> candidates(TenantId tenant, TrainingRule rule, Instant now, UUID only, int limit) {
    List<Candidate> found = new ArrayList<>();
    if (rule.metric().counted()) {
      for (Rules.Counted c : rules.counted(tenant, rule, now, only, limit)) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("kind", rule.metric().signal());
        evidence.put("count", c.count());
        evidence.put("signals", c.signals().stream()
            .map(s -> Map.of("source", s.source(), "at", s.at().toString())).toList());
        found.add(candidate(rule, c.subject(), c.count(), c.count(), c.from(), now, evidence));
      }
    } else {
      TrainingSchedule schedule = assignments.schedule();
      LocalDate today = schedule.dayOf(now);
      LocalDate first = RuleCheck.firstDay(today, rule.windowDays());
      Map<UUID, Instant> lastFired = rules.lastFiredForUnits(tenant, rule.id());
      for (Map.Entry<UUID, UnitCounts> e : unitCounts(tenant, schedule, first, today).entrySet()) {
        UnitCounts u = e.getValue();
        Double score = RuleCheck.score(rule.metric(), u.nps(), u.csat());
        long n = RuleCheck.answers(rule.metric(), u.nps(), u.csat());
        if (!RuleCheck.scoreFires(rule, score, n)
            || RuleCheck.coolingDown(now, lastFired.get(e.getKey()), rule.cooldownDays())) {
          continue;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("firstDay", first.toString());
        evidence.put("lastDay", today.toString());
        evidence.put(rule.metric() == Metric.CSAT_BELOW ? "csat" : "nps",
            rule.metric() == Metric.CSAT_BELOW ? u.csat() : u.nps());
        found.add(candidate(rule, e.getKey(), score, n, first.atStartOfDay(schedule.zone()).toInstant(), now,
            evidence));
      }
      found.sort(Comparator.comparingDouble(Candidate::value).thenComparing(Candidate::unitId));
      if (found.size() > limit) {
        found = new ArrayList<>(found.subList(0, limit));
      }
    }
    return withAssignees(tenant, rule, now, found);
  }

  private Candidate candidate(TrainingRule rule, UUID subject, double value, long n, Instant from, Instant to,
      Map<String, Object> evidence) {
    return new Candidate(rule.subject(), rule.subject() == Subject.MEMBER ? subject : null,
        rule.subject() == Subject.UNIT ? subject : null, value, n, from, to, json.writeValueAsString(evidence),
        List.of());
  }

  /** The customer answers per unit on the days from {@code first} to {@code last}, added up. */
  record UnitCounts(ScoreBucket.Nps nps, ScoreBucket.Csat csat) {
  }

  Map<UUID, UnitCounts> unitCounts(TenantId tenant, TrainingSchedule schedule, LocalDate first, LocalDate last) {
    Map<UUID, UnitCounts> counts = new HashMap<>();
    ScoreQuery query = new ScoreQuery(tenant, Audience.CUSTOMER, Bucket.MONTH, schedule.zone(), first, last,
        Set.of(ScoreQuery.Dimension.UNIT), null);
    for (ScoreBucket b : scores.buckets(query)) {
      if (b.unitId() != null) {
        counts.merge(b.unitId(), new UnitCounts(b.nps(), b.csat()),
            (x, y) -> new UnitCounts(RuleCheck.plus(x.nps(), y.nps()), RuleCheck.plus(x.csat(), y.csat())));
      }
    }
    return counts;
  }

  /**
   * The members each candidate assigns: the member, or the unit's active members; not those the rule assigned
   * within its cool-down, and marked when they have the course open already.
   */
  private List<Candidate> withAssignees(TenantId tenant, TrainingRule rule, Instant now, List<Candidate> found) {
    if (found.isEmpty()) {
      return found;
    }
    Set<UUID> cooling = rules.assignedByRuleSince(tenant, rule.id(), now.minus(Duration.ofDays(rule.cooldownDays())));
    Map<UUID, List<MemberProfile>> byKey = new HashMap<>();
    for (MemberProfile p : tenants.activeProfiles()) {
      if (cooling.contains(p.memberId())) {
        continue;
      }
      UUID key = rule.subject() == Subject.MEMBER ? p.memberId() : p.unitId();
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    List<UUID> everyone = found.stream().flatMap(c -> byKey.getOrDefault(c.subjectId(), List.of()).stream())
        .map(MemberProfile::memberId).toList();
    Set<UUID> open = assignmentRepository.openMembers(tenant, rule.courseId(), everyone);
    return found.stream().map(c -> new Candidate(c.subject(), c.memberId(), c.unitId(), c.value(), c.n(), c.from(),
        c.to(), c.evidence(), byKey.getOrDefault(c.subjectId(), List.of()).stream()
            .map(p -> new Assignee(p, open.contains(p.memberId()))).toList())).toList();
  }

  /** A page of a rule's firings, newest first, and how many there are. */
  public record FiringPage(List<RuleFiring> items, long total) {
  }

  @Transactional(readOnly = true)
  public FiringPage firings(Actor actor, UUID ruleId, int page, int size) {
    requireReads(actor);
    TenantId tenant = Tenancy.requireTenant();
    find(tenant, ruleId);
    return new FiringPage(rules.firings(tenant, ruleId, page * size, size), rules.countFirings(tenant, ruleId));
  }

  /** The rule and firing an assignment came from, for whoever may see the assignment. */
  public record Reason(TrainingRule rule, RuleFiring firing) {
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Reason> reason(TenantId tenant, UUID firingId) {
    if (firingId == null) {
      return java.util.Optional.empty();
    }
    return rules.firing(tenant, firingId)
        .flatMap(f -> rules.find(tenant, f.rule()).map(r -> new Reason(r, f)));
  }

  private TrainingRule find(TenantId tenant, UUID id) {
    return rules.find(tenant, id).orElseThrow(() -> new NotFoundException("training rule"));
  }

  private static RuleView view(TrainingRule rule, Map<UUID, int[]> counts) {
    int[] c = counts.getOrDefault(rule.id(), new int[2]);
    return new RuleView(rule, c[0], c[1]);
  }

  /** HR and admins define rules. */
  static void requireRuns(Actor actor) {
    if (!actor.runsTraining()) {
      throw new NotPermittedException("Only HR and admins define training rules");
    }
  }

  /** HR, admins and executives read rules and their effect. */
  static void requireReads(Actor actor) {
    if (!actor.runsTraining() && !actor.roles().contains(Role.EXECUTIVE)) {
      throw new NotPermittedException("Only HR, admins and executives read training rules");
    }
  }
}
