package io.fokus.complaints;

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
}
