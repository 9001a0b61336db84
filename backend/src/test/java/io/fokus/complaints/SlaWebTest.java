package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SLA policies and clocks over HTTP, with the application's clock set by the test: policies and their validation,
 * a complaint's clocks through note, re-prioritisation, reply, waiting, the customer's answer, resolution, reopening
 * and closing (every time computed by hand), the inbox's SLA filters and due-time sort, and the report with its CSV.
 * Times lie in 2030 so that no app instance running on the system time finds these clocks due.
 */
@ControlledClock
class SlaWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @LocalServerPort
  int serverPort;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  static Map<String, Object> policy(String name, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("name", name);
    return body;
  }

  /** Monday to Friday 09:00–17:00 UTC. */
  static String officeCalendar(Api admin) {
    Map<String, Object> slots = new HashMap<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      slots.put(day, List.of(Map.of("start", "09:00", "end", "17:00")));
    }
    Api.Response created = admin.post("/api/calendars", Map.of("name", "Office " + UUID.randomUUID(), "zone", "UTC",
        "slots", slots, "defaultCalendar", false, "holidays", List.of()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("id");
  }

  static String aroundTheClock(Api admin) {
    Api.Response created = admin.post("/api/calendars", Map.of("name", "Hotline " + UUID.randomUUID(), "zone", "UTC",
        "aroundTheClock", true, "defaultCalendar", false));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("id");
  }

  static String record(Api staff, String email) {
    Api.Response r = staff.post("/api/complaints", Map.of("channel", "PHONE", "email", email,
        "description", "Called about " + email));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.text("statusToken");
  }

  static String idOf(Api admin, String reference) {
    for (JsonNode item : admin.get("/api/complaints?q=" + reference + "&size=5").body().path("items").values()) {
      if (item.path("reference").asString().equals(reference)) {
        return item.path("id").asString();
      }
    }
    throw new AssertionError("no complaint " + reference);
  }

  static JsonNode clock(JsonNode detail, String kind) {
    for (JsonNode c : detail.path("clocks").values()) {
      if (c.path("kind").asString().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no " + kind + " clock in " + detail);
  }

  static Instant instant(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? null : Instant.parse(node.asString());
  }

  /** Null fields are left out of the JSON. */
  static boolean absent(JsonNode node) {
    return node.isNull() || node.isMissingNode();
  }

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  @Test
  void policiesAreWrittenByAdminsAndManagersAndValidated() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api manager = api.as(member(tenant, "MANAGER"));
    Api staff = api.as(member(tenant, "STAFF"));
    String calendar = aroundTheClock(admin);
    String high = admin.post("/api/complaints/priorities", Map.of("nameEn", "High", "nameDe", "Hoch",
        "active", true, "position", 0)).text("id");

    Api.Response invalid = admin.post("/api/complaints/sla-policies", Map.of("name", " ", "warningShare", 1.5,
        "firstResponseMinutes", 0, "channel", "FAX"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.isProblem()).isTrue();
    Api.Response fields = admin.post("/api/complaints/sla-policies", Map.of("name", " ", "warningShare", 1.0,
        "firstResponseMinutes", 0));
    assertThat(fields.fieldError("name")).isNotBlank();
    assertThat(fields.fieldError("warningShare")).isNotBlank();
    assertThat(fields.fieldError("firstResponseMinutes")).isNotBlank();
    Api.Response unknown = admin.post("/api/complaints/sla-policies", policy("X", Map.of(
        "categoryId", UUID.randomUUID(), "priorityId", UUID.randomUUID(), "calendarId", UUID.randomUUID())));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.fieldError("categoryId")).isNotBlank();
    assertThat(unknown.fieldError("priorityId")).isNotBlank();
    assertThat(unknown.fieldError("calendarId")).isNotBlank();
    assertThat(staff.post("/api/complaints/sla-policies", policy("Mine", Map.of())).status()).isEqualTo(403);
    assertThat(admin.get("/api/complaints/sla-policies").body().size()).as("nothing stored").isZero();

    Api.Response urgent = admin.post("/api/complaints/sla-policies", policy("Urgent", Map.of("priorityId", high,
        "kind", "COMPLAINT", "channel", "PHONE", "calendarId", calendar, "firstResponseMinutes", 60,
        "resolutionMinutes", 480, "warningShare", 0.5)));
    assertThat(urgent.status()).isEqualTo(201);
    assertThat(urgent.body().path("position").asInt()).isZero();
    assertThat(urgent.body().path("active").asBoolean()).isTrue();
    assertThat(urgent.body().path("warningShare").asDouble()).isEqualTo(0.5);
    Api.Response standard = manager.post("/api/complaints/sla-policies", policy("Standard",
        Map.of("resolutionMinutes", 960)));
    assertThat(standard.status()).isEqualTo(201);
    assertThat(standard.body().path("position").asInt()).isEqualTo(1);
    assertThat(standard.body().path("warningShare").asDouble()).isEqualTo(0.75);
    assertThat(absent(standard.body().path("firstResponseMinutes"))).isTrue();
    assertThat(absent(standard.body().path("calendarId"))).isTrue();
    String urgentId = urgent.text("id");
    String standardId = standard.text("id");

    JsonNode listed = staff.get("/api/complaints/sla-policies").body();
    assertThat(listed.size()).isEqualTo(2);
    assertThat(listed.get(0).path("name").asString()).isEqualTo("Urgent");
    assertThat(staff.get("/api/complaints/sla-policies/" + urgentId).text("channel")).isEqualTo("PHONE");

    Api.Response changed = manager.put("/api/complaints/sla-policies/" + standardId, policy("Standard",
        Map.of("resolutionMinutes", 900, "active", false)));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().path("position").asInt()).as("keeps its place").isEqualTo(1);
    assertThat(changed.body().path("active").asBoolean()).isFalse();
    assertThat(admin.put("/api/complaints/sla-policies/" + standardId, policy("Standard",
        Map.of("warningShare", 0))).fieldError("warningShare")).isNotBlank();

    Api.Response reordered = admin.put("/api/complaints/sla-policies/order",
        Map.of("ids", List.of(standardId, urgentId)));
    assertThat(reordered.status()).isEqualTo(200);
    assertThat(reordered.body().get(0).path("id").asString()).isEqualTo(standardId);
    assertThat(reordered.body().get(1).path("position").asInt()).isEqualTo(1);
    assertThat(admin.put("/api/complaints/sla-policies/order", Map.of("ids", List.of(urgentId)))
        .fieldError("ids")).isNotBlank();
    assertThat(admin.put("/api/complaints/sla-policies/order", Map.of("ids", List.of(urgentId, urgentId)))
        .status()).isEqualTo(400);
    assertThat(staff.put("/api/complaints/sla-policies/order", Map.of("ids", List.of(urgentId, standardId)))
        .status()).isEqualTo(403);

    // another tenant's policy does not exist, and its categories are not ours
    SignedUp other = signUp();
    Api otherAdmin = api.as(other.adminToken());
    assertThat(otherAdmin.get("/api/complaints/sla-policies/" + urgentId).status()).isEqualTo(404);
    assertThat(otherAdmin.put("/api/complaints/sla-policies/" + urgentId, policy("Stolen", Map.of())).status())
        .isEqualTo(404);
    assertThat(otherAdmin.delete("/api/complaints/sla-policies/" + urgentId).status()).isEqualTo(404);
    assertThat(otherAdmin.post("/api/complaints/sla-policies", policy("Borrowed", Map.of("priorityId", high,
        "calendarId", calendar))).status()).isEqualTo(400);
    assertThat(admin.get("/api/complaints/sla-policies/" + UUID.randomUUID()).status()).isEqualTo(404);

    assertThat(staff.delete("/api/complaints/sla-policies/" + urgentId).status()).isEqualTo(403);
    assertThat(admin.delete("/api/complaints/sla-policies/" + urgentId).status()).isEqualTo(204);
    assertThat(admin.delete("/api/complaints/sla-policies/" + urgentId).status()).isEqualTo(404);
    assertThat(admin.get("/api/complaints/sla-policies").body().size()).isEqualTo(1);
  }

  @Test
  void clocksFollowRepliesWaitingResolutionReopeningAndReprioritisation() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String office = officeCalendar(admin);
    String high = admin.post("/api/complaints/priorities", Map.of("nameEn", "High", "nameDe", "Hoch",
        "active", true, "position", 0)).text("id");
    admin.post("/api/complaints/sla-policies", policy("High", Map.of("priorityId", high, "calendarId", office,
        "firstResponseMinutes", 120, "resolutionMinutes", 480)));
    admin.post("/api/complaints/sla-policies", policy("Standard", Map.of("calendarId", office,
        "firstResponseMinutes", 240, "resolutionMinutes", 960)));

    // Monday 4 March 2030, 08:00 UTC: before the office opens at 09:00
    CLOCK.set("2030-03-04T08:00:00Z");
    String statusToken = record(admin, "ria@example.com");
    String id = idOf(admin, "C-000001");
    JsonNode detail = admin.get("/api/complaints/" + id).body();
    JsonNode first = clock(detail, "FIRST_RESPONSE");
    assertThat(first.path("policyName").asString()).isEqualTo("Standard");
    assertThat(first.path("targetMinutes").asLong()).isEqualTo(240);
    assertThat(first.path("state").asString()).isEqualTo("RUNNING");
    assertThat(instant(first.path("dueAt"))).isEqualTo(at("2030-03-04T13:00:00Z"));
    assertThat(instant(first.path("warningAt"))).isEqualTo(at("2030-03-04T12:00:00Z")); // 75% = 180 min
    JsonNode resolution = clock(detail, "RESOLUTION");
    assertThat(instant(resolution.path("dueAt"))).isEqualTo(at("2030-03-05T17:00:00Z")); // two office days
    assertThat(instant(resolution.path("warningAt"))).isEqualTo(at("2030-03-05T13:00:00Z")); // 720 min
    JsonNode sla = detail.path("complaint").path("sla");
    assertThat(instant(sla.path("dueAt"))).isEqualTo(at("2030-03-04T13:00:00Z"));
    assertThat(sla.path("state").asString()).isEqualTo("OK");

    // 10:00, an internal note does not answer; then the priority becomes High: 60 minutes used are kept
    CLOCK.set("2030-03-04T10:00:00Z");
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "INTERNAL_NOTE", "body", "call back"));
    assertThat(admin.put("/api/complaints/" + id + "/classification", Map.of("categoryId", UUID.randomUUID()))
        .fieldError("categoryId")).isNotBlank();
    detail = admin.put("/api/complaints/" + id + "/classification", Map.of("priorityId", high)).body();
    assertThat(detail.path("complaint").path("priorityId").asString()).isEqualTo(high);
    first = clock(detail, "FIRST_RESPONSE");
    assertThat(first.path("policyName").asString()).isEqualTo("High");
    assertThat(first.path("targetMinutes").asLong()).isEqualTo(120);
    assertThat(first.path("usedMinutes").asLong()).isEqualTo(60);
    assertThat(instant(first.path("dueAt"))).isEqualTo(at("2030-03-04T11:00:00Z"));
    assertThat(instant(first.path("warningAt"))).isEqualTo(at("2030-03-04T10:30:00Z"));
    resolution = clock(detail, "RESOLUTION"); // 480 with 60 used: the rest of Monday
    assertThat(instant(resolution.path("dueAt"))).isEqualTo(at("2030-03-04T17:00:00Z"));
    assertThat(instant(resolution.path("warningAt"))).isEqualTo(at("2030-03-04T15:00:00Z"));

    // 10:15, the first public reply stops the first-response clock in time
    CLOCK.set("2030-03-04T10:15:00Z");
    detail = admin.post("/api/complaints/" + id + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "On it."))
        .body();
    first = clock(detail, "FIRST_RESPONSE");
    assertThat(first.path("state").asString()).isEqualTo("STOPPED");
    assertThat(first.path("usedMinutes").asLong()).isEqualTo(75);
    assertThat(first.path("outcome").asString()).isEqualTo("MET");
    assertThat(instant(first.path("stoppedAt"))).isEqualTo(at("2030-03-04T10:15:00Z"));
    assertThat(instant(detail.path("complaint").path("sla").path("dueAt"))).isEqualTo(at("2030-03-04T17:00:00Z"));

    // 11:00, waiting for the customer pauses resolution at 120 minutes used
    CLOCK.set("2030-03-04T11:00:00Z");
    detail = admin.post("/api/complaints/" + id + "/status", Map.of("status", "WAITING_FOR_CUSTOMER")).body();
    resolution = clock(detail, "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("PAUSED");
    assertThat(resolution.path("usedMinutes").asLong()).isEqualTo(120);
    assertThat(absent(resolution.path("dueAt"))).isTrue();
    assertThat(absent(detail.path("complaint").path("sla").path("state"))).as("no running clock").isTrue();

    // Tuesday 09:30, the customer answers on the status page: 360 minutes are left, so due at 15:30
    CLOCK.set("2030-03-05T09:30:00Z");
    assertThat(api.post("/api/public/complaints/status/" + statusToken, Map.of("body", "Here it is."))
        .status()).isEqualTo(200);
    resolution = clock(admin.get("/api/complaints/" + id).body(), "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("RUNNING");
    assertThat(resolution.path("usedMinutes").asLong()).isEqualTo(120);
    assertThat(instant(resolution.path("dueAt"))).isEqualTo(at("2030-03-05T15:30:00Z"));
    assertThat(instant(resolution.path("warningAt"))).isEqualTo(at("2030-03-05T13:30:00Z"));

    // 10:30 resolved with 180 minutes; 11:00 reopened: due 300 minutes later, at 16:00
    CLOCK.set("2030-03-05T10:30:00Z");
    resolution = clock(admin.post("/api/complaints/" + id + "/status", Map.of("status", "RESOLVED")).body(),
        "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("STOPPED");
    assertThat(resolution.path("usedMinutes").asLong()).isEqualTo(180);
    assertThat(resolution.path("outcome").asString()).isEqualTo("MET");
    CLOCK.set("2030-03-05T11:00:00Z");
    detail = admin.post("/api/complaints/" + id + "/status", Map.of("status", "OPEN")).body();
    resolution = clock(detail, "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("RUNNING");
    assertThat(absent(resolution.path("outcome"))).isTrue();
    assertThat(instant(resolution.path("dueAt"))).isEqualTo(at("2030-03-05T16:00:00Z"));
    assertThat(clock(detail, "FIRST_RESPONSE").path("state").asString()).as("answered once").isEqualTo("STOPPED");

    // back to the standard priority: 960 minutes with 180 used, so 780 left from Tuesday 11:00 = Wednesday 16:00
    detail = admin.put("/api/complaints/" + id + "/classification", Map.of()).body();
    resolution = clock(detail, "RESOLUTION");
    assertThat(resolution.path("policyName").asString()).isEqualTo("Standard");
    assertThat(instant(resolution.path("dueAt"))).isEqualTo(at("2030-03-06T16:00:00Z"));
    assertThat(instant(resolution.path("warningAt"))).isEqualTo(at("2030-03-06T12:00:00Z"));
    assertThat(clock(detail, "FIRST_RESPONSE").path("targetMinutes").asLong()).as("a stopped clock keeps its target")
        .isEqualTo(120);

    // closing stops what still runs
    CLOCK.set("2030-03-05T12:00:00Z");
    detail = admin.post("/api/complaints/" + id + "/status", Map.of("status", "CLOSED")).body();
    resolution = clock(detail, "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("STOPPED");
    assertThat(resolution.path("usedMinutes").asLong()).isEqualTo(240);
    assertThat(resolution.path("outcome").asString()).isEqualTo("MET");
    assertThat(admin.put("/api/complaints/" + id + "/classification", Map.of("priorityId", high)).status())
        .isEqualTo(422);
  }

  @Test
  void complaintsWithoutAMatchingPolicyHaveNoClocks() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String high = admin.post("/api/complaints/priorities", Map.of("nameEn", "High", "nameDe", "Hoch",
        "active", true, "position", 0)).text("id");
    admin.post("/api/complaints/sla-policies", policy("High only", Map.of("priorityId", high,
        "firstResponseMinutes", 30)));
    admin.post("/api/complaints/sla-policies", policy("Web only", Map.of("channel", "WEB",
        "firstResponseMinutes", 30)));
    record(admin, "nia@example.com");
    String id = idOf(admin, "C-000001");
    JsonNode detail = admin.get("/api/complaints/" + id).body();
    assertThat(detail.path("clocks").size()).isZero();
    assertThat(absent(detail.path("complaint").path("sla").path("state"))).isTrue();

    // a priority that a policy matches starts its clock now
    JsonNode classified = admin.put("/api/complaints/" + id + "/classification", Map.of("priorityId", high)).body();
    assertThat(classified.path("clocks").size()).isEqualTo(1);
    assertThat(clock(classified, "FIRST_RESPONSE").path("policyName").asString()).isEqualTo("High only");
  }

  @Test
  void theInboxFiltersBySlaStateAndSortsByDueTime() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String hotline = aroundTheClock(admin);
    admin.post("/api/complaints/sla-policies", policy("Hotline", Map.of("calendarId", hotline,
        "firstResponseMinutes", 60, "warningShare", 0.5)));
    CLOCK.set("2030-04-01T10:00:00Z");
    record(admin, "a@example.com");
    CLOCK.set("2030-04-01T10:20:00Z");
    record(admin, "b@example.com");
    CLOCK.set("2030-04-01T10:40:00Z");
    record(admin, "c@example.com");
    String a = idOf(admin, "C-000001");
    String b = idOf(admin, "C-000002");
    String c = idOf(admin, "C-000003");
    CLOCK.set("2030-04-01T10:41:00Z");
    admin.post("/api/complaints/" + c + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Answered."));

    // 10:45: A is past its warning (10:30), B not yet (10:50), C has no running clock
    CLOCK.set("2030-04-01T10:45:00Z");
    assertThat(ids(admin, "sla=warning")).containsExactly(a);
    assertThat(ids(admin, "sla=ok")).containsExactly(b);
    assertThat(ids(admin, "sla=breached")).isEmpty();
    assertThat(ids(admin, "sla=dueSoon&sort=dueAt")).containsExactly(a, b);
    assertThat(ids(admin, "sort=dueAt")).containsExactly(a, b, c);
    assertThat(ids(admin, "sort=dueAt&order=desc")).as("no due time last").containsExactly(b, a, c);
    JsonNode first = admin.get("/api/complaints?sort=dueAt").body().path("items").get(0);
    assertThat(first.path("sla").path("state").asString()).isEqualTo("WARNING");
    assertThat(instant(first.path("sla").path("dueAt"))).isEqualTo(at("2030-04-01T11:00:00Z"));
    assertThat(first.path("sla").path("breached").asBoolean()).isFalse();

    // 11:05: A ran out, B is past its warning
    CLOCK.set("2030-04-01T11:05:00Z");
    assertThat(ids(admin, "sla=breached")).containsExactly(a);
    assertThat(ids(admin, "sla=warning")).containsExactly(b);
    assertThat(ids(admin, "sla=ok")).isEmpty();
    assertThat(ids(admin, "sla=dueSoon")).containsExactly(b);
    assertThat(ids(admin, "sla=breached&status=NEW")).containsExactly(a);

    // 15:30: B is breached too; a reply now stops it late, and it stays breached
    CLOCK.set("2030-04-01T15:30:00Z");
    admin.post("/api/complaints/" + b + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Sorry, late."));
    assertThat(ids(admin, "sla=breached&sort=reference&order=asc")).containsExactly(a, b);
    JsonNode stopped = clock(admin.get("/api/complaints/" + b).body(), "FIRST_RESPONSE");
    assertThat(stopped.path("outcome").asString()).isEqualTo("BREACHED");
    assertThat(stopped.path("usedMinutes").asLong()).isEqualTo(310);

    Api.Response bad = admin.get("/api/complaints?sla=late");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.isProblem()).isTrue();
    assertThat(admin.get("/api/complaints?sort=due").status()).isEqualTo(400);
  }

  private static List<String> ids(Api api, String query) {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : api.get("/api/complaints?" + query).body().path("items").values()) {
      ids.add(item.path("id").asString());
    }
    return ids;
  }

  @Test
  void theReportCountsMetAndBreachedClocksPerGroupWithWilsonIntervals() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String hotline = aroundTheClock(admin);
    admin.post("/api/complaints/sla-policies", policy("Hotline", Map.of("calendarId", hotline,
        "firstResponseMinutes", 60)));
    String north = admin.post("/api/units", Map.of("name", "North", "kind", "TEAM")).text("id");
    String south = admin.post("/api/units", Map.of("name", "South", "kind", "TEAM")).text("id");
    Joined manager = join(tenant, Map.of("email", "m@" + tenant.slug() + ".test", "displayName", "Mo",
        "roles", List.of("MANAGER"), "unitId", north, "level", "MANAGER"));

    // Monday 6 May 2030 10:00 UTC: four complaints; North answers after 10, 30 and 90 minutes, South after 20
    CLOCK.set("2030-05-06T10:00:00Z");
    for (String email : List.of("n1@example.com", "n2@example.com", "n3@example.com", "s1@example.com")) {
      record(admin, email);
    }
    String n1 = idOf(admin, "C-000001");
    String n2 = idOf(admin, "C-000002");
    String n3 = idOf(admin, "C-000003");
    String s1 = idOf(admin, "C-000004");
    for (String id : List.of(n1, n2, n3)) {
      admin.put("/api/complaints/" + id + "/assignment", Map.of("unitId", north));
    }
    admin.put("/api/complaints/" + s1 + "/assignment", Map.of("unitId", south));
    Map<String, Integer> answeredAfter = Map.of(n1, 10, s1, 20, n2, 30, n3, 90);
    answeredAfter.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
      CLOCK.set(at("2030-05-06T10:00:00Z").plus(Duration.ofMinutes(e.getValue())));
      admin.post("/api/complaints/" + e.getKey() + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Hi"));
    });

    JsonNode report = admin.get("/api/complaints/sla-report?from=2030-05-01&to=2030-05-31&groupBy=unit").body();
    assertThat(report.path("zone").asString()).isEqualTo("Europe/Berlin");
    JsonNode rows = report.path("rows");
    assertThat(rows.size()).isEqualTo(2);
    JsonNode northRow = row(rows, north);
    assertThat(northRow.path("clock").asString()).isEqualTo("FIRST_RESPONSE");
    assertThat(northRow.path("met").asLong()).isEqualTo(2);
    assertThat(northRow.path("breached").asLong()).isEqualTo(1);
    assertThat(northRow.path("n").asLong()).isEqualTo(3);
    // Wilson for 2 of 3 by hand: centre (p + z²/2n)/(1 + z²/n) = 0.5731, half-width 0.3654
    assertThat(northRow.path("metRate").asDouble()).isCloseTo(66.667, within(0.01));
    assertThat(northRow.path("low").asDouble()).isCloseTo(20.77, within(0.01));
    assertThat(northRow.path("high").asDouble()).isCloseTo(93.85, within(0.01));
    assertThat(northRow.path("medianMinutes").asDouble()).isEqualTo(30.0);
    JsonNode southRow = row(rows, south);
    assertThat(southRow.path("met").asLong()).isEqualTo(1);
    assertThat(southRow.path("metRate").asDouble()).isEqualTo(100.0);
    assertThat(southRow.path("low").asDouble()).isCloseTo(20.65, within(0.01));
    assertThat(southRow.path("high").asDouble()).isEqualTo(100.0);
    assertThat(southRow.path("medianMinutes").asDouble()).isEqualTo(20.0);
    assertThat(northRow.path("method").asString()).contains("Wilson");

    JsonNode month = admin.get("/api/complaints/sla-report?groupBy=month").body().path("rows");
    assertThat(month.size()).isEqualTo(1);
    assertThat(month.get(0).path("group").asString()).isEqualTo("2030-05");
    assertThat(month.get(0).path("n").asLong()).isEqualTo(4);
    assertThat(month.get(0).path("metRate").asDouble()).isEqualTo(75.0);
    assertThat(month.get(0).path("low").asDouble()).isCloseTo(30.06, within(0.01));
    assertThat(month.get(0).path("medianMinutes").asDouble()).isEqualTo(25.0); // of 10, 20, 30, 90

    JsonNode uncategorised = admin.get("/api/complaints/sla-report?groupBy=category").body().path("rows");
    assertThat(uncategorised.size()).isEqualTo(1);
    assertThat(absent(uncategorised.get(0).path("group"))).as("no category").isTrue();
    assertThat(uncategorised.get(0).path("breached").asLong()).isEqualTo(1);
    assertThat(admin.get("/api/complaints/sla-report?from=2030-06-01").body().path("rows").size()).isZero();
    assertThat(admin.get("/api/complaints/sla-report?from=2030-05-02&to=2030-05-01").fieldError("to"))
        .isNotBlank();
    assertThat(admin.get("/api/complaints/sla-report?groupBy=weekday").status()).isEqualTo(400);
    assertThat(admin.get("/api/complaints/sla-report?from=May").status()).isEqualTo(400);

    // a manager counts their unit only
    JsonNode managers = api.as(manager.token()).get("/api/complaints/sla-report?groupBy=unit").body().path("rows");
    assertThat(managers.size()).isEqualTo(1);
    assertThat(managers.get(0).path("group").asString()).isEqualTo(north);

    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + serverPort + "/api/complaints/sla-report.csv?groupBy=month"))
        .header("Authorization", "Bearer " + tenant.adminToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body().lines().toList()).containsExactly(
        "month,clock,met,breached,n,met_rate,met_rate_low,met_rate_high,median_working_minutes,method",
        "2030-05,FIRST_RESPONSE,3,1,4,75.0,30.1,95.4,25.0,\"SLA met rate: % of decided clocks met, 95% Wilson"
            + " interval\"");
  }

  private static JsonNode row(JsonNode rows, String group) {
    for (JsonNode r : rows.values()) {
      if (r.path("group").asString().equals(group)) {
        return r;
      }
    }
    throw new AssertionError("no row for " + group + " in " + rows);
  }
}
