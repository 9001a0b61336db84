package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.tenants.MemberProfiles;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MemberProfilesImpl implements MemberProfiles {

  private final Members members;

  MemberProfilesImpl(Members members) {
    this.members = members;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MemberProfile> profile(UUID memberId) {
    return members.find(Tenancy.requireTenant(), memberId)
        .map(m -> new MemberProfile(m.id(), m.unitId(), m.level()));
  }
}
