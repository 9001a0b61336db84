package io.fokus.tenants.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.UnavailableException;
import io.fokus.platform.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Provisions logins and organizations in Keycloak through its admin REST API, as the service account of a
 * confidential client. What it creates inside a transaction is deleted again when that transaction rolls back.
 */
class KeycloakLoginProvisioning implements LoginProvisioning {

  private static final Logger log = LoggerFactory.getLogger(KeycloakLoginProvisioning.class);

  private final KeycloakProperties properties;
  private final RestClient http;
  private volatile String token;
  private volatile Instant tokenExpires = Instant.EPOCH;

  KeycloakLoginProvisioning(KeycloakProperties properties) {
    this.properties = properties;
    var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
    factory.setReadTimeout(properties.timeout());
    this.http = RestClient.builder().requestFactory(factory).baseUrl(properties.url().replaceAll("/+$", "")).build();
  }

  @Override
  public Optional<String> createOrganization(TenantId tenant, String slug, String name) {
    return call(() -> {
      // Keycloak wants organization names unique; tenant names are not, slugs are
      Map<String, Object> organization = Map.of("name", slug, "alias", slug, "enabled", true,
          "description", name, "attributes", Map.of("fokusTenantId", List.of(tenant.toString())));
      try {
        String id = idFrom(admin().post().uri("/organizations").contentType(MediaType.APPLICATION_JSON)
            .body(organization).retrieve().toBodilessEntity().getHeaders().getLocation());
        onRollback(() -> admin().delete().uri("/organizations/{id}", id).retrieve().toBodilessEntity(),
            "organization " + slug);
        return Optional.of(id);
      } catch (RestClientResponseException e) {
        if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
          throw e;
        }
        // left behind by an attempt that died before its transaction ended: take it over
        return findOrganization(slug);
      }
    });
  }

  @Override
  public boolean createsLogins() {
    return true;
  }

  @Override
  public Optional<String> createLogin(NewLogin login) {
    // the realm's notEmail/notUsername rule, checked before the lookup so that the answer does not depend on it
    if (login.password() != null && login.password().equalsIgnoreCase(login.email())) {
      throw new InvalidException("password", "must not be the email address");
    }
    return call(() -> {
      if (findUser(login.email()).isPresent()) {
        return Optional.<String>empty(); // an existing login keeps its password and gains nothing
      }
      Optional<String> created = createUser(login);
      created.ifPresent(subject -> {
        onRollback(() -> admin().delete().uri("/users/{id}", subject).retrieve().toBodilessEntity(),
            "login " + login.email());
        if (login.organizationId() != null) {
          addMember(login.organizationId(), subject, false);
        }
      });
      return created;
    });
  }

  @Override
  public void joinOrganization(String organizationId, String subject) {
    if (organizationId != null) {
      call(() -> {
        addMember(organizationId, subject, true);
        return null;
      });
    }
  }

  @Override
  public void setLoginEnabled(String subject, boolean enabled) {
    call(() -> admin().put().uri("/users/{id}", subject).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("enabled", enabled)).retrieve().toBodilessEntity());
    onRollback(() -> admin().put().uri("/users/{id}", subject).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("enabled", !enabled)).retrieve().toBodilessEntity(), "login state of " + subject);
  }

  /** The new login's subject; empty when another request created a login with that email meanwhile. */
  private Optional<String> createUser(NewLogin login) {
    String[] names = login.displayName().trim().split("\\s+", 2);
    Map<String, Object> user = new java.util.HashMap<>();
    user.put("username", login.email());
    user.put("email", login.email());
    user.put("emailVerified", true); // the person signed up with it, or opened the invitation mailed to it
    user.put("enabled", true);
    user.put("firstName", names[0]);
    user.put("lastName", names.length > 1 ? names[1] : names[0]);
    user.put("attributes", Map.of("locale", List.of(login.locale())));
    user.put("credentials", List.of(Map.of("type", "password", "value", login.password(), "temporary", false)));
    try {
      return Optional.of(idFrom(admin().post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(user)
          .retrieve().toBodilessEntity().getHeaders().getLocation()));
    } catch (RestClientResponseException e) {
      if (e.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
        Map<?, ?> error = e.getResponseBodyAs(Map.class);
        String description = error == null ? null : (String) error.get("error_description");
        String key = error == null ? "" : String.valueOf(error.get("error"));
        if (key.startsWith("invalidPassword")) {
          throw new InvalidException("password",
              description == null ? "does not meet the password policy" : description.replace("Invalid password: ", ""));
        }
      }
      if (e.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void addMember(String organizationId, String subject, boolean existingUser) {
    try {
      admin().post().uri("/organizations/{org}/members", organizationId).contentType(MediaType.APPLICATION_JSON)
          .body("\"" + subject + "\"").retrieve().toBodilessEntity();
      if (existingUser) {
        onRollback(() -> admin().delete().uri("/organizations/{org}/members/{id}", organizationId, subject)
            .retrieve().toBodilessEntity(), "organization membership of " + subject);
      }
    } catch (RestClientResponseException e) {
      if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
        throw e;
      }
    }
  }

  private Optional<String> findUser(String email) {
    List<?> users = admin().get().uri(b -> b.path("/users").queryParam("email", email).queryParam("exact", true)
        .build()).retrieve().body(List.class);
    return users == null ? Optional.empty() : users.stream().map(u -> (Map<?, ?>) u)
        .filter(u -> email.equalsIgnoreCase(String.valueOf(u.get("email"))))
        .map(u -> String.valueOf(u.get("id"))).findFirst();
  }

  private Optional<String> findOrganization(String slug) {
    List<?> organizations = admin().get().uri(b -> b.path("/organizations").queryParam("search", slug)
        .queryParam("exact", true).build()).retrieve().body(List.class);
    return organizations == null ? Optional.empty() : organizations.stream().map(o -> (Map<?, ?>) o)
        .filter(o -> slug.equals(o.get("alias")))
        .map(o -> String.valueOf(o.get("id"))).findFirst();
  }

  /** A client for the realm's admin API, authenticated with a cached service-account token. */
  private RestClient admin() {
    String bearer = accessToken();
    return http.mutate()
        .baseUrl(properties.url().replaceAll("/+$", "") + "/admin/realms/" + properties.realm())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
        .build();
  }

  private String accessToken() {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    synchronized (this) {
      if (token == null || !Instant.now().isBefore(tokenExpires)) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        Map<?, ?> response = http.post().uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
        if (response == null || response.get("access_token") == null) {
          throw new IllegalStateException("Keycloak issued no token to " + properties.clientId());
        }
        token = (String) response.get("access_token");
        long lifetime = ((Number) response.get("expires_in")).longValue();
        tokenExpires = Instant.now().plusSeconds(Math.max(5, lifetime - 30));
      }
      return token;
    }
  }

  /** Undoes {@code undo} if the surrounding transaction does not commit; failures are logged, never thrown. */
  private static void onRollback(Runnable undo, String what) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED) {
          return;
        }
        try {
          undo.run();
          log.info("rolled back {} at Keycloak", what);
        } catch (RuntimeException e) {
          log.warn("could not roll back {} at Keycloak; a retry will take it over", what, e);
        }
      }
    });
  }

  private static <T> T call(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (ResourceAccessException e) {
      log.warn("Keycloak is unreachable", e);
      throw new UnavailableException("The sign-in service is unavailable; nothing was changed, please retry");
    } catch (RestClientResponseException e) {
      log.warn("Keycloak refused a provisioning call: {} {}", e.getStatusCode(), e.getResponseBodyAsString());
      throw new UnavailableException("The sign-in service refused the request; nothing was changed");
    }
  }

  private static String idFrom(URI location) {
    if (location == null) {
      throw new IllegalStateException("Keycloak answered without a Location");
    }
    String path = location.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
