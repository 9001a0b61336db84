package io.fokus.tenants;

import io.fokus.platform.security.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Read access for other modules to where a member of the current tenant sits: unit, level and roles. */
public interface MemberProfiles {

  /** A member's unit (may be null), level and roles. */
  record MemberProfile(UUID memberId, UUID unitId, Level level, Set<Role> roles) {

    public MemberProfile {
      roles = Set.copyOf(roles);
    }

    public MemberId member() {
      return new MemberId(memberId);
    }

    public Optional<UnitId> unit() {
      return Optional.ofNullable(unitId).map(UnitId::new);
    }
  }

  /** The profile of a member of the current tenant, if the member exists. */
  Optional<MemberProfile> profile(UUID memberId);
}
