package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only what a module declares as its public endpoints is reachable without a login; all else under /api needs one. */
class PublicEndpointsWebTest extends WebTestSupport {

  static final String OVERSIZE = "{\"name\": \"" + "x".repeat(70_000) + "\"}";

  @Test
  void anUndeclaredPublicLookingPathNeedsALogin() {
    for (String path : new String[] {"/api/public/x", "/api/public/surveyz/abc", "/api/publicity"}) {
      Api.Response anonymous = api.get(path);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.isProblem()).isTrue();
    }
    assertThat(api.post("/api/public/x", Map.of("a", 1)).status()).isEqualTo(401);
  }

  @Test
  void theModulesDeclaredPathsArePublic() {
    // not found rather than unauthorized: the request reached the module's controller
    assertThat(api.get("/api/public/surveys/abc").status()).isEqualTo(404);
    assertThat(api.get("/api/public/invitations/abc").status()).isEqualTo(404);
    assertThat(api.post("/api/public/invitations/abc/decline", null).status()).isEqualTo(404);
    assertThat(api.get("/api/config").status()).isEqualTo(200);
    assertThat(api.post("/api/signup", Map.of()).status()).isEqualTo(400);
    // only the declared method: reading sign-up is not public
    assertThat(api.get("/api/signup").status()).isEqualTo(401);
  }

  @Test
  void theBodyLimitGuardsDeclaredPublicEndpointsOnly() {
    for (String path : new String[] {"/api/signup", "/api/public/invitations/abc/login",
        "/api/public/surveys/abc/responses"}) {
      Api.Response oversize = api.postRaw(path, OVERSIZE);
      assertThat(oversize.status()).as(path).isEqualTo(413);
      assertThat(oversize.isProblem()).isTrue();
    }
    SignedUp tenant = signUp();
    // a signed-in member's request is no stranger's: the limit of public endpoints does not apply
    assertThat(api.as(tenant.adminToken()).send("POST", "/api/units", OVERSIZE).status()).isNotEqualTo(413);
  }
}
