package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Escalation: an SLA warning notifies the assignee, a breach the assignee and the unit's managers, in the app (and
 * queued as mail), in the tenant's time zone. Times lie in 2030 so that no instance on the system time finds them due.
 */
@ControlledClock
class SlaNoticesWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @Autowired
  SlaMonitor monitor;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  @Test
  void aWarningGoesToTheAssigneeAndABreachAlsoToTheUnitsManagers() {
    SignedUp tenant = signUp(); // Europe/Berlin
    Api admin = api.as(tenant.adminToken());
    String unit = admin.post("/api/units", Map.of("name", "Service", "kind", "TEAM")).text("id");
    Joined manager = join(tenant, Map.of("email", "m@" + tenant.slug() + ".test", "displayName", "Mia",
        "roles", List.of("MANAGER"), "unitId", unit, "level", "MANAGER"));
    Joined staff = join(tenant, Map.of("email", "s@" + tenant.slug() + ".test", "displayName", "Sam",
        "roles", List.of("STAFF"), "unitId", unit, "level", "FRONTLINE"));
    String hotline = admin.post("/api/calendars", Map.of("name", "Hotline", "zone", "UTC", "aroundTheClock", true))
        .text("id");
    assertThat(admin.post("/api/complaints/sla-policies", Map.of("name", "Hour", "calendarId", hotline,
        "firstResponseMinutes", 60, "warningShare", 0.5)).status()).isEqualTo(201);

    CLOCK.set("2030-03-04T10:00:00Z");
    admin.post("/api/complaints", Map.of("channel", "PHONE", "email", "olga@customer.test", "subject", "No refund",
        "description", "Still no refund."));
    String id = admin.get("/api/complaints").body().path("items").get(0).path("id").asString();
    admin.put("/api/complaints/" + id + "/assignment", Map.of("unitId", unit, "assigneeId", staff.memberId()));
    TenantId tenantId = TenantId.of(tenant.tenantId());

    CLOCK.set("2030-03-04T10:31:00Z");
    assertThat(monitor.check(tenantId)).isEqualTo(1);
    JsonNode warning = awaitNotices(staff, 1).get(0);
    assertThat(warning.path("kind").asString()).isEqualTo("complaints.sla-warning");
    assertThat(warning.path("title").asString()).isEqualTo("First response due soon: C-000001");
    assertThat(warning.path("body").asString()).isEqualTo("“No refund” is due at 2030-03-04 12:00 (Europe/Berlin).");
    assertThat(warning.path("link").asString()).isEqualTo("/complaints/" + id);
    assertThat(notices(manager).size()).as("a warning is the assignee's").isZero();

    CLOCK.set("2030-03-04T11:01:00Z");
    assertThat(monitor.check(tenantId)).isEqualTo(1);
    assertThat(awaitNotices(staff, 2).get(0).path("title").asString()).isEqualTo("First response overdue: C-000001");
    JsonNode escalated = awaitNotices(manager, 1).get(0);
    assertThat(escalated.path("title").asString()).isEqualTo("First response overdue: C-000001");
    assertThat(api.as(manager.token()).get("/api/notifications?lang=de").body().path("page").path("items").get(0)
        .path("title").asString()).isEqualTo("Erste Antwort überfällig: C-000001");
    assertThat(monitor.check(tenantId)).as("announced once").isZero();
  }

  private JsonNode awaitNotices(Joined member, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> notices(member).size() >= count);
    return notices(member);
  }

  private JsonNode notices(Joined member) {
    return api.as(member.token()).get("/api/notifications").body().path("page").path("items");
  }
}
