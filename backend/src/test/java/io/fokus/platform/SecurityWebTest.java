package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.fokus.support.Api;
import io.fokus.support.TestIssuer;
import io.fokus.support.WebTestSupport;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityWebTest extends WebTestSupport {

  @Test
  void rejectsMissingExpiredForeignAndWronglyAddressedTokens() {
    String email = signUp().adminEmail();
    String subject = UUID.randomUUID().toString();
    assertThat(api.as(issuer.token(subject, email)).get("/api/me").status()).isEqualTo(200);

    JWTClaimsSet expired = issuer.claims(subject, email, true)
        .issueTime(Date.from(Instant.now().minusSeconds(3600)))
        .expirationTime(Date.from(Instant.now().minusSeconds(1800))).build();
    JWTClaimsSet wrongAudience = issuer.claims(subject, email, true).audience("someone-else").build();
    JWTClaimsSet wrongIssuer = issuer.claims(subject, email, true).issuer("http://127.0.0.1/realms/other").build();

    for (String token : List.of(issuer.sign(expired), issuer.sign(wrongAudience), issuer.sign(wrongIssuer),
        issuer.signWithStrangerKey(issuer.claims(subject, email, true).build()), "not-a-jwt")) {
      Api.Response response = api.as(token).get("/api/me");
      assertThat(response.status()).as(token).isEqualTo(401);
      assertThat(response.isProblem()).isTrue();
    }
    assertThat(api.get("/api/members").status()).isEqualTo(401);
  }

  @Test
  void rolesComeFromTheMembershipNotFromTheToken() {
    SignedUp tenant = signUp();
    String staffEmail = "staff@" + tenant.slug() + ".test";
    api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", staffEmail, "displayName", "S",
        "roles", List.of("STAFF"), "level", "FRONTLINE"));
    String tokenClaimingAdmin = issuer.sign(issuer.claims(UUID.randomUUID().toString(), staffEmail, true)
        .claim("realm_access", Map.of("roles", List.of("ADMIN"))).claim("roles", List.of("ADMIN")).build());
    acceptInvitation(tokenClaimingAdmin, tenant.tenantId());

    assertThat(api.as(tokenClaimingAdmin).get("/api/members").status()).isEqualTo(403);
  }

  @Test
  void anUnverifiedEmailNeitherSeesNorAcceptsAnInvitation() {
    SignedUp tenant = signUp();
    String invitee = "unverified@" + tenant.slug() + ".test";
    String invitation = api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", invitee,
        "displayName", "U", "roles", List.of("ADMIN"), "level", "EXECUTIVE")).body().path("invitation").path("id")
        .asString();
    String unverified = issuer.sign(issuer.claims(UUID.randomUUID().toString(), invitee, false).build());

    Api.Response me = api.as(unverified).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().path("memberships").size()).isZero();
    assertThat(api.as(unverified).get("/api/me/invitations").body().size()).isZero();
    assertThat(api.as(unverified).post("/api/me/invitations/" + invitation + "/accept", null).status())
        .isEqualTo(404);
    assertThat(api.as(unverified).get("/api/settings").status()).isEqualTo(403);
  }

  @Test
  void selectsTheTenantByHeaderOnlyForMembers() {
    SignedUp first = signUp();
    SignedUp second = signUp();
    // the admin of the first tenant is also invited into the second one
    String token = first.adminToken();
    assertThat(api.as(token).get("/api/me").status()).isEqualTo(200);
    api.as(second.adminToken()).post("/api/invitations", Map.of("email", first.adminEmail(), "displayName", "Guest",
        "roles", List.of("EXECUTIVE"), "level", "EXECUTIVE"));
    assertThat(api.as(token).get("/api/me").body().path("memberships").size()).isEqualTo(1); // not without consent
    acceptInvitation(token, second.tenantId());

    Api.Response me = api.as(token).get("/api/me");
    assertThat(me.body().path("memberships").size()).isEqualTo(2);
    assertThat(me.body().path("selectedTenantId").isMissingNode()).isTrue(); // two memberships: none implied
    assertThat(api.as(token).get("/api/settings").status()).isEqualTo(403);

    Api.Response inFirst = api.as(token).inTenant(first.tenantId()).get("/api/settings");
    assertThat(inFirst.status()).isEqualTo(200);
    assertThat(inFirst.text("slug")).isEqualTo(first.slug());
    // EXECUTIVE in the second tenant: no admin rights there
    assertThat(api.as(token).inTenant(second.tenantId()).get("/api/settings").status()).isEqualTo(403);
    assertThat(api.as(token).inTenant(second.tenantId()).get("/api/me").text("selectedTenantId"))
        .isEqualTo(second.tenantId());

    SignedUp stranger = signUp();
    Api.Response notMember = api.as(token).inTenant(stranger.tenantId()).get("/api/me");
    assertThat(notMember.status()).isEqualTo(403);
    assertThat(notMember.isProblem()).isTrue();

    Api.Response garbage = api.as(token).inTenant("nope").get("/api/me");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.isProblem()).isTrue();
  }

  @Test
  void publicEndpointsStayReachable() {
    assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    assertThat(api.get("/actuator/health").text("status")).isEqualTo("UP");
    assertThat(api.get("/v3/api-docs").body().path("paths").has("/api/signup")).isTrue();
    assertThat(TestIssuer.AUDIENCE).isEqualTo("fokus-api");
  }
}
