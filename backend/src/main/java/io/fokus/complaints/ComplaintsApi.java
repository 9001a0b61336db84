package io.fokus.complaints;

import java.util.Map;
import java.util.Optional;

/** What other modules may ask the complaints module; answers for the current tenant. */
public interface ComplaintsApi {

  Optional<Complaint> find(ComplaintId id);

  /** How many complaints the tenant has in each status (every status is a key), for reporting. */
  Map<ComplaintStatus, Long> countByStatus();
}
