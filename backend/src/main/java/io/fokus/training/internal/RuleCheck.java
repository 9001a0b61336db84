package io.fokus.training.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.surveys.ScoreBucket;
import io.fokus.training.internal.TrainingRule.Definition;
import io.fokus.training.internal.TrainingRule.Metric;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a rule decides (DESIGN.md §10), without the database: what a definition must hold, which window a count or a
 * score is taken over, when a member or unit is still cooling down, and when a count or a score fires the rule.
 *
 * <p>A counted rule counts the signals after the later of the window's start and the rule's last firing for the same
 * member or unit, so the broken promises that fired it once do not fire it again when the cool-down is over. A score
 * rule takes the unit's answers of the last {@code windowDays} days, today included, in the tenant's time zone.
 */
final class RuleCheck {

  private RuleCheck() {
  }

  /** The definition, checked; {@code minAnswers} defaults to 5 for score rules. */
  static Definition validate(Definition d) {
    if (d.name() == null || d.name().isBlank()) {
      throw new InvalidException("name", "must not be blank");
    }
    if (d.name().strip().length() > 200) {
      throw new InvalidException("name", "must be at most 200 characters");
    }
    if (d.metric() == null) {
      throw new InvalidException("metric", "must be one of BROKEN_PROMISES, SLA_BREACHES, CSAT_BELOW, NPS_BELOW");
    }
    if (d.subject() == null) {
      throw new InvalidException("subject", "must be MEMBER or UNIT");
    }
    if (d.courseId() == null) {
      throw new InvalidException("courseId", "must be given");
    }
    Integer minAnswers = null;
    if (d.metric().counted()) {
      range("threshold", d.threshold(), 1, 1000);
      if (d.minAnswers() != null) {
        throw new InvalidException("minAnswers", "applies only to CSAT and NPS rules");
      }
    } else {
      if (d.subject() != Subject.UNIT) {
        throw new InvalidException("subject", "a CSAT or NPS rule looks at units: answers are not a member's");
      }
      if (d.metric() == Metric.CSAT_BELOW) {
        range("threshold", d.threshold(), 1, 100);
      } else {
        range("threshold", d.threshold(), -99, 100);
      }
      minAnswers = d.minAnswers() == null ? 5 : d.minAnswers();
      range("minAnswers", minAnswers, 5, 100_000);
    }
    range("windowDays", d.windowDays(), 1, 365);
    range("dueDays", d.dueDays(), 1, 365);
    range("cooldownDays", d.cooldownDays(), 1, 730);
    return new Definition(d.name().strip(), d.metric(), d.subject(), d.threshold(), d.windowDays(), minAnswers,
        d.courseId(), d.dueDays(), d.cooldownDays());
  }

  private static void range(String field, Integer value, int min, int max) {
    if (value == null) {
      throw new InvalidException(field, "must be given");
    }
    if (value < min || value > max) {
      throw new InvalidException(field, "must be between " + min + " and " + max);
    }
  }

  /** Signals after this instant count for a counted rule now: the window's start, or the last firing if later. */
  static Instant countedAfter(Instant now, int windowDays, Instant lastFiredAt) {
    Instant start = now.minus(Duration.ofDays(windowDays));
    return lastFiredAt != null && lastFiredAt.isAfter(start) ? lastFiredAt : start;
  }

  /** True while the rule's last firing for a member or unit is less than {@code cooldownDays} ago. */
  static boolean coolingDown(Instant now, Instant lastFiredAt, int cooldownDays) {
    return lastFiredAt != null && lastFiredAt.plus(Duration.ofDays(cooldownDays)).isAfter(now);
  }

  /** A counted rule fires at {@code threshold} signals or more. */
  static boolean countFires(TrainingRule rule, long count) {
    return count >= rule.threshold();
  }

  /** The first day of a score rule's window that ends today. */
  static LocalDate firstDay(LocalDate today, int windowDays) {
    return today.minusDays(windowDays - 1L);
  }

  /** A score: CSAT (% of 4 and 5) or NPS (% promoters − % detractors), null without answers. */
  static Double score(Metric metric, ScoreBucket.Nps nps, ScoreBucket.Csat csat) {
    if (metric == Metric.CSAT_BELOW) {
      return csat == null || csat.total() == 0 ? null : 100.0 * csat.satisfied() / csat.total();
    }
    return nps == null || nps.total() == 0 ? null : 100.0 * (nps.promoters() - nps.detractors()) / nps.total();
  }

  /** The number of answers behind a score. */
  static long answers(Metric metric, ScoreBucket.Nps nps, ScoreBucket.Csat csat) {
    if (metric == Metric.CSAT_BELOW) {
      return csat == null ? 0 : csat.total();
    }
    return nps == null ? 0 : nps.total();
  }

  /** A score rule fires when the score is below the threshold with at least {@code minAnswers} answers. */
  static boolean scoreFires(TrainingRule rule, Double score, long answers) {
    return score != null && answers >= rule.minAnswers() && score < rule.threshold();
  }

  /** Adds up two NPS counts (either may be null). */
  static ScoreBucket.Nps plus(ScoreBucket.Nps a, ScoreBucket.Nps b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new ScoreBucket.Nps(a.promoters() + b.promoters(), a.passives() + b.passives(),
        a.detractors() + b.detractors(), a.total() + b.total());
  }

  /** Adds up two CSAT counts (either may be null). */
  static ScoreBucket.Csat plus(ScoreBucket.Csat a, ScoreBucket.Csat b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new ScoreBucket.Csat(a.satisfied() + b.satisfied(), a.total() + b.total());
  }
}
