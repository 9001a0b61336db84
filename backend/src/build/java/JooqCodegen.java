import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * Build step: applies the Liquibase changelog to a throw-away embedded PostgreSQL and generates the jOOQ classes from
 * the migrated schema, so generated code and migrations cannot drift. Runs again only when the changelog (or this
 * program) changed.
 *
 * <p>Arguments: changelog directory, output directory, scratch directory for the database.
 */
public class JooqCodegen {

  private static final String CHANGELOG = "db.changelog-master.yaml";
  private static final String PACKAGE = "fokus.db";

  public static void main(String[] args) throws Exception {
    Path changelogDir = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Path scratch = Path.of(args[2]);
    Path stamp = output.resolve(".changelog-sha256");

    String fingerprint = fingerprint(changelogDir);
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
      System.out.println("[jooq-codegen] changelog unchanged, generated code is current");
      return;
    }

    Files.createDirectories(scratch);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(scratch.resolve("pgdata"))
        .setCleanDataDirectory(true)
        .start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      List<String> schemas = new ArrayList<>();
      try (Connection connection = pg.getPostgresDatabase().getConnection()) {
        var database = DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (var liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(changelogDir), database)) {
          liquibase.update("");
        }
      }
      try (Connection connection = pg.getPostgresDatabase().getConnection()) {
        try (ResultSet rs = connection.createStatement().executeQuery("""
            select nspname from pg_namespace
            where nspname not like 'pg\\_%' and nspname <> 'information_schema'
            order by nspname""")) {
          while (rs.next()) {
            schemas.add(rs.getString(1));
          }
        }
      }

      deleteRecursively(output);
      var db = new Database()
          .withName("org.jooq.meta.postgres.PostgresDatabase")
          .withIncludes(".*")
          .withExcludes("databasechangelog.*"); // one package per schema: fokus.db.<schema>
      schemas.forEach(schema -> db.getSchemata().add(new SchemaMappingType().withInputSchema(schema)));

      GenerationTool.generate(new Configuration()
          .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
          .withGenerator(new Generator()
              .withDatabase(db)
              .withGenerate(new Generate()
                  .withRecords(true)
                  .withPojos(false)
                  .withDaos(false)
                  .withJavaTimeTypes(true)
                  .withGeneratedAnnotation(false))
              .withTarget(new Target().withPackageName(PACKAGE).withDirectory(output.toString()))));
      Files.writeString(stamp, fingerprint);
      System.out.println("[jooq-codegen] generated schemas " + schemas + " into " + output);
    }
  }

  private static String fingerprint(Path changelogDir) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(changelogDir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(changelogDir.relativize(file).toString().getBytes());
        digest.update(Files.readAllBytes(file));
      }
    }
    // the working directory is the backend module (see the exec plugin's configuration)
    digest.update(Files.readAllBytes(Path.of("src/build/java/JooqCodegen.java")));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
