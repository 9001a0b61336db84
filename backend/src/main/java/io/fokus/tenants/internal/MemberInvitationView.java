package io.fokus.tenants.internal;

import io.fokus.platform.security.Role;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** An invitation as the tenant's admins see it. */
public record MemberInvitationView(UUID id, String email, String displayName, Set<Role> roles, UUID unitId, Level level,
    Status status, OffsetDateTime expiresAt, OffsetDateTime createdAt) {

  public enum Status { PENDING, EXPIRED, ACCEPTED, DECLINED, REVOKED }
}
