package io.fokus.tenants.web;

import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What strangers reach without a login: sign-up of a company, and the invitation behind a link. */
@Configuration(proxyBeanMethods = false)
class TenantsPublicEndpoints {

  @Bean
  PublicEndpoints tenantsEndpoints() {
    return PublicEndpoints.of(Endpoint.post("/api/signup"), Endpoint.any("/api/public/invitations/**"));
  }
}
