package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarsWebTest extends WebTestSupport {

  @Autowired
  TenantsApi tenantsApi;

  @Autowired
  Tenancy tenancy;

  private static Map<String, Object> calendar(String name, Map<String, Object> slots, boolean defaultCalendar) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("zone", "Europe/Berlin");
    body.put("slots", slots);
    body.put("defaultCalendar", defaultCalendar);
    body.put("holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas Day")));
    return body;
  }

  private static final Map<String, Object> LUNCH_BREAK = Map.of("MONDAY", List.of(
      Map.of("start", "08:00", "end", "12:00"), Map.of("start", "13:00", "end", "17:00")),
      "FRIDAY", List.of(Map.of("start", "08:00", "end", "12:00")));

  private static final String ICS = String.join("\r\n",
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fokus test//EN",
      "BEGIN:VEVENT", "UID:1@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20261224",
      "DTEND;VALUE=DATE:20261227", "SUMMARY:Christmas", "END:VEVENT",
      "BEGIN:VEVENT", "UID:2@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260501",
      "RRULE:FREQ=YEARLY;COUNT=3", "SUMMARY:Labour Day", "END:VEVENT",
      "BEGIN:VEVENT", "UID:3@test", "DTSTAMP:20260101T000000Z", "DTSTART:20260310T090000Z",
      "DTEND:20260310T100000Z", "SUMMARY:A meeting", "END:VEVENT",
      "END:VCALENDAR", "");

  @Test
  void theBusinessHoursAreTheDefaultUntilAStoredCalendarIs() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response list = admin.get("/api/calendars");
    assertThat(list.body().size()).isEqualTo(1);
    assertThat(list.body().get(0).path("id").asString()).isEqualTo(tenant.tenantId());
    assertThat(list.body().get(0).path("fromSettings").asBoolean()).isTrue();
    assertThat(list.body().get(0).path("defaultCalendar").asBoolean()).isTrue();
    assertThat(admin.put("/api/calendars/" + tenant.tenantId(), calendar("X", LUNCH_BREAK, false)).status())
        .isEqualTo(409);
    assertThat(admin.delete("/api/calendars/" + tenant.tenantId()).status()).isEqualTo(409);

    Api.Response created = admin.post("/api/calendars", calendar("Service desk", LUNCH_BREAK, true));
    assertThat(created.status()).isEqualTo(201);
    String id = created.text("id");
    assertThat(created.body().path("slots").path("MONDAY").size()).isEqualTo(2);
    assertThat(created.body().path("holidays").get(0).path("date").asString()).isEqualTo("2026-12-25");
    assertThat(admin.get("/api/calendars").body().get(0).path("defaultCalendar").asBoolean()).isFalse();
    assertThat(admin.post("/api/calendars", calendar("service DESK", LUNCH_BREAK, false)).status()).isEqualTo(409);

    // the facade counts working time in the default: Monday 2026-03-09 11:00 Berlin (10:00 UTC) + 90 min skips lunch
    tenancy.runAs(new TenantId(UUID.fromString(tenant.tenantId())), () -> {
      assertThat(tenantsApi.defaultWorkingCalendar().plusMinutes(Instant.parse("2026-03-09T10:00:00Z"), 90))
          .isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));
      assertThat(tenantsApi.workingCalendar(CalendarId.of(id)).isWorking(Instant.parse("2026-12-25T09:00:00Z")))
          .isFalse();
      assertThat(tenantsApi.workingCalendar(CalendarId.of(tenant.tenantId()))
          .isWorking(Instant.parse("2026-03-10T10:00:00Z"))).isTrue();
    });

    assertThat(admin.delete("/api/calendars/" + id).status()).isEqualTo(409);
    String other = admin.post("/api/calendars", Map.of("name", "Hotline", "zone", "UTC", "aroundTheClock", true,
        "defaultCalendar", true)).text("id");
    assertThat(admin.get("/api/calendars/" + id).body().path("defaultCalendar").asBoolean()).isFalse();
    assertThat(admin.delete("/api/calendars/" + id).status()).isEqualTo(204);
    assertThat(admin.get("/api/calendars/" + id).status()).isEqualTo(404);
    Api.Response renamed = admin.put("/api/calendars/" + other, Map.of("name", "Hotline 24/7", "zone", "UTC",
        "aroundTheClock", true, "defaultCalendar", false));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(admin.get("/api/calendars").body().get(0).path("defaultCalendar").asBoolean()).isTrue();
  }

  @Test
  void managersReadAndOnlyAdminsChange() {
    SignedUp tenant = signUp();
    String id = api.as(tenant.adminToken()).post("/api/calendars", calendar("Desk", LUNCH_BREAK, false)).text("id");
    Api manager = api.as(member(tenant, "MANAGER"));
    assertThat(manager.get("/api/calendars").status()).isEqualTo(200);
    assertThat(manager.get("/api/calendars/" + id).status()).isEqualTo(200);
    assertThat(manager.post("/api/calendars", calendar("Mine", LUNCH_BREAK, false)).status()).isEqualTo(403);
    assertThat(manager.put("/api/calendars/" + id, calendar("Mine", LUNCH_BREAK, false)).status()).isEqualTo(403);
    assertThat(manager.delete("/api/calendars/" + id).status()).isEqualTo(403);
    assertThat(manager.upload("/api/calendars/" + id + "/holidays/import", "h.ics", ICS).status()).isEqualTo(403);
    Api staff = api.as(member(tenant, "STAFF"));
    assertThat(staff.get("/api/calendars").status()).isEqualTo(403);
    assertThat(staff.get("/api/calendars/" + id).status()).isEqualTo(403);
  }

  @Test
  void rejectsBadZonesSlotsAndHolidaysWithFieldNames() {
    Api admin = api.as(signUp().adminToken());
    Map<String, Object> badZone = calendar("Desk", LUNCH_BREAK, false);
    badZone.put("zone", "Mars/Olympus");
    assertThat(admin.post("/api/calendars", badZone).fieldError("zone")).isNotNull();

    Api.Response backwards = admin.post("/api/calendars", calendar("Desk", Map.of("MONDAY", List.of(
        Map.of("start", "12:00", "end", "08:00"))), false));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.fieldError("slots[MONDAY][0].end")).isNotNull();

    Api.Response overlapping = admin.post("/api/calendars", calendar("Desk", Map.of("TUESDAY", List.of(
        Map.of("start", "08:00", "end", "12:00"), Map.of("start", "11:00", "end", "00:00"))), false));
    assertThat(overlapping.fieldError("slots[TUESDAY][1]")).isNotNull();

    List<Map<String, String>> seven = List.of("01", "03", "05", "07", "09", "11", "13").stream()
        .map(h -> Map.of("start", h + ":00", "end", h + ":30")).toList();
    Api.Response tooMany = admin.post("/api/calendars", calendar("Desk", Map.of("MONDAY", seven), false));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.isProblem()).isTrue();

    assertThat(admin.post("/api/calendars", calendar("Desk", Map.of(), false)).fieldError("slots")).isNotNull();
    Map<String, Object> twice = calendar("Desk", LUNCH_BREAK, false);
    twice.put("holidays", List.of(Map.of("date", "2026-01-01"), Map.of("date", "2026-01-01")));
    assertThat(admin.post("/api/calendars", twice).fieldError("holidays[1].date")).isNotNull();
    Map<String, Object> noName = calendar(" ", LUNCH_BREAK, false);
    assertThat(admin.post("/api/calendars", noName).fieldError("name")).isNotNull();

    // the late slot ending at midnight is fine
    assertThat(admin.post("/api/calendars", calendar("Evening", Map.of("SATURDAY", List.of(
        Map.of("start", "18:00", "end", "00:00"))), false)).status()).isEqualTo(201);
    assertThat(admin.get("/api/calendars").body().size()).isEqualTo(2);
  }

  @Test
  void importsAllDayEventsOfAnICalendarFileAsHolidays() {
    Api admin = api.as(signUp().adminToken());
    String id = admin.post("/api/calendars", calendar("Desk", LUNCH_BREAK, false)).text("id");

    Api.Response imported = admin.upload("/api/calendars/" + id + "/holidays/import", "holidays.ics", ICS);
    assertThat(imported.status()).isEqualTo(200);
    // 24, 25, 26 December (25 was there) and 1 May 2026, 2027, 2028; the meeting is not a holiday
    assertThat(imported.body().path("added").asInt()).isEqualTo(5);
    assertThat(imported.body().path("alreadyPresent").asInt()).isEqualTo(1);
    assertThat(imported.body().path("skippedEvents").asInt()).isEqualTo(1);
    Api.Response stored = admin.get("/api/calendars/" + id);
    assertThat(stored.body().path("holidays").size()).isEqualTo(6);
    assertThat(stored.body().path("holidays").get(0).path("date").asString()).isEqualTo("2026-05-01");
    assertThat(stored.body().path("holidays").get(0).path("name").asString()).isEqualTo("Labour Day");

    Api.Response again = admin.upload("/api/calendars/" + id + "/holidays/import", "holidays.ics", ICS);
    assertThat(again.body().path("added").asInt()).isZero();
  }

  @Test
  void badICalendarFilesAreProblemsAndChangeNothing() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String id = admin.post("/api/calendars", calendar("Desk", LUNCH_BREAK, false)).text("id");
    String path = "/api/calendars/" + id + "/holidays/import";

    for (String bad : List.of("name,email\nx,y\n", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026XX01",
        ICS.replace("RRULE:FREQ=YEARLY;COUNT=3", "RRULE:FREQ=WEEKLY;COUNT=3"),
        ICS.replace("DTEND;VALUE=DATE:20261227", "DTEND;VALUE=DATE:20261201"))) {
      Api.Response response = admin.upload(path, "bad.ics", bad);
      assertThat(response.status()).as(bad).isBetween(400, 422);
      assertThat(response.isProblem()).isTrue();
      assertThat(response.fieldError("file")).isNotNull();
    }
    assertThat(admin.upload(path, "weekly.ics", ICS.replace("RRULE:FREQ=YEARLY;COUNT=3",
        "RRULE:FREQ=WEEKLY;COUNT=3")).fieldError("file")).contains("yearly");
    assertThat(admin.upload(path, "empty.ics", "").status()).isEqualTo(400);
    assertThat(admin.upload(path, "big.ics", ICS + "X".repeat(1024 * 1024)).status()).isEqualTo(400);
    assertThat(admin.upload("/api/calendars/" + tenant.tenantId() + "/holidays/import", "h.ics", ICS).status())
        .isEqualTo(409);
    assertThat(admin.get("/api/calendars/" + id).body().path("holidays").size()).isEqualTo(1);
  }
}
