package io.fokus.tenants;

import io.fokus.platform.security.Role;
import java.util.Set;

/** An active member as other modules list them to pick from (an assignee): who, where, and what they may do. */
public record MemberSummary(MemberId id, String displayName, UnitId unit, Set<Role> roles) {

  public MemberSummary {
    roles = Set.copyOf(roles);
  }
}
