package io.fokus.complaints.internal;

import static io.fokus.complaints.internal.SlaClockTest.OFFICE;
import static io.fokus.complaints.internal.SlaClockTest.at;
import static io.fokus.complaints.internal.SlaClockTest.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.complaints.Channel;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.SlaClockKind;
import io.fokus.tenants.WorkingCalendar;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Choosing a complaint's SLA policy (first active match in order, every condition optional) and how its clocks
 * follow the complaint's status, with the working-day default of recovery cases.
 */
class SlaPolicyTest {

  static final UUID BILLING = UUID.randomUUID();
  static final UUID DELIVERY = UUID.randomUUID();
  static final UUID HIGH = UUID.randomUUID();

  static SlaPolicy policy(String name, int position, ComplaintKind kind, UUID category, UUID priority,
      Channel channel, boolean active) {
    return new SlaPolicy(UUID.randomUUID(), name, kind, category, priority, channel, position, null, 60, 480, 0.75,
        active);
  }

  static final SlaPolicy URGENT_BILLING = policy("Urgent billing", 0, null, BILLING, HIGH, null, true);
  static final SlaPolicy PHONE = policy("Phone", 1, ComplaintKind.COMPLAINT, null, null, Channel.PHONE, true);
  static final SlaPolicy RECOVERY = policy("Recovery", 2, ComplaintKind.RECOVERY, null, null, null, true);
  static final SlaPolicy RETIRED = policy("Retired catch-all", 3, null, null, null, null, false);
  static final SlaPolicy CATCH_ALL = policy("Catch-all", 4, ComplaintKind.COMPLAINT, null, null, null, true);
  static final List<SlaPolicy> POLICIES = List.of(CATCH_ALL, RETIRED, RECOVERY, PHONE, URGENT_BILLING);

  static Optional<String> chosen(ComplaintKind kind, UUID category, UUID priority, Channel channel) {
    return SlaPolicy.firstMatch(POLICIES, new SlaPolicy.Subject(kind, category, priority, channel))
        .map(SlaPolicy::name);
  }

  @Test
  void theFirstPolicyInOrderWhoseConditionsAllHoldWins() {
    assertThat(chosen(ComplaintKind.COMPLAINT, BILLING, HIGH, Channel.PHONE)).contains("Urgent billing");
    // one condition missing: the next policy in order
    assertThat(chosen(ComplaintKind.COMPLAINT, BILLING, null, Channel.PHONE)).contains("Phone");
    assertThat(chosen(ComplaintKind.COMPLAINT, DELIVERY, HIGH, Channel.WEB)).contains("Catch-all");
    // a kind condition: a recovery case is no complaint, and the inactive catch-all never matches
    assertThat(chosen(ComplaintKind.RECOVERY, DELIVERY, null, Channel.PHONE)).contains("Recovery");
    assertThat(chosen(ComplaintKind.RECOVERY, BILLING, HIGH, Channel.WEB)).contains("Urgent billing");
  }

  @Test
  void nothingMatchesWithoutACatchAll() {
    List<SlaPolicy> some = List.of(URGENT_BILLING, RETIRED);
    assertThat(SlaPolicy.firstMatch(some,
        new SlaPolicy.Subject(ComplaintKind.COMPLAINT, DELIVERY, HIGH, Channel.WEB))).isEmpty();
    assertThat(SlaPolicy.firstMatch(List.of(),
        new SlaPolicy.Subject(ComplaintKind.RECOVERY, null, null, Channel.API))).isEmpty();
  }

  @Test
  void equalPositionsAreOrderedByName() {
    SlaPolicy b = policy("B", 0, null, null, null, null, true);
    SlaPolicy a = policy("A", 0, null, null, null, null, true);
    assertThat(SlaPolicy.firstMatch(List.of(b, a),
        new SlaPolicy.Subject(ComplaintKind.COMPLAINT, null, null, Channel.WEB))).contains(a);
  }

