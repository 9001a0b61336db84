package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    // without a managed Keycloak, Fokus cannot tell whether the email has a login: the admin joins by accepting
    String token = issuer.tokenForNewLogin("ada@acme-signup.test");
    assertThat(api.as(token).get("/api/me").body().path("memberships").size()).isZero();
    var invitations = api.as(token).get("/api/me/invitations").body();
    assertThat(invitations.size()).isEqualTo(1);
    assertThat(invitations.get(0).path("tenantName").asString()).isEqualTo("Acme GmbH");
    assertThat(invitations.get(0).path("roles").get(0).asString()).isEqualTo("ADMIN");
    acceptInvitation(token, created.text("id"));

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
  void signUpWithTheEmailOfAnExistingLoginAttachesNothingToIt() {
    SignedUp existing = signUp();
    Map<String, Object> hijack = signup("hijack-signup");
    hijack.put("adminEmail", existing.adminEmail());
    Api.Response normal = api.post("/api/signup", signup("normal-signup"));

    Api.Response created = api.post("/api/signup", hijack);

    // the same answer as any sign-up: nothing tells the caller that the email has a login
    assertThat(created.status()).isEqualTo(normal.status()).isEqualTo(201);
    java.util.List<String> createdFields = new java.util.ArrayList<>();
    created.body().properties().forEach(e -> createdFields.add(e.getKey()));
    java.util.List<String> normalFields = new java.util.ArrayList<>();
    normal.body().properties().forEach(e -> normalFields.add(e.getKey()));
    assertThat(createdFields).isEqualTo(normalFields);
    // the existing login still has one membership, so its tenant is still implied without a header
    Api.Response me = api.as(existing.adminToken()).get("/api/me");
    assertThat(me.body().path("memberships").size()).isEqualTo(1);
    assertThat(me.text("selectedTenantId")).isEqualTo(existing.tenantId());
    assertThat(api.as(existing.adminToken()).get("/api/settings").text("slug")).isEqualTo(existing.slug());
    // it may take the new company over only by accepting, signed in
    var invitations = api.as(existing.adminToken()).get("/api/me/invitations").body();
    assertThat(invitations.size()).isEqualTo(1);
    assertThat(invitations.get(0).path("tenantId").asString()).isEqualTo(created.text("id"));
    String declined = invitations.get(0).path("id").asString();
    assertThat(api.as(existing.adminToken()).post("/api/me/invitations/" + declined + "/decline", null).status())
        .isEqualTo(204);
    assertThat(api.as(existing.adminToken()).get("/api/me").body().path("memberships").size()).isEqualTo(1);
  }

  @Test
  void aSignedInPersonCreatesAFurtherTenantFromTheAccount() {
    SignedUp existing = signUp();
    Api me = api.as(existing.adminToken());

    Api.Response created = me.post("/api/me/tenants", Map.of("organizationName", "Second Co", "slug",
        "second-" + existing.slug(), "locale", "en", "timezone", "Europe/Vienna"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("name")).isEqualTo("Second Co");
    Api.Response described = me.get("/api/me");
    assertThat(described.body().path("memberships").size()).isEqualTo(2);
    assertThat(me.inTenant(created.text("id")).get("/api/me").body().path("roles").get(0).asString())
        .isEqualTo("ADMIN");
    assertThat(me.inTenant(created.text("id")).get("/api/settings").text("timezone")).isEqualTo("Europe/Vienna");
    assertThat(me.post("/api/me/tenants", Map.of("organizationName", "Third", "slug", existing.slug(), "locale",
        "en", "timezone", "Europe/Vienna")).status()).isEqualTo(409);
    assertThat(me.post("/api/me/tenants", Map.of("organizationName", "Third", "slug", "Bad Slug", "locale",
        "en", "timezone", "Europe/Vienna")).fieldError("slug")).isNotNull();
    assertThat(api.post("/api/me/tenants", Map.of("organizationName", "Anon", "slug", "anon-co", "locale",
        "en", "timezone", "Europe/Vienna")).status()).isEqualTo(401);
  }

  @Test
  void aLoginCreatesAtMostTenTenantsAnHourAndInvalidAttemptsCount() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Api me = api.as(issuer.tokenForNewLogin("many@" + suffix + ".test"));
    // an invalid request counts like any other
    assertThat(me.post("/api/me/tenants", Map.of("organizationName", "Bad", "slug", "Bad Slug", "locale", "en",
        "timezone", "Europe/Vienna")).status()).isEqualTo(400);
    for (int i = 1; i < 10; i++) {
      assertThat(me.post("/api/me/tenants", Map.of("organizationName", "Co " + i, "slug", "co" + i + "-" + suffix,
          "locale", "en", "timezone", "Europe/Vienna")).status()).as("tenant " + i).isEqualTo(201);
    }

    Api.Response refused = me.post("/api/me/tenants", Map.of("organizationName", "One more", "slug",
        "co10-" + suffix, "locale", "en", "timezone", "Europe/Vienna"));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.isProblem()).isTrue();
    // another login has a bucket of its own
    assertThat(api.as(issuer.tokenForNewLogin("other@" + suffix + ".test")).post("/api/me/tenants",
        Map.of("organizationName", "Other", "slug", "other-" + suffix, "locale", "en", "timezone",
            "Europe/Vienna")).status()).isEqualTo(201);
  }

  @Test
  void refusesADisplayNameTheSignInServiceWouldRefuseWithAFieldError() {
    Map<String, Object> body = signup("paren-name");
    body.put("adminName", "Anna (Sales)");

    Api.Response response = api.post("/api/signup", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.fieldError("adminName")).contains("(");
    body.put("adminName", "Anna-Lena Sales");
    assertThat(api.post("/api/signup", body).status()).isEqualTo(201);
  }

  @Test
  void aPasswordOutsideTheRealmsPolicyIsRefusedBeforeAnythingLooksAtTheEmail() {
    // Keycloak checks its policy only when it creates a login: refused here first, the answer to a weak password
    // cannot differ between an email with a login and one without
    for (String weak : List.of("aaaaaaaaaa", "ALLUPPER123", "nouppercase1", "NoDigitsHere", "Sh0rt")) {
      Map<String, Object> body = signup("weak-" + Math.abs(weak.hashCode()));
      body.put("password", weak);
      Api.Response response = api.post("/api/signup", body);
      assertThat(response.status()).as(weak).isEqualTo(400);
      assertThat(response.fieldError("password")).as(weak).contains("upper-case");
    }
    Map<String, Object> body = signup("strong-pass");
    body.put("password", "Str0ng-Password");
    assertThat(api.post("/api/signup", body).status()).isEqualTo(201);
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
