package io.fokus.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.TestIssuer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash under load, against the real jar with the run command's kind of database (a persistent embedded data
 * directory): 8 clients answer a survey through its public link for 3 s, then PostgreSQL (the postmaster and all its
 * processes) and the app are killed with SIGKILL while answers are in flight. After a restart on the same data
 * directory every answer that was acknowledged with 201 is stored exactly once, under the response id of its
 * acknowledgement. A second round kills only the app: the next start stops the server it left behind.
 *
 * <p>What this proves and what not: a process kill loses what PostgreSQL acknowledged but had not yet handed to the
 * operating system. That is what {@code synchronous_commit=off} (zonky's default) does: a commit returns before its
 * WAL is written, the WAL writer catches up within a few hundred milliseconds, and the killed server takes the rest
 * with it. The kernel's page cache survives a process kill, so {@code fsync=off} loses nothing here; it loses data
 * only when the machine itself fails, which a test cannot cause. {@link EmbeddedPostgresEnvironmentTest} checks
 * that fsync and full_page_writes are on as well.
 */
class DurabilityIT {

  private static final int CLIENTS = 8;
  private static final Duration LOAD = Duration.ofSeconds(3);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path temp;

  private final TestIssuer issuer = TestIssuer.get();
  private Path dataDir;
  private Process app;
  private int starts;

  @AfterEach
  void stopEverything() throws InterruptedException {
    if (app != null && app.isAlive()) {
      app.destroy(); // a graceful stop, which stops its PostgreSQL too
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
    postmaster().ifPresent(ProcessHandle::destroyForcibly); // only left if the test failed
  }

  @Test
  void everyAcknowledgedAnswerSurvivesAKillOfTheAppAndItsDatabase() throws Exception {
    dataDir = temp.resolve("postgres");
    Api api = start();
    String token = publishedSurvey(api);

    Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
    List<String> unexpected = answerUntilKilled(api, token, acknowledged);

    assertThat(unexpected).as("answers that failed before the kill").isEmpty();
    assertThat(acknowledged.size()).as("answers acknowledged under load").isGreaterThanOrEqualTo(20);

    start();
    Map<UUID, List<String>> stored = storedResponses();
    System.out.printf("%d answers acknowledged before the kill, %d stored after the restart%n", acknowledged.size(),
        stored.size());
    List<UUID> lost = acknowledged.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
    assertThat(lost).as(lost.size() + " of " + acknowledged.size() + " acknowledged answers are lost").isEmpty();
    acknowledged.forEach((submission, responseId) ->
        assertThat(stored.get(submission)).as("stored copies of " + submission).containsExactly(responseId));

    // the app alone dies: its PostgreSQL lives on, holding the data directory, until the next start stops it
    long orphan = postmaster().orElseThrow().pid();
    app.destroyForcibly().waitFor();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);
    start();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(storedResponses()).isEqualTo(stored);
  }

  /** Sends answers from {@link #CLIENTS} clients, kills database and app after {@link #LOAD}, waits for the clients. */
  private List<String> answerUntilKilled(Api api, String token, Map<UUID, String> acknowledged)
      throws InterruptedException {
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger answer = new AtomicInteger();
    List<String> unexpected = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      clients.submit(() -> {
        while (!killed.get()) {
          UUID submission = UUID.randomUUID();
          try {
            Api.Response response = api.post("/api/public/surveys/" + token + "/responses", Map.of(
                "submissionId", submission.toString(), "language", "en",
                "answers", Map.of("nps", answer.incrementAndGet() % 11)));
            if (response.status() == 201) {
              acknowledged.put(submission, response.text("responseId"));
            } else if (!killed.get()) {
              synchronized (unexpected) {
                unexpected.add(response.status() + " " + response.body());
              }
            }
          } catch (IllegalStateException connectionLost) {
            if (!killed.get()) {
              synchronized (unexpected) {
                unexpected.add(String.valueOf(connectionLost.getCause()));
              }
            }
            return;
          }
        }
      });
    }
    Thread.sleep(LOAD.toMillis());
    killed.set(true);
    ProcessHandle postmaster = postmaster().orElseThrow();
    Stream.concat(Stream.of(postmaster), postmaster.descendants().toList().stream())
        .forEach(ProcessHandle::destroyForcibly);
    app.destroyForcibly();
    clients.shutdown();
    assertThat(clients.awaitTermination(40, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    app.waitFor();
    return unexpected;
  }

  /** Starts the jar on the data directory and waits until it is healthy. */
  private Api start() throws IOException, InterruptedException {
    int port = freePort();
    Path log = temp.resolve("fokus-" + (++starts) + ".log");
    app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", // starts faster on a busy machine
        "-jar", jar().toString(),
        "--server.port=" + port,
        "--fokus.embedded-db.data-dir=" + dataDir,
        "--fokus.security.issuer-uri=" + TestIssuer.ISSUER,
        "--fokus.security.audience=" + TestIssuer.AUDIENCE,
        "--fokus.security.jwk-set-uri=" + issuer.jwkSetUri(),
        "--fokus.rate-limits.signups-per-hour=100000",
        "--fokus.rate-limits.public-submissions-per-minute=1000000")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Api api = new Api(port);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && app.isAlive()) {
      try {
        if (api.get("/actuator/health").status() == 200) {
          System.out.printf("start %d: healthy after %d ms%n", starts, Duration.ofNanos(System.nanoTime() - deadline
              + START_TIMEOUT.toNanos()).toMillis());
          return api;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Fokus did not start (start " + starts + "):\n" + tail(log));
  }

  /** A new tenant's published NPS survey with a public link; returns the link's token. */
  private String publishedSurvey(Api api) {
    String slug = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String email = "admin@" + slug + ".test";
    Api.Response signup = api.post("/api/signup", Map.of("organizationName", "Org " + slug, "slug", slug,
        "adminName", "Admin", "adminEmail", email, "locale", "en", "timezone", "Europe/Berlin"));
    assertThat(signup.status()).as(signup.body().toString()).isEqualTo(201);
    Api admin = api.as(issuer.tokenForNewLogin(email));
    admin.acceptInvitation(signup.text("id")); // without a managed Keycloak the admin joins by accepting
    String id = admin.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    Api.Response published = admin.post("/api/surveys/" + id + "/publish", null);
    assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    return published.text("publicToken");
  }

  /** Response ids by submission id, read as the database superuser. */
  private Map<UUID, List<String>> storedResponses() throws IOException, SQLException {
    int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
    Map<UUID, List<String>> stored = new HashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/"
        + EmbeddedPostgresEnvironment.DATABASE, "postgres", "postgres");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select submission_id, id from surveys.response")) {
      while (rows.next()) {
        stored.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return stored;
  }

  /** The live postmaster of the data directory, from its postmaster.pid. */
  private Optional<ProcessHandle> postmaster() {
    try {
      Path pidFile = dataDir == null ? null : dataDir.resolve("postmaster.pid");
      if (pidFile == null || !Files.exists(pidFile)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)); // not a reused pid
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("basedir", "."), "target", "fokus.jar");
    assertThat(jar).as("the packaged jar (mvn verify packages it first)").exists();
    return jar;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
