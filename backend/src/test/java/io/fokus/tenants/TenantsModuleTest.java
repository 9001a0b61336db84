package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.tenants.internal.MemberInvitationService;
import io.fokus.tenants.internal.TenantService;
import io.fokus.tenants.internal.UnitKind;
import io.fokus.tenants.internal.UnitService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenants module on its own (with the platform): sign-up and accepting an invitation publish their events with
 * the tenant's id.
 */
@ModuleTest
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
  void acceptingAnInvitationPublishesMemberJoinedForThatTenant(Scenario scenario, @Autowired Tenancy tenancy,
      @Autowired MemberInvitationService invitations) {
    var tenant = tenants.signup(new TenantService.Signup("Joiners", "joiners", "J", "j@joiners.test", "de",
        "Europe/Berlin", null));
    var id = new TenantId(tenant.id());
    String subject = UUID.randomUUID().toString();
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
        new CurrentUser(subject, "new@joiners.test", "New", List.of(), null), null));
    try {
      var sent = tenancy.runAs(id, () -> invitations.invite(new MemberInvitationService.NewInvitation("new@joiners.test",
          "New", Set.of(Role.STAFF), null, Level.FRONTLINE)));

      scenario.stimulate(() -> tenancy.runIn(new Tenancy.Scope(null, subject, "new@joiners.test"),
              () -> invitations.accept(sent.invitation().id(), null)))
          .andWaitForEventOfType(MemberJoined.class)
          .matching(e -> e.email().equals("new@joiners.test"))
          .toArriveAndVerify(event -> {
            assertThat(event.tenantId()).isEqualTo(id);
            assertThat(event.roles()).containsExactly(Role.STAFF);
          });
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void theApiAnswersForTheCurrentTenantOnly(@Autowired Tenancy tenancy, @Autowired TenantsApi api,
      @Autowired UnitService units) {
    var mine = new TenantId(tenants.signup(new TenantService.Signup("Api One", "api-one", "A", "a@api-one.test", "en",
        "Europe/Vienna", null)).id());
    var other = new TenantId(tenants.signup(new TenantService.Signup("Api Two", "api-two", "B", "b@api-two.test", "en",
        "Europe/Berlin", null)).id());
    UUID sales = tenancy.runAs(mine, () -> units.create(new UnitService.UnitSpec("Sales", UnitKind.DEPARTMENT, null))
        .id());
    UUID north = tenancy.runAs(mine, () -> units.create(new UnitService.UnitSpec("North", UnitKind.TEAM, sales)).id());
    UUID support = tenancy.runAs(mine, () -> units.create(new UnitService.UnitSpec("Support", UnitKind.DEPARTMENT,
        null)).id());

    tenancy.runAs(mine, () -> {
      assertThat(api.unitAndSubunits(new UnitId(sales))).containsExactlyInAnyOrder(new UnitId(sales),
          new UnitId(north));
      assertThat(api.unitAndSubunits(new UnitId(support))).containsExactly(new UnitId(support));
      assertThat(api.calendar().zone()).isEqualTo(java.time.ZoneId.of("Europe/Vienna"));
      assertThat(api.calendar().hours()).isEqualTo(BusinessHours.weekdaysNineToFive());
      assertThat(api.allTenants()).contains(mine, other);
    });
    tenancy.runAs(other, () -> {
      assertThat(api.unitAndSubunits(new UnitId(sales))).isEmpty();
      assertThat(api.calendar().zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
    });
  }
}
