package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import io.fokus.tenants.internal.MemberInvitationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Joining a tenant needs the invitee's consent (DESIGN.md §2), and no answer tells whether an email has a login. */
class InvitationsWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  MemberInvitationService invitations;

  private static Map<String, Object> invitation(String email, String role) {
    return Map.of("email", email, "displayName", "Person " + email, "roles", List.of(role), "level", "MANAGER");
  }

  private static String token(Api.Response sent) {
    String link = sent.text("link");
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  @Test
  void invitingAnExistingLoginAttachesNothingUntilItAccepts() {
    SignedUp home = signUp();
    SignedUp other = signUp();
    Api.Response sent = api.as(other.adminToken()).post("/api/invitations", invitation(home.adminEmail(), "STAFF"));
    assertThat(sent.status()).isEqualTo(201);

    // the login keeps its one membership and its implied tenant: nothing joined without consent
    Api.Response me = api.as(home.adminToken()).get("/api/me");
    assertThat(me.body().path("memberships").size()).isEqualTo(1);
    assertThat(me.text("selectedTenantId")).isEqualTo(home.tenantId());
    assertThat(api.as(home.adminToken()).get("/api/settings").status()).isEqualTo(200);
    assertThat(api.as(other.adminToken()).get("/api/members?q=" + home.adminEmail()).body().path("total").asInt())
        .isZero();

    JsonNode mine = api.as(home.adminToken()).get("/api/me/invitations").body();
    assertThat(mine.size()).isEqualTo(1);
    assertThat(mine.get(0).path("tenantName").asString()).isEqualTo("Org " + other.slug());
    assertThat(mine.get(0).path("roles").get(0).asString()).isEqualTo("STAFF");

    Api.Response accepted = api.as(home.adminToken())
        .post("/api/me/invitations/" + mine.get(0).path("id").asString() + "/accept", null);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.text("tenantId")).isEqualTo(other.tenantId());
    assertThat(api.as(home.adminToken()).get("/api/me").body().path("memberships").size()).isEqualTo(2);
    assertThat(api.as(other.adminToken()).get("/api/members/" + accepted.text("memberId")).text("email"))
        .isEqualTo(home.adminEmail());
    assertThat(api.as(other.adminToken()).get("/api/invitations").body().size()).isZero();
    assertThat(api.as(home.adminToken()).get("/api/me/invitations").body().size()).isZero();
  }

  @Test
  void theAdminsAnswerIsTheSameWhetherOrNotTheEmailHasALogin() {
    SignedUp home = signUp();
    SignedUp other = signUp();
    Api admin = api.as(other.adminToken());

    Api.Response existing = admin.post("/api/invitations", invitation(home.adminEmail(), "STAFF"));
    Api.Response fresh = admin.post("/api/invitations", invitation("nobody-yet@" + other.slug() + ".test", "STAFF"));

    assertThat(existing.status()).isEqualTo(fresh.status()).isEqualTo(201);
    assertThat(fieldNames(existing.body())).isEqualTo(fieldNames(fresh.body()));
    assertThat(fieldNames(existing.body().path("invitation"))).isEqualTo(fieldNames(fresh.body().path("invitation")));
    assertThat(existing.text("mailed")).isEqualTo(fresh.text("mailed"));
    assertThat(existing.body().path("invitation").path("status").asString()).isEqualTo("PENDING");
    assertThat(existing.body().toString()).doesNotContain("assword");
    // the list does not tell them apart either
    for (JsonNode listed : admin.get("/api/invitations").body()) {
      assertThat(fieldNames(listed)).isEqualTo(fieldNames(fresh.body().path("invitation")));
    }
  }

  @Test
  void theLinkShowsTheTenantAndRolesAndCarriesTheServersPort() {
    SignedUp tenant = signUp();
    String unit = api.as(tenant.adminToken()).post("/api/units", Map.of("name", "Sales", "kind", "TEAM")).text("id");
    Api.Response sent = api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", "mia@x.test",
        "displayName", "Mia", "roles", List.of("MANAGER"), "unitId", unit, "level", "MANAGER"));

    assertThat(sent.text("link")).startsWith("http://localhost:" + serverPort + "/invitations/");
    Api.Response details = api.get("/api/public/invitations/" + token(sent));
    assertThat(details.status()).isEqualTo(200);
    assertThat(details.text("tenantName")).isEqualTo("Org " + tenant.slug());
    assertThat(details.text("email")).isEqualTo("mia@x.test");
    assertThat(details.text("unitName")).isEqualTo("Sales");
    assertThat(details.text("status")).isEqualTo("PENDING");
    assertThat(details.body().path("roles").get(0).asString()).isEqualTo("MANAGER");
    String token = token(sent);
    char last = token.charAt(token.length() - 1);
    String otherToken = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'); // always a different token
    assertThat(api.get("/api/public/invitations/" + otherToken).status()).isEqualTo(404);
    assertThat(api.get("/api/public/invitations/not-a-token").status()).isEqualTo(404);
  }

  @Test
  void acceptedMembersGetTheInvitedRolesUnitAndLevel() {
    SignedUp tenant = signUp();
    String unit = api.as(tenant.adminToken()).post("/api/units", Map.of("name", "Desk", "kind", "TEAM")).text("id");
    Joined manager = join(tenant, Map.of("email", "max@x.test", "displayName", "Max", "roles", List.of("MANAGER"),
        "unitId", unit, "level", "MANAGER"));

    Api.Response member = api.as(tenant.adminToken()).get("/api/members/" + manager.memberId());
    assertThat(member.text("unitId")).isEqualTo(unit);
    assertThat(member.text("level")).isEqualTo("MANAGER");
    assertThat(member.text("loginLinked")).isEqualTo("true");
    assertThat(api.as(manager.token()).get("/api/me").body().path("roles").get(0).asString()).isEqualTo("MANAGER");
    assertThat(api.as(manager.token()).get("/api/members").status()).isEqualTo(403);
  }

  @Test
  void anotherLoginCannotAcceptSomeoneElsesInvitation() {
    SignedUp tenant = signUp();
    String id = api.as(tenant.adminToken()).post("/api/invitations", invitation("eve-target@x.test", "ADMIN"))
        .body().path("invitation").path("id").asString();
    String eve = issuer.tokenForNewLogin("eve@x.test");

    assertThat(api.as(eve).get("/api/me/invitations").body().size()).isZero();
    Api.Response stolen = api.as(eve).post("/api/me/invitations/" + id + "/accept", null);
    assertThat(stolen.status()).isEqualTo(404);
    assertThat(stolen.isProblem()).isTrue();
    assertThat(api.as(eve).post("/api/me/invitations/" + id + "/decline", null).status()).isEqualTo(404);
    // neither the tenant's own admin, whose tenant the invitation is in
    assertThat(api.as(tenant.adminToken()).post("/api/me/invitations/" + id + "/accept", null).status())
        .isEqualTo(404);
    assertThat(api.as(eve).get("/api/me").body().path("memberships").size()).isZero();
    assertThat(api.post("/api/me/invitations/" + id + "/accept", null).status()).isEqualTo(401);
    // the invitation is still open for its invitee
    assertThat(api.as(tenant.adminToken()).get("/api/invitations").body().get(0).path("status").asString())
        .isEqualTo("PENDING");
  }

  @Test
  void whereFokusCreatesLoginsOnlyTheLinkProvesTheInvitee() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response sent = admin.post("/api/invitations", invitation("lena@x.test", "STAFF"));
    String id = sent.body().path("invitation").path("id").asString();
    String otherLink = token(admin.post("/api/invitations", invitation("someone-else@x.test", "STAFF")));
    // a login whose verified email a sign-up or an invitation link set, without anyone proving to own the address
    Api lena = api.as(issuer.tokenForNewLogin("lena@x.test"));

    MemberInvitationService service = AopTestUtils.getUltimateTargetObject(invitations);
    Object before = ReflectionTestUtils.getField(service, "acceptWithoutLink");
    ReflectionTestUtils.setField(service, "acceptWithoutLink", false); // as with a managed Keycloak
    try {
      assertThat(lena.get("/api/me/invitations").body().get(0).path("linkNeeded").asBoolean()).isTrue();
      assertThat(lena.post("/api/me/invitations/" + id + "/accept", null).status()).isEqualTo(404);
      assertThat(lena.post("/api/me/invitations/" + id + "/accept", Map.of("token", otherLink)).status())
          .isEqualTo(404);
      assertThat(lena.post("/api/me/invitations/" + id + "/accept", Map.of("token", "garbage")).status())
          .isEqualTo(404);
      assertThat(lena.get("/api/me").body().path("memberships").size()).isZero();

      Api.Response accepted = lena.post("/api/me/invitations/" + id + "/accept", Map.of("token", token(sent)));
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(lena.get("/api/me").body().path("memberships").size()).isEqualTo(1);
    } finally {
      ReflectionTestUtils.setField(service, "acceptWithoutLink", before);
    }
  }

  @Test
  void aDeclinedInvitationCannotBeAcceptedAnyMore() {
    SignedUp tenant = signUp();
    Api.Response sent = api.as(tenant.adminToken()).post("/api/invitations", invitation("no@x.test", "STAFF"));
    String id = sent.body().path("invitation").path("id").asString();
    String invitee = issuer.tokenForNewLogin("no@x.test");

    assertThat(api.as(invitee).post("/api/me/invitations/" + id + "/decline", null).status()).isEqualTo(204);

    assertThat(api.as(invitee).post("/api/me/invitations/" + id + "/accept", null).status()).isEqualTo(404);
    assertThat(api.as(invitee).get("/api/me").body().path("memberships").size()).isZero();
    assertThat(api.get("/api/public/invitations/" + token(sent)).text("status")).isEqualTo("DECLINED");
    assertThat(api.as(tenant.adminToken()).get("/api/invitations").body().size()).isZero();
  }

  @Test
  void theLinkDeclinesWithoutSigningIn() {
    SignedUp tenant = signUp();
    Api.Response sent = api.as(tenant.adminToken()).post("/api/invitations", invitation("anon@x.test", "STAFF"));

    assertThat(api.post("/api/public/invitations/" + token(sent) + "/decline", null).status()).isEqualTo(204);
    assertThat(api.post("/api/public/invitations/" + token(sent) + "/decline", null).status()).isEqualTo(404);
    assertThat(api.as(issuer.tokenForNewLogin("anon@x.test")).get("/api/me/invitations").body().size()).isZero();
  }

  @Test
  void aRevokedInvitationIsGone() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response sent = admin.post("/api/invitations", invitation("late@x.test", "STAFF"));
    String id = sent.body().path("invitation").path("id").asString();

    assertThat(admin.delete("/api/invitations/" + id).status()).isEqualTo(204);

    assertThat(admin.get("/api/invitations").body().size()).isZero();
    assertThat(admin.delete("/api/invitations/" + id).status()).isEqualTo(404);
    assertThat(admin.post("/api/invitations/" + id + "/resend", null).status()).isEqualTo(404);
    assertThat(api.get("/api/public/invitations/" + token(sent)).status()).isEqualTo(404);
    String invitee = issuer.tokenForNewLogin("late@x.test");
    assertThat(api.as(invitee).post("/api/me/invitations/" + id + "/accept", null).status()).isEqualTo(404);
    assertThat(api.as(invitee).get("/api/me").body().path("memberships").size()).isZero();
    // and the person may be invited again
    assertThat(admin.post("/api/invitations", invitation("late@x.test", "STAFF")).status()).isEqualTo(201);
  }

  @Test
  void anExpiredInvitationAnswersGoneUntilItIsResent() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response sent = admin.post("/api/invitations", invitation("slow@x.test", "STAFF"));
    String id = sent.body().path("invitation").path("id").asString();
    tenancy.runAs(TenantId.of(tenant.tenantId()), () -> new TransactionTemplate(transactionManager)
        .executeWithoutResult(status -> jdbc.update(
            "update tenants.invitation set expires_at = now() - interval '1 minute' where id = ?::uuid", id)));
    String invitee = issuer.tokenForNewLogin("slow@x.test");

    assertThat(admin.get("/api/invitations").body().get(0).path("status").asString()).isEqualTo("EXPIRED");
    assertThat(api.get("/api/public/invitations/" + token(sent)).text("status")).isEqualTo("EXPIRED");
    assertThat(api.as(invitee).get("/api/me/invitations").body().size()).isZero();
    Api.Response late = api.as(invitee).post("/api/me/invitations/" + id + "/accept", null);
    assertThat(late.status()).isEqualTo(410);
    assertThat(late.isProblem()).isTrue();
    assertThat(api.as(invitee).get("/api/me").body().path("memberships").size()).isZero();

    Api.Response resent = admin.post("/api/invitations/" + id + "/resend", null);
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.body().path("invitation").path("status").asString()).isEqualTo("PENDING");
    assertThat(token(resent)).isNotEqualTo(token(sent));
    assertThat(api.get("/api/public/invitations/" + token(sent)).status()).isEqualTo(404); // the old link is dead
    assertThat(api.get("/api/public/invitations/" + token(resent)).text("status")).isEqualTo("PENDING");
    assertThat(api.as(invitee).post("/api/me/invitations/" + id + "/accept", null).status()).isEqualTo(200);
  }

  @Test
  void invitationsAreForAdminsOnly() {
    SignedUp tenant = signUp();
    String manager = member(tenant, "MANAGER");
    assertThat(api.as(manager).post("/api/invitations", invitation("x@x.test", "ADMIN")).status()).isEqualTo(403);
    assertThat(api.as(manager).get("/api/invitations").status()).isEqualTo(403);
    assertThat(api.post("/api/invitations", invitation("x@x.test", "ADMIN")).status()).isEqualTo(401);
  }

  @Test
  void refusesDisplayNamesTheSignInServiceWouldRefuseWithAFieldError() {
    SignedUp tenant = signUp();
    Api.Response refused = api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", "anna@x.test",
        "displayName", "Anna (Sales)", "roles", List.of("STAFF"), "level", "FRONTLINE"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.fieldError("displayName")).contains("(");
    assertThat(api.as(tenant.adminToken()).get("/api/invitations").body().size()).isZero();
    // names with accents, hyphens, apostrophes and dots work
    assertThat(api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", "anna@x.test",
        "displayName", "Anna-Lena O'Brien-Müller Jr.", "roles", List.of("STAFF"), "level", "FRONTLINE")).status())
        .isEqualTo(201);
  }
}
