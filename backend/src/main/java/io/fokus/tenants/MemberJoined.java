package io.fokus.tenants;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.TenantId;
import java.util.Set;

/**
 * A person became a member of a tenant (the admin at sign-up, or by accepting an invitation).
 *
 * @param unitId the member's unit, null when the member belongs to none
 */
public record MemberJoined(TenantId tenantId, MemberId memberId, String email, Set<Role> roles, Level level,
    UnitId unitId) implements TenantEvent {

  public MemberJoined {
    roles = Set.copyOf(roles);
  }
}
