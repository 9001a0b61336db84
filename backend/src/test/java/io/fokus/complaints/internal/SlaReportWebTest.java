package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.stats.LogHistogram;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.ControlledClock;
import io.fokus.support.TestClock;
import io.fokus.support.WebTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The SLA report read from its model (outcomes and the monthly rollup, kept as clocks change) against hand-computed
 * figures and against the same model computed afresh from the clocks ({@code complaints.rebuild_sla_outcomes}).
 */
@ControlledClock
class SlaReportWebTest extends WebTestSupport {

  static final TestClock CLOCK = TestClock.SHARED;

  @Autowired
  SlaMonitor monitor;
  @Autowired
  SlaOutcomes outcomes;
  @Autowired
  Tenancy tenancy;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  @Test
  void theDatabaseBucketsEveryMinuteCountWithinTheBoundsTheMedianUses() {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select m, complaints.sla_minutes_bucket(m) as b from generate_series(0, 140000) m");
    int previous = 0;
    for (Map<String, Object> row : rows) {
      long minutes = ((Number) row.get("m")).longValue();
      int bucket = ((Number) row.get("b")).intValue();
      assertThat(bucket).as("bucket of %d", minutes).isBetween(previous, previous + 1);
      assertThat(LogHistogram.bucket(minutes)).as("Java's bucket of %d", minutes).isEqualTo(bucket);
      assertThat(LogHistogram.lower(bucket)).as("lower bound of %d", minutes).isLessThanOrEqualTo(minutes);
      assertThat(LogHistogram.upper(bucket)).as("upper bound of %d", minutes).isGreaterThan(minutes);
      previous = bucket;
    }
    assertThat(previous).isEqualTo(LogHistogram.BUCKETS - 1);
  }

