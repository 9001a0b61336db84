package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
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
 * Working time against hand-computed cases in Europe/Berlin (CET = UTC+1 until 29 March 2026 02:00, CEST = UTC+2
 * until 25 October 2026 03:00). The office works Monday to Friday 08:00–12:00 and 13:00–17:00; Good Friday
 * (3 April) and Easter Monday (6 April) are holidays.
 */
class WorkingCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final WorkingCalendar OFFICE = office();

  static WorkingCalendar office() {
    Map<DayOfWeek, List<WorkingCalendar.Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      slots.put(day, List.of(slot("13:00", "17:00"), slot("08:00", "12:00"))); // given out of order on purpose
    }
    return WorkingCalendar.of(BERLIN, slots, Set.of(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06")));
  }

  static WorkingCalendar allDayEveryDay() {
    Map<DayOfWeek, List<WorkingCalendar.Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      slots.put(day, List.of(slot("00:00", "00:00")));
    }
    return WorkingCalendar.of(BERLIN, slots, Set.of());
  }

  static WorkingCalendar.Slot slot(String start, String end) {
    return new WorkingCalendar.Slot(LocalTime.parse(start), LocalTime.parse(end));
  }

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  @Test
  void aComplaintAtNightIsCountedFromTheNextMorning() {
    // Tuesday 10 March 22:00 CET + 60 working minutes = Wednesday 09:00 CET
    assertThat(OFFICE.plusMinutes(at("2026-03-10T21:00:00Z"), 60)).isEqualTo(at("2026-03-11T08:00:00Z"));
  }

  @Test
  void aFridayAfternoonRunsOnIntoMonday() {
    // Friday 13 March 16:30 CET: 30 minutes on Friday, 90 on Monday from 08:00 → Monday 09:30 CET
    assertThat(OFFICE.plusMinutes(at("2026-03-13T15:30:00Z"), 120)).isEqualTo(at("2026-03-16T08:30:00Z"));
    assertThat(OFFICE.between(at("2026-03-13T15:30:00Z"), at("2026-03-16T08:30:00Z")))
        .isEqualTo(Duration.ofMinutes(120));
  }

  @Test
  void theLunchBreakDoesNotCount() {
    // Wednesday 11 March 11:30 CET: 30 minutes until noon, 30 after 13:00 → 13:30 CET
    assertThat(OFFICE.plusMinutes(at("2026-03-11T10:30:00Z"), 60)).isEqualTo(at("2026-03-11T12:30:00Z"));
    assertThat(OFFICE.isWorking(at("2026-03-11T11:30:00Z"))).isFalse(); // 12:30 CET
    assertThat(OFFICE.isWorking(at("2026-03-11T12:00:00Z"))).isTrue(); // 13:00 CET
  }

  @Test
  void holidaysAndTheWeekendBetweenThemAreSkipped() {
    // Thursday 2 April 16:00 CEST: 60 minutes on Thursday; Good Friday, the weekend and Easter Monday are off;
    // 60 minutes on Tuesday 7 April from 08:00 → 09:00 CEST
    assertThat(OFFICE.plusMinutes(at("2026-04-02T14:00:00Z"), 120)).isEqualTo(at("2026-04-07T07:00:00Z"));
    assertThat(OFFICE.between(at("2026-04-02T14:00:00Z"), at("2026-04-07T07:00:00Z")))
        .isEqualTo(Duration.ofMinutes(120));
  }

  @Test
  void slotsKeepTheirWallClockTimeAcrossTheSpringChange() {
    // Friday 27 March 16:00 CET + 120: 60 on Friday, then Monday 30 March from 08:00 CEST (06:00Z) → 09:00 CEST
    assertThat(OFFICE.plusMinutes(at("2026-03-27T15:00:00Z"), 120)).isEqualTo(at("2026-03-30T07:00:00Z"));
  }

  @Test
  void theShortSpringDayAndTheLongAutumnDayCountTheirRealLength() {
    WorkingCalendar always = allDayEveryDay();
    // Saturday 28 March 23:00 CET + 180 minutes: the clock jumps from 02:00 to 03:00 → 03:00 CEST = 01:00Z
    assertThat(always.plusMinutes(at("2026-03-28T22:00:00Z"), 180)).isEqualTo(at("2026-03-29T01:00:00Z"));
    // Sunday 29 March from midnight CET to midnight CEST: 23 hours
    assertThat(always.between(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")))
        .isEqualTo(Duration.ofHours(23));
    // Saturday 24 October 23:00 CEST + 240 minutes: 03:00 CEST falls back to 02:00 CET → 02:00 CET = 01:00Z
    assertThat(always.plusMinutes(at("2026-10-24T21:00:00Z"), 240)).isEqualTo(at("2026-10-25T01:00:00Z"));
    // Sunday 25 October from midnight CEST to midnight CET: 25 hours
    assertThat(always.between(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z")))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void aSlotStartingInTheSkippedHourBeginsWhenTheClockJumps() {
    // Sunday 29 March 02:00–04:00 local: 02:00 does not exist, the slot runs 03:00–04:00 CEST, one hour
    WorkingCalendar night = WorkingCalendar.of(BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(slot("02:00", "04:00"))),
        Set.of());
    assertThat(night.between(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"))).isEqualTo(Duration.ofHours(1));
    assertThat(night.plusMinutes(at("2026-03-28T23:00:00Z"), 30)).isEqualTo(at("2026-03-29T01:30:00Z"));
  }

  @Test
  void aroundTheClockCountsEveryMinute() {
    WorkingCalendar always = WorkingCalendar.aroundTheClock(BERLIN);
    assertThat(always.plusMinutes(at("2026-03-28T22:00:00Z"), 180)).isEqualTo(at("2026-03-29T01:00:00Z"));
    assertThat(always.between(at("2026-03-13T15:30:00Z"), at("2026-03-16T08:30:00Z")))
        .isEqualTo(Duration.ofMinutes(3900));
  }

  @Test
  void theTenantsBusinessHoursAreItsDefaultCalendar() {
    WorkingCalendar tenant = WorkingCalendar.of(new BusinessCalendar(BERLIN, BusinessHours.weekdaysNineToFive()));
    // Friday 13 March 16:00 CET + 120: 60 on Friday, Monday 09:00–10:00 CET
    assertThat(tenant.plusMinutes(at("2026-03-13T15:00:00Z"), 120)).isEqualTo(at("2026-03-16T09:00:00Z"));
  }

  @Test
  void nothingToAddOrCountGivesTheStartAndZero() {
    assertThat(OFFICE.plusMinutes(at("2026-03-11T09:00:00Z"), 0)).isEqualTo(at("2026-03-11T09:00:00Z"));
    assertThat(OFFICE.between(at("2026-03-11T09:00:00Z"), at("2026-03-11T08:00:00Z"))).isZero();
  }

  @Test
  void aCalendarNeedsWorkingTimeAndSlotsThatDoNotOverlap() {
    assertThatThrownBy(() -> WorkingCalendar.of(BERLIN, Map.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendar.of(BERLIN,
        Map.of(DayOfWeek.MONDAY, List.of(slot("08:00", "12:00"), slot("11:00", "13:00"))), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> slot("12:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OFFICE.plus(at("2026-03-11T09:00:00Z"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
