package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A complaint or recovery case.
 *
 * @param reference what people quote, {@code C-000123}, unique in the tenant
 * @param touchpoint the name of the touchpoint it came through, as it was then (like a survey response's); null for
 *     the general form, staff who named none and the API
 * @param categoryId, priorityId, unit, assignee may be null (not triaged yet)
 */
public record Complaint(ComplaintId id, String reference, CustomerId customerId, ComplaintKind kind, Channel channel,
    String touchpoint, ComplaintStatus status, UUID categoryId, UUID priorityId, UnitId unit, MemberId assignee,
    String subject, String description, String orderReference, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  /** The reference of the tenant's n-th complaint. */
  public static String reference(long number) {
    return "C-%06d".formatted(number);
  }
}
