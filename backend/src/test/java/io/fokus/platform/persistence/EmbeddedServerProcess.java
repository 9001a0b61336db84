package io.fokus.platform.persistence;

import java.sql.DriverManager;
import java.util.function.Supplier;
import org.springframework.core.env.StandardEnvironment;

/**
 * A process that starts the embedded PostgreSQL of a persistent data directory the way the application does, stores
 * a row, says {@link #READY} and waits to be killed: a Fokus as {@code kill -9} finds it.
 */
public final class EmbeddedServerProcess {

  static final String READY = "embedded PostgreSQL ready on port ";

  private EmbeddedServerProcess() {
  }

  public static void main(String[] args) throws Exception {
    StandardEnvironment environment = EmbeddedPostgresEnvironmentTest.persistentEnvironment(args[0]);
    new EmbeddedPostgresEnvironment(Supplier::get).postProcessEnvironment(environment, null);
    try (var connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"), "postgres",
        "postgres"); var statement = connection.createStatement()) {
      statement.execute("create table written_before_the_kill (id int)");
      statement.execute("insert into written_before_the_kill values (1)");
    }
    System.out.println(READY + environment.getProperty("spring.datasource.url"));
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
