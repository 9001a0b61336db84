package io.fokus.surveys.internal;

import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.customers.CustomerNotFound;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's survey activity for the customer's page: invitations and responses, newest first. */
@Service
public class CustomerActivity {

  static final int LIMIT = 100;

  private final CustomerDirectory directory;
  private final CustomerRecords records;

  CustomerActivity(CustomerDirectory directory, CustomerRecords records) {
    this.directory = directory;
    this.records = records;
  }

  /** An invitation of the customer with its survey's name. */
  public record ActivityInvitation(UUID surveyId, String surveyName, String status, OffsetDateTime invitedAt,
      OffsetDateTime answeredAt, int reminders) {
  }

  /** A response the customer gave through an invitation, with its scores by type ({@code NPS}, ...). */
  public record ActivityResponse(UUID surveyId, String surveyName, UUID responseId, OffsetDateTime submittedAt,
      Map<String, Integer> scores) {
  }

  /** At most 100 of each. */
  public record SurveyActivity(List<ActivityInvitation> invitations, List<ActivityResponse> responses) {
  }

  @Transactional(readOnly = true)
  public SurveyActivity of(CustomerId customer) {
    TenantId tenant = Tenancy.requireTenant();
    directory.find(customer).orElseThrow(CustomerNotFound::new);
    return new SurveyActivity(records.invitations(tenant, customer, LIMIT), records.responses(tenant, customer, LIMIT));
  }
}
