package io.fokus.surveys.web;

import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What customers reach without a login: the survey behind their link and its answer ({@link PublicSurveysController}). */
@Configuration(proxyBeanMethods = false)
class SurveysPublicEndpoints {

  @Bean
  PublicEndpoints surveysEndpoints() {
    return PublicEndpoints.of(Endpoint.any("/api/public/surveys/**"));
  }
}
