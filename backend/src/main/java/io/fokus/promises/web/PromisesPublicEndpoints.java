package io.fokus.promises.web;

import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What customers reach without a login: the status page of a promise ({@link PublicPromisesController}). */
@Configuration(proxyBeanMethods = false)
class PromisesPublicEndpoints {

  @Bean
  PublicEndpoints promisesEndpoints() {
    return PublicEndpoints.of(Endpoint.any("/api/public/promises/**"));
  }
}
