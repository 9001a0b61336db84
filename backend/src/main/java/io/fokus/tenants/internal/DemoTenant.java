package io.fokus.tenants.internal;

import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Level;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code fokus.demo.enabled=true}: creates the tenant "demo" with one login per role (once) and prints the
 * logins. Meant for trying Fokus out locally, never for production.
 */
@Component
@ConditionalOnBooleanProperty("fokus.demo.enabled")
class DemoTenant implements ApplicationRunner {

  static final String SLUG = "demo";
  static final String PASSWORD = "Fokus-Demo-2026";
  private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);

  private final TenantService tenants;
  private final MemberService members;
  private final Tenancy tenancy;

  DemoTenant(TenantService tenants, MemberService members, Tenancy tenancy) {
    this.tenants = tenants;
    this.members = members;
    this.tenancy = tenancy;
  }

  private record DemoUser(String email, String name, Role role, Level level) {
  }

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("executive@demo.fokus.test", "Erika Executive", Role.EXECUTIVE, Level.EXECUTIVE),
      new DemoUser("manager@demo.fokus.test", "Max Manager", Role.MANAGER, Level.MANAGER),
      new DemoUser("staff@demo.fokus.test", "Sam Staff", Role.STAFF, Level.FRONTLINE),
      new DemoUser("hr@demo.fokus.test", "Hanna HR", Role.HR, Level.MANAGER));

  @Override
  public void run(ApplicationArguments args) {
    try {
      TenantView tenant = tenants.signup(new TenantService.Signup("Demo GmbH", SLUG, "Ada Admin",
          "admin@demo.fokus.test", "de", "Europe/Berlin", PASSWORD));
      tenancy.runAs(new TenantId(tenant.id()), () -> USERS.forEach(user -> members.addWithPassword(
          new MemberService.NewMember(user.email(), user.name(), EnumSet.of(user.role()), null, user.level()),
          PASSWORD)));
    } catch (SlugTaken e) {
      // created by an earlier run
    }
    StringBuilder logins = new StringBuilder("Demo tenant 'demo' — every login has the password ")
        .append(PASSWORD).append('\n').append("  ADMIN      admin@demo.fokus.test\n");
    USERS.forEach(u -> logins.append(String.format("  %-10s %s%n", u.role(), u.email())));
    log.info(logins.toString());
  }
}
