package io.fokus.training;

import static io.fokus.support.AppRoleSql.count;
import static io.fokus.support.AppRoleSql.setTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Isolation of training: another tenant's course and assignment answer 404 on every endpoint and are never listed or
 * counted; as the application role, SQL sees and changes only the rows of the tenant it is set to, in every table of
 * the training schema, and nothing without a tenant.
 */
class TrainingIsolationWebTest extends WebTestSupport {

  static final List<String> TABLES = List.of("settings", "course", "course_version", "assignment_group",
      "assignment", "attempt");

  @Autowired
  DataSource dataSource;

  /** Tenant A with its own course assigned to its admin, who passed it once: a row in every training table. */
  record Tenant(SignedUp tenant, Api admin, String courseId, String assignmentId) {
  }

  Tenant tenantWithTraining() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    String unit = admin.post("/api/units", Map.of("name", "Desk", "kind", "TEAM")).text("id");
    admin.put("/api/training/settings", Map.of("remindDaysBeforeDue", 2, "remindDaysBeforeExpiry", 10,
        "joinerDays", 7));
    String course = admin.post("/api/training/courses", Map.of("titleEn", "Secret course", "contentEn", "Secret",
        "durationMinutes", 5, "quiz", Map.of("passMark", 100, "questions", List.of(Map.of("id", "q1", "textEn",
            "?", "multiple", false, "options", List.of(Map.of("id", "a", "textEn", "A", "correct", true),
                Map.of("id", "b", "textEn", "B", "correct", false))))))).text("id");
    admin.post("/api/training/courses/" + course + "/publish", Map.of());
    String due = java.time.LocalDate.now().plusMonths(6).toString();
    admin.post("/api/training/assignments", Map.of("courseId", course, "unitId", unit, "dueOn", due));
    Api.Response assigned = admin.post("/api/training/assignments", Map.of("courseId", course, "memberIds",
        List.of(admin.get("/api/me").body().path("memberships").get(0).path("memberId").asString()),
        "dueOn", due));
    assertThat(assigned.body().path("assigned").asInt()).as(assigned.toString()).isEqualTo(1);
    String assignment = null;
    for (JsonNode a : admin.get("/api/training/my").body()) {
      if (a.path("courseId").asString().equals(course)) {
        assignment = a.path("id").asString();
      }
    }
    admin.post("/api/training/my/" + assignment + "/attempts", Map.of("answers", Map.of("q1", List.of("b"))));
    return new Tenant(t, admin, course, assignment);
  }

  @Test
  void anotherTenantsCourseAndAssignmentAreNotFoundOnEveryEndpoint() {
    Tenant a = tenantWithTraining();
    SignedUp b = signUp();
    Api adminB = api.as(b.adminToken());
    String course = a.courseId();

    assertThat(adminB.get("/api/training/courses/" + course).status()).isEqualTo(404);
    assertThat(adminB.put("/api/training/courses/" + course, Map.of("titleEn", "x", "contentEn", "x",
        "durationMinutes", 5)).status()).isEqualTo(404);
    for (String action : List.of("publish", "retire", "reactivate")) {
      assertThat(adminB.post("/api/training/courses/" + course + "/" + action, Map.of()).status()).as(action)
          .isEqualTo(404);
    }
    assertThat(adminB.delete("/api/training/courses/" + course + "/draft").status()).isEqualTo(404);
    assertThat(adminB.post("/api/training/assignments", Map.of("courseId", course, "memberIds", List.of(
        java.util.UUID.randomUUID()), "dueOn", "2099-01-01")).fieldError("courseId")).isNotBlank();
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> adminB.get("/api/training/courses").body()
        .size() == 3); // B's own starter courses, none of A's
    assertThat(adminB.get("/api/training/courses?includeRetired=true").body().toString()).doesNotContain(course);

    String assignment = a.assignmentId();
    assertThat(adminB.get("/api/training/my/" + assignment).status()).isEqualTo(404);
    assertThat(adminB.post("/api/training/my/" + assignment + "/attempts", Map.of("answers", Map.of("q1",
        List.of("a")))).status()).isEqualTo(404);
    assertThat(adminB.post("/api/training/my/" + assignment + "/acknowledge", Map.of()).status()).isEqualTo(404);
    assertThat(adminB.post("/api/training/assignments/" + assignment + "/cancel", Map.of("reason", "x")).status())
        .isEqualTo(404);
    assertThat(adminB.get("/api/training/assignments").body().path("total").asInt()).isZero();
    assertThat(adminB.get("/api/training/assignments?courseId=" + course).body().path("total").asInt()).isZero();
    assertThat(adminB.get("/api/training/compliance").body().path("rows").size()).isZero();
    assertThat(adminB.getText("/api/training/compliance/export.csv").body().lines().count()).isEqualTo(1);
    assertThat(adminB.get("/api/training/settings").body().path("joinerDays").asInt()).isEqualTo(14);
  }

  @Test
  void directSqlAsTheApplicationRoleSeesOnlyTheTenantItIsSetTo() throws SQLException {
    Tenant a = tenantWithTraining();
    SignedUp b = signUp();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, a.tenant().tenantId());
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from training." + table)).as(table + " of A").isPositive();
      }
      c.rollback();

      setTenant(c, b.tenantId());
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from training." + table + " where tenant_id = '"
            + a.tenant().tenantId() + "'")).as(table).isZero();
      }
      try (Statement s = c.createStatement()) {
        String of = " where tenant_id = '" + a.tenant().tenantId() + "'";
        assertThat(s.executeUpdate("update training.course set status = 'RETIRED'" + of)).isZero();
        assertThat(s.executeUpdate("update training.course_version set title_en = 'x'" + of)).isZero();
        assertThat(s.executeUpdate("update training.assignment set status = 'CANCELLED'" + of)).isZero();
        assertThat(s.executeUpdate("update training.assignment_group set open = false" + of)).isZero();
        assertThat(s.executeUpdate("delete from training.attempt" + of)).isZero();
        assertThat(s.executeUpdate("update training.settings set joiner_days = 1" + of)).isZero();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into training.settings (tenant_id) values ('" + a.tenant().tenantId() + "')"))
          .hasMessageContaining("row-level security");
      c.rollback();

      // with no tenant set: nothing to see and nothing to write
      for (String table : TABLES) {
        assertThat(count(c, "select count(*) from training." + table)).as(table + " without a tenant").isZero();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate(
          "insert into training.settings (tenant_id) values ('" + a.tenant().tenantId() + "')"))
          .hasMessageContaining("row-level security");
      c.rollback();
    }
  }
}
