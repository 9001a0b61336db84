package io.fokus.tenants;

import java.util.Collection;
import java.util.Set;

/**
 * Notices to members of the current tenant: shown in the app (the bell) and, with SMTP, mailed to the member. Other
 * modules call it from their listeners (an SLA warning to the assignee, a breach to the unit's managers).
 */
public interface Notifications {

  /**
   * Notifies each active member once per notice key, in the caller's transaction; deactivated or unknown members are
   * skipped. Returns how many were notified now (0 when all had it already).
   */
  int notify(Collection<MemberId> members, Notice notice);

  /**
   * Who answers for a unit: the active MANAGERs of the unit and of the units above it; with no unit (or nobody
   * there), the tenant's active ADMINs, so a notice never goes nowhere.
   */
  Set<MemberId> managersOf(UnitId unit);
}
