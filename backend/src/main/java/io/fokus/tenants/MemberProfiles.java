package io.fokus.tenants;

import java.util.Optional;
import java.util.UUID;

/** Read access for other modules to where a member of the current tenant sits: unit and level. */
public interface MemberProfiles {

  /** A member's unit (may be null) and level. */
  record MemberProfile(UUID memberId, UUID unitId, Level level) {
  }

  /** The profile of a member of the current tenant, if the member exists. */
  Optional<MemberProfile> profile(UUID memberId);
}
