package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The training jobs with the clock set by the test (tenant in Berlin): reminders before due, OVERDUE after it, the
 * next cycle when the recertification window opens, EXPIRED after the validity; each once, however often the job
 * runs, and the old completion stays apart from the new one.
 */
@ControlledClock
class TrainingMonitorWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @Autowired
  TrainingMonitor monitor;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  @Test
  void remindersOverdueRecertificationAndExpiryHappenOnceEachInTheTenantsZone() {
    SignedUp t = signUp();
    TenantId tenant = new TenantId(UUID.fromString(t.tenantId()));
    Api admin = api.as(t.adminToken());
    String unit = admin.post("/api/units", Map.of("name", "Desk", "kind", "TEAM")).text("id");
    Joined staff = join(t, Map.of("email", "staff@" + t.slug() + ".test", "displayName", "Sam Staff", "roles",
        List.of("STAFF"), "level", "FRONTLINE", "unitId", unit));
    Api member = api.as(staff.token());
    CLOCK.set("2030-03-04T09:00:00Z");
    String course = admin.post("/api/training/courses", Map.of("titleEn", "Keeping promises", "titleDe",
        "Zusagen einhalten", "contentEn", "Keep them.", "durationMinutes", 10, "validityMonths", 1, "windowDays", 7))
        .text("id");
    admin.post("/api/training/courses/" + course + "/publish", Map.of());
    admin.post("/api/training/assignments", Map.of("courseId", course, "memberIds", List.of(staff.memberId()),
        "dueOn", "2030-03-10"));
    String first = member.get("/api/training/my").body().get(0).path("id").asString();

    // 3 days before the end of 10 March (Berlin): reminded once
    CLOCK.set("2030-03-07T23:30:00Z");
    assertThat(monitor.check(tenant).reminded()).isEqualTo(1);
    assertThat(monitor.check(tenant).reminded()).isZero();
    // 10 March 23:30 Berlin is still due; 00:30 on 11 March is overdue
    CLOCK.set("2030-03-10T22:30:00Z");
    assertThat(monitor.check(tenant).overdue()).isZero();
    CLOCK.set("2030-03-10T23:30:00Z");
    assertThat(monitor.check(tenant).overdue()).isEqualTo(1);
    assertThat(monitor.check(tenant).overdue()).isZero();
    assertThat(member.get("/api/training/my").body().get(0).path("state").asString()).isEqualTo("OVERDUE");
    JsonNode notices = member.get("/api/notifications").body();
    assertThat(notices.toString()).contains("Training overdue: Keeping promises").contains("Training due");

    // completed late (acknowledged: no quiz), on 12 March: valid through 12 April (it expires when 13 April
    // begins), the next cycle's window opens 7 days before, when 6 April begins
    CLOCK.set("2030-03-12T10:00:00Z");
    JsonNode done = member.post("/api/training/my/" + first + "/acknowledge", Map.of()).body();
    assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.path("expiresAt").asString()).isEqualTo("2030-04-12T22:00:00Z");
    CLOCK.set("2030-04-05T21:00:00Z"); // 5 April 23:00 Berlin: not yet, but within 14 days of the expiry
    TrainingMonitor.Outcome before = monitor.check(tenant);
    assertThat(before.recertifications()).isZero();
    assertThat(before.reminded()).as("the expiry reminder").isEqualTo(1);
    CLOCK.set("2030-04-05T22:30:00Z"); // 6 April 00:30 Berlin
    TrainingMonitor.Outcome opened = monitor.check(tenant);
    assertThat(opened.recertifications()).isEqualTo(1);
    assertThat(opened.reminded()).isZero();
    assertThat(monitor.check(tenant).recertifications()).isZero();
    JsonNode mine = member.get("/api/training/my").body();
    assertThat(mine.size()).isEqualTo(2);
    JsonNode next = mine.get(0);
    assertThat(next.path("cycle").asInt()).isEqualTo(2);
    assertThat(next.path("source").asString()).isEqualTo("RECERTIFICATION");
    assertThat(next.path("dueOn").asString()).as("the last valid day").isEqualTo("2030-04-12");
    assertThat(mine.get(1).path("state").asString()).as("the old completion, its window open")
        .isEqualTo("EXPIRING");

    // the end of 12 April: the old completion expires, the new assignment becomes overdue; once each
    CLOCK.set("2030-04-12T22:30:00Z");
    TrainingMonitor.Outcome expired = monitor.check(tenant);
    assertThat(expired.expired()).isEqualTo(1);
    assertThat(expired.overdue()).isEqualTo(1);
    assertThat(monitor.check(tenant)).isEqualTo(new TrainingMonitor.Outcome(0, 0, 0, 0));
    mine = member.get("/api/training/my").body();
    assertThat(mine.get(0).path("state").asString()).isEqualTo("OVERDUE");
    assertThat(mine.get(1).path("status").asString()).isEqualTo("EXPIRED");
    JsonNode compliance = admin.get("/api/training/compliance?courseId=" + course).body().path("rows").get(0);
    assertThat(compliance.path("members").asInt()).isEqualTo(1);
    assertThat(compliance.path("current").asInt()).isZero();
    assertThat(compliance.path("overdue").asInt()).isEqualTo(1);
  }
}
