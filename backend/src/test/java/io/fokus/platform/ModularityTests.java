package io.fokus.platform;

import io.fokus.FokusApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(FokusApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  /** Writes the module documentation (PlantUML C4 diagrams and canvases) that docs/architecture.md refers to. */
  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeDocumentation();
  }
}
