package io.fokus.tenants;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.TenantId;
import java.util.Set;

/**
 * An admin changed where a member sits: their unit, level or roles (only published when one of them changed).
 *
 * @param unitId the member's unit now, null when none
 * @param previousUnitId the unit before, null when none
 */
public record MemberChanged(TenantId tenantId, MemberId memberId, Set<Role> roles, Level level, UnitId unitId,
    UnitId previousUnitId) implements TenantEvent {

  public MemberChanged {
    roles = Set.copyOf(roles);
  }
}
