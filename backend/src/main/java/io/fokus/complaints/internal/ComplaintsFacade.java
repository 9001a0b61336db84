package io.fokus.complaints.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.ComplaintsApi;
import io.fokus.complaints.FollowUpCsat;
import io.fokus.complaints.RecoveryCaseOpened;
import io.fokus.customers.CustomerId;
import io.fokus.tenants.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The complaints module's API for other modules. */
@Component
class ComplaintsFacade implements ComplaintsApi {

  private final ComplaintService complaints;
  private final RecoveryCases recoveryCases;

  ComplaintsFacade(ComplaintService complaints, RecoveryCases recoveryCases) {
    this.complaints = complaints;
    this.recoveryCases = recoveryCases;
  }

  @Override
  public Optional<Complaint> find(ComplaintId id) {
    return complaints.find(id);
  }

  @Override
  public Map<ComplaintStatus, Long> countByStatus() {
    return complaints.countByStatus();
  }

  @Override
  public List<FollowUpCsat> followUpCsat(FollowUpCsat.Grouping by, Instant from, Instant to) {
    return complaints.followUpCsat(by, from, to);
  }

  @Override
  public ComplaintId openRecoveryCase(CustomerId customer, RecoveryCaseOpened.Cause cause, String subject,
      String description, UnitId unit) {
    return recoveryCases.open(customer, cause, subject, description, unit);
  }
}
