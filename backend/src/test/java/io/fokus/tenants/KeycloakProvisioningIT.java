package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.UnavailableException;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.TestIssuer;
import io.fokus.tenants.internal.MemberInvitationService;
import io.fokus.tenants.internal.MemberService;
import io.fokus.tenants.internal.TenantService;
import io.fokus.tenants.internal.TenantView;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Provisioning against a real Keycloak (started by infra/test.sh, which passes its URL and the backend client's
 * secret as system properties to {@code mvn verify}): logins and organizations are created with their tenant and
 * member, and vanish again when the transaction does not commit; an existing login is never changed or attached to
 * anything without it accepting. Keycloak starts while Maven builds, so the test first waits for its realm.
 */
@EnabledIfSystemProperty(named = "fokus.it.keycloak-url", matches = ".+")
@SpringBootTest(properties = {
    "fokus.embedded-db.ephemeral=true",
    "fokus.security.issuer-uri=" + TestIssuer.ISSUER,
    "fokus.security.audience=" + TestIssuer.AUDIENCE,
    "fokus.keycloak.url=${fokus.it.keycloak-url}",
    "fokus.keycloak.client-secret=${fokus.it.keycloak-secret}"})
class KeycloakProvisioningIT {

  @Autowired
  TenantService tenants;
  @Autowired
  MemberService members;
  @Autowired
  MemberInvitationService invitations;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;

  private final RestClient keycloak = RestClient.create(System.getProperty("fokus.it.keycloak-url"));

