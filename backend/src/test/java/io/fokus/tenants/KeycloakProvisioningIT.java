package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.support.TestIssuer;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Provisioning against a real Keycloak (started by infra/test.sh, which passes its URL and the backend client's
 * secret as system properties to {@code mvn verify}): logins and organizations are created with their tenant and
 * member, and vanish again when the transaction does not commit. Keycloak starts while Maven builds, so the test
 * first waits for its realm.
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
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().getFirst().field())
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
  void invitationsGetAOneTimePasswordAndDeactivationDisablesTheLogin() {
    String slug = slug();
    TenantView tenant = tenants.signup(signup(slug, "Str0ng-Password"));
    String email = "new@" + slug + ".test";

    MemberService.AddedMember added = tenancy.runAs(new TenantId(tenant.id()), () -> members.add(
        new MemberService.NewMember(email, "Nina New", EnumSet.of(Role.MANAGER), null, Level.MANAGER)));

    assertThat(added.oneTimePassword()).hasSize(16);
    assertThat(added.member().loginLinked()).isTrue();
    Map<String, Object> user = users(email).getFirst();
    assertThat(String.valueOf(user.get("requiredActions"))).contains("UPDATE_PASSWORD");

    tenancy.runAs(new TenantId(tenant.id()), () -> members.deactivate(added.member().id()));
    assertThat(users(email).getFirst().get("enabled")).isEqualTo(false);
    tenancy.runAs(new TenantId(tenant.id()), () -> members.reactivate(added.member().id()));
    assertThat(users(email).getFirst().get("enabled")).isEqualTo(true);
  }

  @Test
  void aPersonOfTwoTenantsKeepsOneLogin() {
    String first = slug();
    String second = slug();
    tenants.signup(signup(first, "Str0ng-Password"));
    TenantView other = tenants.signup(new TenantService.Signup("IT " + second, second, "Otto", "otto@" + second
        + ".test", "en", "Europe/Berlin", "Str0ng-Password"));

    var added = tenancy.runAs(new TenantId(other.id()), () -> members.add(new MemberService.NewMember(
        "ida@" + first + ".test", "Ida", EnumSet.of(Role.EXECUTIVE), null, Level.EXECUTIVE)));

    assertThat(added.oneTimePassword()).isNull(); // the existing login and its password stay
    assertThat(users("ida@" + first + ".test")).hasSize(1);
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
