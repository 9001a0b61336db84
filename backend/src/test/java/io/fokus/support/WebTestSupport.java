package io.fokus.support;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of web tests: an HTTP client for the running app and helpers to sign up tenants and log in. */
@WebTest
public abstract class WebTestSupport {

  @LocalServerPort
  int port;

  protected Api api;
  protected final TestIssuer issuer = TestIssuer.get();

  @DynamicPropertySource
  static void issuerKeys(DynamicPropertyRegistry registry) {
    registry.add("fokus.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
  }

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  /** A tenant signed up through the public endpoint, with a logged-in admin. */
  public record SignedUp(String tenantId, String slug, String adminEmail, String adminToken) {
  }

  protected SignedUp signUp() {
    String slug = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String email = "admin@" + slug + ".test";
    Api.Response response = api.post("/api/signup", Map.of(
        "organizationName", "Org " + slug, "slug", slug, "adminName", "Admin " + slug,
        "adminEmail", email, "locale", "en", "timezone", "Europe/Berlin"));
    if (response.status() != 201) {
      throw new IllegalStateException("sign-up failed: " + response);
    }
    return new SignedUp(response.text("id"), slug, email, issuer.tokenForNewLogin(email));
  }

  /** Adds a member with the given roles through the API and returns a token of that person's login. */
  protected String member(SignedUp tenant, String role) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.slug()
        + ".test";
    Api.Response response = api.as(tenant.adminToken()).post("/api/members", Map.of(
        "email", email, "displayName", role + " person", "roles", java.util.List.of(role), "level", "FRONTLINE"));
    if (response.status() != 201) {
      throw new IllegalStateException("adding a member failed: " + response);
    }
    return issuer.tokenForNewLogin(email);
  }
}
