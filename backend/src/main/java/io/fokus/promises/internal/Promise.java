package io.fokus.promises.internal;

import io.fokus.customers.CustomerId;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A promise to a customer as the ledger holds it.
 *
 * @param reference what people quote, {@code P-000123}, unique in the tenant
 * @param dueOn the due day in the tenant's time zone
 * @param breakAt when it breaks automatically; null once decided
 * @param decidedAt, decidedOn when it was kept, broken or cancelled (the day in the tenant's time zone); null while open
 * @param afterResponseId, afterNps, afterCsat, afterAnsweredAt the customer's next survey answer within 90 days after
 *     the decision, once there is one
 */
public record Promise(PromiseId id, String reference, String text, CustomerId customerId, MemberId owner, UnitId unit,
    PromiseSource source, PromiseStatus status, Instant dueAt, LocalDate dueOn, Instant breakAt, int renegotiations,
    Instant decidedAt, LocalDate decidedOn, Instant fulfilledLateAt, Instant customerNotifiedAt, UUID recoveryCaseId,
    UUID afterResponseId, Integer afterNps, Integer afterCsat, Instant afterAnsweredAt, MemberId createdBy,
    Instant createdAt, Instant updatedAt) {

  /** The reference of the tenant's n-th promise. */
  public static String reference(long number) {
    return "P-%06d".formatted(number);
  }

  /** Whether it counts in the kept rate: kept or broken. */
  public boolean counted() {
    return status == PromiseStatus.KEPT || status == PromiseStatus.BROKEN;
  }
}
