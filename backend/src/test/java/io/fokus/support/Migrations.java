package io.fokus.support;

import java.sql.Connection;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

/** The application's Liquibase changelog, applied to a database of a test in full or up to a changeset. */
public final class Migrations {

  public static final String MASTER = "db/changelog/db.changelog-master.yaml";

  private Migrations() {
  }

  /** Applies the whole changelog. */
  public static void migrate(Connection connection) throws Exception {
    migrate(connection, null);
  }

  /** Applies the changesets that come before the changeset with the given id. */
  public static void migrateUpTo(Connection connection, String changesetId) throws Exception {
    migrate(connection, changesetsBefore(changesetId));
  }

  private static void migrate(Connection connection, Integer count) throws Exception {
    Database database = DatabaseFactory.getInstance()
        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(), () -> {
      CommandScope update = count == null ? new CommandScope(UpdateCommandStep.COMMAND_NAME)
          : new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
              .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count);
      update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
          .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
          .execute();
    });
  }

  private static int changesetsBefore(String changesetId) throws Exception {
    var accessor = new ClassLoaderResourceAccessor();
    DatabaseChangeLog changelog = Scope.child(java.util.Map.of(Scope.Attr.resourceAccessor.name(), accessor),
        (Scope.ScopedRunnerWithReturn<DatabaseChangeLog>) () -> ChangeLogParserFactory.getInstance().getParser(MASTER, accessor)
            .parse(MASTER, new ChangeLogParameters(), accessor));
    int count = 0;
    for (ChangeSet changeSet : changelog.getChangeSets()) {
      if (changeSet.getId().equals(changesetId)) {
        return count;
      }
      count++;
    }
    throw new IllegalStateException("no changeset " + changesetId + " in the changelog");
  }
}
