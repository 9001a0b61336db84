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
    // without a managed Keycloak the sign-up's admin joins by accepting its invitation, like any existing login
    String token = issuer.tokenForNewLogin(email);
    acceptInvitation(token, response.text("id"));
    return new SignedUp(response.text("id"), slug, email, token);
  }

  /** Invites a person with the given role through the API, accepts as that login and returns its token. */
  protected String member(SignedUp tenant, String role) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.slug()
        + ".test";
    Api.Response response = api.as(tenant.adminToken()).post("/api/invitations", Map.of(
        "email", email, "displayName", role + " person", "roles", java.util.List.of(role), "level", "FRONTLINE"));
    if (response.status() != 201) {
      throw new IllegalStateException("inviting a member failed: " + response);
    }
    String token = issuer.tokenForNewLogin(email);
    acceptInvitation(token, tenant.tenantId());
    return token;
  }

  /** A person who joined a tenant: the token of its login and its member id. */
  public record Joined(String token, String memberId) {
  }

  /** Invites a person (the invitation's JSON body) as the tenant's admin and accepts as a new login of that email. */
  protected Joined join(SignedUp tenant, Map<String, Object> invitation) {
    Api.Response response = api.as(tenant.adminToken()).post("/api/invitations", invitation);
    if (response.status() != 201) {
      throw new IllegalStateException("inviting failed: " + response);
    }
    String token = issuer.tokenForNewLogin((String) invitation.get("email"));
    return new Joined(token, acceptInvitation(token, tenant.tenantId()));
  }

  /** Accepts, as the login of {@code token}, its open invitation into the tenant; returns the new member's id. */
  protected String acceptInvitation(String token, String tenantId) {
    return api.as(token).acceptInvitation(tenantId);
  }
}
