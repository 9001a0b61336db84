package io.fokus.tenants.internal;

import io.fokus.platform.security.Role;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A member as the API shows it; {@code loginLinked} tells whether the person has signed in at least once. */
public record MemberView(UUID id, String email, String displayName, Set<Role> roles, UUID unitId, Level level,
    MemberStatus status, boolean loginLinked, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
