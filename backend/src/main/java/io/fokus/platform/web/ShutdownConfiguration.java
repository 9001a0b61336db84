package io.fokus.platform.web;

import org.apache.catalina.core.StandardContext;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A SIGTERM stops the instance within a few seconds (docs/deployment.md): the graceful shutdown waits for running
 * requests at most {@code spring.lifecycle.timeout-per-shutdown-phase}; after that Tomcat would wait another 2 s per
 * servlet for requests still running, which only delays the exit (those requests fail either way).
 */
@Configuration(proxyBeanMethods = false)
class ShutdownConfiguration {

  static final int SERVLET_UNLOAD_DELAY_MILLIS = 100;

  @Bean
  TomcatContextCustomizer shortServletUnloadDelay() {
    return context -> {
      if (context instanceof StandardContext standard) {
        standard.setUnloadDelay(SERVLET_UNLOAD_DELAY_MILLIS);
      }
    };
  }
}
