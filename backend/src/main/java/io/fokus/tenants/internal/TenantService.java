package io.fokus.tenants.internal;

import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.tenants.Level;
import io.fokus.tenants.LoginProvisioning;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.Role;
import io.fokus.tenants.TenantCreated;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
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
  private final TenantDirectoryImpl directory;

  TenantService(Tenants tenants, Members members, Tenancy tenancy, LoginProvisioning logins, TenantEvents events,
      TenantDirectoryImpl directory) {
    this.directory = directory;
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

  /** Creates the tenant and its first ADMIN in one transaction; a taken slug answers 409 and writes nothing. */
  @Transactional
  public TenantView signup(Signup signup) {
    validZone("timezone", signup.timezone());
    TenantId id = TenantId.random();
    String email = signup.adminEmail().trim().toLowerCase();
    return tenancy.runAs(id, () -> {
      try {
        tenants.insert(id, signup.organizationName().trim(), signup.slug(), signup.locale(), signup.timezone(),
            BusinessHours.weekdaysNineToFive());
      } catch (DuplicateKeyException e) {
        throw ApiException.conflict("slug", "This address is already taken; choose another one");
      }
      directory.register(id);
      String organization = logins.createOrganization(id, signup.slug(), signup.organizationName().trim())
          .orElse(null);
      tenants.setIdentityOrganization(id, organization);
      String subject = logins.provision(new LoginProvisioning.NewLogin(id, organization, email,
          signup.adminName().trim(), signup.locale(), signup.password())).subject();
      UUID adminId = members.insert(id, subject, email, signup.adminName().trim(), EnumSet.of(Role.ADMIN),
          Level.EXECUTIVE, null);
      events.publish(new TenantCreated(id, signup.slug(), signup.organizationName().trim(), signup.locale(),
          signup.timezone()));
      events.publish(new MemberJoined(id, adminId, email, Set.of(Role.ADMIN), Level.EXECUTIVE, null));
      return tenants.find(id).orElseThrow();
    });
  }

  @Transactional(readOnly = true)
  public TenantView settings() {
    TenantId tenant = Tenancy.requireTenant();
    return tenants.find(tenant).orElseThrow(() -> ApiException.notFound("Tenant"));
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
      throw ApiException.notFound("Tenant");
    }
    return tenants.find(tenant).orElseThrow();
  }

  private static void validZone(String field, String zone) {
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw ApiException.invalid(field, "must be a time zone such as Europe/Berlin");
    }
  }

  private static void validHours(BusinessHours hours) {
    Set<DayOfWeek> seen = new HashSet<>();
    for (int i = 0; i < hours.days().size(); i++) {
      var day = hours.days().get(i);
      if (!seen.add(day.day())) {
        throw ApiException.invalid("businessHours.days[" + i + "].day", "each weekday may appear only once");
      }
      if (!day.opens().isBefore(day.closes())) {
        throw ApiException.invalid("businessHours.days[" + i + "].closes", "must be after the opening time");
      }
    }
  }
}
