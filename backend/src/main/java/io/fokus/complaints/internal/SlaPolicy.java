package io.fokus.complaints.internal;

import io.fokus.complaints.Channel;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.SlaClockKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An SLA policy of the tenant: conditions (each null = any), its place in the order (first match wins), a calendar
 * (null = the tenant's default), targets in working minutes (null = that clock does not run) and the warning share.
 */
public record SlaPolicy(UUID id, String name, ComplaintKind kind, UUID categoryId, UUID priorityId, Channel channel,
    int position, UUID calendarId, Integer firstResponseMinutes, Integer resolutionMinutes, double warningShare,
    boolean active) {

  public static final double DEFAULT_WARNING_SHARE = 0.75;

  /** What a policy's conditions are tested against. */
  record Subject(ComplaintKind kind, UUID categoryId, UUID priorityId, Channel channel) {
  }

  boolean matches(Subject s) {
    return active
        && (kind == null || kind == s.kind())
        && (categoryId == null || categoryId.equals(s.categoryId()))
        && (priorityId == null || priorityId.equals(s.priorityId()))
        && (channel == null || channel == s.channel());
  }

  /** The target of a clock in working minutes, or null when the policy does not run it. */
  Integer targetOf(SlaClockKind clock) {
    return clock == SlaClockKind.FIRST_RESPONSE ? firstResponseMinutes : resolutionMinutes;
  }

  /** The first active policy in order (position, then name and id for equal positions) whose conditions all hold. */
  static Optional<SlaPolicy> firstMatch(List<SlaPolicy> policies, Subject subject) {
    Objects.requireNonNull(subject, "subject");
    return policies.stream()
        .sorted(Comparator.comparingInt(SlaPolicy::position).thenComparing(SlaPolicy::name)
            .thenComparing(SlaPolicy::id))
        .filter(p -> p.matches(subject))
        .findFirst();
  }
}