  @Test
  void decidedClocksCountOnceOnTheirDayForTheGroupsTheyHadAndTheRollupAgreesWithTheClocks() {
    SignedUp tenant = signUp();
    TenantId tenantId = new TenantId(UUID.fromString(tenant.tenantId()));
    Api admin = api.as(tenant.adminToken());
    String hotline = created(admin.post("/api/calendars", Map.of("name", "Hotline", "zone", "UTC", "aroundTheClock", true,
        "defaultCalendar", false)));
    String low = created(admin.post("/api/complaints/priorities", Map.of("nameEn", "Low", "nameDe", "Niedrig",
        "active", true, "position", 0)));
    created(admin.post("/api/complaints/sla-policies", Map.of("name", "Low: answer only", "priorityId", low,
        "calendarId", hotline, "firstResponseMinutes", 60)));
    created(admin.post("/api/complaints/sla-policies", Map.of("name", "Hotline", "calendarId", hotline,
        "firstResponseMinutes", 60, "resolutionMinutes", 600)));
    String north = created(admin.post("/api/units", Map.of("name", "North", "kind", "TEAM")));
    String south = created(admin.post("/api/units", Map.of("name", "South", "kind", "TEAM")));

    // Wednesday 30 January 2030, 24/7 clocks of 60 and 600 minutes; the report's days are Berlin's (UTC+1)
    CLOCK.set("2030-01-30T10:00:00Z");
    String c1 = recorded(admin, north);
    String c3 = recorded(admin, north);
    String c4 = recorded(admin, north);
    String c6 = recorded(admin, north);
    CLOCK.set("2030-01-30T10:20:00Z");
    for (String id : List.of(c1, c4, c6)) {
      reply(admin, id); // first response met after 20 minutes
    }
    CLOCK.set("2030-01-30T12:00:00Z");
    status(admin, c1, "RESOLVED"); // resolution met after 120 minutes
    assertThat(monitor.check(tenantId)).as("c3's first response breached at 11:00").isEqualTo(1);
    CLOCK.set("2030-01-30T19:00:00Z");
    status(admin, c4, "RESOLVED"); // met after 540 minutes ...
    CLOCK.set("2030-01-30T20:00:00Z");
    assertThat(monitor.check(tenantId)).as("c3's and c6's resolution breached at 20:00").isEqualTo(2);
    CLOCK.set("2030-01-31T23:30:00Z"); // 1 February in Berlin
    String c2 = recorded(admin, north);
    CLOCK.set("2030-01-31T23:50:00Z");
    reply(admin, c2);
    CLOCK.set("2030-02-01T10:00:00Z");
    String c5 = recorded(admin, south);
    CLOCK.set("2030-02-01T10:30:00Z");
    reply(admin, c5);
    CLOCK.set("2030-02-02T10:00:00Z");
    reply(admin, c3); // breached first response stops after 3 days
    CLOCK.set("2030-02-03T10:00:00Z");
    status(admin, c3, "RESOLVED"); // breached resolution stops after 4 days, still counted on 30 January
    CLOCK.set("2030-02-05T10:00:00Z");
    status(admin, c4, "OPEN"); // ... reopened: undecided again, with 540 minutes used
    CLOCK.set("2030-02-05T12:00:00Z");
    status(admin, c4, "RESOLVED"); // 660 minutes: breached on stopping, on 5 February

    JsonNode months = admin.get("/api/complaints/sla-report?groupBy=month").body().path("rows");
    // January: first response 20, 20, 20 (met) and 4320 (breached); resolution 120 (met), 5760 (breached) and c6's
    // (breached, still running)
    // February: first response 20, 30 (met); resolution 660 (breached)
    assertThat(summary(months)).containsExactly(
        "2030-01 FIRST_RESPONSE met 3 breached 1 median 20.0",
        "2030-01 RESOLUTION met 1 breached 2 median 3006.0", // (120–128: 124, 5632–6144: 5888) / 2
        "2030-02 FIRST_RESPONSE met 2 breached 0 median 25.0",
        "2030-02 RESOLUTION met 0 breached 1 median 672.0"); // 640–704
    JsonNode firstOfFebruary = admin.get("/api/complaints/sla-report?groupBy=unit&from=2030-02-01&to=2030-02-01")
        .body().path("rows");
    assertThat(summary(firstOfFebruary)).containsExactlyInAnyOrder(
        row(north, "FIRST_RESPONSE", 1, 0, 20.0), row(south, "FIRST_RESPONSE", 1, 0, 30.0));

    // every grouping over periods with and without whole months, against the model computed from the clocks
    List<String> queries = new ArrayList<>();
    for (String groupBy : List.of("unit", "month", "category", "priority", "assignee")) {
      for (String period : List.of("", "&from=2030-01-15&to=2030-02-10", "&from=2030-01-01&to=2030-01-31",
          "&from=2030-01-31&to=2030-02-01", "&to=2030-01-31", "&from=2030-02-01", "&from=2030-01-30&to=2030-03-31")) {
        queries.add("/api/complaints/sla-report?groupBy=" + groupBy + period);
      }
    }
    Map<String, List<String>> live = reports(admin, queries);
    Map<String, List<String>> model = model(tenantId);
    // as after the migration that brought the model: computed afresh from the clocks
    tenancy.runAs(tenantId, () -> transactions.executeWithoutResult(s -> {
      jdbc.update("insert into complaints.sla_rebuild (tenant_id) values (?)", tenantId.value());
      assertThat(outcomes.rebuildIfRequested(tenantId)).isTrue();
      assertThat(outcomes.rebuildIfRequested(tenantId)).as("once").isFalse();
    }));
    assertThat(model(tenantId)).isEqualTo(model);
    assertThat(reports(admin, queries)).isEqualTo(live);

    // the job takes the request
    tenancy.runAs(tenantId, () -> transactions.executeWithoutResult(s ->
        jdbc.update("insert into complaints.sla_rebuild (tenant_id) values (?)", tenantId.value())));
    monitor.check(tenantId);
    Long requests = tenancy.runAs(tenantId, () -> transactions.execute(s ->
        jdbc.queryForObject("select count(*) from complaints.sla_rebuild", Long.class)));
    assertThat(requests).isZero();

    // c6 becomes low priority: its policy has no resolution clock, so the breached one leaves the report
    CLOCK.set("2030-02-06T09:00:00Z");
    assertThat(admin.put("/api/complaints/" + c6 + "/classification", Map.of("priorityId", low)).status())
        .isEqualTo(200);
    assertThat(summary(admin.get("/api/complaints/sla-report?groupBy=month&to=2030-01-31").body().path("rows")))
        .containsExactly("2030-01 FIRST_RESPONSE met 3 breached 1 median 20.0",
            "2030-01 RESOLUTION met 1 breached 1 median 3006.0");

    // a decided clock keeps the unit it was decided in when the complaint moves on (and c6's answer its priority)
    admin.put("/api/complaints/" + c5 + "/assignment", Map.of("unitId", north));
    assertThat(summary(admin.get("/api/complaints/sla-report?groupBy=unit&from=2030-02-01&to=2030-02-01").body()
        .path("rows"))).isEqualTo(summary(firstOfFebruary));
  }

  @Test
  void aManagerCountsTheirUnitsAndWhatIsAssignedToThemStaffTheirOwn() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String hotline = created(admin.post("/api/calendars", Map.of("name", "Hotline", "zone", "UTC", "aroundTheClock", true,
        "defaultCalendar", false)));
    created(admin.post("/api/complaints/sla-policies", Map.of("name", "Hotline", "calendarId", hotline,
        "firstResponseMinutes", 60)));
    String north = created(admin.post("/api/units", Map.of("name", "North", "kind", "TEAM")));
    String south = created(admin.post("/api/units", Map.of("name", "South", "kind", "TEAM")));
    Joined manager = join(tenant, Map.of("email", "m@" + tenant.slug() + ".test", "displayName", "Mo",
        "roles", List.of("MANAGER"), "unitId", north, "level", "MANAGER"));
    Joined staff = join(tenant, Map.of("email", "s@" + tenant.slug() + ".test", "displayName", "Sam",
        "roles", List.of("STAFF"), "unitId", south, "level", "FRONTLINE"));

