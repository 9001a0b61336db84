package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The changeset that dates staff answers by month truncates the answers stored before it to their month, and leaves
 * customer answers as they were.
 */
class StaffPeriodMigrationTest {

  private static final String MASTER = "db/changelog/db.changelog-master.yaml";
  private static final String CHANGESET_FILE = "007-surveys-staff-period.sql";

  @Test
  void answersStoredBeforeAreTruncatedToTheirMonth() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      migrate(c, changesetsBefore(CHANGESET_FILE));

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

      migrate(c, null);

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

  /** Applies the changelog: the first {@code count} changesets, or all when null. */
  private static void migrate(Connection c, Integer count) throws Exception {
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(), () -> {
      CommandScope update = count == null ? new CommandScope(UpdateCommandStep.COMMAND_NAME)
          : new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
              .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count);
      update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
          .execute();
    });
  }

  /** How many changesets the master changelog runs before the given file's (files in their include order). */
  private static int changesetsBefore(String file) throws IOException {
    Matcher include = Pattern.compile("file:\\s*(\\S+)").matcher(read(MASTER));
    int count = 0;
    while (include.find()) {
      if (include.group(1).equals(file)) {
        return count;
      }
      count += (int) read("db/changelog/" + include.group(1)).lines().filter(l -> l.startsWith("--changeset"))
          .count();
    }
    throw new IllegalStateException(file + " is not in the changelog");
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = StaffPeriodMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
