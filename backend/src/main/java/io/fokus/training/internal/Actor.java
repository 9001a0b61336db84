package io.fokus.training.internal;

import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.tenants.MemberId;
import java.util.Set;

/** Who asks: the signed-in member and their roles. */
public record Actor(MemberId member, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public static Actor current() {
    CurrentUser user = CurrentUser.get();
    return new Actor(user.memberId().map(MemberId::new).orElseThrow(), user.roles());
  }

  /** HR and ADMIN run the catalogue and assign to anyone. */
  public boolean runsTraining() {
    return roles.contains(Role.HR) || roles.contains(Role.ADMIN);
  }

  public boolean manager() {
    return roles.contains(Role.MANAGER);
  }
}
