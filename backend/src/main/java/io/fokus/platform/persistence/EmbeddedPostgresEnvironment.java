package io.fokus.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-setup database: when no {@code spring.datasource.url} is configured, starts an embedded PostgreSQL whose data
 * directory persists between runs ({@code fokus.embedded-db.data-dir}, default {@code ./data/postgres}) and points
 * the application at it. Migrations run as the embedded superuser (the owner); the application connects as the
 * non-owner role {@code fokus_app} with a password that is new at every start.
 *
 * <p>With {@code fokus.embedded-db.ephemeral=true} (tests) the data directory is a fresh temporary one. One server
 * per data directory and JVM, stopped when the JVM exits. A persistent data directory is durable and locked by the
 * running Fokus; a server left running on it by a killed Fokus is stopped at the next start ({@link Server}).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String DATABASE = "fokus";
  private static final Map<String, Server> SERVERS = new ConcurrentHashMap<>();
  private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

  private final Log log;

  public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
      log.info("Using the configured external PostgreSQL " + environment.getProperty("spring.datasource.url"));
      return;
    }
    if (!environment.getProperty("fokus.embedded-db.enabled", Boolean.class, true)) {
      return;
    }
    boolean ephemeral = environment.getProperty("fokus.embedded-db.ephemeral", Boolean.class, false);
    String key = ephemeral ? "ephemeral" : Path.of(environment.getProperty("fokus.embedded-db.data-dir",
        "./data/postgres")).toAbsolutePath().normalize().toString();

    EmbeddedPostgres server = SERVERS.computeIfAbsent(key, k -> start(k, ephemeral,
        environment.getProperty("fokus.embedded-db.port", Integer.class, 0))).postgres();
    String password = PASSWORDS.computeIfAbsent(key, k -> randomPassword());

    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", "fokus_app");
    properties.put("spring.datasource.password", password);
    properties.put("spring.liquibase.url", url);
    properties.put("spring.liquibase.user", "postgres");
    properties.put("spring.liquibase.password", "postgres");
    environment.getPropertySources().addFirst(new MapPropertySource("fokusEmbeddedPostgres", properties));
  }

  private Server start(String key, boolean ephemeral, int port) {
    Server server = ephemeral ? Server.temporary(port) : Server.persistent(Path.of(key), port, log);
    // stop the server after every application context is closed (their pools first), not beside them
    SpringApplication.getShutdownHandlers().add(server::close);
    log.info("Embedded PostgreSQL on port " + server.postgres().getPort() + ", data in " + server.dataDir()
        + (ephemeral ? " (temporary)" : ""));
    return server;
  }

  /** Stops the server of a persistent data directory before the JVM ends (tests that remove the directory). */
  static void stop(Path dataDir) {
    Server server = SERVERS.remove(dataDir.toAbsolutePath().normalize().toString());
    if (server != null) {
      server.close();
    }
  }

  /**
   * A started embedded server. A persistent one holds its data directory's {@link DataDirectoryLock} while it runs
   * and is durable: an acknowledged commit is on disk (fsync, synchronous_commit, full_page_writes all on, where
   * zonky's defaults for tests turn the first two off). A temporary one keeps those fast settings: its data dies
   * with the process anyway.
   */
  record Server(EmbeddedPostgres postgres, Path dataDir, DataDirectoryLock lock) {

    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60); // crash recovery replays the WAL first

    static Server persistent(Path dataDir, int port, Log log) {
      try {
        Files.createDirectories(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException("could not create the data directory " + dataDir, e);
      }
      DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
      try {
        OrphanedPostmaster.stopIfRunning(dataDir, ORPHAN_STOP_TIMEOUT, log);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(STARTUP_WAIT)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setRegisterShutdownHook(false)
            .start();
        try {
          createDatabaseIfMissing(postgres);
        } catch (RuntimeException e) {
          postgres.close(); // or it would be the very orphan the next start has to stop
          throw e;
        }
        return new Server(postgres, dataDir, lock);
      } catch (IOException e) {
        lock.close();
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      } catch (RuntimeException e) {
        lock.close();
        throw e;
      }
    }

    static Server temporary(int port) {
      try {
        Path dataDir = Files.createTempDirectory("fokus-pg-");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setPort(port)
            .setRegisterShutdownHook(false)
            .start();
        createDatabaseIfMissing(postgres);
        return new Server(postgres, dataDir, null);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
    }

    /** Stops the server, then gives up the data directory. */
    void close() {
      try {
        postgres.close();
      } catch (IOException ignored) {
        // the JVM is going away
      }
      if (lock != null) {
        lock.close();
      }
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres server) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        connection.createStatement().execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database " + DATABASE, e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