    CLOCK.set("2030-03-04T10:00:00Z");
    String inNorth = recorded(admin, north);
    String inSouth = recorded(admin, south);
    String southForManager = recorded(admin, south);
    String southForStaff = recorded(admin, south);
    admin.put("/api/complaints/" + southForManager + "/assignment", Map.of("unitId", south,
        "assigneeId", manager.memberId()));
    admin.put("/api/complaints/" + southForStaff + "/assignment", Map.of("unitId", south,
        "assigneeId", staff.memberId()));
    CLOCK.set("2030-03-04T10:10:00Z");
    for (String id : List.of(inNorth, inSouth, southForManager, southForStaff)) {
      reply(admin, id);
    }

    String query = "/api/complaints/sla-report?groupBy=unit&from=2030-03-01&to=2030-03-31";
    assertThat(summary(admin.get(query).body().path("rows"))).containsExactlyInAnyOrder(
        row(north, "FIRST_RESPONSE", 1, 0, 10.0), row(south, "FIRST_RESPONSE", 3, 0, 10.0));
    assertThat(summary(api.as(manager.token()).get(query).body().path("rows"))).containsExactlyInAnyOrder(
        row(north, "FIRST_RESPONSE", 1, 0, 10.0), row(south, "FIRST_RESPONSE", 1, 0, 10.0));
    assertThat(summary(api.as(staff.token()).get(query).body().path("rows"))).containsExactly(
        row(south, "FIRST_RESPONSE", 1, 0, 10.0));
    // the same over whole months (the rollup) and over days (the outcomes)
    assertThat(summary(api.as(manager.token()).get("/api/complaints/sla-report?groupBy=unit&from=2030-03-04"
        + "&to=2030-03-04").body().path("rows"))).hasSize(2);
  }

  private Map<String, List<String>> reports(Api admin, List<String> queries) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String q : queries) {
      Api.Response r = admin.get(q);
      assertThat(r.status()).as(q).isEqualTo(200);
      out.put(q, summary(r.body().path("rows")));
    }
    return out;
  }

  /** The model's rows, in a comparable form. */
  private Map<String, List<String>> model(TenantId tenant) {
    return tenancy.runAs(tenant, () -> transactions.execute(s -> {
      Map<String, List<String>> rows = new HashMap<>();
      rows.put("outcomes", jdbc.queryForList("""
          select concat_ws(' ', clock_id, kind, decided_on, unit_id, assignee_id, category_id, priority_id, breached,
            minutes_bucket) from complaints.sla_outcome order by 1""", String.class));
      rows.put("rollup", jdbc.queryForList("""
          select concat_ws(' ', month, kind, all_units, unit_id, dimension, dimension_id, met, breached,
            coalesce(array_to_string(minutes[1:(select max(i) from unnest(minutes) with ordinality u(v, i)
              where v <> 0)], ','), '')) from complaints.sla_rollup
          where met > 0 or breached > 0 order by 1""", String.class));
      return rows;
    }));
  }

  private static List<String> summary(JsonNode rows) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : rows.values()) {
      out.add(row(r.path("group").isMissingNode() || r.path("group").isNull() ? "none" : r.path("group").asString(),
          r.path("clock").asString(), r.path("met").asLong(), r.path("breached").asLong(),
          r.path("medianMinutes").isMissingNode() || r.path("medianMinutes").isNull() ? null
              : r.path("medianMinutes").asDouble()));
    }
    return out;
  }

  private static String row(String group, String clock, long met, long breached, Double median) {
    return group + " " + clock + " met " + met + " breached " + breached + " median " + median;
  }

  private static String recorded(Api admin, String unit) {
    Api.Response r = admin.post("/api/complaints", Map.of("channel", "PHONE",
        "email", "c-" + UUID.randomUUID() + "@example.com", "description", "Called"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.text("id");
    Api.Response assigned = admin.put("/api/complaints/" + id + "/assignment", Map.of("unitId", unit));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    return id;
  }

  private static String created(Api.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.text("id");
  }

  private static void reply(Api admin, String id) {
    Api.Response r = admin.post("/api/complaints/" + id + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Hi"));
    assertThat(r.status()).as(r.toString()).isIn(200, 201);
  }

  private static void status(Api admin, String id, String status) {
    Api.Response r = admin.post("/api/complaints/" + id + "/status", Map.of("status", status));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }
}
