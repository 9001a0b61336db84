package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;

/**
 * A recovery case, a complaint of kind RECOVERY, was opened (DESIGN.md §8): for a detractor answer (NPS 0–6, CSAT 1–2)
 * of a known customer, or for another module's reason (two broken promises to the customer within 90 days). Published
 * once per case; later reasons of the customer are added to the open case.
 *
 * @param responseId, scoreType, score the detractor answer; null for another cause
 */
public record RecoveryCaseOpened(TenantId tenantId, ComplaintId complaintId, CustomerId customerId, Cause cause,
    ResponseId responseId, ScoreType scoreType, Integer score) implements TenantEvent {

  /** Why the case was opened. */
  public enum Cause {
    DETRACTOR_ANSWER, BROKEN_PROMISES
  }
}
