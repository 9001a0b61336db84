package io.fokus.platform;

import io.fokus.FokusApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(FokusApplication.class);
  static final Path OUTPUT = Path.of("../docs/modules");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  /** Writes the module documentation (PlantUML C4 diagrams and canvases) that docs/architecture.md refers to. */
  @Test
  void writesModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
        .writeDocumentation();
    try (Stream<Path> files = Files.list(OUTPUT)) {
      for (Path file : files.toList()) {
        Files.write(file, inStableOrder(Files.readAllLines(file)));
      }
    }
  }

  /**
   * The Documenter lists relations and publishing methods in reflection order, which changes from run to run; sorted,
   * the committed docs change only when the modules do.
   */
  private static List<String> inStableOrder(List<String> lines) {
    List<String> sorted = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String runPrefix = null;
    for (String line : lines) {
      String prefix = line.startsWith("Rel(") ? "Rel(" : line.startsWith("** ") ? "** " : null;
      if (prefix == null || !prefix.equals(runPrefix)) {
        run.sort(null);
        sorted.addAll(run);
        run.clear();
      }
      runPrefix = prefix;
      (prefix == null ? sorted : run).add(line);
    }
    run.sort(null);
    sorted.addAll(run);
    return sorted;
  }
}
