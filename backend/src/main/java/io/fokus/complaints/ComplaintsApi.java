package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.tenants.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask the complaints module; answers for the current tenant. */
public interface ComplaintsApi {

  Optional<Complaint> find(ComplaintId id);

  /** How many complaints the tenant has in each status (every status is a key), for reporting. */
  Map<ComplaintStatus, Long> countByStatus();

  /**
   * The follow-up CSAT answers given from {@code from} (inclusive) to {@code to} (exclusive), counted per the
   * complaint's category, unit or assignee, for reporting; groups without answers are left out.
   */
  List<FollowUpCsat> followUpCsat(FollowUpCsat.Grouping by, Instant from, Instant to);

  /**
   * Opens a recovery case (a complaint of kind RECOVERY with its own SLA) for the customer for a reason another module
   * found, such as repeatedly broken promises; published as {@link RecoveryCaseOpened} with that cause. The customer
   * has one open recovery case at a time: when one is open, the reason is added to its conversation and its id is
   * returned.
   *
   * @param unit where the case belongs, or null for triage
   */
  ComplaintId openRecoveryCase(CustomerId customer, RecoveryCaseOpened.Cause cause, String subject, String description,
      UnitId unit);
}
