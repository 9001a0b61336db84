package io.fokus.tenants;

import io.fokus.platform.security.Role;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import java.util.Set;
import java.util.UUID;

/** A person became a member of a tenant (the admin at sign-up, or added by an admin). */
public record MemberJoined(TenantId tenantId, UUID memberId, String email, Set<Role> roles, Level level, UUID unitId)
    implements TenantEvent {
}
