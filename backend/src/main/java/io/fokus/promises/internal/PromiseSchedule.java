package io.fokus.promises.internal;

import io.fokus.tenants.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The times of a promise on the tenant's working calendar (DESIGN.md §9), without I/O: the due time from "within N
 * working days" or from a day and time in the tenant's time zone, when an open promise breaks (its due time plus the
 * grace period in working days, at the same local time), and when its owner is reminded.
 */
final class PromiseSchedule {

  /** The due time on a day without working time when no time is given. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  /** A due time and the day it falls on, in the calendar's time zone. */
  record Due(Instant at, LocalDate on) {
  }

  /** A reminder: when, and how many working days before the due day (0: on the day). */
  record Reminder(Instant at, int workingDaysBefore) {
  }

  private final WorkingCalendar calendar;

  PromiseSchedule(WorkingCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  ZoneId zone() {
    return calendar.zone();
  }

  /** The day of an instant in the calendar's time zone. */
  LocalDate dayOf(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  /**
   * "Within N working days" from {@code now}: the end of working time of the N-th working day after today (0: today,
   * or the next working day when today is none).
   */
  Due withinWorkingDays(Instant now, int days) {
    LocalDate day = calendar.plusWorkingDays(dayOf(now), days);
    return new Due(calendar.endOfWork(day).orElseThrow(), day);
  }

  /**
   * Due on {@code day} at {@code time} in the tenant's time zone (a time a daylight-saving change skips moves
   * forward); without a time at the end of that day's working time, or at 23:59 on a day without working time.
   */
  Due on(LocalDate day, LocalTime time) {
    Instant at = time != null ? ZonedDateTime.of(day, time, calendar.zone()).toInstant()
        : calendar.endOfWork(day).orElseGet(() -> ZonedDateTime.of(day, END_OF_DAY, calendar.zone()).toInstant());
    return new Due(at, day);
  }

  /**
   * When an open promise due at {@code due} breaks: {@code graceWorkingDays} working days after its due day, at the
   * due time's local time of day (0: at the due time). A promise due on Friday 17:00 with one working day of grace
   * breaks on Monday 17:00, or on Tuesday when Monday is a holiday.
   */
  Instant breakAt(Instant due, int graceWorkingDays) {
    if (graceWorkingDays < 0) {
      throw new IllegalArgumentException("the grace period must not be negative");
    }
    if (graceWorkingDays == 0) {
      return due;
    }
    ZonedDateTime local = due.atZone(calendar.zone());
    LocalDate day = calendar.plusWorkingDays(local.toLocalDate(), graceWorkingDays);
    return ZonedDateTime.of(day, local.toLocalTime(), calendar.zone()).toInstant();
  }

  /**
   * The owner's reminders of a promise due at {@code due} on {@code dueOn}: for N working days before, when work
   * starts on the N-th working day before the due day; for 0 ("on the day"), when work starts on the due day if that is
   * a working day and work starts before the due time. Only reminders after {@code notBefore} (the promise was made
   * or renegotiated then) and before the due time, each time once, in order.
   */
  List<Reminder> reminders(Instant due, LocalDate dueOn, List<Integer> workingDaysBefore, Instant notBefore) {
    TreeMap<Instant, Reminder> byTime = new TreeMap<>();
    for (int days : workingDaysBefore) {
      Instant at = days == 0 ? calendar.startOfWork(dueOn).orElse(null)
          : calendar.startOfWork(calendar.minusWorkingDays(dueOn, days)).orElse(null);
      if (at != null && at.isAfter(notBefore) && at.isBefore(due)) {
        byTime.putIfAbsent(at, new Reminder(at, days));
      }
    }
    return List.copyOf(byTime.values());
  }
}
