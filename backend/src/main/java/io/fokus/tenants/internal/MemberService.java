package io.fokus.tenants.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.MembershipDirectory;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PageResponse;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberChanged;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.UnitId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the current tenant: list, add, change, deactivate; a tenant never loses its last active admin. */
@Service
public class MemberService {

  private final Members members;
  private final Units units;
  private final Tenants tenants;
  private final LoginProvisioning logins;
  private final TenantEvents events;
  private final MembershipDirectory directory;

  MemberService(Members members, Units units, Tenants tenants, LoginProvisioning logins, TenantEvents events,
      MembershipDirectory directory) {
    this.directory = directory;
    this.members = members;
    this.units = units;
    this.tenants = tenants;
    this.logins = logins;
    this.events = events;
  }

  public record NewMember(String email, String displayName, Set<Role> roles, UUID unitId, Level level) {
  }

  public record MemberChange(String displayName, Set<Role> roles, UUID unitId, Level level) {
  }

  @Transactional(readOnly = true)
  public PageResponse<MemberView> list(String query, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    return new PageResponse<>(members.page(tenant, query, page, size), page, size, members.count(tenant, query));
  }

  @Transactional(readOnly = true)
  public MemberView get(UUID id) {
    return members.find(Tenancy.requireTenant(), id).orElseThrow(() -> new NotFoundException("Member"));
  }

  /**
   * Adds a member with a login created for them with the given password (demo data, trusted and new); a person who
   * has a login already is linked at its first sign-in by verified email. Everyone else joins by invitation.
   */
  @Transactional
  MemberView addWithPassword(NewMember member, String password) {
    TenantId tenant = Tenancy.requireTenant();
    requireUnit(tenant, member.unitId());
    String email = member.email().trim().toLowerCase();
    if (members.existsWithEmail(tenant, email)) {
      throw new ConflictException("email", "A member with this email already exists");
    }
    TenantView settings = tenants.find(tenant).orElseThrow(() -> new NotFoundException("Tenant"));
    String subject = logins.createLogin(new LoginProvisioning.NewLogin(tenant,
        tenants.identityOrganization(tenant).orElse(null), email, member.displayName().trim(), settings.locale(),
        password)).orElse(null);
    UUID id;
    try {
      id = members.insert(tenant, subject, email, member.displayName().trim(), member.roles(),
          member.level(), member.unitId());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("email", "A member with this email already exists");
    }
    events.publish(new MemberJoined(tenant, new MemberId(id), email, member.roles(), member.level(),
        UnitId.ofNullable(member.unitId())));
    return members.find(tenant, id).orElseThrow();
  }

  @Transactional
  public MemberView change(UUID id, MemberChange change) {
    TenantId tenant = Tenancy.requireTenant();
    MemberView current = get(id);
    requireUnit(tenant, change.unitId());
    if (current.roles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)
        && current.status() == MemberStatus.ACTIVE) {
      guardLastAdmin(tenant, id, "roles", "The last active admin cannot give up the ADMIN role");
    }
    members.update(tenant, id, change.displayName().trim(), change.roles(), change.level(), change.unitId());
    if (!Objects.equals(current.unitId(), change.unitId()) || current.level() != change.level()
        || !current.roles().equals(change.roles())) {
      events.publish(new MemberChanged(tenant, new MemberId(id), change.roles(), change.level(),
          change.unitId() == null ? null : new UnitId(change.unitId()),
          current.unitId() == null ? null : new UnitId(current.unitId())));
    }
    return get(id);
  }

  @Transactional
  public MemberView deactivate(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    MemberView current = get(id);
    if (current.roles().contains(Role.ADMIN) && current.status() == MemberStatus.ACTIVE) {
      guardLastAdmin(tenant, id, null, "The last active admin cannot be deactivated");
    }
    members.setStatus(tenant, id, MemberStatus.DEACTIVATED);
    // the login stays usable while the person is active in another tenant
    members.subjectOf(tenant, id).ifPresent(subject -> {
      if (directory.activeMembershipsOf(subject, null).isEmpty()) {
        logins.setLoginEnabled(subject, false);
      }
    });
    return get(id);
  }

  @Transactional
  public MemberView reactivate(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    MemberView current = get(id);
    members.setStatus(tenant, id, MemberStatus.ACTIVE);
    if (current.status() == MemberStatus.DEACTIVATED) {
      members.subjectOf(tenant, id).ifPresent(subject -> logins.setLoginEnabled(subject, true));
    }
    return get(id);
  }

  private void guardLastAdmin(TenantId tenant, UUID id, String field, String message) {
    List<UUID> admins = members.lockActiveAdmins(tenant);
    if (admins.size() <= 1 && admins.contains(id)) {
      throw field == null ? new ConflictException(message) : new ConflictException(field, message);
    }
  }

  private void requireUnit(TenantId tenant, UUID unitId) {
    if (unitId != null && !units.exists(tenant, unitId)) {
      throw new NoSuchUnit("unitId");
    }
  }
}
