package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.support.WebTestSupport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Isolation 2: what tenant A writes, tenant B can neither read, change nor delete, through the API or SQL. */
class IsolationDataTest extends WebTestSupport {

  @Autowired
  DataSource dataSource;

  @Test
  void anotherTenantsIdsAnswerNotFoundOnEveryEndpoint() {
    SignedUp a = signUp();
    SignedUp b = signUp();
    Api adminA = api.as(a.adminToken());
    Api adminB = api.as(b.adminToken());
    String unitA = adminA.post("/api/units", Map.of("name", "Secret unit", "kind", "TEAM")).text("id");
    String memberA = join(a, Map.of("email", "secret@a.test", "displayName", "Secret",
        "roles", List.of("STAFF"), "level", "FRONTLINE", "unitId", unitA)).memberId();
    String invitationA = adminA.post("/api/invitations", Map.of("email", "pending@a.test", "displayName", "Pending",
        "roles", List.of("STAFF"), "level", "FRONTLINE")).body().path("invitation").path("id").asString();

    assertThat(adminB.get("/api/units/" + unitA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/units/" + unitA, Map.of("name", "Hacked", "kind", "TEAM")).status()).isEqualTo(404);
    assertThat(adminB.delete("/api/units/" + unitA).status()).isEqualTo(404);
    assertThat(adminB.get("/api/members/" + memberA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/members/" + memberA, Map.of("displayName", "Hacked", "roles", List.of("ADMIN"),
        "level", "EXECUTIVE")).status()).isEqualTo(404);
    assertThat(adminB.post("/api/members/" + memberA + "/deactivate", null).status()).isEqualTo(404);
    assertThat(adminB.post("/api/members/" + memberA + "/reactivate", null).status()).isEqualTo(404);
    // referencing A's unit from B is as if it did not exist
    assertThat(adminB.post("/api/units", Map.of("name", "Child", "kind", "TEAM", "parentId", unitA)).status())
        .isEqualTo(422);
    assertThat(adminB.post("/api/invitations", Map.of("email", "x@b.test", "displayName", "X", "roles",
        List.of("STAFF"), "level", "FRONTLINE", "unitId", unitA)).status()).isEqualTo(422);
    assertThat(adminB.post("/api/invitations/" + invitationA + "/resend", null).status()).isEqualTo(404);
    assertThat(adminB.delete("/api/invitations/" + invitationA).status()).isEqualTo(404);
    assertThat(adminB.get("/api/invitations").body().size()).isZero();
    assertThat(adminB.get("/api/members?q=secret").body().path("total").asInt()).isZero();
    assertThat(adminB.get("/api/units").body().size()).isZero();
    String customerA = adminA.post("/api/customers", Map.of("email", "secret-customer@a.test")).text("id");
    assertThat(adminB.get("/api/customers/" + customerA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/customers/" + customerA, Map.of("language", "en", "attributes", Map.of(),
        "optedOut", true)).status()).isEqualTo(404);
    assertThat(adminB.delete("/api/customers/" + customerA).status()).isEqualTo(404);
    assertThat(adminB.get("/api/surveys/customers/" + customerA + "/activity").status()).isEqualTo(404);
    assertThat(adminB.get("/api/customers?q=secret").body().path("total").asInt()).isZero();
    String calendarA = adminA.post("/api/calendars", Map.of("name", "Secret hours", "zone", "Europe/Berlin",
        "aroundTheClock", true)).text("id");
    assertThat(adminB.get("/api/calendars/" + calendarA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/calendars/" + calendarA, Map.of("name", "Hacked", "zone", "UTC",
        "aroundTheClock", true)).status()).isEqualTo(404);
    assertThat(adminB.upload("/api/calendars/" + calendarA + "/holidays/import", "h.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n").status()).isEqualTo(404);
    assertThat(adminB.delete("/api/calendars/" + calendarA).status()).isEqualTo(404);
    assertThat(adminB.get("/api/calendars/" + a.tenantId()).status()).isEqualTo(404);
    assertThat(adminB.get("/api/calendars").body().size()).isEqualTo(1); // B's own business hours only
    String policyA = adminA.post("/api/complaints/sla-policies", Map.of("name", "Secret SLA", "calendarId",
        calendarA, "firstResponseMinutes", 60)).text("id");
    adminA.post("/api/complaints", Map.of("channel", "PHONE", "email", "sla-customer@a.test", "description", "x"));
    String complaintA = adminA.get("/api/complaints").body().path("items").get(0).path("id").asString();
    assertThat(adminB.get("/api/complaints/sla-policies/" + policyA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/complaints/sla-policies/" + policyA, Map.of("name", "Hacked")).status())
        .isEqualTo(404);
    assertThat(adminB.delete("/api/complaints/sla-policies/" + policyA).status()).isEqualTo(404);
    assertThat(adminB.put("/api/complaints/sla-policies/order", Map.of("ids", List.of(policyA))).status())
        .isEqualTo(400);
    assertThat(adminB.post("/api/complaints/sla-policies", Map.of("name", "Borrowed", "calendarId", calendarA))
        .fieldError("calendarId")).isNotBlank();
    assertThat(adminB.put("/api/complaints/" + complaintA + "/classification", Map.of()).status()).isEqualTo(404);
    assertThat(adminB.get("/api/complaints/sla-policies").body().size()).isZero();
    assertThat(adminB.get("/api/complaints/sla-report?groupBy=month").body().path("rows").size()).isZero();
    String rootCauseA = adminA.post("/api/complaints/root-causes", Map.of("nameEn", "Secret cause",
        "nameDe", "Geheim", "active", true, "position", 0)).text("id");
    adminA.put("/api/complaints/settings", Map.of("followUpEnabled", false, "followUpDelayMinutes", 5));
    assertThat(adminB.put("/api/complaints/root-causes/" + rootCauseA, Map.of("nameEn", "Hacked", "nameDe", "X",
        "active", true, "position", 0)).status()).isEqualTo(404);
    assertThat(adminB.get("/api/complaints/root-causes").body().size()).isZero();
    assertThat(adminB.get("/api/complaints/settings").body().path("followUpEnabled").asBoolean()).isTrue();
    String touchpointA = adminA.post("/api/complaints/touchpoints", Map.of("name", "Secret shop", "active", true,
        "position", 0)).text("id");
    assertThat(adminB.put("/api/complaints/touchpoints/" + touchpointA, Map.of("name", "Hacked", "active", true,
        "position", 0)).status()).isEqualTo(404);
    assertThat(adminB.post("/api/complaints", Map.of("channel", "PHONE", "email", "borrowed@b.test",
        "description", "x", "touchpointId", touchpointA)).fieldError("touchpointId")).isNotBlank();
    assertThat(adminB.get("/api/complaints/touchpoints").body().size()).isZero();
    // and the tenant header cannot smuggle B into A
    assertThat(adminB.inTenant(a.tenantId()).get("/api/units/" + unitA).status()).isEqualTo(403);

    // A's data is untouched
    assertThat(adminA.get("/api/units/" + unitA).text("name")).isEqualTo("Secret unit");
    assertThat(adminA.get("/api/members/" + memberA).text("status")).isEqualTo("ACTIVE");
    assertThat(adminA.get("/api/invitations").body().get(0).path("status").asString()).isEqualTo("PENDING");
    assertThat(adminA.get("/api/customers/" + customerA).body().path("optedOut").asBoolean()).isFalse();
    assertThat(adminA.get("/api/calendars/" + calendarA).text("name")).isEqualTo("Secret hours");
    assertThat(adminA.get("/api/complaints/sla-policies/" + policyA).text("name")).isEqualTo("Secret SLA");
    assertThat(adminA.get("/api/complaints/" + complaintA).body().path("clocks").size()).isEqualTo(1);
    assertThat(adminA.get("/api/complaints/root-causes").body().get(0).path("nameEn").asString())
        .isEqualTo("Secret cause");
    assertThat(adminA.get("/api/complaints/settings").body().path("followUpDelayMinutes").asInt()).isEqualTo(5);
    assertThat(adminA.get("/api/complaints/touchpoints").body().get(0).path("name").asString())
        .isEqualTo("Secret shop");
  }

  @Test
  void directSqlAsTheApplicationRoleSeesOnlyTheTenantItIsSetTo() throws SQLException {
    SignedUp a = signUp();
    SignedUp b = signUp();
    api.as(a.adminToken()).post("/api/units", Map.of("name", "A unit", "kind", "TEAM"));
    api.as(a.adminToken()).post("/api/customers", Map.of("email", "a-customer@a.test"));
    api.as(a.adminToken()).post("/api/calendars", Map.of("name", "A hours", "zone", "UTC", "aroundTheClock", true));
    api.as(a.adminToken()).post("/api/complaints/sla-policies", Map.of("name", "A SLA", "resolutionMinutes", 600));
    String complaintA = api.as(a.adminToken()).post("/api/complaints", Map.of("channel", "PHONE",
        "email", "a-customer@a.test", "description", "x")).text("id");
    // resolved: its resolution clock is decided, so the SLA report's outcome and rollup hold a row of A
    assertThat(api.as(a.adminToken()).post("/api/complaints/" + complaintA + "/status",
        Map.of("status", "RESOLVED")).status()).isEqualTo(200);
    api.as(a.adminToken()).post("/api/complaints/root-causes", Map.of("nameEn", "A cause", "nameDe", "A",
        "active", true, "position", 0));
    api.as(a.adminToken()).put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 0));
    api.as(a.adminToken()).post("/api/complaints/touchpoints", Map.of("name", "A shop", "active", true,
        "position", 0));

    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, b.tenantId());
      assertThat(count(c, "select count(*) from tenants.unit where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(count(c, "select count(*) from tenants.member where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(count(c, "select count(*) from tenants.tenant")).isEqualTo(1);
      assertThat(count(c, "select count(*) from customers.customer where tenant_id = '" + a.tenantId() + "'"))
          .isZero();
      assertThat(c.createStatement().executeUpdate(
          "update customers.customer set name = 'x' where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(c.createStatement().executeUpdate(
          "update tenants.unit set name = 'x' where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(c.createStatement().executeUpdate(
          "update tenants.calendar set name = 'x' where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(count(c, "select count(*) from complaints.sla_policy where tenant_id = '" + a.tenantId() + "'"))
          .isZero();
      assertThat(c.createStatement().executeUpdate(
          "update complaints.sla_clock set breached_at = now() where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(c.createStatement().executeUpdate(
          "delete from tenants.member where tenant_id = '" + a.tenantId() + "'")).isZero();
      for (String table : List.of("root_cause", "settings", "follow_up", "recovery_response", "sla_outcome",
          "sla_rollup", "sla_rebuild", "touchpoint", "complaint_word")) {
        assertThat(count(c, "select count(*) from complaints." + table + " where tenant_id = '" + a.tenantId() + "'"))
            .as(table).isZero();
      }
      assertThat(c.createStatement().executeUpdate(
          "update complaints.root_cause set name_en = 'x' where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(c.createStatement().executeUpdate(
          "update complaints.sla_rollup set met = 0 where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThat(c.createStatement().executeUpdate(
          "update complaints.settings set follow_up_enabled = false where tenant_id = '" + a.tenantId() + "'"))
          .isZero();
      assertThat(c.createStatement().executeUpdate(
          "update complaints.touchpoint set name = 'x' where tenant_id = '" + a.tenantId() + "'")).isZero();
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into tenants.unit (tenant_id, id, name, kind) values ('" + a.tenantId() + "', '"
              + UUID.randomUUID() + "', 'planted', 'TEAM')"))
          .hasMessageContaining("row-level security");
      c.rollback();

      // with no tenant set: nothing to see and nothing to write
      c.createStatement().execute("select 1");
      assertThat(count(c, "select count(*) from tenants.unit")).isZero();
      assertThat(count(c, "select count(*) from tenants.member")).isZero();
      assertThat(count(c, "select count(*) from tenants.tenant")).isZero();
      assertThat(count(c, "select count(*) from customers.customer")).isZero();
      assertThat(count(c, "select count(*) from customers.contact_policy")).isZero();
      assertThat(count(c, "select count(*) from tenants.calendar")).isZero();
      for (String table : List.of("intake_form", "category", "priority", "complaint", "complaint_message",
          "sla_policy", "sla_clock", "settings", "root_cause", "follow_up", "recovery_response", "sla_outcome",
          "sla_rollup", "sla_rebuild", "touchpoint", "complaint_word")) {
        assertThat(count(c, "select count(*) from complaints." + table)).as(table).isZero();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into complaints.category (tenant_id, id, name_en, name_de) values ('" + a.tenantId() + "', '"
              + UUID.randomUUID() + "', 'planted', 'planted')"))
          .hasMessageContaining("row-level security");
      c.rollback();
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into tenants.unit (tenant_id, id, name, kind) values ('" + a.tenantId() + "', '"
              + UUID.randomUUID() + "', 'planted', 'TEAM')"))
          .hasMessageContaining("row-level security");
      c.rollback();

      // the transaction-local setting does not survive the transaction
      setTenant(c, a.tenantId());
      assertThat(count(c, "select count(*) from tenants.unit")).isEqualTo(1);
      assertThat(count(c, "select count(*) from customers.customer")).isEqualTo(1);
      assertThat(count(c, "select count(*) from tenants.calendar")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.sla_policy")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.sla_clock")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.sla_outcome")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.sla_rollup")).isEqualTo(8);
      assertThat(count(c, "select count(*) from complaints.root_cause")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.settings")).isEqualTo(1);
      assertThat(count(c, "select count(*) from complaints.touchpoint")).isEqualTo(1);
      c.commit();
      assertThat(count(c, "select count(*) from tenants.unit")).isZero();
      c.rollback();
    }
  }

  @Autowired
  Notifications notifications;
  @Autowired
  Tenancy tenancy;

  @Test
  void noticesAndTheirQueuedMailStayInTheirTenant() throws SQLException {
    SignedUp a = signUp();
    SignedUp b = signUp();
    String adminA = api.as(a.adminToken()).get("/api/me").body().path("memberships").get(0).path("memberId")
        .asString();
    tenancy.runAs(new TenantId(UUID.fromString(a.tenantId())), () -> notifications.notify(
        List.of(new MemberId(UUID.fromString(adminA))), new Notice("test", "k1", "Secret", "Geheim", null, null,
            null)));
    String notice = api.as(a.adminToken()).get("/api/notifications").body().path("page").path("items").get(0)
        .path("id").asString();

    assertThat(api.as(b.adminToken()).post("/api/notifications/" + notice + "/read", null).status())
        .isEqualTo(404);
    assertThat(api.as(b.adminToken()).get("/api/notifications").body().path("page").path("total").asInt()).isZero();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, b.tenantId());
      assertThat(count(c, "select count(*) from tenants.notification")).isZero();
      assertThat(count(c, "select count(*) from mail.outbox")).isZero();
      assertThat(c.createStatement().executeUpdate("update mail.outbox set subject = 'x'")).isZero();
      c.rollback();
      assertThat(count(c, "select count(*) from tenants.notification")).isZero(); // no tenant set
      assertThat(count(c, "select count(*) from mail.outbox")).isZero();
      c.rollback();
      setTenant(c, a.tenantId());
      assertThat(count(c, "select count(*) from tenants.notification")).isEqualTo(1);
      assertThat(count(c, "select count(*) from mail.outbox")).isEqualTo(1);
      c.rollback();
    }
  }

  private static void setTenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
