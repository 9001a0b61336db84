package io.fokus.tenants.internal;

import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Membership;
import io.fokus.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Describes the signed-in person: memberships with their tenants' names, the selected tenant and its roles. */
@Service
public class MeService {

  private final Tenants tenants;

  MeService(Tenants tenants) {
    this.tenants = tenants;
  }

  public record TenantMembership(UUID tenantId, String tenantName, String slug, String locale, UUID memberId,
      Set<Role> roles) {
  }

  public record Me(String subject, String email, String name, UUID selectedTenantId, Set<Role> roles,
      List<TenantMembership> memberships) {
  }

  @Transactional(readOnly = true)
  public Me describe(CurrentUser user) {
    Map<UUID, TenantView> names = tenants.visible(user.memberships().stream().map(m -> m.tenantId().value()).toList());
    List<TenantMembership> memberships = user.memberships().stream()
        .filter(m -> names.containsKey(m.tenantId().value()))
        .map(m -> describe(m, names.get(m.tenantId().value())))
        .toList();
    return new Me(user.subject(), user.email(), user.name(),
        user.tenantId().map(t -> t.value()).orElse(null), user.roles(), memberships);
  }

  private static TenantMembership describe(Membership m, TenantView tenant) {
    return new TenantMembership(tenant.id(), tenant.name(), tenant.slug(), tenant.locale(), m.memberId(), m.roles());
  }
}
