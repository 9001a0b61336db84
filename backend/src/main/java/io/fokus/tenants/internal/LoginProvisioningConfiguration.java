package io.fokus.tenants.internal;

import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoginProvisioningConfiguration {

  /** Keycloak when {@code fokus.keycloak.url} is set; otherwise logins come from the identity provider and join by accepting invitations. */
  @Bean
  LoginProvisioning loginProvisioning(KeycloakProperties keycloak) {
    if (keycloak.enabled()) {
      LoggerFactory.getLogger(LoginProvisioning.class).info("Provisioning logins in Keycloak at {}, realm {}",
          keycloak.url(), keycloak.realm());
      return new KeycloakLoginProvisioning(keycloak);
    }
    return new DeferredLoginProvisioning();
  }
}
