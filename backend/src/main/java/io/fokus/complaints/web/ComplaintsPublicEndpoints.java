package io.fokus.complaints.web;

import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What customers reach without a login: the complaint form and the status page ({@link PublicComplaintsController}). */
@Configuration(proxyBeanMethods = false)
class ComplaintsPublicEndpoints {

  @Bean
  PublicEndpoints complaintsEndpoints() {
    return PublicEndpoints.of(Endpoint.any("/api/public/complaints/**"));
  }
}
