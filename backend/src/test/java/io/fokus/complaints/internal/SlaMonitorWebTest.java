package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.FokusApplication;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.SlaBreached;
import io.fokus.complaints.SlaClockKind;
import io.fokus.complaints.SlaWarning;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.RecordedEvents;
import io.fokus.support.TestClock;
import io.fokus.support.WebTest;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Warnings and breaches come from the database exactly once per clock: two app instances on one database run the job
 * at the same moment, several times, and every clock is announced once; after the second instance stops (a restart),
 * running the job again announces nothing.
 */
@ControlledClock
class SlaMonitorWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;
  static final Instant T0 = Instant.parse("2031-01-06T10:00:00Z");
  static final int COMPLAINTS = 8;

  @Autowired
  SlaMonitor monitor;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  @Test
  void twoInstancesAnnounceEveryWarningAndBreachOnce() throws Exception {
    SignedUp signedUp = signUp();
    TenantId tenant = new TenantId(UUID.fromString(signedUp.tenantId()));
    Api admin = api.as(signedUp.adminToken());
    String hotline = admin.post("/api/calendars", Map.of("name", "Hotline", "zone", "UTC", "aroundTheClock", true,
        "defaultCalendar", false)).text("id");
    admin.post("/api/complaints/sla-policies", Map.of("name", "Hotline", "calendarId", hotline,
        "firstResponseMinutes", 60, "resolutionMinutes", 120, "warningShare", 0.5));
    String unit = admin.post("/api/units", Map.of("name", "Desk", "kind", "TEAM")).text("id");
    CLOCK.set(T0);
    for (int i = 0; i < COMPLAINTS; i++) {
      admin.post("/api/complaints", Map.of("channel", "EMAIL", "email", "c" + i + "@example.com",
          "description", "Complaint " + i));
    }
    List<String> ids = new ArrayList<>();
    admin.get("/api/complaints?size=50").body().path("items").values().forEach(i -> ids.add(i.path("id").asString()));
    admin.put("/api/complaints/" + ids.get(0) + "/assignment", Map.of("unitId", unit));

    try (ConfigurableApplicationContext second = secondInstance()) {
      SlaMonitor other = second.getBean(SlaMonitor.class);

      // +45 min: every first-response warning (at 30 min) is due; both instances run the job together, twice
      CLOCK.set(T0.plus(Duration.ofMinutes(45)));
      runTogether(other);
      assertThat(perComplaint(RecordedEvents.of(SlaWarning.class, tenant), SlaWarning::complaintId))
          .hasSize(COMPLAINTS).allSatisfy((id, n) -> assertThat(n).as(id.toString()).isEqualTo(1));

      // +70 min: first response breached (60), resolution warned (60 of 120)
      CLOCK.set(T0.plus(Duration.ofMinutes(70)));
      runTogether(other);
    }
    List<SlaWarning> warnings = RecordedEvents.of(SlaWarning.class, tenant);
    List<SlaBreached> breaches = RecordedEvents.of(SlaBreached.class, tenant);
    assertThat(warnings).hasSize(2 * COMPLAINTS);
    assertThat(warnings.stream().filter(w -> w.clock() == SlaClockKind.RESOLUTION)).hasSize(COMPLAINTS);
    assertThat(breaches).hasSize(COMPLAINTS);
    assertThat(perComplaint(breaches, SlaBreached::complaintId)).hasSize(COMPLAINTS);
    assertThat(breaches).allSatisfy(b -> {
      assertThat(b.clock()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
      assertThat(b.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
      assertThat(b.target()).isEqualTo(Duration.ofMinutes(60));
    });
    SlaBreached assigned = breaches.stream().filter(b -> b.complaintId().toString().equals(ids.get(0)))
        .findFirst().orElseThrow();
    assertThat(assigned.unit().value()).hasToString(unit);

    // after the restart nothing is announced again, and the complaints are marked
    assertThat(monitor.check(tenant)).isZero();
    assertThat(RecordedEvents.of(SlaWarning.class, tenant)).hasSize(2 * COMPLAINTS);
    assertThat(admin.get("/api/complaints?sla=breached").body().path("total").asInt()).isEqualTo(COMPLAINTS);
    JsonNode detail = admin.get("/api/complaints/" + ids.get(0)).body();
    JsonNode first = null;
    for (JsonNode c : detail.path("clocks").values()) {
      if (c.path("kind").asString().equals("FIRST_RESPONSE")) {
        first = c;
      }
    }
    assertThat(first).isNotNull();
    assertThat(Instant.parse(first.path("warnedAt").asString())).isEqualTo(T0.plus(Duration.ofMinutes(45)));
    assertThat(Instant.parse(first.path("breachedAt").asString())).isEqualTo(T0.plus(Duration.ofMinutes(70)));
    assertThat(detail.path("complaint").path("sla").path("breached").asBoolean()).isTrue();
  }

  /** Both instances' jobs start at the same moment, twice each. */
  private void runTogether(SlaMonitor other) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Void>> jobs = new ArrayList<>();
      for (SlaMonitor m : List.of(monitor, other, monitor, other)) {
        jobs.add(() -> {
          start.await();
          m.check();
          return null;
        });
      }
      List<Future<Void>> running = jobs.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<Void> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Map<ComplaintId, Long> perComplaint(List<T> events, Function<T, ComplaintId> id) {
    return events.stream().collect(Collectors.groupingBy(id, Collectors.counting()));
  }

  private ConfigurableApplicationContext secondInstance() {
    Map<String, Object> properties = new HashMap<>();
    List<String> all = new ArrayList<>(List.of(WebTest.class.getAnnotation(SpringBootTest.class).properties()));
    all.addAll(List.of(ControlledClock.CHECK_INTERVAL, ControlledClock.CHECK_DELAY));
    for (String property : all) {
      properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
    }
    properties.put("fokus.security.jwk-set-uri", issuer.jwkSetUri());
    properties.put("server.port", "0");
    return new SpringApplicationBuilder(FokusApplication.class, TestClock.Setup.class, RecordedEvents.class)
        .properties(properties).run();
  }
}
