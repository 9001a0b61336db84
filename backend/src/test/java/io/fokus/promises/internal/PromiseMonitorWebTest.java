package io.fokus.promises.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.promises.PromiseBroken;
import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.RecordedEvents;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The automatic breaking and the reminders, with the clock set by the test (2030; Berlin, Monday to Friday
 * 09:00–17:00): an open promise breaks exactly when its due time and the grace period in working days have passed,
 * once, also when two instances check at the same moment; reminders reach the owner once, in the app.
 */
@ControlledClock
class PromiseMonitorWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @Autowired
  PromiseMonitor monitor;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  record Office(SignedUp tenant, Api staff) {
    TenantId id() {
      return new TenantId(UUID.fromString(tenant.tenantId()));
    }
  }

  Office office() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    Map<String, Object> slots = new HashMap<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      slots.put(day, List.of(Map.of("start", "09:00", "end", "17:00")));
    }
    assertThat(admin.post("/api/calendars", Map.of("name", "Office", "zone", "Europe/Berlin", "slots", slots,
        "defaultCalendar", true, "holidays", List.of())).status()).isEqualTo(201);
    return new Office(t, api.as(member(t, "STAFF")));
  }

  static String make(Api staff, String text, String dueDate, String dueTime) {
    Api.Response r = staff.post("/api/promises", Map.of("text", text, "customerEmail", "kim@customer.test",
        "sourceKind", "MANUAL", "dueDate", dueDate, "dueTime", dueTime));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.body().path("promise").path("id").asString();
  }

  @Test
  void anOpenPromiseBreaksOnceWhenItsGraceInWorkingDaysHasPassed() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z"); // Monday
    String id = make(o.staff(), "Deliver the spare part", "2030-01-11", "17:00"); // Friday 17:00 = 16:00 UTC
    String kept = make(o.staff(), "Phone back", "2030-01-11", "12:00");
    o.staff().post("/api/promises/" + kept + "/keep", Map.of());

    CLOCK.set("2030-01-12T10:00:00Z"); // Saturday: past due, in its grace period (the next working day)
    assertThat(monitor.check(o.id()).broken()).isZero();
    assertThat(o.staff().get("/api/promises/" + id).body().path("promise").path("dueState").asString())
        .isEqualTo("OVERDUE");
    CLOCK.set("2030-01-14T15:59:59Z"); // Monday 16:59:59 Berlin
    assertThat(monitor.check(o.id()).broken()).isZero();
    CLOCK.set("2030-01-14T16:00:00Z");
    assertThat(monitor.check(o.id()).broken()).isEqualTo(1);
    assertThat(monitor.check(o.id()).broken()).as("exactly once").isZero();

    JsonNode detail = o.staff().get("/api/promises/" + id).body();
    assertThat(detail.path("promise").path("status").asString()).isEqualTo("BROKEN");
    assertThat(detail.path("promise").path("decidedAt").asString()).as("at the end of the grace period")
        .isEqualTo("2030-01-14T16:00:00Z");
    assertThat(detail.path("history").get(detail.path("history").size() - 1).path("action").asString())
        .isEqualTo("BROKEN_AUTOMATICALLY");
    List<PromiseBroken> events = RecordedEvents.of(PromiseBroken.class, o.id());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).automatically()).isTrue();
    assertThat(events.get(0).promiseId().value().toString()).isEqualTo(id);
    // the owner is told
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> o.staff().get("/api/notifications").body()
        .path("page").path("items").values().stream().anyMatch(n -> n.path("kind").asString().equals("promises.broken")));
  }

  @Test
  void twoInstancesCheckingTogetherBreakEachPromiseOnce() throws Exception {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      ids.add(make(o.staff(), "Promise " + i, "2030-01-08", "10:00"));
    }
    CLOCK.set("2030-01-10T12:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both = List.of(() -> monitor.check(o.id()).broken(),
          () -> monitor.check(o.id()).broken());
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(both)) {
        total += f.get();
      }
      assertThat(total).isEqualTo(25);
    } finally {
      pool.shutdownNow();
    }
    List<PromiseBroken> events = RecordedEvents.of(PromiseBroken.class, o.id());
    assertThat(events).hasSize(25);
    assertThat(events.stream().map(e -> e.promiseId().value().toString()).toList())
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(o.staff().get("/api/promises?status=BROKEN&size=100").body().path("total").asInt()).isEqualTo(25);
  }

  @Test
  void ownersAreRemindedOnTheWorkingDayBeforeAndOnTheDueDayOnce() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z"); // Monday
    String id = make(o.staff(), "Send the new contract", "2030-01-10", "15:00"); // Thursday 15:00 Berlin

    CLOCK.set("2030-01-09T07:59:00Z"); // Wednesday 08:59: not yet
    assertThat(monitor.check(o.id()).reminded()).isZero();
    CLOCK.set("2030-01-09T08:00:00Z"); // Wednesday 09:00, one working day before
    assertThat(monitor.check(o.id()).reminded()).isEqualTo(1);
    assertThat(monitor.check(o.id()).reminded()).isZero();
    CLOCK.set("2030-01-10T08:30:00Z"); // Thursday 09:30, on the day
    assertThat(monitor.check(o.id()).reminded()).isEqualTo(1);

    List<JsonNode> reminders = new ArrayList<>();
    o.staff().get("/api/notifications").body().path("page").path("items").values().forEach(n -> {
      if (n.path("kind").asString().equals("promises.reminder")) {
        reminders.add(n);
      }
    });
    assertThat(reminders).hasSize(2);
    assertThat(reminders.get(0).path("link").asString()).isEqualTo("/promises/" + id);
    assertThat(reminders.get(0).path("title").asString()).contains("P-000001");
    // a kept promise is reminded of no more
    String later = make(o.staff(), "Check the delivery", "2030-01-15", "12:00");
    o.staff().post("/api/promises/" + later + "/keep", Map.of());
    CLOCK.set("2030-01-15T10:00:00Z");
    assertThat(monitor.check(o.id()).reminded()).isZero();
  }
}