  @Test
  void aPolicyWithoutATargetRunsNoSuchClock() {
    SlaPolicy responseOnly = new SlaPolicy(UUID.randomUUID(), "Response only", null, null, null, null, 0, null, 30,
        null, 0.5, true);
    assertThat(responseOnly.targetOf(SlaClockKind.FIRST_RESPONSE)).isEqualTo(30);
    assertThat(responseOnly.targetOf(SlaClockKind.RESOLUTION)).isNull();
  }

  @Test
  void clocksFollowTheComplaintsStatus() {
    // Monday 9 March 2026 09:00 CET (08:00Z), office hours 08–12 and 13–17 CET
    SlaClock running = SlaClock.started(at("2026-03-09T08:00:00Z"), minutes(480));
    SlaClock waiting = SlaService.moved(SlaClockKind.RESOLUTION, running, ComplaintStatus.OPEN,
        ComplaintStatus.WAITING_FOR_CUSTOMER, at("2026-03-09T09:00:00Z"), OFFICE);
    assertThat(waiting.state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(waiting.used()).isEqualTo(minutes(60));

    SlaClock answered = SlaService.moved(SlaClockKind.RESOLUTION, waiting, ComplaintStatus.WAITING_FOR_CUSTOMER,
        ComplaintStatus.OPEN, at("2026-03-10T07:00:00Z"), OFFICE);
    assertThat(answered.state()).isEqualTo(SlaClock.State.RUNNING);
    // 420 working minutes left from Tuesday 08:00 CET: 08–12 and 13–16 CET = 15:00Z
    assertThat(answered.due(OFFICE)).contains(at("2026-03-10T15:00:00Z"));

    SlaClock resolved = SlaService.moved(SlaClockKind.RESOLUTION, answered, ComplaintStatus.OPEN,
        ComplaintStatus.RESOLVED, at("2026-03-10T08:00:00Z"), OFFICE);
    assertThat(resolved.state()).isEqualTo(SlaClock.State.STOPPED);
    assertThat(resolved.used()).isEqualTo(minutes(120));

    // reopened while waiting: the resolution clock reopens and pauses at once, keeping 120 minutes
    SlaClock reopenedWaiting = SlaService.moved(SlaClockKind.RESOLUTION, resolved, ComplaintStatus.RESOLVED,
        ComplaintStatus.WAITING_FOR_CUSTOMER, at("2026-03-10T09:00:00Z"), OFFICE);
    assertThat(reopenedWaiting.state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(reopenedWaiting.used()).isEqualTo(minutes(120));
    assertThat(reopenedWaiting.stoppedAt()).isNull();

    // a stopped first response stays stopped through a reopen; closing stops a paused clock
    SlaClock answeredFirst = running.stopped(at("2026-03-09T08:30:00Z"), OFFICE);
    assertThat(SlaService.moved(SlaClockKind.FIRST_RESPONSE, answeredFirst, ComplaintStatus.RESOLVED,
        ComplaintStatus.OPEN, at("2026-03-10T09:00:00Z"), OFFICE)).isSameAs(answeredFirst);
    SlaClock closed = SlaService.moved(SlaClockKind.RESOLUTION, waiting, ComplaintStatus.WAITING_FOR_CUSTOMER,
        ComplaintStatus.CLOSED, at("2026-03-12T09:00:00Z"), OFFICE);
    assertThat(closed.state()).isEqualTo(SlaClock.State.STOPPED);
    assertThat(closed.used()).isEqualTo(minutes(60));
    assertThat(SlaService.moved(SlaClockKind.RESOLUTION, closed, ComplaintStatus.CLOSED, ComplaintStatus.OPEN,
        at("2026-03-12T10:00:00Z"), OFFICE)).isSameAs(closed);
  }

  @Test
  void aWorkingDayIsTheAverageWorkingTimeOfTheCalendarsWorkingDays() {
    // 8 working hours a weekday: two working days are 960 minutes, weekends left out
    assertThat(SlaService.workingDays(OFFICE, at("2026-03-09T08:00:00Z"), 2)).isEqualTo(minutes(960));
    assertThat(SlaService.workingDays(WorkingCalendar.aroundTheClock(ZoneId.of("UTC")),
        at("2026-03-09T08:00:00Z"), 2)).isEqualTo(Duration.ofHours(48));
  }
}
