package io.fokus.training.internal;

import io.fokus.platform.stats.Sample;
import io.fokus.platform.stats.TwoSample;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Score;
import io.fokus.surveys.ScoreBucket;
import io.fokus.surveys.SurveyScores;
import io.fokus.training.CourseId;
import io.fokus.training.internal.TrainingRule.Metric;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a rule's training helped (DESIGN.md §10): per rule and course, the metric that fired the rule for the
 * trained members or units in the {@code windowDays} before the rule fired, against the same length of time after
 * the training was completed (by everyone the firing assigned). Only firings whose "after" window is over are
 * measured. Counts (broken promises, SLA breaches per member or unit) are compared as means with Welch's t-test;
 * CSAT with the two-proportion z-test and NPS with the adjusted-Wald difference over the units' answers pooled
 * (DESIGN.md §7). Fewer than five measured members or units, or fewer than five answers on a side: not enough data.
 */
@Service
public class RuleEffects {

  /** At most this many of a rule's firings, the newest, are measured. */
  static final int MAX_FIRINGS = 2000;
  static final int MIN_GROUP = 5;

  private final Rules rules;
  private final RuleService service;
  private final AssignmentService assignments;
  private final SurveyScores scores;
  private final Clock clock;

  RuleEffects(Rules rules, RuleService service, AssignmentService assignments, SurveyScores scores, Clock clock) {
    this.rules = rules;
    this.service = service;
    this.assignments = assignments;
    this.scores = scores;
    this.clock = clock;
  }

  /** One side of the comparison: the value with its 95% interval and n (members or units; answers for scores). */
  public record Side(Double value, Double low, Double high, long n) {
  }

  /**
   * The effect for one course of a rule: how many times it fired, how many of those were completed, how many are
   * measured (their after window is over) and how many are still waiting; before and after; the difference
   * after − before with its test, null when {@code suppressed}.
   */
  public record Effect(CourseId courseId, Metric metric, int windowDays, int firings, int completed, int measured,
      int waiting, Side before, Side after, TwoSample.Difference difference, boolean suppressed, String method) {
  }

  @Transactional(readOnly = true)
  public List<Effect> effect(Actor actor, UUID ruleId) {
    RuleService.RuleView view = service.get(actor, ruleId);
    TrainingRule rule = view.rule();
    TenantId tenant = Tenancy.requireTenant();
    Instant now = clock.instant();
    Map<CourseId, List<RuleFiring>> byCourse = new LinkedHashMap<>();
    for (RuleFiring f : rules.firings(tenant, rule.id(), 0, MAX_FIRINGS)) {
      byCourse.computeIfAbsent(f.course(), c -> new ArrayList<>()).add(f);
    }
    List<Effect> effects = new ArrayList<>();
    byCourse.forEach((course, firings) -> effects.add(effect(tenant, rule, course, firings, now)));
    return effects;
  }

  private Effect effect(TenantId tenant, TrainingRule rule, CourseId course, List<RuleFiring> firings,
      Instant now) {
    Duration window = Duration.ofDays(rule.windowDays());
    List<RuleFiring> completed = firings.stream()
        .filter(f -> f.open() == 0 && f.completed() > 0 && f.lastCompletedAt() != null).toList();
    List<RuleFiring> measured = completed.stream()
        .filter(f -> !f.lastCompletedAt().plus(window).isAfter(now)).toList();
    int waiting = completed.size() - measured.size();
    return rule.metric().counted()
        ? counted(tenant, rule, course, firings.size(), completed.size(), measured, waiting)
        : scored(tenant, rule, course, firings.size(), completed.size(), measured, waiting);
  }

