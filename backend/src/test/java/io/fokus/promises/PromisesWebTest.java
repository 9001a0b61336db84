package io.fokus.promises;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The promise ledger over HTTP with the application's clock set by the test (times in 2030): recording with its
 * validation and defaults, due dates on the tenant's calendar (Berlin, Monday to Friday 09:00–17:00, Wednesday
 * 9 January a holiday), who sees and acts on what, keeping, breaking, renegotiating, cancelling, fulfilling late, the
 * lists with filters, search and CSV, the summary, the settings and the customer's status page.
 */
@ControlledClock
class PromisesWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  /** A tenant on the Berlin office calendar, with a unit, its manager, two staff members and an executive. */
  record Office(SignedUp tenant, Api admin, String unitId, Api manager, String managerId, Api staff, String staffId,
      Api otherStaff, String otherStaffId, Api executive) {
  }

  Office office() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    Map<String, Object> slots = new HashMap<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      slots.put(day, List.of(Map.of("start", "09:00", "end", "17:00")));
    }
    Api.Response calendar = admin.post("/api/calendars", Map.of("name", "Office", "zone", "Europe/Berlin",
        "slots", slots, "defaultCalendar", true, "holidays", List.of(Map.of("date", "2030-01-09", "name", "Closed"))));
    assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
    String unit = admin.post("/api/units", Map.of("name", "Service desk", "kind", "TEAM")).text("id");
    String other = admin.post("/api/units", Map.of("name", "Shop", "kind", "TEAM")).text("id");
    Joined manager = join(t, Map.of("email", "manager@" + t.slug() + ".test", "displayName", "Mia Manager",
        "roles", List.of("MANAGER"), "level", "MANAGER", "unitId", unit));
    Joined staff = join(t, Map.of("email", "staff@" + t.slug() + ".test", "displayName", "Sam Staff",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", unit));
    Joined otherStaff = join(t, Map.of("email", "other@" + t.slug() + ".test", "displayName", "Olga Other",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", other));
    String executive = member(t, "EXECUTIVE");
    return new Office(t, admin, unit, api.as(manager.token()), manager.memberId(), api.as(staff.token()),
        staff.memberId(), api.as(otherStaff.token()), otherStaff.memberId(), api.as(executive));
  }

  static Map<String, Object> promise(String text, String email, Object... more) {
    Map<String, Object> body = new HashMap<>(Map.of("text", text, "customerEmail", email, "sourceKind", "MANUAL"));
    for (int i = 0; i < more.length; i += 2) {
      body.put((String) more[i], more[i + 1]);
    }
    return body;
  }

  static String made(Api.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.body().path("promise").path("id").asString();
  }

  @Test
  void staffRecordAPromiseDueWithinWorkingDaysOnTheTenantsCalendar() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z"); // Monday 11:00 in Berlin

    Api.Response r = o.staff().post("/api/promises", promise("Refund the delivery fee", "anna@customer.test",
        "customerName", "Anna", "withinWorkingDays", 2, "clientRequestId", "req-1"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode p = r.body().path("promise");
    assertThat(p.path("reference").asString()).isEqualTo("P-000001");
    assertThat(p.path("status").asString()).isEqualTo("OPEN");
    assertThat(p.path("ownerId").asString()).isEqualTo(o.staffId());
    assertThat(p.path("ownerName").asString()).isEqualTo("Sam Staff");
    assertThat(p.path("unitId").asString()).as("the owner's unit").isEqualTo(o.unitId());
    assertThat(p.path("unitName").asString()).isEqualTo("Service desk");
    assertThat(p.path("customer").path("email").asString()).isEqualTo("anna@customer.test");
    assertThat(p.path("source").path("kind").asString()).isEqualTo("MANUAL");
    // Tuesday is the first working day, Wednesday a holiday, Thursday the second: 17:00 Berlin
    assertThat(p.path("dueAt").asString()).isEqualTo("2030-01-10T16:00:00Z");
    assertThat(p.path("dueOn").asString()).isEqualTo("2030-01-10");
    assertThat(p.path("breakAt").asString()).as("one working day of grace").isEqualTo("2030-01-11T16:00:00Z");
    assertThat(p.path("dueState").asString()).isEqualTo("UPCOMING");
    assertThat(r.body().path("canAct").asBoolean()).isTrue();
    assertThat(r.body().path("statusLink").asString()).contains("/promise-status/");
    assertThat(r.body().path("history").get(0).path("action").asString()).isEqualTo("MADE");

    // the same request again is the same promise
    Api.Response again = o.staff().post("/api/promises", promise("Refund the delivery fee", "anna@customer.test",
        "withinWorkingDays", 2, "clientRequestId", "req-1"));
    assertThat(again.body().path("promise").path("id").asString()).isEqualTo(p.path("id").asString());
    assertThat(o.staff().get("/api/promises").body().path("total").asInt()).isEqualTo(1);

    // a date and a time in the tenant's zone
    Api.Response dated = o.staff().post("/api/promises", promise("Call back", "anna@customer.test",
        "dueDate", "2030-01-08", "dueTime", "12:30"));
    assertThat(dated.body().path("promise").path("dueAt").asString()).isEqualTo("2030-01-08T11:30:00Z");
    assertThat(dated.body().path("promise").path("breakAt").asString()).as("over the holiday to Thursday")
        .isEqualTo("2030-01-10T11:30:00Z");

    Api.Response summary = o.staff().get("/api/promises/summary");
    assertThat(summary.body().path("upcoming").asInt()).isEqualTo(2);
    assertThat(summary.body().path("open").asInt()).isEqualTo(2);
    CLOCK.set("2030-01-08T12:00:00Z"); // Tuesday 13:00: the call back is overdue, in its grace period
    summary = o.staff().get("/api/promises/summary");
    assertThat(summary.body().path("overdue").asInt()).isEqualTo(1);
    assertThat(summary.body().path("upcoming").asInt()).isEqualTo(1);
    assertThat(o.staff().get("/api/promises?dueState=OVERDUE").body().path("items").get(0).path("text").asString())
        .isEqualTo("Call back");
  }

  @Test
  void badPromisesAreRefusedWithFieldErrors() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    Api staff = o.staff();
    assertThat(staff.post("/api/promises", promise(" ", "a@c.test", "withinWorkingDays", 1)).fieldError("text"))
        .isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test")).fieldError("dueDate")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "dueDate",
        "2030-02-01")).fieldError("dueDate")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "dueDate", "2030-01-07", "dueTime", "10:00"))
        .fieldError("dueDate")).contains("future");
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 61))
        .fieldError("withinWorkingDays")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "not-an-email", "withinWorkingDays", 1))
        .fieldError("customerEmail")).isNotBlank();
    Map<String, Object> noCustomer = promise("x", "a@c.test", "withinWorkingDays", 1);
    noCustomer.remove("customerEmail");
    assertThat(staff.post("/api/promises", noCustomer).fieldError("customerId")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "sourceKind",
        "COMPLAINT")).fieldError("sourceId")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "sourceKind",
        "COMPLAINT", "sourceId", UUID.randomUUID().toString())).fieldError("sourceId")).contains("complaint");
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "customerId",
        UUID.randomUUID().toString())).fieldError("customerId")).isNotBlank();
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "sourceKind", "SOMETHING"))
        .status()).isEqualTo(400);
    // staff give promises to themselves only; a manager within their units
    assertThat(staff.post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "ownerId",
        o.otherStaffId())).status()).isEqualTo(403);
    assertThat(o.manager().post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "ownerId",
        o.otherStaffId())).status()).as("another unit's member").isEqualTo(403);
    assertThat(o.manager().post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "ownerId",
        o.staffId())).status()).isEqualTo(201);
    assertThat(o.manager().post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1, "ownerId",
        UUID.randomUUID().toString())).fieldError("ownerId")).isNotBlank();
    assertThat(o.executive().post("/api/promises", promise("x", "a@c.test", "withinWorkingDays", 1)).status())
        .isEqualTo(403);
    // list parameters
    assertThat(staff.get("/api/promises?status=LOST").status()).isEqualTo(400);
    assertThat(staff.get("/api/promises?size=500").status()).isEqualTo(400);
    assertThat(staff.get("/api/promises?q=x").fieldError("q")).isNotBlank();
    assertThat(staff.get("/api/promises?dueFrom=yesterday").status()).isEqualTo(400);
  }

  @Test
  void everyoneSeesWhatTheirRoleAllowsAndActsOnlyOnWhatTheyMay() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    String mine = made(o.staff().post("/api/promises", promise("Send the invoice again", "bo@customer.test",
        "withinWorkingDays", 1)));
    String theirs = made(o.otherStaff().post("/api/promises", promise("Check the stock", "cy@customer.test",
        "withinWorkingDays", 1)));

    assertThat(o.otherStaff().get("/api/promises/" + mine).status()).isEqualTo(404);
    assertThat(o.otherStaff().post("/api/promises/" + mine + "/keep", Map.of()).status()).isEqualTo(404);
    assertThat(o.staff().get("/api/promises").body().path("total").asInt()).isEqualTo(1);
    // the manager sees their unit's promise (and may act on it), not the shop's
    assertThat(o.manager().get("/api/promises/" + mine).body().path("canAct").asBoolean()).isTrue();
    assertThat(o.manager().get("/api/promises/" + theirs).status()).isEqualTo(404);
    assertThat(o.manager().get("/api/promises").body().path("total").asInt()).isEqualTo(1);
    // the executive reads everything and acts on nothing
    assertThat(o.executive().get("/api/promises").body().path("total").asInt()).isEqualTo(2);
    assertThat(o.executive().get("/api/promises/" + theirs).body().path("canAct").asBoolean()).isFalse();
    assertThat(o.executive().post("/api/promises/" + theirs + "/keep", Map.of()).status()).isEqualTo(403);
    assertThat(o.admin().get("/api/promises?scope=MINE").body().path("total").asInt()).isZero();
    // the manager hands their unit's promise to themselves; not to the shop's member
    assertThat(o.manager().put("/api/promises/" + mine + "/owner", Map.of("ownerId", o.otherStaffId())).status())
        .isEqualTo(403);
    Api.Response handed = o.manager().put("/api/promises/" + mine + "/owner", Map.of("ownerId", o.managerId()));
    assertThat(handed.body().path("promise").path("ownerName").asString()).isEqualTo("Mia Manager");
    assertThat(o.staff().get("/api/promises/" + mine).status()).as("no longer theirs").isEqualTo(404);
    assertThat(o.staff().put("/api/promises/" + mine + "/owner", Map.of("ownerId", o.staffId())).status())
        .isEqualTo(403);
  }

  @Test
  void keepingBreakingRenegotiatingCancellingAndFulfillingLate() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    Api staff = o.staff();
    String kept = made(staff.post("/api/promises", promise("Replace the lid", "di@customer.test",
        "withinWorkingDays", 1)));
    String renegotiated = made(staff.post("/api/promises", promise("Refund the fee", "di@customer.test",
        "withinWorkingDays", 1)));
    String cancelled = made(staff.post("/api/promises", promise("Visit the shop", "di@customer.test",
        "withinWorkingDays", 1)));
    String broken = made(staff.post("/api/promises", promise("Call the refund desk", "ed@customer.test",
        "withinWorkingDays", 1)));

    Api.Response k = staff.post("/api/promises/" + kept + "/keep", Map.of("note", "Sent by courier"));
    assertThat(k.body().path("promise").path("status").asString()).isEqualTo("KEPT");
    assertThat(k.body().path("promise").path("decidedAt").asString()).isEqualTo("2030-01-07T10:00:00Z");
    assertThat(k.body().path("promise").path("breakAt").isMissingNode()).as("left out: null").isTrue();
    assertThat(k.body().path("history").get(1).path("note").asString()).isEqualTo("Sent by courier");
    assertThat(k.body().path("history").get(1).path("actorName").asString()).isEqualTo("Sam Staff");
    assertThat(staff.post("/api/promises/" + kept + "/keep", Map.of()).status()).isEqualTo(409);
    assertThat(staff.post("/api/promises/" + kept + "/break", Map.of()).status()).isEqualTo(409);

    assertThat(staff.post("/api/promises/" + renegotiated + "/renegotiate", Map.of("withinWorkingDays", 3))
        .fieldError("note")).isNotBlank();
    assertThat(staff.post("/api/promises/" + renegotiated + "/renegotiate", Map.of("note", "ok")).fieldError(
        "dueDate")).isNotBlank();
    Api.Response r = staff.post("/api/promises/" + renegotiated + "/renegotiate", Map.of("withinWorkingDays", 3,
        "note", "The customer agreed to Friday"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode p = r.body().path("promise");
    assertThat(p.path("status").asString()).isEqualTo("RENEGOTIATED");
    assertThat(p.path("renegotiations").asInt()).isEqualTo(1);
    assertThat(p.path("dueAt").asString()).as("Tue, Thu, Fri").isEqualTo("2030-01-11T16:00:00Z");
    JsonNode entry = r.body().path("history").get(1);
    assertThat(entry.path("action").asString()).isEqualTo("RENEGOTIATED");
    assertThat(entry.path("dueBefore").asString()).isEqualTo("2030-01-08T16:00:00Z");
    assertThat(entry.path("dueAfter").asString()).isEqualTo("2030-01-11T16:00:00Z");
    assertThat(entry.path("note").asString()).isEqualTo("The customer agreed to Friday");
    assertThat(staff.post("/api/promises/" + renegotiated + "/keep", Map.of()).body().path("promise")
        .path("status").asString()).as("a renegotiated promise is still open").isEqualTo("KEPT");

    assertThat(staff.post("/api/promises/" + cancelled + "/cancel", Map.of("reason", " ")).fieldError("reason"))
        .isNotBlank();
    assertThat(staff.post("/api/promises/" + cancelled + "/cancel", Map.of("reason", "The customer cancelled the order"))
        .body().path("promise").path("status").asString()).isEqualTo("CANCELLED");

    assertThat(staff.post("/api/promises/" + broken + "/fulfilled-late", Map.of()).status())
        .as("only broken promises").isEqualTo(409);
    assertThat(staff.post("/api/promises/" + broken + "/break", Map.of("note", "The desk was closed")).body()
        .path("promise").path("status").asString()).isEqualTo("BROKEN");
    CLOCK.set("2030-01-10T10:00:00Z");
    Api.Response late = staff.post("/api/promises/" + broken + "/fulfilled-late", Map.of("note", "Called today"));
    assertThat(late.body().path("promise").path("status").asString()).isEqualTo("BROKEN");
    assertThat(late.body().path("promise").path("fulfilledLateAt").asString()).isEqualTo("2030-01-10T10:00:00Z");
    assertThat(staff.post("/api/promises/" + broken + "/fulfilled-late", Map.of()).status()).isEqualTo(409);
    // the median lateness comes from the rollups' histogram, within its bucket (12.5%) of the exact hours
    double exact = java.time.Duration.between(java.time.Instant.parse(late.body().path("promise").path("dueAt")
        .asString()), java.time.Instant.parse("2030-01-10T10:00:00Z")).toMinutes() / 60.0;
    JsonNode lateness = o.admin().get("/api/promises/stats/kept-rate?groupBy=SOURCE&from=2029-12-15&to=2030-02-14")
        .body().path("total");
    assertThat(lateness.path("fulfilledLate").asInt()).isEqualTo(1);
    assertThat(lateness.path("medianLatenessHours").asDouble()).isCloseTo(exact, org.assertj.core.data.Offset
        .offset(exact * 0.125));

    // lists: by status, search, source, customer; sorted
    assertThat(staff.get("/api/promises?status=KEPT").body().path("total").asInt()).isEqualTo(2);
    assertThat(staff.get("/api/promises?status=KEPT&status=BROKEN").body().path("total").asInt()).isEqualTo(3);
    assertThat(staff.get("/api/promises?status=OPEN_ANY").body().path("total").asInt()).isZero();
    assertThat(staff.get("/api/promises?q=refund").body().path("total").asInt()).isEqualTo(2);
    assertThat(staff.get("/api/promises?q=P-000003").body().path("items").get(0).path("text").asString())
        .isEqualTo("Visit the shop");
    String customer = staff.get("/api/promises/" + broken).body().path("promise").path("customer").path("id")
        .asString();
    assertThat(staff.get("/api/promises?customerId=" + customer).body().path("total").asInt()).isEqualTo(1);
    assertThat(staff.get("/api/promises?sort=createdAt&direction=desc").body().path("items").get(0).path("text")
        .asString()).isEqualTo("Call the refund desk");
    assertThat(staff.get("/api/promises?dueFrom=2030-01-09&dueTo=2030-01-31").body().path("total").asInt())
        .as("only the renegotiated one is due after the 8th").isEqualTo(1);

    // the CSV has the same rows
    HttpResponse<String> csv = o.staff().getText("/api/promises/export.csv?sort=createdAt");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("reference,status,text,customer_name,customer_email,owner,unit,source");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).startsWith("P-000001,KEPT,Replace the lid,,di@customer.test,Sam Staff,Service desk,MANUAL");
  }

  @Test
  void theCustomersStatusPageShowsWhatWasPromisedWithoutNamesOrNotes() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    Api.Response made = o.staff().post("/api/promises", promise("Replace the broken kettle", "fe@customer.test",
        "withinWorkingDays", 1));
    String link = made.body().path("statusLink").asString();
    String token = link.substring(link.lastIndexOf('/') + 1);
    o.staff().post("/api/promises/" + made.body().path("promise").path("id").asString() + "/keep",
        Map.of("note", "internal: the courier was late"));

    assertThat(o.staff().post("/api/promises/" + made.body().path("promise").path("id").asString()
        + "/notify-customer", null).status()).as("no SMTP here").isEqualTo(422);

    Api.Response page = api.get("/api/public/promises/" + token);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text("organization")).isEqualTo("Org " + o.tenant().slug());
    assertThat(page.text("text")).isEqualTo("Replace the broken kettle");
    assertThat(page.text("status")).isEqualTo("KEPT");
    assertThat(page.body().path("history").size()).isEqualTo(2);
    assertThat(page.body().toString()).doesNotContain("courier").doesNotContain("Sam Staff");
    assertThat(api.get("/api/public/promises/" + token.substring(0, token.length() - 2) + "xx").status())
        .isEqualTo(404);
    assertThat(api.get("/api/public/promises/nonsense").status()).isEqualTo(404);
  }

  @Test
  void theGracePeriodAndRemindersAreTheAdminsAndMoveTheOpenPromises() {
    Office o = office();
    CLOCK.set("2030-01-07T10:00:00Z");
    assertThat(o.staff().get("/api/promises/settings").body().path("graceWorkingDays").asInt()).isEqualTo(1);
    assertThat(o.staff().get("/api/promises/settings").body().path("reminderWorkingDays").toString())
        .isEqualTo("[1,0]");
    String id = made(o.staff().post("/api/promises", promise("Repair the door", "gi@customer.test",
        "withinWorkingDays", 1)));
    assertThat(o.manager().put("/api/promises/settings", Map.of("graceWorkingDays", 0, "reminderWorkingDays",
        List.of())).status()).isEqualTo(403);
    assertThat(o.admin().put("/api/promises/settings", Map.of("graceWorkingDays", 31, "reminderWorkingDays",
        List.of())).fieldError("graceWorkingDays")).isNotBlank();
    assertThat(o.admin().put("/api/promises/settings", Map.of("graceWorkingDays", 1, "reminderWorkingDays",
        List.of(1, 2, 3, 4, 5, 6))).fieldError("reminderWorkingDays")).isNotBlank();
    assertThat(o.admin().put("/api/promises/settings", Map.of("graceWorkingDays", 1, "reminderWorkingDays",
        List.of(40))).status()).isEqualTo(400);
    Api.Response saved = o.admin().put("/api/promises/settings", Map.of("graceWorkingDays", 2,
        "reminderWorkingDays", List.of(0, 2, 2)));
    assertThat(saved.body().path("reminderWorkingDays").toString()).isEqualTo("[2,0]");
    // due Tuesday 17:00, now two working days of grace: Thursday and Friday
    assertThat(o.staff().get("/api/promises/" + id).body().path("promise").path("breakAt").asString())
        .isEqualTo("2030-01-11T16:00:00Z");
  }
}
