package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SignupWebTest extends WebTestSupport {

  @Autowired
  JdbcTemplate jdbc;

  private Map<String, Object> signup(String slug) {
    Map<String, Object> body = new HashMap<>();
    body.put("organizationName", "Acme GmbH");
    body.put("slug", slug);
    body.put("adminName", "Ada Admin");
    body.put("adminEmail", "Ada@" + slug + ".test");
    body.put("locale", "de");
    body.put("timezone", "Europe/Berlin");
    return body;
  }

  @Test
  void createsTheTenantAndMakesTheAdminItsFirstAdmin() {
    Api.Response created = api.post("/api/signup", signup("acme-signup"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("slug")).isEqualTo("acme-signup");
    assertThat(created.text("locale")).isEqualTo("de");
    assertThat(created.body().path("businessHours").path("days").size()).isEqualTo(5);

    String token = issuer.tokenForNewLogin("ada@acme-signup.test");
    Api.Response me = api.as(token).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("selectedTenantId")).isEqualTo(created.text("id"));
    assertThat(me.body().path("roles").values()).extracting(n -> n.asString()).containsExactly("ADMIN");
    assertThat(me.body().path("memberships").get(0).path("tenantName").asString()).isEqualTo("Acme GmbH");
  }

  @Test
  void answersConflictForATakenSlugAndStoresNothing() {
    assertThat(api.post("/api/signup", signup("taken-slug")).status()).isEqualTo(201);
    Map<String, Object> second = signup("taken-slug");
    second.put("adminEmail", "other@elsewhere.test");

    Api.Response conflict = api.post("/api/signup", second);

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.isProblem()).isTrue();
    assertThat(conflict.fieldError("slug")).contains("taken");
    // the second admin was not created anywhere: a login with that email has no membership
    Api.Response me = api.as(issuer.tokenForNewLogin("other@elsewhere.test")).get("/api/me");
    assertThat(me.body().path("memberships").size()).isZero();
  }

  @Test
  void answersFieldErrorsForInvalidInput() {
    Map<String, Object> bad = signup("1-bad");
    bad.put("adminEmail", "not-an-email");
    bad.put("locale", "fr");
    bad.put("organizationName", "");

    Api.Response response = api.post("/api/signup", bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.isProblem()).isTrue();
    assertThat(response.fieldError("slug")).isNotNull();
    assertThat(response.fieldError("adminEmail")).isNotNull();
    assertThat(response.fieldError("locale")).isEqualTo("must be en or de");
    assertThat(response.fieldError("organizationName")).isNotNull();
  }

  @Test
  void rejectsAnUnknownTimezone() {
    Map<String, Object> bad = signup("zone-check");
    bad.put("timezone", "Mars/Olympus");

    Api.Response response = api.post("/api/signup", bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.fieldError("timezone")).contains("time zone");
    assertThat(api.post("/api/signup", signup("zone-check")).status()).isEqualTo(201);
  }

  @Test
  void answersMalformedJsonWithAProblemNotAServerError() {
    Api.Response response = api.postRaw("/api/signup", "{\"organizationName\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.isProblem()).isTrue();

    Api.Response wrongType = api.postRaw("/api/signup", "{\"organizationName\": [1,2]}");
    assertThat(wrongType.status()).isEqualTo(400);
  }

  @Test
  void meNeedsAToken() {
    Api.Response response = api.get("/api/me");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.isProblem()).isTrue();
  }
}
