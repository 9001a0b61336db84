package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TrainingScheduleTest {

  final TrainingSchedule berlin = new TrainingSchedule(ZoneId.of("Europe/Berlin"));

  @Test
  void anAssignmentIsDueUntilItsDayEndsInTheTenantsZone() {
    assertThat(berlin.endOf(LocalDate.parse("2030-01-31"))).isEqualTo(Instant.parse("2030-01-31T23:00:00Z"));
    // summer time: the day ends at 22:00 UTC
    assertThat(berlin.endOf(LocalDate.parse("2030-07-01"))).isEqualTo(Instant.parse("2030-07-01T22:00:00Z"));
  }

  @Test
  void aCompletionIsValidThroughTheSameDayMonthsLaterAndExpiresWhenItEnds() {
    // completed late on 31 January in Berlin (already 1 February? no: 23:30 Berlin is 22:30 UTC)
    Instant completed = Instant.parse("2030-01-31T22:30:00Z");
    assertThat(berlin.dayOf(completed)).isEqualTo(LocalDate.parse("2030-01-31"));
    assertThat(berlin.lastValidDay(completed, 1)).as("the last day of a shorter month")
        .isEqualTo(LocalDate.parse("2030-02-28"));
    assertThat(berlin.expiresAt(completed, 1)).isEqualTo(Instant.parse("2030-02-28T23:00:00Z"));
    assertThat(berlin.expiresAt(completed, 12)).isEqualTo(Instant.parse("2031-01-31T23:00:00Z"));
    assertThat(berlin.expiresAt(completed, null)).as("never").isNull();
    // 00:30 on 1 February in Berlin is still 31 January in UTC: the tenant's day counts
    Instant afterMidnight = Instant.parse("2030-01-31T23:30:00Z");
    assertThat(berlin.lastValidDay(afterMidnight, 1)).isEqualTo(LocalDate.parse("2030-03-01"));
  }

  @Test
  void theRecertificationWindowOpensDaysBeforeTheExpiryAtTheStartOfADay() {
    Instant expires = Instant.parse("2031-01-31T23:00:00Z"); // the end of 31 January 2031 in Berlin
    assertThat(berlin.windowOpensAt(expires, 30)).as("1 February minus 30 days: 2 January, 00:00 Berlin")
        .isEqualTo(Instant.parse("2031-01-01T23:00:00Z"));
    assertThat(berlin.windowOpensAt(expires, 0)).isEqualTo(expires);
    assertThat(berlin.windowOpensAt(null, 30)).isNull();
    // across the change to summer time (30 March 2031)
    Instant april = berlin.endOf(LocalDate.parse("2031-04-10"));
    assertThat(berlin.windowOpensAt(april, 14)).isEqualTo(Instant.parse("2031-03-27T23:00:00Z"));
  }

  @Test
  void aMemberJoiningAGroupLaterGetsAtLeastTheJoinerDays() {
    Instant now = Instant.parse("2030-03-10T09:00:00Z");
    assertThat(berlin.joinerDueOn(LocalDate.parse("2030-04-30"), now, 14)).isEqualTo(LocalDate.parse("2030-04-30"));
    assertThat(berlin.joinerDueOn(LocalDate.parse("2030-03-01"), now, 14)).as("the group's day has passed")
        .isEqualTo(LocalDate.parse("2030-03-24"));
  }
}