  private Effect counted(TenantId tenant, TrainingRule rule, CourseId course, int firings, int completed,
      List<RuleFiring> measured, int waiting) {
    String method = "mean " + rule.metric().signal().toLowerCase() + "s per " + rule.subject().name().toLowerCase()
        + " in " + rule.windowDays() + " days; " + TwoSample.MEAN_METHOD;
    if (measured.size() < MIN_GROUP) {
      return new Effect(course, rule.metric(), rule.windowDays(), firings, completed, measured.size(), waiting,
          null, null, null, true, method);
    }
    Duration window = Duration.ofDays(rule.windowDays());
    List<Rules.Window> before = new ArrayList<>();
    List<Rules.Window> after = new ArrayList<>();
    for (RuleFiring f : measured) {
      UUID subject = f.member() != null ? f.member() : f.unit();
      before.add(new Rules.Window(f.id(), subject, f.firedAt().minus(window), f.firedAt()));
      after.add(new Rules.Window(f.id(), subject, f.lastCompletedAt(), f.lastCompletedAt().plus(window)));
    }
    Map<UUID, Integer> b = rules.signalCounts(tenant, rule.metric().signal(), rule.subject(), before);
    Map<UUID, Integer> a = rules.signalCounts(tenant, rule.metric().signal(), rule.subject(), after);
    Sample sb = Sample.of(measured.stream().mapToDouble(f -> b.getOrDefault(f.id(), 0)).toArray());
    Sample sa = Sample.of(measured.stream().mapToDouble(f -> a.getOrDefault(f.id(), 0)).toArray());
    return new Effect(course, rule.metric(), rule.windowDays(), firings, completed, measured.size(), waiting,
        side(sb), side(sa), TwoSample.means(sa, sb), false, method);
  }

  private static Side side(Sample s) {
    return new Side(s.mean(), Math.max(0, s.low()), s.high(), s.n());
  }

  private Effect scored(TenantId tenant, TrainingRule rule, CourseId course, int firings, int completed,
      List<RuleFiring> measured, int waiting) {
    boolean csat = rule.metric() == Metric.CSAT_BELOW;
    String method = (csat ? "CSAT" : "NPS") + " of the units' customer answers pooled; "
        + (csat ? TwoSample.PROPORTION_METHOD : TwoSample.NPS_METHOD);
    TrainingSchedule schedule = assignments.schedule();
    ScoreBucket.Nps npsBefore = null;
    ScoreBucket.Nps npsAfter = null;
    ScoreBucket.Csat csatBefore = null;
    ScoreBucket.Csat csatAfter = null;
    for (RuleFiring f : measured) {
      LocalDate fired = schedule.dayOf(f.firedAt());
      LocalDate done = schedule.dayOf(f.lastCompletedAt());
      RuleService.UnitCounts b = service.unitCounts(tenant, schedule, fired.minusDays(rule.windowDays()),
          fired.minusDays(1)).get(f.unit());
      RuleService.UnitCounts a = service.unitCounts(tenant, schedule, done, done.plusDays(rule.windowDays() - 1L))
          .get(f.unit());
      if (b != null) {
        npsBefore = RuleCheck.plus(npsBefore, b.nps());
        csatBefore = RuleCheck.plus(csatBefore, b.csat());
      }
      if (a != null) {
        npsAfter = RuleCheck.plus(npsAfter, a.nps());
        csatAfter = RuleCheck.plus(csatAfter, a.csat());
      }
    }
    long nb = RuleCheck.answers(rule.metric(), npsBefore, csatBefore);
    long na = RuleCheck.answers(rule.metric(), npsAfter, csatAfter);
    if (measured.size() < MIN_GROUP || nb < MIN_GROUP || na < MIN_GROUP) {
      return new Effect(course, rule.metric(), rule.windowDays(), firings, completed, measured.size(), waiting,
          null, null, null, true, method);
    }
    Score before = csat ? scores.csat(csatBefore) : scores.nps(npsBefore);
    Score after = csat ? scores.csat(csatAfter) : scores.nps(npsAfter);
    TwoSample.Difference difference = csat
        ? TwoSample.proportions(csatAfter.satisfied(), csatAfter.total(), csatBefore.satisfied(), csatBefore.total())
        : TwoSample.nps(npsAfter.promoters(), npsAfter.detractors(), npsAfter.total(), npsBefore.promoters(),
            npsBefore.detractors(), npsBefore.total());
    return new Effect(course, rule.metric(), rule.windowDays(), firings, completed, measured.size(), waiting,
        new Side(before.value(), before.low(), before.high(), nb), new Side(after.value(), after.low(), after.high(),
        na), difference, false, method);
  }
}
