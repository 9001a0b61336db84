package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.tenants.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SLA clocks against hand-computed cases. The office calendar works Monday to Friday 08:00–12:00 and 13:00–17:00
 * in Europe/Berlin; in March 2026 before the 29th that is CET, UTC+1 (08:00 local = 07:00Z).
 */
class SlaClockTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final WorkingCalendar OFFICE = office();

  static WorkingCalendar office() {
    Map<DayOfWeek, List<WorkingCalendar.Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      slots.put(day, List.of(new WorkingCalendar.Slot(LocalTime.of(8, 0), LocalTime.of(12, 0)),
          new WorkingCalendar.Slot(LocalTime.of(13, 0), LocalTime.of(17, 0))));
    }
    return WorkingCalendar.of(BERLIN, slots, Set.of());
  }

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  @Test
  void aComplaintAtNightIsDueAndWarnedInTheMorning() {
    // Tuesday 10 March 22:00 CET, first response within 60 working minutes
    SlaClock clock = SlaClock.started(at("2026-03-10T21:00:00Z"), minutes(60));
    assertThat(clock.due(OFFICE)).contains(at("2026-03-11T08:00:00Z")); // Wednesday 09:00 CET
    assertThat(clock.warningAt(0.75, OFFICE)).contains(at("2026-03-11T07:45:00Z")); // 08:45 CET
  }

  @Test
  void pausesWhileWaitingForTheCustomerMoveTheDueTimeByThePausedWorkingTime() {
    // resolution within 240; Monday 9 March 08:00–09:00 runs (60), paused over night, Tuesday 08:00–10:00 runs
    // (180 in all), paused until 14:00, then 60 are left → due Tuesday 15:00 CET
    SlaClock clock = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(240))
        .paused(at("2026-03-09T08:00:00Z"), OFFICE);
    assertThat(clock.usedAt(at("2026-03-10T06:00:00Z"), OFFICE)).isEqualTo(minutes(60));
    assertThat(clock.due(OFFICE)).isEmpty();
    clock = clock.resumed(at("2026-03-10T07:00:00Z")).paused(at("2026-03-10T09:00:00Z"), OFFICE);
    assertThat(clock.used()).isEqualTo(minutes(180));
    clock = clock.resumed(at("2026-03-10T13:00:00Z"));
    assertThat(clock.due(OFFICE)).contains(at("2026-03-10T14:00:00Z"));
    assertThat(clock.usedAt(at("2026-03-10T13:30:00Z"), OFFICE)).isEqualTo(minutes(210));
  }

  @Test
  void aReopenedComplaintKeepsTheTimeUsedBeforeItsResolution() {
    // resolution within 480: Monday 08:00–10:00 (120), resolved in time
    SlaClock clock = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(480))
        .stopped(at("2026-03-09T09:00:00Z"), OFFICE);
    assertThat(clock.outcome()).contains(SlaClock.Outcome.MET);
    assertThat(clock.used()).isEqualTo(minutes(120));
    // reopened Wednesday 08:00 CET: 360 left → 08:00–12:00 (240) and 13:00–15:00 (120) → 15:00 CET
    clock = clock.reopened(at("2026-03-11T07:00:00Z"));
    assertThat(clock.outcome()).isEmpty();
    assertThat(clock.due(OFFICE)).contains(at("2026-03-11T14:00:00Z"));
    // resolved again Thursday 09:00 CET: 120 + 480 (all Wednesday) + 60 = 660 > 480
    clock = clock.stopped(at("2026-03-12T08:00:00Z"), OFFICE);
    assertThat(clock.used()).isEqualTo(minutes(660));
    assertThat(clock.outcome()).contains(SlaClock.Outcome.BREACHED);
  }

  @Test
  void aHigherPriorityKeepsTheTimeUsedAndRecomputesTheDueTime() {
    // 480 from Monday 08:00; at 10:00 CET the complaint becomes urgent with 240: 120 used, 120 left → 12:00 CET
    SlaClock clock = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(480));
    assertThat(clock.due(OFFICE)).contains(at("2026-03-09T16:00:00Z"));
    clock = clock.retargeted(at("2026-03-09T09:00:00Z"), minutes(240), OFFICE);
    assertThat(clock.used()).isEqualTo(minutes(120));
    assertThat(clock.due(OFFICE)).contains(at("2026-03-09T11:00:00Z"));
  }

  @Test
  void aNewTargetWhilePausedKeepsThePauseAndCountsOnAfterIt() {
    // 08:00–09:00 runs (60), paused; at 11:00 the target becomes 120; resumed at 13:00 → 60 left → 14:00 CET
    SlaClock clock = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(480))
        .paused(at("2026-03-09T08:00:00Z"), OFFICE)
        .retargeted(at("2026-03-09T10:00:00Z"), minutes(120), OFFICE);
    assertThat(clock.state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(clock.used()).isEqualTo(minutes(60));
    assertThat(clock.resumed(at("2026-03-09T12:00:00Z")).due(OFFICE)).contains(at("2026-03-09T13:00:00Z"));
  }

  @Test
  void aPolicyWithAnotherCalendarCountsTheTimeBeforeWithTheOldOne() {
    // Friday 13 March 16:00 CET with the office (240); Saturday 10:00 CET the policy becomes 24/7 (240): the office
    // counted 60 (Friday 16:00–17:00), 180 are left around the clock → Saturday 13:00 CET
    SlaClock clock = SlaClock.started(at("2026-03-13T15:00:00Z"), minutes(240))
        .retargeted(at("2026-03-14T09:00:00Z"), minutes(240), OFFICE);
    assertThat(clock.used()).isEqualTo(minutes(60));
    assertThat(clock.due(WorkingCalendar.aroundTheClock(BERLIN))).contains(at("2026-03-14T12:00:00Z"));
  }

  @Test
  void aTargetBelowTheTimeUsedIsDueAtOnce() {
    SlaClock clock = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(480))
        .retargeted(at("2026-03-09T10:00:00Z"), minutes(120), OFFICE); // 180 used
    assertThat(clock.due(OFFICE)).contains(at("2026-03-09T10:00:00Z"));
    assertThat(clock.stopped(at("2026-03-09T10:30:00Z"), OFFICE).outcome()).contains(SlaClock.Outcome.BREACHED);
  }

  @Test
  void aClockChangesOnlyInOrder() {
    SlaClock running = SlaClock.started(at("2026-03-09T07:00:00Z"), minutes(60));
    assertThatThrownBy(() -> running.resumed(at("2026-03-09T08:00:00Z"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> running.reopened(at("2026-03-09T08:00:00Z"))).isInstanceOf(IllegalStateException.class);
    SlaClock stopped = running.stopped(at("2026-03-09T07:30:00Z"), OFFICE);
    assertThatThrownBy(() -> stopped.stopped(at("2026-03-09T08:00:00Z"), OFFICE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> stopped.paused(at("2026-03-09T08:00:00Z"), OFFICE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SlaClock.started(at("2026-03-09T07:00:00Z"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> running.warningAt(0, OFFICE)).isInstanceOf(IllegalArgumentException.class);
  }
}
