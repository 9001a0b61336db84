package io.fokus.platform.security;

import io.fokus.platform.tenancy.TenantId;
import java.util.Set;
import java.util.UUID;

/** An active membership of a login in a tenant, with the roles it holds there. */
public record Membership(TenantId tenantId, UUID memberId, Set<Role> roles) {

  public Membership {
    roles = Set.copyOf(roles);
  }
}
