package io.fokus.customers;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A customer of the tenant as the directory knows it.
 *
 * @param email the identity, normalised (trimmed, lower-case)
 * @param name may be null
 * @param language {@code en} or {@code de}: the language mails and surveys are written in
 * @param externalId the customer's id in the tenant's CRM, or null
 * @param optedOutAt when the customer asked not to be mailed any more, or null
 * @param lastContactedAt when the customer was last contacted (the quiet period counts from here), or null
 */
public record Customer(CustomerId id, String email, String name, String language, String externalId,
    Map<String, String> attributes, OffsetDateTime optedOutAt, OffsetDateTime lastContactedAt,
    OffsetDateTime createdAt) {

  public Customer {
    attributes = Map.copyOf(attributes);
  }

  public boolean optedOut() {
    return optedOutAt != null;
  }
}