  @BeforeAll
  static void waitForKeycloak() throws InterruptedException {
    RestClient client = RestClient.create(System.getProperty("fokus.it.keycloak-url"));
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (true) {
      try {
        client.get().uri("/realms/fokus/.well-known/openid-configuration").retrieve().toBodilessEntity();
        return;
      } catch (RestClientException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Keycloak's realm fokus did not come up within 240 s", notYet);
        }
        Thread.sleep(1000);
      }
    }
  }

  private static String slug() {
    return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private TenantService.Signup signup(String slug, String password) {
    return new TenantService.Signup("IT " + slug, slug, "Ida Tester", "ida@" + slug + ".test", "de",
        "Europe/Berlin", password);
  }

  @Test
  void signUpCreatesTheLoginAndTheOrganizationWithTheTenant() {
    String slug = slug();
    tenants.signup(signup(slug, "Str0ng-Password"));

    List<Map<String, Object>> users = users("ida@" + slug + ".test");
    assertThat(users).hasSize(1);
    assertThat(users.getFirst().get("enabled")).isEqualTo(true);
    assertThat(users.getFirst().get("emailVerified")).isEqualTo(true);
    assertThat(organizations(slug)).hasSize(1);
  }

  @Test
  void aRejectedPasswordLeavesNeitherTenantNorLoginNorOrganization() {
    String slug = slug();
    assertThatThrownBy(() -> tenants.signup(signup(slug, "weakpassword")))
        .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.errors().getFirst().field())
            .isEqualTo("password"));

    assertThat(users("ida@" + slug + ".test")).isEmpty();
    assertThat(organizations(slug)).isEmpty();
    // the slug is free again: nothing of the first attempt remained
    tenants.signup(signup(slug, "Str0ng-Password"));
    assertThat(organizations(slug)).hasSize(1);
  }

  @Test
  void aTransactionThatFailsAfterProvisioningRemovesTheLoginAgain() {
    String slug = slug();
    assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      tenants.signup(signup(slug, "Str0ng-Password"));
      assertThat(users("ida@" + slug + ".test")).hasSize(1);
      throw new IllegalStateException("failure after provisioning");
    })).hasMessage("failure after provisioning");

    assertThat(users("ida@" + slug + ".test")).isEmpty();
    assertThat(organizations(slug)).isEmpty();
  }

  @Test
  void anInvitationLinkCreatesALoginForANewEmailAndAcceptingJoinsTheOrganization() {
    String slug = slug();
    TenantView tenant = tenants.signup(signup(slug, "Str0ng-Password"));
    TenantId id = new TenantId(tenant.id());
    String email = "new@" + slug + ".test";
    var sent = tenancy.runAs(id, () -> invitations.invite(new MemberInvitationService.NewInvitation(email, "Nina New",
        EnumSet.of(Role.MANAGER), null, Level.MANAGER)));
    assertThat(users(email)).isEmpty(); // inviting creates no login
    String token = sent.link().substring(sent.link().lastIndexOf('/') + 1);

    invitations.createLogin(token, "Ninas-0wn-Password");

    Map<String, Object> user = users(email).getFirst();
    assertThat(user.get("emailVerified")).isEqualTo(true);
    assertThat(String.valueOf(user.get("requiredActions"))).doesNotContain("UPDATE_PASSWORD");
    String subject = String.valueOf(user.get("id"));
    // Fokus set this login's password for an email nobody proved to own: its verified email alone is not enough
    assertThatThrownBy(() -> asLogin(subject, email, () -> invitations.accept(sent.invitation().id(), null)))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("was not found");
    var joined = asLogin(subject, email, () -> invitations.accept(sent.invitation().id(), token));
    assertThat(organizationMembers(slug)).contains(email);

    tenancy.runAs(id, () -> members.deactivate(joined.memberId()));
    assertThat(users(email).getFirst().get("enabled")).isEqualTo(false);
    tenancy.runAs(id, () -> members.reactivate(joined.memberId()));
    assertThat(users(email).getFirst().get("enabled")).isEqualTo(true);
  }

  @Test
  void signUpAndInvitationLinksLeaveAnExistingLoginAsItIs() {
    String first = slug();
    String second = slug();
    tenants.signup(signup(first, "Str0ng-Password"));
    Map<String, Object> before = users("ida@" + first + ".test").getFirst();

    // an anonymous sign-up with Ida's email: the same answer, but Ida's login gains nothing
    TenantView other = tenants.signup(new TenantService.Signup("IT " + second, second, "Ida", "ida@" + first
        + ".test", "en", "Europe/Berlin", "An0ther-Password"));
    assertThat(other.slug()).isEqualTo(second);
    assertThat(users("ida@" + first + ".test")).hasSize(1);
    assertThat(users("ida@" + first + ".test").getFirst().get("id")).isEqualTo(before.get("id"));
    assertThat(organizationMembers(second)).doesNotContain("ida@" + first + ".test");
    assertThat(tenancy.runAs(new TenantId(other.id()), () -> members.list(null, 0, 10)).total()).isZero();

    // an invitation link for Ida's email does not touch her login either
    var sent = tenancy.runAs(new TenantId(other.id()), () -> invitations.resend(
        tenancy.runAs(new TenantId(other.id()), () -> invitations.pending()).getFirst().id()));
    invitations.createLogin(sent.link().substring(sent.link().lastIndexOf('/') + 1), "Thr33-Password-x");
    assertThat(users("ida@" + first + ".test")).hasSize(1);
    assertThat(users("ida@" + first + ".test").getFirst().get("createdTimestamp"))
        .isEqualTo(before.get("createdTimestamp"));
  }

  @Test
  void aDisplayNameWithCharactersKeycloakRefusesIsNotTheServicesFault() {
    // the web layer refuses these names with a field error; this pins that Keycloak really refuses them
    String slug = slug();
    assertThatThrownBy(() -> tenants.signup(new TenantService.Signup("IT " + slug, slug, "Anna (Sales)",
        "anna@" + slug + ".test", "de", "Europe/Berlin", "Str0ng-Password")))
        .isInstanceOf(UnavailableException.class); // answered as 503 by the problem-details advice
    assertThat(users("anna@" + slug + ".test")).isEmpty();
  }

  private <T> T asLogin(String subject, String email, java.util.function.Supplier<T> work) {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
        new CurrentUser(subject, email, "Login", List.of(), null), null));
    try {
      return tenancy.runIn(new Tenancy.Scope(null, subject, email), work);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> organizationMembers(String slug) {
    String id = String.valueOf(organizations(slug).getFirst().get("id"));
    List<Map<String, Object>> all = keycloak.get().uri("/admin/realms/fokus/organizations/{id}/members", id)
        .header("Authorization", "Bearer " + adminToken()).retrieve().body(List.class);
    return all.stream().map(m -> String.valueOf(m.get("email"))).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> users(String email) {
    return keycloak.get().uri("/admin/realms/fokus/users?exact=true&email={email}", email)
        .header("Authorization", "Bearer " + adminToken()).retrieve().body(List.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> organizations(String slug) {
    List<Map<String, Object>> all = keycloak.get().uri("/admin/realms/fokus/organizations?exact=true&search={s}", slug)
        .header("Authorization", "Bearer " + adminToken()).retrieve().body(List.class);
    return all.stream().filter(o -> slug.equals(o.get("alias"))).toList();
  }

  private String adminToken() {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", "client_credentials");
    form.add("client_id", "fokus-backend");
    form.add("client_secret", System.getProperty("fokus.it.keycloak-secret"));
    Map<?, ?> token = keycloak.post().uri("/realms/fokus/protocol/openid-connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    return (String) token.get("access_token");
  }
}
