package io.fokus.promises.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.tenants.WorkingCalendar;
import io.fokus.tenants.WorkingCalendar.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Due dates, break times and reminders of promises on a hand-checked calendar: Berlin, Monday to Friday 09:00–17:00,
 * Wednesday 9 January 2030 a holiday. Berlin is UTC+1 in winter; on Sunday 31 March 2030 it moves to UTC+2.
 */
class PromiseScheduleTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final PromiseSchedule SCHEDULE = new PromiseSchedule(office());

  static WorkingCalendar office() {
    Map<DayOfWeek, List<Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      slots.put(day, List.of(new Slot(LocalTime.of(9, 0), LocalTime.of(17, 0))));
    }
    return WorkingCalendar.of(BERLIN, slots, Set.of(LocalDate.of(2030, 1, 9)));
  }

  @Test
  void withinWorkingDaysSkipsWeekendsAndHolidaysAndEndsWithTheWorkingDay() {
    // Monday 11:00: Tuesday is the first working day, Wednesday a holiday, Thursday the second; 17:00 there
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-01-07T10:00:00Z"), 2))
        .isEqualTo(new PromiseSchedule.Due(Instant.parse("2030-01-10T16:00:00Z"), LocalDate.of(2030, 1, 10)));
    // Friday, within one working day: Monday
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-01-11T10:00:00Z"), 1).at())
        .isEqualTo(Instant.parse("2030-01-14T16:00:00Z"));
    // 0 is today when today is a working day, else the next one
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-01-11T10:00:00Z"), 0).at())
        .isEqualTo(Instant.parse("2030-01-11T16:00:00Z"));
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-01-12T10:00:00Z"), 0).at())
        .isEqualTo(Instant.parse("2030-01-14T16:00:00Z"));
    // the day in the tenant's zone decides: Sunday 23:30 UTC is Monday 00:30 in Berlin
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-01-13T23:30:00Z"), 1).on())
        .isEqualTo(LocalDate.of(2030, 1, 15));
  }

  @Test
  void withinWorkingDaysAcrossTheChangeToSummerTimeEndsAt17LocalTime() {
    // Friday 29 March 11:00 CET, one working day: Monday 1 April 17:00 CEST = 15:00 UTC
    assertThat(SCHEDULE.withinWorkingDays(Instant.parse("2030-03-29T10:00:00Z"), 1).at())
        .isEqualTo(Instant.parse("2030-04-01T15:00:00Z"));
  }

  @Test
  void aDayWithoutATimeIsDueAtTheEndOfItsWorkingTimeOrAt2359OnADayOff() {
    assertThat(SCHEDULE.on(LocalDate.of(2030, 1, 10), null).at()).isEqualTo(Instant.parse("2030-01-10T16:00:00Z"));
    assertThat(SCHEDULE.on(LocalDate.of(2030, 1, 12), null).at()).isEqualTo(Instant.parse("2030-01-12T22:59:00Z"));
    assertThat(SCHEDULE.on(LocalDate.of(2030, 1, 10), LocalTime.of(12, 30)).at())
        .isEqualTo(Instant.parse("2030-01-10T11:30:00Z"));
    // 02:30 does not exist on 31 March 2030 in Berlin: it moves forward to 03:30 CEST
    assertThat(SCHEDULE.on(LocalDate.of(2030, 3, 31), LocalTime.of(2, 30)).at())
        .isEqualTo(Instant.parse("2030-03-31T01:30:00Z"));
  }

  @Test
  void aPromiseBreaksTheGraceInWorkingDaysAfterItsDueTimeAtTheSameLocalTime() {
    // due Friday 17:00, one working day of grace: Monday 17:00
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-01-11T16:00:00Z"), 1))
        .isEqualTo(Instant.parse("2030-01-14T16:00:00Z"));
    // due Tuesday 17:00: Wednesday is a holiday, so Thursday 17:00
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-01-08T16:00:00Z"), 1))
        .isEqualTo(Instant.parse("2030-01-10T16:00:00Z"));
    // two working days from Tuesday: Thursday and Friday
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-01-08T16:00:00Z"), 2))
        .isEqualTo(Instant.parse("2030-01-11T16:00:00Z"));
    // due on a Saturday at 10:00 (a day off): the first working day after it, Monday 10:00
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-01-12T09:00:00Z"), 1))
        .isEqualTo(Instant.parse("2030-01-14T09:00:00Z"));
    // no grace: at the due time
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-01-11T16:00:00Z"), 0))
        .isEqualTo(Instant.parse("2030-01-11T16:00:00Z"));
    // across the change to summer time: Friday 17:00 CET → Monday 17:00 CEST, 71 hours later, not 72
    assertThat(SCHEDULE.breakAt(Instant.parse("2030-03-29T16:00:00Z"), 1))
        .isEqualTo(Instant.parse("2030-04-01T15:00:00Z"));
  }

  @Test
  void ownersAreRemindedWhenWorkStartsOnTheWorkingDaysBeforeAndOnTheDueDay() {
    Instant due = Instant.parse("2030-01-10T16:00:00Z"); // Thursday 17:00
    LocalDate dueOn = LocalDate.of(2030, 1, 10);
    // one working day before Thursday is Tuesday (Wednesday is a holiday), 09:00 = 08:00 UTC; and Thursday 09:00
    assertThat(SCHEDULE.reminders(due, dueOn, List.of(1, 0), Instant.parse("2030-01-07T10:00:00Z")))
        .containsExactly(new PromiseSchedule.Reminder(Instant.parse("2030-01-08T08:00:00Z"), 1),
            new PromiseSchedule.Reminder(Instant.parse("2030-01-10T08:00:00Z"), 0));
    // made on Tuesday at noon: Tuesday's reminder has passed
    assertThat(SCHEDULE.reminders(due, dueOn, List.of(1, 0), Instant.parse("2030-01-08T12:00:00Z")))
        .containsExactly(new PromiseSchedule.Reminder(Instant.parse("2030-01-10T08:00:00Z"), 0));
    // two working days before Thursday: Tuesday is one, Monday two
    assertThat(SCHEDULE.reminders(due, dueOn, List.of(2), Instant.parse("2030-01-01T00:00:00Z")))
        .containsExactly(new PromiseSchedule.Reminder(Instant.parse("2030-01-07T08:00:00Z"), 2));
    // due before work starts on the day: no reminder "on the day"; on a day off neither
    assertThat(SCHEDULE.reminders(Instant.parse("2030-01-10T07:30:00Z"), dueOn, List.of(0),
        Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    assertThat(SCHEDULE.reminders(Instant.parse("2030-01-12T10:00:00Z"), LocalDate.of(2030, 1, 12), List.of(0),
        Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    // the same time asked twice is one reminder
    assertThat(SCHEDULE.reminders(due, dueOn, List.of(1, 1), Instant.parse("2030-01-01T00:00:00Z"))).hasSize(1);
  }
}
