package io.fokus.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The dates of training, in the tenant's time zone: an assignment due on a day is due until that day ends; a
 * completion valid for N months is valid through the same day N months later (the last day of a shorter month) and
 * expires when that day ends; the next cycle's window opens the given number of days before, at the start of a day.
 */
public record TrainingSchedule(ZoneId zone) {

  /** The end of {@code day}: the start of the next one. */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The last day a completion at {@code completedAt} is valid, or null when it never expires. */
  public LocalDate lastValidDay(Instant completedAt, Integer validityMonths) {
    return validityMonths == null ? null : dayOf(completedAt).plusMonths(validityMonths);
  }

  /** When a completion expires (the end of its last valid day), or null when it never does. */
  public Instant expiresAt(Instant completedAt, Integer validityMonths) {
    LocalDate last = lastValidDay(completedAt, validityMonths);
    return last == null ? null : endOf(last);
  }

  /** When the recertification window opens: {@code windowDays} days before the expiry, at the start of that day. */
  public Instant windowOpensAt(Instant expiresAt, int windowDays) {
    if (expiresAt == null) {
      return null;
    }
    ZonedDateTime expiry = expiresAt.atZone(zone);
    return expiry.toLocalDate().minusDays(windowDays).atStartOfDay(zone).toInstant();
  }

  /** The due day of a member who joins a group later: the group's, or {@code joinerDays} from today if later. */
  public LocalDate joinerDueOn(LocalDate groupDueOn, Instant now, int joinerDays) {
    LocalDate earliest = dayOf(now).plusDays(joinerDays);
    return groupDueOn.isBefore(earliest) ? earliest : groupDueOn;
  }
}
