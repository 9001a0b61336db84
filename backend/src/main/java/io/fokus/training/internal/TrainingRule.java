package io.fokus.training.internal;

import io.fokus.tenants.MemberId;
import io.fokus.training.CourseId;
import java.time.Instant;
import java.util.UUID;

/**
 * A rule that assigns a course when customer data shows a need (DESIGN.md §10): when a member (or unit) has at least
 * {@code threshold} broken promises or SLA breaches within {@code windowDays}, or when a unit's CSAT or NPS over the
 * last {@code windowDays} is below {@code threshold} with at least {@code minAnswers} answers, the course is assigned
 * to the member, or to the unit's members, due in {@code dueDays}; not again for the same member or unit within
 * {@code cooldownDays}. A rule is made switched off, so that HR previews it first.
 */
public record TrainingRule(UUID id, String name, Metric metric, Subject subject, int threshold, int windowDays,
    Integer minAnswers, CourseId courseId, int dueDays, int cooldownDays, boolean enabled, Instant enabledAt,
    MemberId createdBy, Instant createdAt) {

  /** What a rule looks at. */
  public enum Metric {
    BROKEN_PROMISES, SLA_BREACHES, CSAT_BELOW, NPS_BELOW;

    /** True for the metrics counted from events (broken promises, SLA breaches); false for the scores. */
    public boolean counted() {
      return this == BROKEN_PROMISES || this == SLA_BREACHES;
    }

    /** The kind of signal a counted metric counts. */
    String signal() {
      return this == BROKEN_PROMISES ? "BROKEN_PROMISE" : "SLA_BREACH";
    }
  }

  /** Whose data a rule looks at, and who is assigned: the member, or the unit's members. */
  public enum Subject {
    MEMBER, UNIT
  }

  /** What HR writes in a rule. */
  public record Definition(String name, Metric metric, Subject subject, Integer threshold, Integer windowDays,
      Integer minAnswers, CourseId courseId, Integer dueDays, Integer cooldownDays) {
  }

  public Definition definition() {
    return new Definition(name, metric, subject, threshold, windowDays, minAnswers, courseId, dueDays, cooldownDays);
  }
}
