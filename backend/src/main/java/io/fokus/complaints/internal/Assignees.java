package io.fokus.complaints.internal;

import io.fokus.complaints.internal.ComplaintService.Staff;
import io.fokus.platform.security.Role;
import io.fokus.tenants.MemberSummary;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a complaint may be assigned to, as the assigning person sees it: an ADMIN picks from every active member, a
 * MANAGER from the members of their unit and the units below it (the complaints they see).
 */
@Service
public class Assignees {

  /** Enough for any team; the picker searches within it. */
  static final int LIMIT = 500;

  private final TenantsApi tenants;

  Assignees(TenantsApi tenants) {
    this.tenants = tenants;
  }

  @Transactional(readOnly = true)
  public List<MemberSummary> of(Staff staff) {
    if (staff.roles().contains(Role.ADMIN)) {
      return tenants.activeMembers(null, LIMIT);
    }
    Set<UnitId> units = tenants.profile(staff.member()).flatMap(p -> p.unit())
        .map(tenants::unitAndSubunits).orElse(Set.of());
    return units.isEmpty() ? List.of() : tenants.activeMembers(units, LIMIT);
  }
}
