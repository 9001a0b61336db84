package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The changelog keeps faith with databases that already ran it, and each module's folder changes only that module's
 * schema (DESIGN.md §4).
 */
class ChangelogTest {

  private static final String RELEASED = "db/released-changesets.tsv";

  /** Schemas of the database after migration, apart from PostgreSQL's own. */
  private static Set<String> schemas;

  @BeforeAll
  static void migrate() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrate(c);
      schemas = new TreeSet<>();
      try (Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select nspname from pg_namespace where nspname not like 'pg\\_%'"
            + " and nspname <> 'information_schema'")) {
          while (rs.next()) {
            schemas.add(rs.getString(1));
          }
        }
      }
    }
  }

  /**
   * A released changeset keeps its id, author and logical file, and the checksum databases recorded stays valid:
   * otherwise a database that ran it runs it again (path) or refuses to start (checksum). Moving a file between
   * folders is fine with a logicalFilePath, rewriting its text with a validCheckSum of the released text.
   */
  @Test
  void aDatabaseThatRanTheReleasedChangesetsUpgradesWithoutRunningThemAgain() throws Exception {
    List<String[]> released = read(RELEASED).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")).toList();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrate(c);
      try (PreparedStatement asReleased = c.prepareStatement(
          "update databasechangelog set filename = ?, md5sum = coalesce(?, md5sum) where id = ? and author = ?")) {
        for (String[] changeset : released) {
          asReleased.setString(1, changeset[2]);
          asReleased.setString(2, "*".equals(changeset[3]) ? null : changeset[3]);
          asReleased.setString(3, changeset[0]);
          asReleased.setString(4, changeset[1]);
          assertThat(asReleased.executeUpdate()).as("changeset %s is still in the changelog", changeset[0])
              .isEqualTo(1);
        }
      }
      Map<String, Integer> before = executionOrder(c);

      Migrations.migrate(c);

      Map<String, Integer> after = executionOrder(c);
      after.keySet().removeIf(id -> id.equals("000-app-login")); // runs always by design
      before.keySet().removeIf(id -> id.equals("000-app-login"));
      assertThat(after).isEqualTo(before);
    }
  }

  /**
   * Whatever lands on main reaches databases (developers' data directories, then customers'), so every changeset
   * is listed as released; the failure names the lines to add.
   */
  @Test
  void everyChangesetIsListedAsReleased() throws Exception {
    Set<String> listed = new TreeSet<>(read(RELEASED).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")[0]).toList());
    List<String> missing = new ArrayList<>();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrate(c);
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "select id, author, filename, md5sum from databasechangelog order by orderexecuted")) {
        while (rs.next()) {
          if (!listed.contains(rs.getString(1))) {
            missing.add(String.join("\t", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
      }
    }
    assertThat(missing).as("changesets to add to " + RELEASED).isEmpty();
  }

  private static Map<String, Integer> executionOrder(Connection c) throws Exception {
    Map<String, Integer> order = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, orderexecuted from databasechangelog order by orderexecuted")) {
      while (rs.next()) {
        order.put(rs.getString(1), rs.getInt(2));
      }
    }
    return order;
  }

  /**
   * A file in the folder of module m names no other module's schema (platform's helpers and public excepted); the
   * platform's folder also owns the schema of its mail outbox.
   */
  @Test
  void eachModuleFolderChangesOnlyItsOwnSchema() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getClassLoader().getResource("db/changelog").toURI());
    Pattern qualified = Pattern.compile("\\b([a-z_]+)\\.[a-z_]+\\b");
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sql = Files.walk(root).filter(p -> p.toString().endsWith(".sql"))) {
      for (Path file : sql.toList()) {
        files++;
        String module = root.relativize(file).getName(0).toString();
        assertThat(root.relativize(file).getNameCount()).as(file + " lies in a module folder").isEqualTo(2);
        String text = Files.readString(file).replaceAll("(?m)--.*$", "");
        Matcher m = qualified.matcher(text);
        while (m.find()) {
          String schema = m.group(1);
          boolean own = schema.equals(module) || (module.equals("platform") && schema.equals("mail"));
          if (schemas.contains(schema) && !own && !schema.equals("platform") && !schema.equals("public")) {
            offenders.add(root.relativize(file) + " names " + m.group());
          }
        }
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(8);
    assertThat(offenders).isEmpty();
  }

  /**
   * The tenant-isolation policy is written once, in platform's {@code enable_tenant_isolation}, and every module calls
   * it rather than copying the block (a module may add narrower policies of its own, such as own_memberships).
   */
  @Test
  void tenantIsolationIsWrittenOnceInPlatform() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getClassLoader().getResource("db/changelog").toURI());
    List<String> copies = new ArrayList<>();
    try (Stream<Path> sql = Files.walk(root).filter(p -> p.toString().endsWith(".sql"))) {
      for (Path file : sql.toList()) {
        long policies = Files.readString(file).lines()
            .filter(l -> l.contains("CREATE POLICY tenant_isolation")).count();
        if (policies > 0 && !root.relativize(file).startsWith("platform")) {
          copies.add(root.relativize(file) + ": " + policies);
        }
      }
    }
    assertThat(copies).isEmpty();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ChangelogTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
