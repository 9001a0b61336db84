package io.fokus.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the SPA's shell for its client-side routes (deep links up to three segments), so reloading a page of the
 * app works. Paths with a dot are files (served as static resources) and the API's prefixes are never matched.
 */
@Controller
class SpaController {

  private static final String FIRST = "{first:^(?!api$|actuator$|v3$|swagger-ui$|assets$)[^.]+}";

  @GetMapping({"/" + FIRST, "/" + FIRST + "/{second:[^.]+}", "/" + FIRST + "/{second:[^.]+}/{third:[^.]+}"})
  String spa() {
    return "forward:/index.html";
  }
}
