package io.fokus.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
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
 * per data directory and JVM, stopped when the JVM exits.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String DATABASE = "fokus";
  private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
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
        environment.getProperty("fokus.embedded-db.port", Integer.class, 0)));
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

  private EmbeddedPostgres start(String key, boolean ephemeral, int port) {
    try {
      Path dataDir = ephemeral ? Files.createTempDirectory("fokus-pg-") : Path.of(key);
      Files.createDirectories(dataDir);
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(ephemeral)
          .setPort(port)
          .setRegisterShutdownHook(false)
          .start();
      createDatabaseIfMissing(server);
      // stop the server after every application context is closed (their pools first), not beside them
      SpringApplication.getShutdownHandlers().add(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      });
      log.info("Embedded PostgreSQL on port " + server.getPort() + ", data in " + dataDir.toAbsolutePath()
          + (ephemeral ? " (temporary)" : ""));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
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
