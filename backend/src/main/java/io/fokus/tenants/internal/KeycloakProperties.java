package io.fokus.tenants.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak that Fokus provisions logins in. Without {@code url}, logins are not provisioned: they come from
 * the identity provider and join tenants by accepting invitations addressed to their verified email.
 *
 * @param url Keycloak's base URL, e.g. {@code http://localhost:8180}
 * @param realm the realm of Fokus' users
 * @param clientId the confidential client whose service account may manage users and organizations
 * @param clientSecret that client's secret
 * @param timeout connect and read timeout of calls to Keycloak
 */
@ConfigurationProperties("fokus.keycloak")
record KeycloakProperties(String url, String realm, String clientId, String clientSecret, Duration timeout) {

  KeycloakProperties {
    realm = realm == null || realm.isBlank() ? "fokus" : realm;
    clientId = clientId == null || clientId.isBlank() ? "fokus-backend" : clientId;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
  }

  boolean enabled() {
    return url != null && !url.isBlank();
  }
}
