package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The changeset that dates staff answers by month truncates the answers stored before it to their month, and leaves
 * customer answers as they were.
 */
class StaffPeriodMigrationTest {

  private static final String CHANGESET = "007-surveys-staff-answer-period";

  @Test
  void answersStoredBeforeAreTruncatedToTheirMonth() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrateUpTo(c, CHANGESET);

      UUID tenant = UUID.randomUUID();
      UUID survey = UUID.randomUUID();
      try (Statement s = c.createStatement()) { // as the superuser, like data written before the migration
        s.execute("insert into surveys.survey (tenant_id, id, name, audience, touchpoint, draft, public_token) values"
            + " ('" + tenant + "', '" + survey + "', 'Self', 'STAFF', 'internal', '{}', 'tok')");
        s.execute("insert into surveys.survey_version (tenant_id, survey_id, version, definition) values ('" + tenant
            + "', '" + survey + "', 1, '{}')");
        s.execute(response(tenant, survey, "STAFF", "2026-03-17T14:23:05+00"));
        s.execute(response(tenant, survey, "CUSTOMER", "2026-03-17T14:23:05+00"));
        s.execute("insert into surveys.staff_participation (tenant_id, survey_id, member_id, answered_at) values ('"
            + tenant + "', '" + survey + "', '" + UUID.randomUUID() + "', '2026-03-17T00:00:00+00')");
      }

      Migrations.migrate(c);

      Map<String, String> answered = Map.of(
          "select submitted_at from surveys.response where audience = 'STAFF'", "2026-03-01 00:00:00+00",
          "select submitted_at from surveys.response where audience = 'CUSTOMER'", "2026-03-17 14:23:05+00",
          "select answered_at from surveys.staff_participation", "2026-03-01 00:00:00+00");
      try (Statement s = c.createStatement()) {
        s.execute("set time zone 'UTC'");
        for (var query : answered.entrySet()) {
          try (ResultSet rs = s.executeQuery(query.getKey())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as(query.getKey()).isEqualTo(query.getValue());
          }
        }
      }
    }
  }

  private static String response(UUID tenant, UUID survey, String audience, String submittedAt) {
    return "insert into surveys.response (tenant_id, id, survey_id, version, submission_id, touchpoint, audience,"
        + " language, submitted_at) values ('" + tenant + "', '" + UUID.randomUUID() + "', '" + survey + "', 1, '"
        + UUID.randomUUID() + "', 'internal', '" + audience + "', 'en', '" + submittedAt + "')";
  }
}
