package io.fokus.platform.security;

import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated person of a request: the login (subject), its memberships, and the selected tenant with the roles
 * held there.
 */
public record CurrentUser(String subject, String email, String name, List<Membership> memberships,
    Membership selected) {

  public Optional<TenantId> tenantId() {
    return Optional.ofNullable(selected).map(Membership::tenantId);
  }

  public Set<Role> roles() {
    return selected == null ? Set.of() : selected.roles();
  }

  public Optional<UUID> memberId() {
    return Optional.ofNullable(selected).map(Membership::memberId);
  }

  /** The current user of this request; fails outside an authenticated request. */
  public static CurrentUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new IllegalStateException("no authenticated user");
  }
}
