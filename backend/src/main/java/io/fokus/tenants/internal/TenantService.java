package io.fokus.tenants.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.TenantCreated;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up of a company and its settings. */
@Service
public class TenantService {

  private final Tenants tenants;
  private final Members members;
  private final Tenancy tenancy;
  private final LoginProvisioning logins;
  private final TenantEvents events;
  private final TenantsFacade directory;
  private final MemberInvitationService invitations;

  TenantService(Tenants tenants, Members members, Tenancy tenancy, LoginProvisioning logins, TenantEvents events,
      TenantsFacade directory, MemberInvitationService invitations) {
    this.directory = directory;
    this.invitations = invitations;
    this.tenants = tenants;
    this.members = members;
    this.tenancy = tenancy;
    this.logins = logins;
    this.events = events;
  }

  /** What sign-up needs; validated by the web layer. */
  public record Signup(String organizationName, String slug, String adminName, String adminEmail, String locale,
      String timezone, String password) {
  }

  /**
   * Creates the tenant and its first ADMIN in one transaction; a taken slug answers 409 and writes nothing.
   *
   * <p>Anonymous sign-up never attaches anything to an existing login (DESIGN.md §2): when the email has a login
   * already (or logins are managed by an external provider, where Fokus cannot tell), the tenant gets an ADMIN
   * invitation for that email instead of a member, mailed with SMTP and listed for the login after it signs in;
   * only accepting it makes the login the admin. The answer is the same in both cases.
   */
  @Transactional
  public TenantView signup(Signup signup) {
    validZone("timezone", signup.timezone());
    if (logins.createsLogins() && (signup.password() == null || signup.password().isBlank())) {
      throw new InvalidException("password", "must not be blank");
    }
    TenantId id = TenantId.random();
    String email = signup.adminEmail().trim().toLowerCase();
    String name = signup.organizationName().trim();
    String adminName = signup.adminName().trim();
    return tenancy.runAs(id, () -> {
      try {
        tenants.insert(id, name, signup.slug(), signup.locale(), signup.timezone(),
            BusinessHours.weekdaysNineToFive());
      } catch (DuplicateKeyException e) {
        throw new SlugTaken();
      }
      directory.register(id);
      String organization = logins.createOrganization(id, signup.slug(), name).orElse(null);
      tenants.setIdentityOrganization(id, organization);
      events.publish(new TenantCreated(id, signup.slug(), name, signup.locale(), signup.timezone()));
      Optional<String> login = signup.password() == null ? Optional.empty()
          : logins.createLogin(new LoginProvisioning.NewLogin(id, organization, email, adminName, signup.locale(),
              signup.password()));
      if (login.isPresent()) {
        UUID adminId = members.insert(id, login.get(), email, adminName, EnumSet.of(Role.ADMIN), Level.EXECUTIVE,
            null);
        events.publish(new MemberJoined(id, new MemberId(adminId), email, Set.of(Role.ADMIN), Level.EXECUTIVE, null));
      } else {
        invitations.inviteFirstAdmin(id, email, adminName, signup.locale(), name, logins.createsLogins());
      }
      return tenants.find(id).orElseThrow();
    });
  }

  /** What a signed-in person needs to create a further tenant from their account. */
  public record NewTenant(String organizationName, String slug, String locale, String timezone) {
  }

  /**
   * A signed-in person creates a further tenant and becomes its first ADMIN with the login they are signed in with:
   * their own consent, given by this very request.
   */
  @Transactional
  public TenantView create(NewTenant tenant) {
    validZone("timezone", tenant.timezone());
    CurrentUser user = CurrentUser.get();
    String email = Tenancy.currentVerifiedEmail()
        .orElseThrow(() -> new RuleViolation("email", "Your login has no verified email address"));
    String adminName = user.name() == null || user.name().isBlank() ? email : user.name().trim();
    TenantId id = TenantId.random();
    String name = tenant.organizationName().trim();
    return tenancy.runAs(id, () -> {
      try {
        tenants.insert(id, name, tenant.slug(), tenant.locale(), tenant.timezone(),
            BusinessHours.weekdaysNineToFive());
      } catch (DuplicateKeyException e) {
        throw new SlugTaken();
      }
      directory.register(id);
      String organization = logins.createOrganization(id, tenant.slug(), name).orElse(null);
      tenants.setIdentityOrganization(id, organization);
      UUID adminId = members.insert(id, user.subject(), email, adminName.length() > 120
          ? adminName.substring(0, 120) : adminName, EnumSet.of(Role.ADMIN), Level.EXECUTIVE, null);
      logins.joinOrganization(organization, user.subject());
      events.publish(new TenantCreated(id, tenant.slug(), name, tenant.locale(), tenant.timezone()));
      events.publish(new MemberJoined(id, new MemberId(adminId), email, Set.of(Role.ADMIN), Level.EXECUTIVE, null));
      return tenants.find(id).orElseThrow();
    });
  }

  @Transactional(readOnly = true)
  public TenantView settings() {
    TenantId tenant = Tenancy.requireTenant();
    return tenants.find(tenant).orElseThrow(() -> new NotFoundException("Tenant"));
  }

  /** Settings of the current tenant: name, locale, timezone and business hours. */
  public record Settings(String name, String locale, String timezone, BusinessHours businessHours) {
  }

  @Transactional
  public TenantView updateSettings(Settings settings) {
    TenantId tenant = Tenancy.requireTenant();
    validZone("timezone", settings.timezone());
    validHours(settings.businessHours());
    if (!tenants.update(tenant, settings.name().trim(), settings.locale(), settings.timezone(),
        settings.businessHours())) {
      throw new NotFoundException("Tenant");
    }
    return tenants.find(tenant).orElseThrow();
  }

  private static void validZone(String field, String zone) {
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new InvalidException(field, "must be a time zone such as Europe/Berlin");
    }
  }

  private static void validHours(BusinessHours hours) {
    Set<DayOfWeek> seen = new HashSet<>();
    for (int i = 0; i < hours.days().size(); i++) {
      var day = hours.days().get(i);
      if (!seen.add(day.day())) {
        throw new InvalidException("businessHours.days[" + i + "].day", "each weekday may appear only once");
      }
      if (!day.opens().isBefore(day.closes())) {
        throw new InvalidException("businessHours.days[" + i + "].closes", "must be after the opening time");
      }
    }
  }
}
