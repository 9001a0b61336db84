package io.fokus.tenants.internal;

import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.platform.web.PageResponse;
import io.fokus.tenants.Level;
import io.fokus.tenants.LoginProvisioning;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.Role;
import java.util.List;
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

  MemberService(Members members, Units units, Tenants tenants, LoginProvisioning logins, TenantEvents events) {
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
    return members.find(Tenancy.requireTenant(), id).orElseThrow(() -> ApiException.notFound("Member"));
  }

  @Transactional
  public MemberView add(NewMember member) {
    TenantId tenant = Tenancy.requireTenant();
    requireUnit(tenant, member.unitId());
    String email = member.email().trim().toLowerCase();
    String locale = tenants.find(tenant).map(TenantView::locale).orElse("en");
    UUID id;
    try {
      String subject = logins.provision(tenant, email, member.displayName().trim(), locale).orElse(null);
      id = members.insert(tenant, subject, email, member.displayName().trim(), member.roles(), member.level(),
          member.unitId());
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("email", "A member with this email already exists");
    }
    events.publish(new MemberJoined(tenant, id, email, Set.copyOf(member.roles()), member.level(), member.unitId()));
    return members.find(tenant, id).orElseThrow();
  }

  @Transactional
  public MemberView change(UUID id, MemberChange change) {
    TenantId tenant = Tenancy.requireTenant();
    MemberView current = get(id);
    requireUnit(tenant, change.unitId());
    if (current.roles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)
        && "ACTIVE".equals(current.status())) {
      guardLastAdmin(tenant, id, "roles", "The last active admin cannot give up the ADMIN role");
    }
    members.update(tenant, id, change.displayName().trim(), change.roles(), change.level(), change.unitId());
    return get(id);
  }

  @Transactional
  public MemberView deactivate(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    MemberView current = get(id);
    if (current.roles().contains(Role.ADMIN) && Members.ACTIVE.equals(current.status())) {
      guardLastAdmin(tenant, id, null, "The last active admin cannot be deactivated");
    }
    members.setStatus(tenant, id, Members.DEACTIVATED);
    return get(id);
  }

  @Transactional
  public MemberView reactivate(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    get(id);
    members.setStatus(tenant, id, Members.ACTIVE);
    return get(id);
  }

  private void guardLastAdmin(TenantId tenant, UUID id, String field, String message) {
    List<UUID> admins = members.lockActiveAdmins(tenant);
    if (admins.size() <= 1 && admins.contains(id)) {
      throw field == null ? ApiException.conflict(message) : ApiException.conflict(field, message);
    }
  }

  private void requireUnit(TenantId tenant, UUID unitId) {
    if (unitId != null && !units.exists(tenant, unitId)) {
      throw ApiException.unprocessable("unitId", "No such unit in this organization");
    }
  }
}
