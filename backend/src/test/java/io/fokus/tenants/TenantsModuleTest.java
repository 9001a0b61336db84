package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.support.TestIssuer;
import io.fokus.tenants.internal.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The tenants module on its own (with the platform): sign-up publishes its events with the new tenant's id. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
    "fokus.embedded-db.ephemeral=true",
    "fokus.security.issuer-uri=" + TestIssuer.ISSUER,
    "fokus.security.audience=" + TestIssuer.AUDIENCE})
class TenantsModuleTest {

  @Autowired
  TenantService tenants;

  @Test
  void signUpPublishesTenantCreatedAndMemberJoined(Scenario scenario) {
    var signup = new TenantService.Signup("Module Test AG", "module-test", "Mo Admin", "mo@module.test", "en",
        "Europe/Vienna", null);

    scenario.stimulate(() -> tenants.signup(signup))
        .andWaitForEventOfType(TenantCreated.class)
        .matching(e -> e.slug().equals("module-test"))
        .toArriveAndVerify((event, tenant) -> {
          assertThat(event.tenantId().value()).isEqualTo(tenant.id());
          assertThat(event.timezone()).isEqualTo("Europe/Vienna", null);
        });
    assertThat(Tenancy.currentTenant()).isEmpty();
  }

  @Test
  void addingAMemberPublishesMemberJoinedForThatTenant(Scenario scenario, @Autowired Tenancy tenancy,
      @Autowired io.fokus.tenants.internal.MemberService members) {
    var tenant = tenants.signup(new TenantService.Signup("Joiners", "joiners", "J", "j@joiners.test", "de",
        "Europe/Berlin", null));
    var id = new io.fokus.platform.tenancy.TenantId(tenant.id());

    scenario.stimulate(() -> tenancy.runAs(id, () -> members.add(new io.fokus.tenants.internal.MemberService.NewMember(
            "new@joiners.test", "New", java.util.Set.of(Role.STAFF), null, Level.FRONTLINE))))
        .andWaitForEventOfType(MemberJoined.class)
        .matching(e -> e.email().equals("new@joiners.test"))
        .toArriveAndVerify(event -> {
          assertThat(event.tenantId()).isEqualTo(id);
          assertThat(event.roles()).containsExactly(Role.STAFF);
        });
  }
}
