package io.fokus.customers.web;

import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What customers reach without a login: the unsubscribe link of every customer mail ({@link UnsubscribeController}). */
@Configuration(proxyBeanMethods = false)
class CustomersPublicEndpoints {

  @Bean
  PublicEndpoints customersEndpoints() {
    return PublicEndpoints.of(Endpoint.any("/api/public/unsubscribe/**"));
  }
}
