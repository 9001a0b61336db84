package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.domain.InvalidException;
import io.fokus.surveys.ScoreBucket;
import io.fokus.training.CourseId;
import io.fokus.training.internal.TrainingRule.Definition;
import io.fokus.training.internal.TrainingRule.Metric;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a training rule decides, against hand-computed cases. */
class RuleCheckTest {

  private static final CourseId COURSE = new CourseId(UUID.randomUUID());
  private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

  private static TrainingRule rule(Metric metric, Subject subject, int threshold, Integer minAnswers) {
    return new TrainingRule(UUID.randomUUID(), "r", metric, subject, threshold, 30, minAnswers, COURSE, 14, 60, true,
        null, null, NOW);
  }

  @Test
  void countedSignalsStartAtTheWindowOrTheLastFiringIfLater() {
    assertThat(RuleCheck.countedAfter(NOW, 30, null)).isEqualTo(Instant.parse("2026-05-31T12:00:00Z"));
    Instant fired = Instant.parse("2026-06-10T08:00:00Z");
    assertThat(RuleCheck.countedAfter(NOW, 30, fired)).isEqualTo(fired);
    assertThat(RuleCheck.countedAfter(NOW, 30, Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-05-31T12:00:00Z"));
  }

  @Test
  void aMemberCoolsDownForTheRulesDaysAfterItFired() {
    assertThat(RuleCheck.coolingDown(NOW, null, 60)).isFalse();
    assertThat(RuleCheck.coolingDown(NOW, Instant.parse("2026-05-01T12:00:01Z"), 60)).isTrue(); // 59.99 days
    assertThat(RuleCheck.coolingDown(NOW, Instant.parse("2026-05-01T12:00:00Z"), 60)).isFalse(); // exactly 60
  }

  @Test
  void countsFireAtTheThreshold() {
    TrainingRule twoBroken = rule(Metric.BROKEN_PROMISES, Subject.MEMBER, 2, null);
    assertThat(RuleCheck.countFires(twoBroken, 1)).isFalse();
    assertThat(RuleCheck.countFires(twoBroken, 2)).isTrue();
  }

  @Test
  void scoresFireBelowTheThresholdWithEnoughAnswers() {
    TrainingRule csat = rule(Metric.CSAT_BELOW, Subject.UNIT, 70, 10);
    // 6 of 10 satisfied: CSAT 60 < 70 with 10 answers
    ScoreBucket.Csat counts = new ScoreBucket.Csat(6, 10);
    Double score = RuleCheck.score(Metric.CSAT_BELOW, null, counts);
    assertThat(score).isEqualTo(60.0);
    assertThat(RuleCheck.scoreFires(csat, score, 10)).isTrue();
    assertThat(RuleCheck.scoreFires(csat, score, 9)).isFalse();
    assertThat(RuleCheck.scoreFires(csat, 70.0, 10)).isFalse();
    // NPS: 3 promoters, 2 passives, 5 detractors: (3 − 5) / 10 = −20
    TrainingRule nps = rule(Metric.NPS_BELOW, Subject.UNIT, 0, 5);
    ScoreBucket.Nps n = new ScoreBucket.Nps(3, 2, 5, 10);
    assertThat(RuleCheck.score(Metric.NPS_BELOW, n, null)).isEqualTo(-20.0);
    assertThat(RuleCheck.scoreFires(nps, -20.0, 10)).isTrue();
    assertThat(RuleCheck.score(Metric.NPS_BELOW, null, null)).isNull();
    assertThat(RuleCheck.plus(n, n)).isEqualTo(new ScoreBucket.Nps(6, 4, 10, 20));
  }

  @Test
  void aScoreWindowEndsToday() {
    assertThat(RuleCheck.firstDay(LocalDate.of(2026, 6, 30), 30)).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(RuleCheck.firstDay(LocalDate.of(2026, 6, 30), 1)).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void definitionsAreChecked() {
    Definition ok = new Definition(" Two broken ", Metric.BROKEN_PROMISES, Subject.MEMBER, 2, 30, null, COURSE, 14, 60);
    assertThat(RuleCheck.validate(ok).name()).isEqualTo("Two broken");
    assertThat(RuleCheck.validate(new Definition("u", Metric.NPS_BELOW, Subject.UNIT, 0, 30, null, COURSE, 14, 60))
        .minAnswers()).isEqualTo(5);
    assertThatThrownBy(() -> RuleCheck.validate(new Definition("m", Metric.CSAT_BELOW, Subject.MEMBER, 70, 30, 10,
        COURSE, 14, 60))).isInstanceOf(InvalidException.class);
    assertThatThrownBy(() -> RuleCheck.validate(new Definition("z", Metric.SLA_BREACHES, Subject.UNIT, 0, 30, null,
        COURSE, 14, 60))).isInstanceOf(InvalidException.class);
    assertThatThrownBy(() -> RuleCheck.validate(new Definition("w", Metric.SLA_BREACHES, Subject.UNIT, 3, 0, null,
        COURSE, 14, 60))).isInstanceOf(InvalidException.class);
    assertThatThrownBy(() -> RuleCheck.validate(new Definition("c", Metric.BROKEN_PROMISES, Subject.MEMBER, 2, 30, 5,
        COURSE, 14, 60))).isInstanceOf(InvalidException.class);
  }
}
