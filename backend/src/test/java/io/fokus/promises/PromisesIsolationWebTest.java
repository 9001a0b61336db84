package io.fokus.promises;

import static io.fokus.support.AppRoleSql.count;
import static io.fokus.support.AppRoleSql.setTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Isolation of the promise ledger: another tenant's promise answers 404 on every endpoint and is never listed or
 * counted; as the application role, SQL sees and changes only the rows of the tenant it is set to, in every table of
 * the promises schema, and nothing without a tenant.
 */
class PromisesIsolationWebTest extends WebTestSupport {

  static final List<String> TABLES = List.of("settings", "promise", "promise_history", "reminder", "kept_rollup",
      "kept_daily");

  @Autowired
  DataSource dataSource;

  @Test
  void anotherTenantsPromiseIsNotFoundOnEveryEndpoint() {
    SignedUp a = signUp();
    SignedUp b = signUp();
    Api adminA = api.as(a.adminToken());
    Api adminB = api.as(b.adminToken());
    Api.Response made = adminA.post("/api/promises", Map.of("text", "Secret promise", "customerEmail",
        "secret@a.test", "sourceKind", "MANUAL", "withinWorkingDays", 5));
    String id = made.body().path("promise").path("id").asString();
    String link = made.body().path("statusLink").asString();
    String customerA = made.body().path("promise").path("customer").path("id").asString();
    String complaintA = adminA.post("/api/complaints", Map.of("channel", "PHONE", "email", "secret@a.test",
        "description", "x")).text("id");

    assertThat(adminB.get("/api/promises/" + id).status()).isEqualTo(404);
    for (String action : List.of("keep", "break", "fulfilled-late", "notify-customer")) {
      assertThat(adminB.post("/api/promises/" + id + "/" + action, Map.of()).status()).as(action).isEqualTo(404);
    }
    assertThat(adminB.post("/api/promises/" + id + "/cancel", Map.of("reason", "x")).status()).isEqualTo(404);
    assertThat(adminB.post("/api/promises/" + id + "/renegotiate", Map.of("withinWorkingDays", 6, "note", "x"))
        .status()).isEqualTo(404);
    assertThat(adminB.put("/api/promises/" + id + "/owner", Map.of("ownerId", UUID.randomUUID())).status())
        .isEqualTo(404);
    assertThat(adminB.get("/api/promises").body().path("total").asInt()).isZero();
    assertThat(adminB.get("/api/promises?q=secret").body().path("total").asInt()).isZero();
    assertThat(adminB.get("/api/promises?customerId=" + customerA).body().path("total").asInt()).isZero();
    assertThat(adminB.getText("/api/promises/export.csv").body().lines().count()).isEqualTo(1);
    // naming A's customer or complaint from B is as if they did not exist
    assertThat(adminB.post("/api/promises", Map.of("text", "x", "customerId", customerA, "sourceKind", "MANUAL",
        "withinWorkingDays", 1)).fieldError("customerId")).isNotBlank();
    assertThat(adminB.post("/api/promises", Map.of("text", "x", "sourceKind", "COMPLAINT", "sourceId", complaintA,
        "withinWorkingDays", 1)).fieldError("sourceId")).isNotBlank();
    adminA.put("/api/promises/settings", Map.of("graceWorkingDays", 3, "reminderWorkingDays", List.of(2)));
    assertThat(adminB.get("/api/promises/settings").body().path("graceWorkingDays").asInt()).isEqualTo(1);
    // the status page's token carries its tenant: it opens A's promise and no other
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(api.get("/api/public/promises/" + token).status()).isEqualTo(200);
  }

  @Test
  void directSqlAsTheApplicationRoleSeesOnlyTheTenantItIsSetTo() throws SQLException {
    SignedUp a = signUp();
    SignedUp b = signUp();
    Api adminA = api.as(a.adminToken());
    adminA.put("/api/promises/settings", Map.of("graceWorkingDays", 2, "reminderWorkingDays", List.of(3)));
    String id = adminA.post("/api/promises", Map.of("text", "A's promise", "customerEmail", "a@a.test",
        "sourceKind", "MANUAL", "withinWorkingDays", 10)).body().path("promise").path("id").asString();
    String kept = adminA.post("/api/promises", Map.of("text", "A's kept promise", "customerEmail", "a@a.test",
        "sourceKind", "MANUAL", "withinWorkingDays", 10)).body().path("promise").path("id").asString();
    adminA.post("/api/promises/" + kept + "/keep", Map.of());

    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, a.tenantId());
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from promises." + table)).as(table + " of A").isPositive();
      }
      c.rollback();

      setTenant(c, b.tenantId());
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from promises." + table + " where tenant_id = '" + a.tenantId() + "'"))
            .as(table).isZero();
      }
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("update promises.promise set text = 'x' where id = '" + id + "'")).isZero();
        assertThat(s.executeUpdate("update promises.kept_rollup set decided = 0 where tenant_id = '" + a.tenantId()
            + "'")).isZero();
        assertThat(s.executeUpdate("update promises.kept_daily set decided = 0 where tenant_id = '" + a.tenantId()
            + "'")).isZero();
        assertThat(s.executeUpdate("delete from promises.reminder where tenant_id = '" + a.tenantId() + "'")).isZero();
        assertThat(s.executeUpdate("delete from promises.promise_history where tenant_id = '" + a.tenantId() + "'"))
            .isZero();
        assertThat(s.executeUpdate("update promises.settings set grace_working_days = 0 where tenant_id = '"
            + a.tenantId() + "'")).isZero();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into promises.settings (tenant_id) values ('" + a.tenantId() + "')"))
          .hasMessageContaining("row-level security");
      c.rollback();

      // with no tenant set: nothing to see and nothing to write
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from promises." + table)).as(table + " without a tenant").isZero();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into promises.settings (tenant_id) values ('" + a.tenantId() + "')"))
          .hasMessageContaining("row-level security");
      c.rollback();
    }
  }
}
