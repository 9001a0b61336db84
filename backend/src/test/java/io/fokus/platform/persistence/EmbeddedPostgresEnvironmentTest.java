package io.fokus.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL of a persistent data directory: durable settings, one Fokus per directory, and a start
 * after {@code kill -9} that stops the server the killed Fokus left behind. The killed Fokus is a real second
 * process ({@link EmbeddedServerProcess}) that starts its server through the same code.
 */
class EmbeddedPostgresEnvironmentTest {

  @TempDir
  Path temp;

  private Process killedFokus;
  private Path started;
  private long orphan;

  static StandardEnvironment persistentEnvironment(String dataDir) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("fokus.embedded-db.data-dir", dataDir)));
    return environment;
  }

  @AfterEach
  void stopEverythingStarted() throws InterruptedException {
    if (killedFokus != null) {
      killedFokus.destroyForcibly().waitFor();
    }
    if (started != null) {
      EmbeddedPostgresEnvironment.stop(started);
    }
    ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly); // only if the test failed to stop it

  }

  @Test
  void aKilledFokusLeavesNoServerInTheWayAndALiveOneKeepsItsDirectory() throws Exception {
    Path dataDir = temp.resolve("postgres");
    Path output = temp.resolve("other-fokus.log");
    killedFokus = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), EmbeddedServerProcess.class.getName(), dataDir.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    awaitReady(output);

    // while that Fokus lives, another one on the same directory stops at once and says why
    Instant start = Instant.now();
    assertThatThrownBy(() -> startOn(dataDir))
        .hasMessageContaining("Another Fokus uses the data directory " + dataDir);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));

    killedFokus.destroyForcibly().waitFor();
    orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlived its Fokus")
        .contains(true);

    StandardEnvironment restarted = startOn(dataDir);

    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    try (Connection connection = superuser(restarted)) {
      assertThat(query(connection, "select count(*) from written_before_the_kill")).isEqualTo("1");
    }
  }

  @Test
  void aPidFileNamingAnUnrelatedProcessDoesNotBlockTheStart() throws Exception {
    Path dataDir = temp.resolve("postgres");
    startOn(dataDir);
    EmbeddedPostgresEnvironment.stop(dataDir);
    // after a crash and a reboot, the pid in postmaster.pid may belong to another program, and PostgreSQL refuses
    Process unrelated = new ProcessBuilder("sleep", "60").start();
    try {
      Files.writeString(dataDir.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDir + "\n");

      try (Connection connection = superuser(startOn(dataDir))) {
        assertThat(query(connection, "select 1")).isEqualTo("1");
      }
      assertThat(unrelated.isAlive()).isTrue();
    } finally {
      unrelated.destroyForcibly();
    }
  }

  @Test
  void aPidFileNamingAKilledButUnreapedPostmasterDoesNotBlockTheStart() throws Exception {
    Path dataDir = temp.resolve("postgres");
    startOn(dataDir);
    EmbeddedPostgresEnvironment.stop(dataDir);
    // a postmaster killed with -9 whose new parent has not reaped it yet: the shell's child exits at once, and the
    // sleep the shell becomes never waits for it, so it stays a zombie with the pid the file names
    Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & echo $!; exec sleep 60").start();
    try {
      long zombie = Long.parseLong(parent.inputReader().readLine().trim());
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!OrphanedPostmaster.isZombie(zombie) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(OrphanedPostmaster.isZombie(zombie)).as("a zombie to test with").isTrue();
      Files.writeString(dataDir.resolve("postmaster.pid"), zombie + "\n" + dataDir + "\n");

      try (Connection connection = superuser(startOn(dataDir))) {
        assertThat(query(connection, "select 1")).isEqualTo("1");
      }
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void thePersistentServerIsDurable() throws Exception {
    StandardEnvironment environment = startOn(temp.resolve("postgres"));
    try (Connection connection = superuser(environment)) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        assertThat(query(connection, "show " + setting)).as(setting).isEqualTo("on");
      }
    }
  }

  private StandardEnvironment startOn(Path dataDir) {
    started = dataDir;
    StandardEnvironment environment = persistentEnvironment(dataDir.toString());
    new EmbeddedPostgresEnvironment(Supplier::get).postProcessEnvironment(environment, null);
    return environment;
  }

  private static Connection superuser(StandardEnvironment environment) throws SQLException {
    return DriverManager.getConnection(environment.getProperty("spring.datasource.url"), "postgres", "postgres");
  }

  private static String query(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  private void awaitReady(Path output) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline) && killedFokus.isAlive()) {
      if (Files.exists(output) && Files.readString(output).contains(EmbeddedServerProcess.READY)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the other Fokus did not start its server:\n" + Files.readString(output));
  }
}
