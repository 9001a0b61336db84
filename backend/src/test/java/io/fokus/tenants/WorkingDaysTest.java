package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Working-day arithmetic of {@link WorkingCalendar} (promise due dates and grace periods, DESIGN.md §9). */
class WorkingDaysTest {

  static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
  static final WorkingCalendar OFFICE = office();

  /** Berlin, Monday to Friday 08:00–12:00 and 13:00–17:00, Wednesday 9 January 2030 a holiday. */
  static WorkingCalendar office() {
    Map<DayOfWeek, List<WorkingCalendar.Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      slots.put(day, List.of(new WorkingCalendar.Slot(LocalTime.of(8, 0), LocalTime.of(12, 0)),
          new WorkingCalendar.Slot(LocalTime.of(13, 0), LocalTime.of(17, 0))));
    }
    return WorkingCalendar.of(ZoneId.of("Europe/Berlin"), slots, Set.of(MONDAY.plusDays(2)));
  }

  @Test
  void workingDaysAreWeekdaysWithSlotsThatAreNoHolidays() {
    assertThat(OFFICE.isWorkingDay(MONDAY)).isTrue();
    assertThat(OFFICE.isWorkingDay(MONDAY.plusDays(2))).as("holiday").isFalse();
    assertThat(OFFICE.isWorkingDay(MONDAY.plusDays(5))).as("Saturday").isFalse();
    assertThat(WorkingCalendar.aroundTheClock(ZoneId.of("UTC")).isWorkingDay(MONDAY.plusDays(5))).isTrue();
  }

  @Test
  void addingAndSubtractingWorkingDays() {
    assertThat(OFFICE.plusWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
    assertThat(OFFICE.plusWorkingDays(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
    assertThat(OFFICE.plusWorkingDays(MONDAY, 2)).as("over the holiday").isEqualTo(MONDAY.plusDays(3));
    assertThat(OFFICE.plusWorkingDays(MONDAY, 4)).as("over the weekend").isEqualTo(MONDAY.plusDays(7));
    assertThat(OFFICE.plusWorkingDays(MONDAY.plusDays(5), 0)).as("Saturday: the next working day")
        .isEqualTo(MONDAY.plusDays(7));
    assertThat(OFFICE.minusWorkingDays(MONDAY.plusDays(3), 1)).as("Thursday back over the holiday")
        .isEqualTo(MONDAY.plusDays(1));
    assertThat(OFFICE.minusWorkingDays(MONDAY.plusDays(7), 1)).as("Monday back to Friday")
        .isEqualTo(MONDAY.plusDays(4));
    assertThat(OFFICE.minusWorkingDays(MONDAY.plusDays(5), 0)).as("Saturday: the working day before")
        .isEqualTo(MONDAY.plusDays(4));
    assertThatThrownBy(() -> OFFICE.plusWorkingDays(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workStartsWithTheFirstSlotAndEndsWithTheLast() {
    assertThat(OFFICE.startOfWork(MONDAY)).contains(Instant.parse("2030-01-07T07:00:00Z"));
    assertThat(OFFICE.endOfWork(MONDAY)).contains(Instant.parse("2030-01-07T16:00:00Z"));
    assertThat(OFFICE.startOfWork(MONDAY.plusDays(2))).isEmpty();
    assertThat(OFFICE.endOfWork(MONDAY.plusDays(5))).isEmpty();
    WorkingCalendar always = WorkingCalendar.aroundTheClock(ZoneId.of("Europe/Berlin"));
    assertThat(always.endOfWork(MONDAY)).contains(Instant.parse("2030-01-07T23:00:00Z"));
  }
}
